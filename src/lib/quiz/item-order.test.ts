import { describe, expect, it } from 'vitest';
import type { MatchingQuestion, MultiQuestion, SingleQuestion } from '$lib/bank/model';
import { emptyResponse, grade, isAnswered } from './grade';
import {
	matchingOptions,
	orderSeed,
	shownChoices,
	shownEvidenceChoices,
	shownPairs,
	startingOrder,
	startingResponse
} from './item-order';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const attempts = Array.from({ length: 40 }, (_, i) => `attempt-${i}`);

const fourChoices: SingleQuestion = {
	...kinds.single,
	choices: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
		{ id: 'c', text: 'C' },
		{ id: 'd', text: 'D' }
	],
	correct: ['a']
};

describe('orderSeed', () => {
	it('combines attempt and question, and falls back to the question alone', () => {
		expect(orderSeed('att1', 'q1')).not.toBe(orderSeed('att2', 'q1'));
		expect(orderSeed('att1', 'q1')).not.toBe(orderSeed('att1', 'q2'));
		expect(orderSeed(null, 'q1')).toBe('q1');
	});
});

describe('shownChoices', () => {
	it('is a permutation, the same for the same seed (a reload) and keeps the question untouched', () => {
		const seed = orderSeed('att1', fourChoices.id);
		const shown = shownChoices(fourChoices, seed);
		expect(ids(shown).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(shownChoices(fourChoices, seed)).toEqual(shown);
		expect(ids(fourChoices.choices)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('changes with the attempt, and puts the stored-first key first about a quarter of the time', () => {
		const orders = attempts.map((a) =>
			ids(shownChoices(fourChoices, orderSeed(a, fourChoices.id)))
		);
		expect(new Set(orders.map((o) => o.join(''))).size).toBeGreaterThan(10);
		const keyFirst = attempts
			.map((a) => ids(shownChoices(fourChoices, orderSeed(`long-${a}`, 'q')))[0])
			.concat(
				Array.from(
					{ length: 400 },
					(_, i) => ids(shownChoices(fourChoices, orderSeed(`${i}`, 'q')))[0]
				)
			)
			.filter((id) => id === 'a').length;
		// 440 draws, chance 1/4: 110 expected, sd ≈ 9.
		expect(keyFirst).toBeGreaterThan(75);
		expect(keyFirst).toBeLessThan(145);
	});

	it('keeps true/false as True, False and a fixed-order question as stored', () => {
		for (const a of attempts) {
			expect(ids(shownChoices(kinds.truefalse, orderSeed(a, kinds.truefalse.id)))).toEqual([
				'true',
				'false'
			]);
			const fixed = { ...fourChoices, fixedOrder: true };
			expect(ids(shownChoices(fixed, orderSeed(a, fixed.id)))).toEqual(['a', 'b', 'c', 'd']);
		}
	});

	it('shuffles multiple-select and both parts of a two-part question', () => {
		const multi: MultiQuestion = {
			...kinds.multi,
			choices: fourChoices.choices,
			correct: ['a', 'b']
		};
		const multiOrders = new Set(attempts.map((a) => ids(shownChoices(multi, a)).join('')));
		expect(multiOrders.size).toBeGreaterThan(5);
		const partA = new Set(attempts.map((a) => ids(shownChoices(kinds.evidence, a)).join('')));
		const partB = new Set(
			attempts.map((a) => ids(shownEvidenceChoices(kinds.evidence, a)).join(''))
		);
		expect(partA.size).toBe(2);
		expect(partB.size).toBe(2);
		const fixed = { ...kinds.evidence, fixedOrder: true };
		expect(ids(shownEvidenceChoices(fixed, 'x'))).toEqual(ids(kinds.evidence.evidenceChoices));
	});
});

describe('matching', () => {
	const bigger: MatchingQuestion = {
		...kinds.matching,
		pairs: [
			...kinds.matching.pairs,
			{ id: 'p3', left: 'Another quote', right: 'Maria Lopez' },
			{ id: 'p4', left: 'A fourth line', right: 'Sam Ortiz' }
		]
	};

	it('offers every right item and the extras once each, shuffled per attempt', () => {
		const options = matchingOptions(bigger, 's1');
		expect(options.slice().sort()).toEqual([
			'A bridge inspector',
			'Maria Lopez',
			'Sam Ortiz',
			'Tom Reyes'
		]);
		expect(matchingOptions(bigger, 's1')).toEqual(options);
		expect(new Set(attempts.map((a) => matchingOptions(bigger, a).join('|'))).size).toBeGreaterThan(
			5
		);
	});

	it('shuffles the rows unless fixed; the options stay shuffled even then', () => {
		expect(new Set(attempts.map((a) => ids(shownPairs(bigger, a)).join(''))).size).toBeGreaterThan(
			5
		);
		const fixed = { ...bigger, fixedOrder: true };
		for (const a of attempts) expect(ids(shownPairs(fixed, a))).toEqual(['p1', 'p2', 'p3', 'p4']);
		expect(new Set(attempts.map((a) => matchingOptions(fixed, a).join('|'))).size).toBeGreaterThan(
			5
		);
	});
});

describe('startingResponse', () => {
	it('starts an ordering question with its shown order, which can be checked and graded as is', () => {
		const response = startingResponse(kinds.ordering, 'att|q');
		expect(response).toEqual({ type: 'ordering', order: startingOrder(kinds.ordering, 'att|q') });
		expect(isAnswered(response)).toBe(true);
		expect(grade(kinds.ordering, response).correct).toBe(false);
	});

	it('never starts an ordering question solved, and varies the start by attempt', () => {
		const starts = attempts.map((a) => startingOrder(kinds.ordering, a).join(''));
		expect(starts).not.toContain('i1i2i3');
		expect(new Set(starts).size).toBeGreaterThan(1);
	});

	it('starts every other type with nothing chosen', () => {
		for (const q of [kinds.single, kinds.multi, kinds.truefalse, kinds.matching, kinds.evidence]) {
			expect(startingResponse(q, 's')).toEqual(emptyResponse(q));
		}
	});
});
