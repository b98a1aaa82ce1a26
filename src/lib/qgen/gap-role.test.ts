import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from './analyze';
import { article } from './article.test-helpers';
import { detailCandidates } from './candidates/detail';
import { fitGapRole, gapRoleKind, headlinePeople, sexOfTitleBefore } from './gap-role';

describe('gapRoleKind', () => {
	it('reads the role an apposition after the gap gives', () => {
		expect(gapRoleKind(', a lobbyist for a dairy board; Piet Olsen, …')).toBe('unknown');
		expect(gapRoleKind(', the former sheriff, reportedly told the panel …')).toBe('official');
		// The college's name says where, the second role after "and" is left out.
		expect(
			gapRoleKind(', a Bayside College law professor and former adviser to the board, said …')
		).toBe('expert');
		// "an aide to Sen. Roe": the senator is whose aide, not what the person is.
		expect(gapRoleKind(', an aide to Sen. Dana Marlow, was hurt.')).toBe('agent');
	});
	it('reads a listed role noun right before the gap, no other word', () => {
		expect(gapRoleKind(' was shot at the practice.', 'Rep. Otto Fenn, whose aide ')).toBe('agent');
		expect(gapRoleKind(' told the board …', 'the conservative web publisher ')).toBe('journalist');
		expect(gapRoleKind(' was shot at the practice.', 'The blast injured ')).toBeUndefined();
		// A name after the gap, a figure or a place: no role.
		expect(gapRoleKind(', 47, lives nearby.')).toBeUndefined();
		expect(gapRoleKind(', Ohio, on Monday.')).toBeUndefined();
	});
});

describe('fitGapRole: wrong people fit the descriptor', () => {
	const texts = [
		[
			'The blast at the marina injured Sen. Dana Marlow; Lena Cruz, a lobbyist for a dairy board; and two guards.',
			'Piet Olsen, a staffer for the harbour committee, was treated at the scene.',
			'Rep. Otto Fenn said the marina had asked for more guards.',
			'The man held for the blast, Colin Marsh, 52, had a boat at the marina.'
		].join('\n\n'),
		[
			'Marlow was in a stable condition on Tuesday, her office said.',
			'Sen. Ruth Gale called the attack cowardly.',
			'Hana Wirth, a caterer for the club, saw the smoke from the quay.'
		].join('\n\n')
	];
	const view = viewStory(
		's',
		texts.map((t, i) => ({
			...analyzeArticle({ ...article(i, t), title: 'Marlow hurt in blast' })
		}))
	);
	const everyone = [
		'Dana Marlow',
		'Lena Cruz',
		'Piet Olsen',
		'Otto Fenn',
		'Colin Marsh',
		'Ruth Gale',
		'Hana Wirth'
	];
	it('takes the headlines’ figure as the story’s subject', () => {
		expect([...headlinePeople(view)]).toEqual(['Dana Marlow']);
	});
	it('offers for a lobbyist only others the story describes by an unlisted role', () => {
		expect(fitGapRole('unknown', everyone, view)).toEqual([
			'Lena Cruz',
			'Piet Olsen',
			'Hana Wirth'
		]);
	});
	it('offers for an official only other officials, never the story’s subject', () => {
		expect(fitGapRole('official', everyone, view)).toEqual(['Otto Fenn', 'Ruth Gale']);
	});
	it('offers no lawmaker as the lobbyist in a gap question', () => {
		const gap = detailCandidates(view)
			.map((c) => c.draft)
			.find((d) => d.prompt.includes('____, a lobbyist'));
		if (gap?.type !== 'single') throw new Error('no chosen gap on the lobbyist');
		const choices = gap.choices.map((c) => c.text);
		expect(choices).toContain('Lena Cruz');
		expect(choices).not.toContain('Otto Fenn');
		expect(choices).not.toContain('Ruth Gale');
		expect(choices).not.toContain('Dana Marlow');
	});
});

describe('sexOfTitleBefore', () => {
	it('reads the sex a title right before the gap tells, and nothing from a word inside a name', () => {
		expect(sexOfTitleBefore('The talks were led by First lady ')).toBe('f');
		expect(sexOfTitleBefore('A letter from Mrs. ')).toBe('f');
		expect(sexOfTitleBefore('On Monday, Congressman ')).toBe('m');
		expect(sexOfTitleBefore('The contract went to Jackson ')).toBeUndefined();
		expect(sexOfTitleBefore('The council chose ')).toBeUndefined();
	});
});
