import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { printsAskedPhrase } from './asked-phrase';

const choice = (prompt: string, texts: string[], extra: Partial<Question> = {}): Question =>
	({
		id: prompt,
		type: 'single',
		skill: 'fact',
		prompt,
		choices: texts.map((text, i) => ({ id: `c${i + 1}`, text })),
		correct: ['c1'],
		evidence: [],
		...extra
	}) as Question;
const item = (question: Question, spares?: string[]) => ({
	question,
	candidate: { family: 'fact', spares } as Candidate
});

const GAP = choice(
	'Daily A writes: “Her years at the ____ drew scrutiny.” Which organisation? Choose what belongs in the gap.',
	['Harbour Boards Authority', 'Rowing Club', 'City Council']
);

describe('printsAskedPhrase', () => {
	it('reads a gap’s phrase in another prompt’s quote, with or without a plural “s”', () => {
		const quote = choice(
			'Which outlet quoted Ann Roe as saying “She was promoted for her work at the Harbour Board Authority”?',
			['Daily A', 'Daily B']
		);
		expect(printsAskedPhrase(item(quote), item(GAP))).toBe(true);
	});

	it('reads it inside another item’s key choice', () => {
		const other = choice('What did Roe become?', ['a Harbour Boards Authority member', 'a judge']);
		expect(printsAskedPhrase(item(other), item(GAP))).toBe(true);
	});

	it('leaves a short wrong choice, and a wrong sentence an item can trade for a spare', () => {
		const offered = choice('Daily A writes: “The ____ won.” Which organisation?', [
			'Rowing Club',
			'Harbour Boards Authority'
		]);
		expect(printsAskedPhrase(item(offered), item(GAP))).toBe(false);
		const sentences = [
			'The mayor opened a new office by the harbour on Monday morning.',
			'Roe once led the Harbour Boards Authority for six years before she retired.'
		];
		const mainIdea = () =>
			choice('Which sentence best states what the story is mainly about?', sentences);
		expect(printsAskedPhrase(item(mainIdea()), item(GAP))).toBe(true);
		expect(printsAskedPhrase(item(mainIdea(), ['A spare side detail.']), item(GAP))).toBe(false);
	});

	it('asks nothing of a person a who-gap keys, nor of a figure', () => {
		const who = choice(
			'Daily A writes: “____ said the port would close.” Who? Choose what belongs in the gap.',
			['Ann Roe', 'Bo Lee']
		);
		const figure = choice('Daily A writes: “The port cost $____.” How much?', ['84,000', '12,000']);
		const prints = choice('Which outlet quoted Ann Roe as saying “we paid 84,000 for it”?', [
			'Daily A',
			'Daily B'
		]);
		expect(printsAskedPhrase(item(prints), item(who))).toBe(false);
		expect(printsAskedPhrase(item(prints), item(figure))).toBe(false);
	});
});
