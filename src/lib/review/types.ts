/**
 * Review over time: every question a student misses (or half gets) becomes a card that FSRS
 * schedules. These are the stored shapes; $lib/storage/schemas validates them on every read.
 * Dates are ISO strings, not Date objects, so a card is plain JSON in IndexedDB and backups.
 */

/** FSRS's ratings as plain numbers (ts-fsrs's enum is not loaded on light pages). */
export const RATING = { again: 1, hard: 2, good: 3 } as const;
export type ReviewRating = (typeof RATING)[keyof typeof RATING];

/** One graded review of a card, kept for the student's progress over time. */
export interface ReviewLogEntry {
	/** ISO time of the answer. */
	at: string;
	rating: ReviewRating;
	/** 0..1, as graded. */
	credit: number;
}

/** A card keeps this many of its latest reviews: enough to chart progress, never unbounded. */
export const MAX_LOG_ENTRIES = 50;

export interface ReviewCard {
	questionId: string;
	/**
	 * Which version of the question the card was last reviewed with: a fingerprint of what the
	 * student sees and the key (the bank has no per-question revision number). A teacher's edit
	 * keeps the card (same question id) and the next review records the new version.
	 */
	bankVersion: string;
	createdAt: string;
	/** When FSRS wants the card back (ISO). */
	due: string;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
	state: 0 | 1 | 2 | 3;
	lastReview?: string;
	/** Oldest first, at most MAX_LOG_ENTRIES. */
	log: ReviewLogEntry[];
}

/** All of one story's cards: one storage key, so one review is one atomic write. */
export interface StoryReviews {
	storyId: string;
	/** question id -> card */
	cards: Record<string, ReviewCard>;
}

/** A card together with the story it belongs to, as review lists carry it. */
export interface StoryCard {
	storyId: string;
	card: ReviewCard;
}
