import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { blankQuestion } from '$lib/bank/ops/blank-question';
import {
	consistencyField,
	messagesFor,
	messagesUnder,
	validateQuestion
} from './question-validation';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

describe('validateQuestion', () => {
	it('accepts a valid question', () => {
		expect(validateQuestion(kinds.single)).toEqual({ valid: true, fields: {}, all: [] });
	});

	it('keys plain-language messages by field', () => {
		const result = validateQuestion({
			...kinds.single,
			prompt: '',
			choices: [kinds.single.choices[0]!, { id: 'x', text: '' }],
			tags: ['x'.repeat(41)]
		});
		expect(result.valid).toBe(false);
		expect(messagesFor(result, 'prompt')).toEqual(['This can’t be empty.']);
		expect(messagesFor(result, 'choices.1.text')).toEqual(['This can’t be empty.']);
		expect(messagesFor(result, 'tags.0')).toEqual(['Keep this to 40 characters or fewer.']);
		expect(messagesUnder(result, 'choices')).toEqual(['This can’t be empty.']);
	});

	it('explains a missing correct answer by question type', () => {
		expect(messagesFor(validateQuestion({ ...kinds.single, correct: [] }), 'correct')).toEqual([
			'Mark exactly one choice as correct.'
		]);
		expect(messagesFor(validateQuestion({ ...kinds.multi, correct: [] }), 'correct')).toEqual([
			'Mark at least one choice as correct.'
		]);
		expect(
			messagesFor(validateQuestion({ ...kinds.evidence, evidenceCorrect: [] }), 'evidenceCorrect')
		).toEqual(['Mark the sentence that proves the answer.']);
	});

	it('places cross-field rules next to the field they concern', () => {
		const removedChoice = validateQuestion({ ...kinds.single, correct: ['gone'] });
		expect(messagesFor(removedChoice, 'correct')).toEqual([
			'Correct answer "gone" is not a choice.'
		]);
		const twoGaps = validateQuestion({ ...kinds.cloze, prompt: 'A ____ and a ____.' });
		expect(messagesFor(twoGaps, 'prompt')).toEqual(['A cloze prompt needs exactly one ____ gap.']);
		const sameLeft = validateQuestion({
			...kinds.matching,
			pairs: kinds.matching.pairs.map((p) => ({ ...p, left: 'Same' }))
		});
		expect(messagesFor(sameLeft, 'pairs')).toEqual(['Two left items are equal.']);
		const repeatedItems = validateQuestion({
			...kinds.ordering,
			items: kinds.ordering.items.map((i) => ({ ...i, id: 'dup' }))
		});
		expect(messagesFor(repeatedItems, 'items')).toEqual(['Item ids repeat.']);
	});

	it('does not report blank choices as duplicates', () => {
		const result = validateQuestion(blankQuestion('single', 's', 'q') as Question);
		expect(result.all.join(' ')).not.toMatch(/same text/);
		expect(messagesFor(result, 'choices.0.text')).toEqual(['This can’t be empty.']);
		expect(messagesFor(result, 'evidence')).toEqual(['Add at least 1 piece of evidence.']);
	});
});

describe('consistencyField', () => {
	it('routes the schema’s cross-field messages', () => {
		expect(consistencyField('the correct evidence is not among the evidence choices')).toBe(
			'evidenceCorrect'
		);
		expect(consistencyField('evidence choice ids repeat')).toBe('evidenceChoices');
		expect(consistencyField('two choices have the same text')).toBe('choices');
		expect(consistencyField('something new')).toBe('');
	});
});
