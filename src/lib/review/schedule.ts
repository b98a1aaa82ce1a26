/**
 * Scheduling with FSRS (ts-fsrs). Loaded only where a review is graded (after a quiz answer is
 * checked, and on the review page), never in a page's up-front JavaScript.
 *
 * Settings, and why:
 * - No short-term learning steps: a missed news question comes back on a later day, not in
 *   ten minutes while the student is still in the same quiz (FSRS then schedules in days).
 * - No fuzz: the date the page promises ("next review on …") is the date the card comes back;
 *   a student has tens of cards, not the thousands that fuzz spreads out.
 * - At most a year between reviews: the school year is the horizon.
 */
import { createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Question } from '$lib/bank/schema';
import type { Grade } from '$lib/quiz/types';
import { ratingFor } from './due';
import { MAX_LOG_ENTRIES, type ReviewCard } from './types';
import { questionVersion } from './version';

const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, maximum_interval: 365 });

function toFsrs(card: ReviewCard): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: 0, // deprecated in ts-fsrs 5; it works the gap out from last_review
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.lastReview ? { last_review: new Date(card.lastReview) } : {})
	};
}

/**
 * Records one graded answer on a question: reviews its card, or makes a new card when there is
 * none. Returns null when there is no card and none is needed (a right answer to a question
 * the student never missed).
 */
export function reviewAnswer(
	existing: ReviewCard | null,
	question: Question,
	grade: Grade,
	at: Date
): ReviewCard | null {
	if (!existing && grade.correct) return null;
	const rating = ratingFor(grade);
	const before = existing ? toFsrs(existing) : createEmptyCard(at);
	const { card } = scheduler.next(before, at, rating as FsrsGrade);
	const iso = at.toISOString();
	const log = [...(existing?.log ?? []), { at: iso, rating, credit: grade.credit }];
	return {
		questionId: question.id,
		bankVersion: questionVersion(question),
		createdAt: existing?.createdAt ?? iso,
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as ReviewCard['state'],
		lastReview: iso,
		log: log.slice(-MAX_LOG_ENTRIES)
	};
}
