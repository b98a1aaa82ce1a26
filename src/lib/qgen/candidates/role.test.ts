import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { describesPerson, headOf, roleCandidates } from './role';

const TEXT = [
	'The city council approved the new budget on Tuesday after a long debate about school funding.',
	'"We have waited years for this," said Maria Lopez, a teacher at the Lincoln school, after the vote.',
	'Tom Reyes, the council budget chairman, said the plan would raise spending on schools by a third.',
	'"The numbers do not add up," said Ann Poe, an economist at the state university.',
	'Sam Okafor, a former aide to Mr. Reyes, said the vote had been expected for weeks.',
	'The council also discussed a bridge, which Jane Holloway, the mayor, had opposed for months.'
].join('\n\n');

function questions(text: string, n = 1) {
	const analyses = Array.from({ length: n }, (_, i) => analyzeArticle(article(i, text)));
	return roleCandidates(viewStory('s', analyses)).map((c) => c.draft);
}

describe('role heads', () => {
	it('finds the head noun before what says whose or where', () => {
		expect(headOf('an economic adviser to Republicans')).toBe('adviser');
		expect(headOf('the chief economist for the Michigan Survey')).toBe('economist');
		expect(headOf('a Fed governor')).toBe('governor');
	});
	it('takes people, not things, as described', () => {
		expect(describesPerson('a veteran Democratic strategist')).toBe(true);
		expect(describesPerson('an independent from Vermont')).toBe(true);
		expect(describesPerson('a bill that passed the House')).toBe(false);
		expect(describesPerson('the report released on Monday')).toBe(false);
	});
});

describe('who is X questions', () => {
	it('keys the description the article gives a source, with other people’s as wrong answers', () => {
		const qs = questions(TEXT);
		const lopez = qs.find((q) => q.prompt === 'According to Daily 0, who is Maria Lopez?');
		if (!lopez || lopez.type !== 'single') throw new Error('no question about Maria Lopez');
		const key = lopez.choices.find((c) => c.id === lopez.correct[0])!.text;
		expect(key).toBe('a teacher at the Lincoln school');
		expect(lopez.choices.map((c) => c.text)).toContain('an economist at the state university');
	});
	it('asks only about people who speak, a few per article', () => {
		const qs = questions(TEXT);
		// Holloway is only mentioned; three speakers at most.
		expect(qs.some((q) => q.prompt.includes('Jane Holloway'))).toBe(false);
		expect(qs.length).toBeLessThanOrEqual(3);
		expect(qs.length).toBeGreaterThanOrEqual(2);
		// One per article once several outlets tell the story.
		expect(questions(TEXT, 2).length).toBeLessThanOrEqual(2);
	});
	it('never cuts a description at an abbreviation', () => {
		const all = questions(TEXT).flatMap((q) => (q.type === 'single' ? q.choices : []));
		expect(all.some((c) => /\bMr$/.test(c.text))).toBe(false);
	});
	it('asks nothing when fewer than three people are described', () => {
		const two = TEXT.split('\n\n').slice(0, 3).join('\n\n');
		expect(questions(two)).toEqual([]);
	});
});

describe('descriptions after an age or without an article', () => {
	const text = [
		'"The budget is a good one," said Kim Wells, 52, a schoolteacher in the old town.',
		'"It fails the poor," said Sam Okafor, president of the tenants association.',
		'"We will vote again," said Ann Poe, as a teenager, and later an economist at the state university.',
		'"The figures are sound," said Tom Reyes, the council budget chairman.'
	].join('\n\n');
	it('reads the description after an age and one that opens with its noun, not an aside', () => {
		const choices = questions(text).flatMap((q) => (q.type === 'single' ? q.choices : []));
		const texts = choices.map((c) => c.text);
		expect(texts).toContain('a schoolteacher in the old town');
		expect(texts).toContain('president of the tenants association');
		expect(texts.some((t) => t.startsWith('as '))).toBe(false);
	});
});
