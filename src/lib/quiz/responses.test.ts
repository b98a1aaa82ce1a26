import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question } from '$lib/bank/schema';
import {
	clozeQ,
	evidenceQ,
	matchingQ,
	multiQ,
	numericQ,
	orderingQ,
	singleQ,
	trueFalseQ
} from '$lib/components/fixtures';
import { emptyResponse } from '$lib/quiz/grade';
import { startingOrder } from '$lib/quiz/item-order';
import { displayedOrder, moveItem, responseFor, splitCloze } from './responses';

const all: Question[] = [
	singleQ,
	multiQ,
	trueFalseQ,
	clozeQ,
	numericQ,
	matchingQ,
	orderingQ,
	evidenceQ
];

describe('responseFor', () => {
	it('keeps a response of the question type and replaces any other with an empty one', () => {
		expect(all.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
		for (const q of all) expect(responseFor(q, null)).toEqual(emptyResponse(q));
		expect(responseFor(singleQ, { type: 'cloze', text: 'x' })).toEqual({
			type: 'single',
			choiceId: null
		});
		const kept = { type: 'single' as const, choiceId: 'tue' };
		expect(responseFor(singleQ, kept)).toBe(kept);
	});
});

describe('displayedOrder', () => {
	it('starts an unanswered question shuffled, never in the right order', () => {
		const start = displayedOrder(orderingQ, [], 'seed');
		expect(start).toEqual(startingOrder(orderingQ, 'seed'));
		expect(start).not.toEqual(['i1', 'i2', 'i3']);
		expect(start.slice().sort()).toEqual(['i1', 'i2', 'i3']);
	});

	it('keeps a valid permutation and replaces a stale one', () => {
		const start = startingOrder(orderingQ, 's');
		expect(displayedOrder(orderingQ, ['i3', 'i1', 'i2'], 's')).toEqual(['i3', 'i1', 'i2']);
		expect(displayedOrder(orderingQ, ['i1', 'i1', 'i2'], 's')).toEqual(start);
		expect(displayedOrder(orderingQ, ['i1', 'gone'], 's')).toEqual(start);
	});
});

describe('moveItem', () => {
	it('moves up and down and clamps at the ends', () => {
		expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 9, 1)).toEqual(['a', 'b', 'c']);
	});
});

describe('splitCloze', () => {
	it('splits around a gap of four or more underscores', () => {
		expect(splitCloze('He was ______ today.')).toEqual({ before: 'He was ', after: ' today.' });
		expect(splitCloze('No gap')).toEqual({ before: 'No gap', after: '' });
	});
});
