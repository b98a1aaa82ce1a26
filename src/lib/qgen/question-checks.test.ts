import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import {
	attributionProblems,
	backedBy,
	normalize,
	numbersIn,
	sameAnswer,
	showsQuote
} from './question-checks.test-helpers';

describe('question checks used by the seed property tests', () => {
	it('normalize straightens quotes, drops punctuation and joins digit groups', () => {
		expect(normalize('“Down, Down USA!” — 6,000 at 10.5%')).toBe('down down usa 6000 at 10.5');
		expect(normalize('Iran’s')).toBe("iran's");
	});
	it('numbersIn reads digits and number words', () => {
		expect(numbersIn('roughly 6,000 protesters and twelve injured')).toEqual([6000, 12]);
	});
	it('backedBy accepts verbatim keys, numbers and surnames, and rejects others', () => {
		expect(backedBy('at least 25', 'killed at least 25 militia fighters')).toBe(true);
		expect(backedBy('Mike Pompeo', 'Pompeo said in this tweet')).toBe(true);
		expect(backedBy('50', 'killed at least 25 militia fighters')).toBe(false);
		expect(backedBy('Nancy Pelosi', 'the president tweeted')).toBe(false);
		expect(backedBy('Mark Esper', 'Mark Milley said')).toBe(false);
	});
	it('sameAnswer sees name variants and articles as the same answer', () => {
		expect(sameAnswer('Trump', 'Donald Trump')).toBe(true);
		expect(sameAnswer('the Pentagon', 'Pentagon')).toBe(true);
		expect(sameAnswer('6,000', '6000')).toBe(true);
		expect(sameAnswer('Mike Pompeo', 'Mark Esper')).toBe(false);
		expect(sameAnswer('25', '50')).toBe(false);
	});
});

describe('attributionProblems', () => {
	const quote = { articleId: 'a', snippet: 'Escalation and violence must end', speaker: 'Pelosi' };
	const speakers = ['Pelosi', 'Trump'];
	const base = {
		storyId: 's',
		skill: 'quote' as const,
		evidence: [{ articleId: 'a', start: 0, end: 5 }],
		explanation: 'x',
		origin: 'generated' as const,
		status: 'draft' as const,
		difficulty: 1
	};
	const who = (correct: 'p' | 't'): Question => ({
		...base,
		id: 'q',
		type: 'single',
		prompt: 'Who said “Escalation and violence must end”?',
		choices: [
			{ id: 'p', text: 'Nancy Pelosi' },
			{ id: 't', text: 'Donald Trump' }
		],
		correct: [correct]
	});
	it('accepts the right speaker and flags the wrong one', () => {
		expect(attributionProblems(who('p'), quote, speakers)).toEqual([]);
		expect(attributionProblems(who('t'), quote, speakers)).toHaveLength(1);
	});
	it('checks true/false statements naming a speaker', () => {
		const tf = (prompt: string, correct: 'true' | 'false'): Question => ({
			...base,
			id: 'tf',
			type: 'truefalse',
			prompt,
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: [correct]
		});
		expect(
			attributionProblems(
				tf('Trump said "Escalation and violence must end."', 'true'),
				quote,
				speakers
			)
		).toHaveLength(1);
		expect(
			attributionProblems(
				tf('Trump said "Escalation and violence must end."', 'false'),
				quote,
				speakers
			)
		).toEqual([]);
		expect(
			attributionProblems(
				tf('Pelosi said "Escalation and violence must end."', 'false'),
				quote,
				speakers
			)
		).toHaveLength(1);
	});
	it('ignores questions about other quotes', () => {
		const other = { ...who('t'), prompt: 'Who said “Happy New Year!”?' };
		expect(attributionProblems(other, quote, speakers)).toEqual([]);
		expect(showsQuote(other.prompt, quote)).toBe(false);
	});
	it('finds a one-word partial quote only where that word is itself quoted', () => {
		const partial = { snippet: '“orchestrating”' };
		expect(showsQuote('Who said “orchestrating”?', partial)).toBe(true);
		expect(showsQuote('Who said: “As he said, Iran is orchestrating this attack”?', partial)).toBe(
			false
		);
	});
});
