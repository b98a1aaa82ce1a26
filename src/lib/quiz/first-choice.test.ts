/**
 * "Does answer order give the key away?" over the built-in seed bank: a student who always
 * picks the first choice shown should score what chance predicts, not what a keyed-first bank
 * gives. The browser test (tests/e2e/student-fair-order.spec.ts) checks one real attempt
 * against the same bound; this checks the whole distribution over many attempts.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/model';
import { seedBank } from '$lib/bank/seed-bank';
import { grade } from './grade';
import {
	matchingOptions,
	orderSeed,
	shownChoices,
	shownEvidenceChoices,
	shownPairs,
	startingResponse
} from './item-order';
import type { Response } from './types';

/** The bound the browser test asserts on one attempt's score, in percent. */
const FIRST_CHOICE_BOUND = 45;

/** Always the first choice shown; the first option in every select; an ordering as shown. */
function firstChoice(q: Question, seed: string): Response {
	switch (q.type) {
		case 'single':
		case 'truefalse':
			return { type: q.type, choiceId: shownChoices(q, seed)[0]!.id };
		case 'multi':
			return { type: 'multi', choiceIds: [shownChoices(q, seed)[0]!.id] };
		case 'evidence':
			return {
				type: 'evidence',
				choiceId: shownChoices(q, seed)[0]!.id,
				evidenceId: shownEvidenceChoices(q, seed)[0]!.id
			};
		case 'matching': {
			const option = matchingOptions(q, seed)[0]!;
			return {
				type: 'matching',
				matches: Object.fromEntries(shownPairs(q, seed).map((p) => [p.id, option]))
			};
		}
		case 'ordering':
			return startingResponse(q, seed);
		// Nothing to pick: a typed answer that is never right.
		case 'cloze':
			return { type: 'cloze', text: 'zzz' };
		case 'numeric':
			return { type: 'numeric', value: '-1' };
	}
}

/** Expected credit of `firstChoice` when the shown order is uniformly random, worked out by hand. */
function chanceCredit(q: Question): number {
	switch (q.type) {
		case 'single':
		case 'multi':
			// Multi: the first is a key with chance k/n and then earns 1/k.
			return 1 / q.choices.length;
		case 'truefalse':
			return q.correct[0] === 'true' ? 1 : 0;
		case 'evidence':
			return 0.5 / q.choices.length + 0.5 / q.evidenceChoices.length;
		case 'matching': {
			const options = new Set([...q.pairs.map((p) => p.right), ...(q.extraRights ?? [])]);
			return 1 / options.size;
		}
		case 'ordering': {
			// Half the item pairs are in order on average over all n! orders; the solved order
			// (credit 1) is never shown first.
			let perms = 1;
			for (let i = 2; i <= q.items.length; i++) perms *= i;
			return (perms / 2 - 1) / (perms - 1);
		}
		case 'cloze':
		case 'numeric':
			return 0;
	}
}

const questions = seedBank.questions.filter((q) => q.status === 'approved');
const percent = (credit: number) => (100 * credit) / questions.length;

function firstChoiceScore(attemptId: string, qs: Question[] = questions): number {
	return percent(
		qs.reduce((sum, q) => sum + grade(q, firstChoice(q, orderSeed(attemptId, q.id))).credit, 0)
	);
}

/** The bank as if every key were stored first and shown as stored: what students found in #12. */
function keyedFirst(q: Question): Question {
	const keyFirst = <T extends { id: string }>(items: readonly T[], keys: readonly string[]) => [
		...items.filter((c) => keys.includes(c.id)),
		...items.filter((c) => !keys.includes(c.id))
	];
	if (q.type === 'single' || q.type === 'multi')
		return { ...q, fixedOrder: true, choices: keyFirst(q.choices, q.correct) };
	if (q.type === 'evidence')
		return {
			...q,
			fixedOrder: true,
			choices: keyFirst(q.choices, q.correct),
			evidenceChoices: keyFirst(q.evidenceChoices, q.evidenceCorrect)
		};
	return q;
}

describe('always choosing the first option on the seed quiz', () => {
	const scores = Array.from({ length: 2000 }, (_, i) => firstChoiceScore(`attempt-${i}`)).sort(
		(a, b) => a - b
	);
	const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
	const chance = percent(questions.reduce((sum, q) => sum + chanceCredit(q), 0));

	it('scores what chance predicts, on average', () => {
		expect(chance).toBeGreaterThan(15);
		expect(chance).toBeLessThan(30);
		expect(Math.abs(mean - chance)).toBeLessThan(1);
	});

	it(`stays under ${FIRST_CHOICE_BOUND}% in practically every attempt`, () => {
		// The 99.9th percentile of 2000 attempts; one attempt above the bound in a thousand
		// would make the browser test flaky.
		expect(scores[Math.floor(scores.length * 0.999)]).toBeLessThan(FIRST_CHOICE_BOUND);
	});

	it('would fail the bound on a keyed-first bank shown in stored order', () => {
		expect(firstChoiceScore('any', questions.map(keyedFirst))).toBeGreaterThan(FIRST_CHOICE_BOUND);
	});
});
