import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { NO_ANSWER, responseText } from './response-text';
import { makeQuestion } from '$test-data';

const choices = [
	{ id: 'x', text: 'Xylophone' },
	{ id: 'y', text: 'Yacht' },
	{ id: 'z', text: 'Zebra' }
];

describe('responseText', () => {
	it('words single and multi choices by their text, in the choices order', () => {
		const single: Question = makeQuestion('single', { id: 's1', choices, correct: ['x'] });
		const multi: Question = makeQuestion('multi', { id: 'm1', choices, correct: ['x'] });
		expect(responseText(single, { type: 'single', choiceId: 'y' })).toBe('Yacht');
		expect(responseText(multi, { type: 'multi', choiceIds: ['z', 'x'] })).toBe('Xylophone; Zebra');
		expect(responseText(multi, { type: 'multi', choiceIds: [] })).toBe(NO_ANSWER);
	});

	it('shows typed answers as typed, and blank ones as no answer', () => {
		const cloze: Question = makeQuestion('cloze', { id: 'c1', accepted: ['a'] });
		const numeric: Question = makeQuestion('numeric', { id: 'n1', answer: 5, tolerance: 0 });
		expect(responseText(cloze, { type: 'cloze', text: ' six ' })).toBe('six');
		expect(responseText(numeric, { type: 'numeric', value: '   ' })).toBe(NO_ANSWER);
		expect(responseText(numeric, { type: 'numeric', value: '6,000' })).toBe('6,000');
	});

	it('lists matches in the pairs order and orderings with positions', () => {
		const matching: Question = makeQuestion('matching', {
			id: 'mt',
			pairs: [
				{ id: 'p1', left: 'Quote one', right: 'Ann' },
				{ id: 'p2', left: 'Quote two', right: 'Bob' }
			]
		});
		expect(responseText(matching, { type: 'matching', matches: { p2: 'Ann', p1: 'Bob' } })).toBe(
			'Quote one → Bob; Quote two → Ann'
		);
		const ordering: Question = makeQuestion('ordering', {
			id: 'o',
			items: [
				{ id: 'i1', text: 'First' },
				{ id: 'i2', text: 'Second' }
			]
		});
		expect(responseText(ordering, { type: 'ordering', order: ['i2', 'i1'] })).toBe(
			'1. Second 2. First'
		);
	});

	it('words both parts of an evidence question', () => {
		const evidence: Question = makeQuestion('evidence', {
			id: 'ev',
			choices,
			correct: ['x'],
			evidencePrompt: 'Which sentence?',
			evidenceChoices: [
				{ id: 'e1', text: 'It was a yacht.', articleId: 'a', start: 0, end: 1 },
				{ id: 'e2', text: 'It was a zebra.', articleId: 'a', start: 0, end: 1 }
			],
			evidenceCorrect: ['e1']
		});
		expect(responseText(evidence, { type: 'evidence', choiceId: 'y', evidenceId: 'e2' })).toBe(
			'Yacht, because: “It was a zebra.”'
		);
	});

	it('treats a missing or mismatched response as no answer', () => {
		const single: Question = makeQuestion('single', { id: 's1', choices, correct: ['x'] });
		expect(responseText(single, undefined)).toBe(NO_ANSWER);
		expect(responseText(single, { type: 'cloze', text: 'Yacht' })).toBe(NO_ANSWER);
		expect(responseText(single, { type: 'single', choiceId: 'gone' })).toBe(NO_ANSWER);
	});
});
