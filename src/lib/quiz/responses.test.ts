import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question } from '$lib/bank/schema';
import { emptyResponse } from '$lib/quiz/grade';
import { startingOrder } from '$lib/quiz/item-order';
import { displayedOrder, moveItem, responseFor, splitCloze } from './responses';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

const all: Question[] = Object.values(kinds);

describe('responseFor', () => {
	it('keeps a response of the question type and replaces any other with an empty one', () => {
		expect(all.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
		for (const q of all) expect(responseFor(q, null)).toEqual(emptyResponse(q));
		expect(responseFor(kinds.single, { type: 'cloze', text: 'x' })).toEqual({
			type: 'single',
			choiceId: null
		});
		const kept = { type: 'single' as const, choiceId: 'tue' };
		expect(responseFor(kinds.single, kept)).toBe(kept);
	});
});

describe('displayedOrder', () => {
	it('starts an unanswered question shuffled, never in the right order', () => {
		const start = displayedOrder(kinds.ordering, [], 'seed');
		expect(start).toEqual(startingOrder(kinds.ordering, 'seed'));
		expect(start).not.toEqual(['i1', 'i2', 'i3']);
		expect(start.slice().sort()).toEqual(['i1', 'i2', 'i3']);
	});

	it('keeps a valid permutation and replaces a stale one', () => {
		const start = startingOrder(kinds.ordering, 's');
		expect(displayedOrder(kinds.ordering, ['i3', 'i1', 'i2'], 's')).toEqual(['i3', 'i1', 'i2']);
		expect(displayedOrder(kinds.ordering, ['i1', 'i1', 'i2'], 's')).toEqual(start);
		expect(displayedOrder(kinds.ordering, ['i1', 'gone'], 's')).toEqual(start);
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
