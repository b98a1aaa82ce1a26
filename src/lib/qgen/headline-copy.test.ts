import { describe, expect, it } from 'vitest';
import type { Article, Question } from '$lib/bank/schema';
import { article } from './article.test-helpers';
import { claimOwnRun, headlineCopied, quotedOwnRun } from './headline-copy';

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

describe('claimOwnRun', () => {
	const key = 'Mayor Ruiz Unveils Harbour Plan, Keeps Option to Run Again';
	it("finds two content words in a row of the claim that only the key's headline prints", () => {
		expect(
			claimOwnRun(
				"Which outlet's headline says that Ruiz keeps option to run again?",
				key,
				TITLES.slice(1)
			)
		).toBe('keep option');
	});
	it('leaves a claim put in words of its own, and one whose run another headline prints', () => {
		// "Strikes Planned" becomes "strikes are planned": no two content words in a row of it.
		expect(
			claimOwnRun(
				"Which outlet's headline says that strikes are planned?",
				'Ruiz Unveils Harbour Plan as Strikes Planned',
				TITLES.slice(1)
			)
		).toBeUndefined();
		// "Ruiz Unveils Harbour" is printed by another headline too: no copy of the key's own.
		expect(
			claimOwnRun("Which outlet's headline says that Ruiz unveils harbour?", key, TITLES.slice(1))
		).toBeUndefined();
		// Function words beside one content word are no copy of a headline's words.
		expect(
			claimOwnRun(
				"Which outlet's headline says that it is to run?",
				'Ferry Firm Says It Is to Run Night Boats',
				TITLES
			)
		).toBeUndefined();
	});
	it('reads only a claim prompt', () => {
		expect(
			claimOwnRun("Which outlet's headline writes “Keeps Option to Run”?", key, TITLES.slice(1))
		).toBeUndefined();
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
	it("reads a claim in the key headline's own words as a copy too", () => {
		const prompt = "Which outlet's headline says that the council delays vote?";
		expect(headlineCopied(question(prompt, 'Daily 2'), articles)).toBe('council delay');
		expect(headlineCopied(question(prompt, 'Daily 0'), articles)).toBeUndefined();
	});
});
