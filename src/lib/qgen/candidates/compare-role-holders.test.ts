import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { compareCandidates } from './compare';
import { roleHolderCandidates, roleHolders } from './compare-role-holders';

const keyOf = (q: { type: string; choices?: { id: string; text: string }[]; correct?: string[] }) =>
	q.choices?.find((c) => c.id === q.correct?.[0])?.text;

describe('roleHolders', () => {
	it('reads owner, post and holder from a possessive, a pronoun and an of-complement', () => {
		const view = storyOf(
			'Senator Thomas Brandt resigned on Friday. Brandt’s former communications director, Ellen Voss, described the office.',
			'Thomas Brandt settled a lawsuit that his former communications director, Rita Okafor, had filed.',
			'The vote was delayed. Rita Okafor, the executive director of the Riverton Library Board, spoke first.'
		);
		const read = view.analyses.flatMap((a) =>
			roleHolders(view, a).map((r) => `${r.owner}|${r.role}|${r.holder}`)
		);
		expect(read).toContain('person:brandt|former communications director|Ellen Voss');
		expect(read).toContain('person:brandt|former communications director|Rita Okafor');
		expect(read).toContain('body:riverton library board|executive director|Rita Okafor');
	});
	it('reads no holder of a post set in an earlier time ("then the director of …")', () => {
		const view = storyOf(
			'The plan was drafted in 2009 by then the executive director of the Riverton Library Board, Rita Okafor.'
		);
		expect(roleHolders(view, view.analyses[0]!)).toEqual([]);
	});
	it('reads no owner from an of-complement that names no body ("of the company")', () => {
		const view = storyOf(
			'The deal was signed. Rita Okafor, the executive director of the company, spoke.'
		);
		expect(roleHolders(view, view.analyses[0]!)).toEqual([]);
	});
	it('reads no owner for "his" when two people stand before it', () => {
		const view = storyOf(
			'Thomas Brandt met Daniel Whitford after his chief of staff, Rita Okafor, called.'
		);
		expect(roleHolders(view, view.analyses[0]!)).toEqual([]);
	});
});

describe('roleHolderCandidates', () => {
	const story = () =>
		storyOf(
			'Senator Thomas Brandt resigned on Friday. Brandt’s former communications director, Ellen Voss, described the office. Brandt hired Gregory Lindqvist as a lawyer.',
			'Senator Thomas Brandt resigned on Friday. Thomas Brandt settled a lawsuit that his former communications director, Rita Okafor, had filed.',
			'Senator Thomas Brandt resigned on Friday. Brandt was sued by Rita Okafor, his former communications director, in 2014.'
		);
	it('asks whom the one outlet with another holder names, with the other holder as a wrong answer', () => {
		const [q] = compareCandidates(story()).filter((c) => c.answerKey.startsWith('role-holder:'));
		expect(q).toBeDefined();
		expect(q!.draft.prompt).toBe(
			'The outlets do not all name the same person as Thomas Brandt’s former communications director. Whom does Daily 0 name in that post?'.replace(
				'’',
				"'"
			)
		);
		expect(keyOf(q!.draft as never)).toBe('Ellen Voss');
		const choices = (q!.draft as { choices: { text: string }[] }).choices.map((c) => c.text);
		expect(choices).toContain('Rita Okafor');
		expect(choices).not.toContain('Thomas Brandt');
		// The feedback quotes each outlet's sentence.
		expect(q!.draft.explanation).toContain('Daily 0: “Brandt’s former communications director');
		expect(q!.draft.explanation).toContain('Daily 2: “Brandt was sued by Rita Okafor');
		expect(q!.draft.explanation).toContain(
			'may have had more than one holder, so both can be right'
		);
	});
	it('takes no side on a present post, which an outlet may name for another time', () => {
		const view = storyOf(
			'The board met on Monday. Rita Okafor, the executive director of the Riverton Library Board, spoke first. Gregory Lindqvist and Daniel Whitford listened.',
			'The board met on Monday. The executive director of the Riverton Library Board, Ellen Voss, spoke first.'
		);
		const [q] = roleHolderCandidates(view);
		expect(q?.draft.prompt).toContain(
			'as the executive director of the Riverton Library Board. Whom does Daily 0 name in that post?'
		);
		expect(q!.draft.explanation).toContain('Each outlet’s own sentence says whom it names.');
		expect(q!.draft.explanation).not.toMatch(/\bwrong\b/);
	});
	it('asks nothing when another outlet names the holder beside the post in other words', () => {
		const view = storyOf(
			'Senator Thomas Brandt resigned on Friday. Brandt’s former communications director, Ellen Voss, described the office.',
			'Senator Thomas Brandt resigned. Thomas Brandt settled a lawsuit that his former communications director, Rita Okafor, had filed. Communications director Ellen Voss left in May.'
		);
		expect(roleHolderCandidates(view)).toEqual([]);
	});
	it('asks nothing of a post many people hold at once ("his lawyer")', () => {
		const view = storyOf(
			'Senator Thomas Brandt resigned on Friday. Brandt’s lawyer, Ellen Voss, described the office.',
			'Senator Thomas Brandt resigned. Thomas Brandt settled a lawsuit that his lawyer, Rita Okafor, had filed.'
		);
		expect(roleHolderCandidates(view)).toEqual([]);
	});
});
