import { describe, expect, it } from 'vitest';
import { QuestionSchema, bankConsistencyIssues } from '$lib/bank/schema';
import { protestArticles } from '$test-data';
import { generateQuestions } from './index';
import { check } from '$lib/validation';

const input = { storyId: 'river', articles: protestArticles() };

describe('generateQuestions', () => {
	const questions = generateQuestions(input, { max: 30 });

	it('returns valid, evidence-backed questions with deterministic ids', () => {
		expect(questions.length).toBeGreaterThan(5);
		for (const q of questions) expect(check(QuestionSchema, q).success).toBe(true);
		const issues = bankConsistencyIssues({
			stories: [{ id: 'river', title: 'r', articleIds: protestArticles().map((a) => a.id) }],
			articles: protestArticles(),
			questions
		});
		expect(issues).toEqual([]);
		expect(generateQuestions(input, { max: 30 })).toEqual(questions);
		expect(
			questions.every(
				(q) => q.id.startsWith('river-g-') && q.origin === 'generated' && q.status === 'draft'
			)
		).toBe(true);
	});

	it('asks the source and compare questions first', () => {
		expect(['source', 'compare', 'quote']).toContain(questions[0]!.skill);
		const compare = questions.filter((q) => q.skill === 'compare');
		expect(compare.length).toBeGreaterThan(0);
		// The crowd figure differs: thousands (Gazette) against dozens (Post); a question about one names the outlet.
		const single = compare.find((q) => q.type === 'single' && / writes: /.test(q.prompt));
		if (!single || single.type !== 'single') throw new Error('no single-choice compare question');
		const key = single.choices.find((c) => c.id === single.correct[0])!.text;
		expect(key).toBe(single.prompt.includes('Riverton Gazette writes') ? 'thousands' : 'dozens');
	});

	it('attributes quotes to the right speaker, with other speakers as distractors', () => {
		const who = questions.filter(
			(q) => (q.type === 'single' || q.type === 'evidence') && q.prompt.startsWith('Who said')
		);
		for (const q of who) {
			if (q.type !== 'single' && q.type !== 'evidence') continue;
			const key = q.choices.find((c) => c.id === q.correct[0])!.text;
			if (q.prompt.includes('spend money')) expect(key).toBe('Jane Holloway');
			if (q.prompt.includes('poorest families')) expect(key).toBe('Tom Reyes');
			if (q.prompt.includes('every week')) expect(key).toBe('Sam Okafor');
		}
		expect(who.length).toBeGreaterThan(0);
	});

	it('orders dated events, resolving weekdays against the publication date (Tuesday 2021-12-14)', () => {
		const order = questions.find((q) => q.type === 'ordering');
		if (!order || order.type !== 'ordering') throw new Error('no ordering question');
		// Dec. 1 strike, then Friday's (Dec. 10) vote, then Monday's (Dec. 13) march; no item
		// names its own date.
		expect(order.items.map((i) => i.text)).toEqual([
			'City workers began a one-day strike over the same cuts',
			'The protest followed a council vote',
			'Thousands of protesters marched on the city hall in Riverton, police said'
		]);
	});

	it('respects max, progress and cancel', () => {
		expect(generateQuestions(input, { max: 3 })).toHaveLength(3);
		const stages: string[] = [];
		generateQuestions(input, { onProgress: (p) => stages.push(p.stage) });
		expect(stages.at(-1)).toBe('select');
		expect(generateQuestions(input, { shouldCancel: () => true })).toEqual([]);
	});
});
