import { describe, expect, it } from 'vitest';
import { BankSchema, type SingleQuestion } from '../schema';
import type { StoryBundle } from '../story';
import { bankFromStories } from '$lib/bank/bank-stories';
import { onlyStory } from '$lib/storage/testing';
import { FILE_STORY, makeFileBank } from '$test-data';
import { differingFields, keepBoth, merge, planImport } from './merge';
import { check } from '$lib/validation';

/** Stories that could be stored side by side: valid together as one bank. */
const valid = (stories: StoryBundle[]) =>
	expect(check(BankSchema, bankFromStories(stories)).error?.issues ?? []).toEqual([]);

/** The fixture story: two articles, eight questions. */
const mine = (): StoryBundle => onlyStory(makeFileBank());

/** The fixture as another teacher edited it: one prompt changed, one question added. */
function theirs(): StoryBundle {
	const story = mine();
	story.questions[0] = {
		...story.questions[0]!,
		prompt: 'Who promised to reopen the docks?'
	} as SingleQuestion;
	story.questions.push({ ...story.questions[2]!, id: 'q-new', prompt: 'It rained on Friday.' });
	return story;
}

describe('planImport', () => {
	it('says new when nothing overlaps', () => {
		expect(planImport(null, [mine()])).toEqual({ kind: 'new' });
		const copy = keepBoth([mine()], [mine()]);
		expect(planImport(mine(), copy)).toEqual({ kind: 'new' });
	});

	it('lists field-level conflicts and counts identical and new items', () => {
		const plan = planImport(mine(), [theirs()]);
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
		const copies = keepBoth([mine()], [theirs()]);
		expect(copies.map((s) => s.story.id)).toEqual([`${FILE_STORY}-copy`]);
		const copy = copies[0]!;
		expect(copy.story.title).toBe('Harbor storm (copy)');
		expect(copy.articles.map((a) => a.id)).toEqual(['harbor-times-copy', 'coast-news-copy']);
		expect(copy.questions).toHaveLength(9);
		expect(copy.questions[0]!.evidence[0]!.articleId).toBe('harbor-times-copy');
		valid([mine(), copy]);
		// a second copy gets the next suffix
		const again = keepBoth([mine(), copy], [theirs()]);
		expect(again.map((s) => s.story.id)).toEqual([`${FILE_STORY}-copy2`]);
		valid([mine(), copy, ...again]);
	});
});

describe('merge', () => {
	it('keeps mine by default and adds new items', () => {
		const { stories, dropped } = merge(mine(), [theirs()]);
		expect(dropped).toEqual([]);
		expect(stories).toHaveLength(1);
		expect(stories[0]!.questions[0]!.prompt).toBe('Who said the docks would reopen by Friday?');
		expect(stories[0]!.questions.map((q) => q.id).at(-1)).toBe('q-new');
		valid(stories);
	});

	it('takes theirs when chosen', () => {
		const { stories } = merge(mine(), [theirs()], { 'question:q-single': 'theirs' });
		expect(stories[0]!.questions[0]!.prompt).toBe('Who promised to reopen the docks?');
	});

	it('re-anchors my evidence onto their changed article text', () => {
		const incoming = mine();
		const prefix = 'UPDATED. ';
		incoming.articles[0] = { ...incoming.articles[0]!, text: prefix + incoming.articles[0]!.text };
		const { stories, dropped } = merge(mine(), [incoming], { 'article:harbor-times': 'theirs' });
		expect(dropped).toEqual([]);
		valid(stories);
		const merged = stories[0]!;
		const before = mine().questions[0]!.evidence[0]!;
		const after = merged.questions[0]!.evidence[0]!;
		expect(after.start).toBe(before.start + prefix.length);
		expect(merged.articles[0]!.text.slice(after.start, after.end)).toContain('Mayor Ana Ruiz said');
	});

	it('drops, and reports, questions whose quote vanished from the chosen text', () => {
		const incoming = mine();
		incoming.articles[1] = { ...incoming.articles[1]!, text: 'Entirely rewritten.' };
		incoming.questions = incoming.questions.filter(
			(q) => !q.evidence.some((e) => e.articleId === 'coast-news')
		);
		const { stories, dropped } = merge(mine(), [incoming], { 'article:coast-news': 'theirs' });
		expect(dropped.map((d) => d.question.id)).toEqual([
			'q-multi',
			'q-cloze',
			'q-numeric',
			'q-matching',
			'q-evidence'
		]);
		expect(dropped[0]!.reason).toContain('Boats damaged as storm hits coast');
		expect(stories[0]!.questions.map((q) => q.id)).toEqual(['q-single', 'q-tf', 'q-ordering']);
		valid(stories);
	});

	it('never loses a story’s articles through a story choice', () => {
		const incoming = mine();
		incoming.story.title = 'Renamed';
		incoming.articles = incoming.articles.slice(0, 1);
		incoming.questions = [];
		const { stories } = merge(mine(), [incoming], { [`story:${FILE_STORY}`]: 'theirs' });
		expect(stories[0]!.story.title).toBe('Renamed');
		expect(stories[0]!.articles.map((a) => a.id)).toEqual(['harbor-times', 'coast-news']);
	});
});
