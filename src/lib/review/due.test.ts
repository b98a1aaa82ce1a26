import { describe, expect, it } from 'vitest';
import { makeReviewCard, makeStoryReviews } from '$test-data';
import {
	countDueToday,
	dueToday,
	endOfDay,
	makesCard,
	nextReviewAfterToday,
	ratingFor
} from './due';
import { RATING } from './types';

// Local times (no Z): "today" is the student's own day.
const NOW = new Date('2026-03-10T09:00:00');
const at = (text: string) => new Date(text).toISOString();

describe('ratings', () => {
	it('maps wrong to Again, partly right to Hard and right to Good', () => {
		expect(ratingFor({ correct: false, credit: 0 })).toBe(RATING.again);
		expect(ratingFor({ correct: false, credit: 0.5 })).toBe(RATING.hard);
		expect(ratingFor({ correct: true, credit: 1 })).toBe(RATING.good);
	});

	it('makes a card only for an answer that was not right', () => {
		expect(makesCard({ correct: false, credit: 0 })).toBe(true);
		expect(makesCard({ correct: false, credit: 0.5 })).toBe(true);
		expect(makesCard({ correct: true, credit: 1 })).toBe(false);
	});
});

describe('what is due today', () => {
	const reviews = [
		makeStoryReviews('a', [
			makeReviewCard('a1', at('2026-03-09T08:00:00')),
			makeReviewCard('a2', at('2026-03-10T07:00:00')),
			makeReviewCard('a3', at('2026-03-10T22:00:00')),
			makeReviewCard('a4', at('2026-03-12T09:00:00'))
		]),
		makeStoryReviews('b', [
			makeReviewCard('b1', at('2026-03-08T08:00:00')),
			makeReviewCard('b2', at('2026-03-11T00:30:00'))
		])
	];

	it('counts cards due before the end of the local day, later today included', () => {
		expect(endOfDay(NOW).getTime()).toBe(new Date('2026-03-10T23:59:59.999').getTime());
		expect(countDueToday(reviews, NOW)).toBe(4);
	});

	it('mixes stories, most overdue story first, each story in due order', () => {
		const order = dueToday(reviews, NOW).map((c) => c.card.questionId);
		expect(order).toEqual(['b1', 'a1', 'a2', 'a3']);
	});

	it('leaves out cards whose question no longer exists', () => {
		const keep = (storyId: string, id: string) => id !== 'a1';
		expect(dueToday(reviews, NOW, keep).map((c) => c.card.questionId)).toEqual(['b1', 'a2', 'a3']);
		expect(countDueToday(reviews, NOW, keep)).toBe(3);
	});

	it('gives the next review after today, or null without cards', () => {
		expect(nextReviewAfterToday(reviews, NOW)).toEqual(new Date('2026-03-11T00:30:00'));
		expect(nextReviewAfterToday([], NOW)).toBeNull();
		const later = new Date('2026-03-12T10:00:00');
		expect(nextReviewAfterToday(reviews, later)).toBeNull();
		expect(countDueToday(reviews, later)).toBe(6);
	});
});
