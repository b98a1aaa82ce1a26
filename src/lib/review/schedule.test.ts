import { describe, expect, it } from 'vitest';
import { makeFileBank } from '$test-data';
import type { Question } from '$lib/bank/schema';
import { ReviewCardSchema } from '$lib/storage/schemas';
import { check } from '$lib/validation';
import { reviewAnswer } from './schedule';
import { RATING } from './types';
import { questionVersion } from './version';

const question = makeFileBank().questions[0] as Question;
const DAY = 86_400_000;
const T0 = new Date('2026-03-02T09:00:00Z');
const wrong = { correct: false, credit: 0 };
const partial = { correct: false, credit: 0.5 };
const right = { correct: true, credit: 1 };
const daysAfter = (from: Date, iso: string) => (Date.parse(iso) - from.getTime()) / DAY;

describe('reviewAnswer (FSRS)', () => {
	it('makes no card for a right answer to a question never missed', () => {
		expect(reviewAnswer(null, question, right, T0)).toBeNull();
	});

	it('brings a missed question back on a later day, a half-right one later still', () => {
		const missed = reviewAnswer(null, question, wrong, T0)!;
		const half = reviewAnswer(null, question, partial, T0)!;
		// No same-day learning steps: the first review is at least a day away.
		expect(daysAfter(T0, missed.due)).toBeGreaterThanOrEqual(1);
		expect(daysAfter(T0, half.due)).toBeGreaterThan(daysAfter(T0, missed.due));
		expect(missed.log).toEqual([{ at: T0.toISOString(), rating: RATING.again, credit: 0 }]);
		expect(half.log[0]!.rating).toBe(RATING.hard);
		expect(missed.questionId).toBe(question.id);
		expect(missed.bankVersion).toBe(questionVersion(question));
		expect(check(ReviewCardSchema, missed).success).toBe(true);
	});

	it('spaces reviews further apart after each right answer, and closer after a lapse', () => {
		const first = reviewAnswer(null, question, wrong, T0)!;
		const t1 = new Date(first.due);
		const good = reviewAnswer(first, question, right, t1)!;
		const t2 = new Date(good.due);
		const better = reviewAnswer(good, question, right, t2)!;
		const gap1 = daysAfter(t1, good.due);
		const gap2 = daysAfter(t2, better.due);
		expect(gap1).toBeGreaterThan(daysAfter(T0, first.due));
		expect(gap2).toBeGreaterThan(gap1);
		expect(better.reps).toBe(3);
		expect(better.createdAt).toBe(first.createdAt);
		expect(better.log.map((l) => l.rating)).toEqual([RATING.again, RATING.good, RATING.good]);

		const lapse = reviewAnswer(better, question, wrong, new Date(better.due))!;
		expect(lapse.lapses).toBe(1);
		expect(daysAfter(new Date(better.due), lapse.due)).toBeLessThan(gap2);
	});

	it('records the question version it was reviewed with, so edits are noticed', () => {
		const first = reviewAnswer(null, question, wrong, T0)!;
		const edited = { ...question, prompt: `${question.prompt} (edited)` } as Question;
		const next = reviewAnswer(first, edited, right, new Date(first.due))!;
		expect(next.bankVersion).not.toBe(first.bankVersion);
		// Bookkeeping (approval, score) is not a new version of the question.
		expect(questionVersion({ ...question, status: 'draft', score: 0.3 } as Question)).toBe(
			questionVersion(question)
		);
	});
});
