import { describe, expect, it } from 'vitest';
import type { Article, Question } from '$lib/bank/schema';
import { article } from './article.test-helpers';
import { headlineCopied, quotedOwnRun } from './headline-copy';

const TITLES = [
	'Mayor Ruiz Unveils Harbour Plan',
	'Ruiz Unveils Harbour Proposal, Council Wary',
	'Council Delays Vote On Harbour'
];

describe('quotedOwnRun', () => {
	it('finds a quoted run only the key headline prints, case and plural aside', () => {
		expect(
			quotedOwnRun(
				"Which outlet's headline writes “harbour plans” where another writes “Harbour Proposal”?",
				TITLES[0]!,
				TITLES.slice(1)
			)
		).toBe('harbour plans');
	});
	it('lets a quote stand that another headline also prints, or that the key lacks', () => {
		// "Unveils Harbour" is in two headlines; "Harbour Proposal" is not in the key's.
		expect(
			quotedOwnRun(
				'Two headlines write “Unveils Harbour”. One writes “Harbour Proposal”. Which …?',
				TITLES[0]!,
				TITLES.slice(1)
			)
		).toBeUndefined();
	});
	it('lets a quote stand when the question asks what the words mean or claim', () => {
		expect(
			quotedOwnRun(
				"Which outlet's headline presents “Harbour Plan” as settled, not still debated?",
				TITLES[0]!,
				TITLES.slice(1)
			)
		).toBeUndefined();
		// …but a meaning word inside a quoted headline is no such question.
		expect(
			quotedOwnRun(
				"Which outlet's headline says “Council Claims Harbour Plan Is Late”?",
				'Council Claims Harbour Plan Is Late',
				TITLES.slice(1)
			)
		).toBe('Council Claims Harbour Plan Is Late');
	});
});

describe('headlineCopied', () => {
	const articles = new Map<string, Article>(
		TITLES.map((title, n) => [`a${n}`, { ...article(n, 'The council met.'), title }])
	);
	const question = (prompt: string, key: string): Question =>
		({
			id: 'q',
			storyId: 's',
			skill: 'compare',
			type: 'single',
			prompt,
			explanation: 'Because.',
			origin: 'generated',
			status: 'draft',
			difficulty: 2,
			evidence: [{ articleId: 'a0', start: 0, end: 4 }],
			choices: ['Daily 0', 'Daily 1', 'Daily 2'].map((text, i) => ({ id: `c${i}`, text })),
			correct: [`c${['Daily 0', 'Daily 1', 'Daily 2'].indexOf(key)}`]
		}) as Question;
	it("reads the key outlet's headline from its article", () => {
		const prompt = "Which outlet's headline writes “Harbour Plan”?";
		expect(headlineCopied(question(prompt, 'Daily 0'), articles)).toBe('Harbour Plan');
		// Keyed to another outlet, the quote is not the key's: no look-up by this rule.
		expect(headlineCopied(question(prompt, 'Daily 1'), articles)).toBeUndefined();
	});
});
