import { describe, expect, it } from 'vitest';
import { BankSchema, type Bank, type SingleQuestion } from '../schema';
import { FILE_STORY, makeFileBank } from '$test-data';
import { differingFields, keepBoth, merge, planImport } from './merge';
import { check } from '$lib/validation';

const valid = (b: Bank) => expect(check(BankSchema, b).error?.issues ?? []).toEqual([]);

/** The fixture as another teacher edited it: one prompt changed, one question added. */
function theirs(): Bank {
	const bank = makeFileBank();
	bank.questions[0] = {
		...bank.questions[0]!,
		prompt: 'Who promised to reopen the docks?'
	} as SingleQuestion;
	bank.questions.push({ ...bank.questions[2]!, id: 'q-new', prompt: 'It rained on Friday.' });
	return bank;
}

describe('planImport', () => {
	it('says new when nothing overlaps', () => {
		expect(planImport(null, makeFileBank())).toEqual({ kind: 'new' });
		const other = keepBoth(makeFileBank(), makeFileBank()).bank;
		other.stories = other.stories.slice(1);
		other.articles = other.articles.slice(2);
		other.questions = other.questions.slice(8);
		expect(planImport(makeFileBank(), other)).toEqual({ kind: 'new' });
	});

	it('lists field-level conflicts and counts identical and new items', () => {
		const plan = planImport(makeFileBank(), theirs());
		expect(plan.kind).toBe('exists');
		if (plan.kind !== 'exists') return;
		expect(plan.conflicts).toEqual([
			{
				id: 'question:q-single',
				kind: 'question',
				itemId: 'q-single',
				label: 'Who said the docks would reopen by Friday?',
				fields: ['prompt'],
				summary: 'prompt differ'
			}
		]);
		expect(plan.identical).toEqual({ articles: 2, questions: 7 });
		expect(plan.added).toEqual({ articles: 0, questions: 1 });
	});

	it('ignores key order and timestamps', () => {
		const a = { b: 1, a: [1, { y: 1, x: 2 }], updatedAt: '1' };
		expect(differingFields(a, { a: [1, { x: 2, y: 1 }], b: 1, updatedAt: '2' })).toEqual([]);
		expect(differingFields(a, { ...a, b: 2, c: 3 })).toEqual(['b', 'c']);
	});
});

describe('keepBoth', () => {
	it('adds a renamed copy that coexists with the original', () => {
		const { bank, storyIds } = keepBoth(makeFileBank(), theirs());
		expect(storyIds).toEqual([`${FILE_STORY}-copy`]);
		expect(bank.stories[1]!.title).toBe('Harbor storm (copy)');
		expect(bank.questions).toHaveLength(8 + 9);
		expect(bank.questions[8]!.evidence[0]!.articleId).toBe('harbor-times-copy');
		valid(bank);
		// a second copy gets the next suffix
		const again = keepBoth(bank, theirs());
		expect(again.storyIds).toEqual([`${FILE_STORY}-copy2`]);
		valid(again.bank);
	});
});

describe('merge', () => {
	it('keeps mine by default and adds new items', () => {
		const { bank, dropped } = merge(makeFileBank(), theirs());
		expect(dropped).toEqual([]);
		expect(bank.questions[0]!.prompt).toBe('Who said the docks would reopen by Friday?');
		expect(bank.questions.map((q) => q.id).at(-1)).toBe('q-new');
		valid(bank);
	});

	it('takes theirs when chosen', () => {
		const { bank } = merge(makeFileBank(), theirs(), { 'question:q-single': 'theirs' });
		expect(bank.questions[0]!.prompt).toBe('Who promised to reopen the docks?');
	});

	it('re-anchors my evidence onto their changed article text', () => {
		const incoming = makeFileBank();
		const prefix = 'UPDATED. ';
		incoming.articles[0] = { ...incoming.articles[0]!, text: prefix + incoming.articles[0]!.text };
		const { bank, dropped } = merge(makeFileBank(), incoming, { 'article:harbor-times': 'theirs' });
		expect(dropped).toEqual([]);
		valid(bank);
		const before = makeFileBank().questions[0]!.evidence[0]!;
		const after = bank.questions[0]!.evidence[0]!;
		expect(after.start).toBe(before.start + prefix.length);
		expect(bank.articles[0]!.text.slice(after.start, after.end)).toContain('Mayor Ana Ruiz said');
	});

	it('drops, and reports, questions whose quote vanished from the chosen text', () => {
		const incoming = makeFileBank();
		incoming.articles[1] = { ...incoming.articles[1]!, text: 'Entirely rewritten.' };
		incoming.questions = incoming.questions.filter(
			(q) => !q.evidence.some((e) => e.articleId === 'coast-news')
		);
		const { bank, dropped } = merge(makeFileBank(), incoming, { 'article:coast-news': 'theirs' });
		expect(dropped.map((d) => d.question.id)).toEqual([
			'q-multi',
			'q-cloze',
			'q-numeric',
			'q-matching',
			'q-evidence'
		]);
		expect(dropped[0]!.reason).toContain('Boats damaged as storm hits coast');
		valid(bank);
	});

	it('never loses a story’s articles through a story choice', () => {
		const incoming = makeFileBank();
		incoming.stories[0] = {
			...incoming.stories[0]!,
			title: 'Renamed',
			articleIds: ['harbor-times']
		};
		const { bank } = merge(makeFileBank(), incoming, { [`story:${FILE_STORY}`]: 'theirs' });
		expect(bank.stories[0]!.title).toBe('Renamed');
		expect(bank.stories[0]!.articleIds).toEqual(['harbor-times', 'coast-news']);
	});
});
