import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Ranked } from './select';
import { r } from './select.test-helpers';
import { longerWithoutOne } from './short-swap';

// Invented: a gap keyed "harbour board" taken first (its kind's pass comes early), and two
// words in context whose sentences print "harbour board", ranked above it.
const gap = r('gap', 0.45, 'cloze', 'cloze:harbour board', 'Fill the gap: the ____ met.', 'cloze');
const wordA = r('wordA', 0.8, 'vocabulary', 'vocabulary:a', 'What does “levy” mean here?');
const wordB = r('wordB', 0.78, 'vocabulary', 'vocabulary:b', 'What does “tariff” mean here?');
const fact = r('fact', 0.6, 'fact', 'who:x', 'Who opened the harbour office?');

/**
 * A stand-in for selection: the gap first, then the rest best first, each kept out while a
 * pick it would give away (the gap) is in the set.
 */
const selection =
	(shutOut: Ranked[]) =>
	(ranked: Ranked[]): Question[] => {
		const order = [...ranked].sort(
			(x, y) => +(y === gap) - +(x === gap) || (y.question.score ?? 0) - (x.question.score ?? 0)
		);
		const out: Question[] = [];
		for (const x of order)
			if (!(shutOut.includes(x) && out.includes(gap.question))) out.push(x.question);
		return out;
	};

const ids = (qs: readonly Question[] | undefined) => qs?.map((q) => q.id);

describe('a short quiz of one article where one pick keeps two others out', () => {
	it('leaves out the one pick when the two it kept out are ranked above it', () => {
		const select = selection([wordA, wordB]);
		const ranked = [wordA, wordB, fact, gap];
		const before = select(ranked);
		expect(ids(before)).toEqual(['gap', 'fact']);
		expect(ids(longerWithoutOne(ranked, before, 10, select))).toEqual(['wordA', 'wordB', 'fact']);
	});

	it('keeps the quiz when the questions it would gain are ranked below the pick', () => {
		const low = [
			r('lowA', 0.3, 'fact', 'who:a', 'Who chairs the port?'),
			r('lowB', 0.2, 'fact', 'who:b', 'Who runs the ferry?')
		];
		const select = selection(low);
		const ranked = [fact, gap, ...low];
		expect(longerWithoutOne(ranked, select(ranked), 10, select)).toBeUndefined();
	});

	it('keeps the quiz when leaving a pick out would also lose another pick', () => {
		// Without the gap the fact is kept out (by a rule of its own): three words for a gap and
		// a fact trade the fact away too.
		const wordC = r('wordC', 0.7, 'vocabulary', 'vocabulary:c', 'What does “toll” mean here?');
		const select = (ranked: Ranked[]) =>
			ranked.includes(gap)
				? selection([wordA, wordB, wordC])(ranked)
				: selection([])(ranked.filter((x) => x !== fact));
		const ranked = [wordA, wordB, wordC, fact, gap];
		expect(ids(select(ranked))).toEqual(['gap', 'fact']);
		expect(ids(select(ranked.filter((x) => x !== gap)))).toEqual(['wordA', 'wordB', 'wordC']);
		expect(longerWithoutOne(ranked, select(ranked), 10, select)).toBeUndefined();
	});

	it('leaves a quiz alone that no leaving out makes longer', () => {
		const select = selection([]);
		const ranked = [wordA, fact, gap];
		expect(longerWithoutOne(ranked, select(ranked), 10, select)).toBeUndefined();
	});
});
