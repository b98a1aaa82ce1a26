import type { Bank } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import type { AnswerRecord, Attempt, StoryProgress } from '$lib/quiz/types';
import type { ReviewCard, StoryReviews } from '$lib/review/types';

/** Why storage fell back to memory, shown to the user in a banner. */
export type StorageStatus = { kind: 'indexeddb' } | { kind: 'memory'; reason: string };

/** A change made by this tab or another one (BroadcastChannel). */
export type StorageChange =
	| { kind: 'progress'; storyId: string }
	| { kind: 'review'; storyId: string }
	| { kind: 'content'; storyId: string | null }
	| { kind: 'all' };

/** Thrown for storage failures the user must hear about; nothing was written. */
export class StorageWriteError extends Error {
	constructor(
		message: string,
		readonly reason: 'quota' | 'aborted' | 'invalid' | 'unknown',
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StorageWriteError';
	}
}

/** Legacy error codes: 22 is QUOTA_EXCEEDED_ERR, 1014 is Firefox's NS_ERROR_DOM_QUOTA_REACHED, 20 ABORT_ERR. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const QUOTA_CODES = new Set([22, 1014]);

function errorName(error: unknown): { name: string; code: number | undefined } {
	if (typeof error !== 'object' || error === null) return { name: '', code: undefined };
	const e = error as { name?: unknown; code?: unknown };
	return {
		name: typeof e.name === 'string' ? e.name : '',
		code: typeof e.code === 'number' ? e.code : undefined
	};
}

/** Whether an error (or the error it wraps) says the disk or the quota is full. */
export function isQuotaError(error: unknown): boolean {
	const { name, code } = errorName(error);
	if (QUOTA_NAMES.has(name) || (code !== undefined && QUOTA_CODES.has(code))) return true;
	const cause = (error as { cause?: unknown } | null)?.cause;
	return cause !== undefined && cause !== error && isQuotaError(cause);
}

export function isAbortError(error: unknown): boolean {
	const { name, code } = errorName(error);
	return name === 'AbortError' || code === 20;
}

/** Turns whatever the driver threw into the one error type the UI knows how to explain. */
export function toWriteError(error: unknown, what: string): StorageWriteError {
	if (error instanceof StorageWriteError) return error;
	if (isQuotaError(error)) {
		return new StorageWriteError(
			`Could not save ${what}: this browser's storage for Byline is full. Free some space (for example, delete stories you no longer use or export a backup and clear old data), then try again. Nothing was changed.`,
			'quota',
			{ cause: error }
		);
	}
	if (isAbortError(error)) {
		return new StorageWriteError(
			`Could not save ${what}: the browser cancelled the write (another tab may be upgrading storage, or the page is closing). Nothing was changed; please try again.`,
			'aborted',
			{ cause: error }
		);
	}
	const detail = error instanceof Error ? error.message : String(error);
	return new StorageWriteError(`Could not save ${what}: ${detail}`, 'unknown', { cause: error });
}

/**
 * The one storage interface. The app's store (`getStore()`) validates what it reads, migrates
 * old data, never leaves a partial write and tells other tabs what changed; the SCORM player
 * implements it over the LMS.
 */
export interface ByLineStore {
	readonly status: StorageStatus;
	/** Problems found while reading (data set aside as `corrupt:`), oldest first. */
	readonly problems: readonly StorageProblem[];

	// Student progress: one key per story, one write per answer.
	getProgress(storyId: string): Promise<StoryProgress>;
	listProgress(): Promise<StoryProgress[]>;
	startAttempt(storyId: string, questionIds: string[]): Promise<Attempt>;
	/** Saves one answer at once and moves the attempt to `nextIndex`. */
	saveAnswer(
		storyId: string,
		attemptId: string,
		record: AnswerRecord,
		nextIndex: number
	): Promise<Attempt>;
	setCurrentIndex(storyId: string, attemptId: string, index: number): Promise<Attempt>;
	finishAttempt(storyId: string, attemptId: string): Promise<Attempt>;
	resetProgress(storyId: string): Promise<void>;
	/** Undo for resetProgress: writes saved progress back, keeping any attempt made since. */
	restoreProgress(progress: StoryProgress): Promise<void>;

	// Review cards (spaced review of missed questions), one key per story
	getReviews(storyId: string): Promise<StoryReviews>;
	listReviews(): Promise<StoryReviews[]>;
	/** Saves one card in one write, merged with what another tab may have saved. Returns it as stored. */
	saveReviewCard(storyId: string, card: ReviewCard): Promise<ReviewCard>;
	/** Drops cards whose questions no longer exist (one write). */
	dropReviewCards(storyId: string, questionIds: string[]): Promise<void>;

	// Teacher content: each story with its articles and questions, stored as one unit.
	listStories(): Promise<StoryBundle[]>;
	getStory(storyId: string): Promise<StoryBundle | null>;
	/** Replaces the story's whole bundle atomically (checked as a valid one-story bank). */
	putStory(story: StoryBundle): Promise<void>;
	deleteStory(storyId: string): Promise<void>;

	// Small settings (teacher PIN hash, preferences)
	getSetting<T>(key: string): Promise<T | null>;
	setSetting<T>(key: string, value: T): Promise<void>;
	deleteSetting(key: string): Promise<void>;
	listSettings(): Promise<Record<string, unknown>>;

	// Backup
	exportAll(): Promise<StoreContents>;
	/**
	 * Writes all of `contents` or nothing. `replace` also removes progress, review
	 * cards, banks and settings that `contents` does not have; otherwise they are kept.
	 */
	importAll(contents: StoreContents, options?: { replace?: boolean }): Promise<void>;

	/** Called after any change, from this tab or another. Returns an unsubscribe function. */
	subscribe(listener: (change: StorageChange) => void): () => void;
	/** Stops cross-tab messages (tests, teardown). The store must not be used after. */
	close(): void;
}

/** Stored data that failed validation and was moved aside instead of crashing the app. */
export interface StorageProblem {
	/** Where the data was. */
	key: string;
	/** Where it was moved (`corrupt:...`), so nothing is thrown away. */
	quarantinedAs: string;
	message: string;
	at: string;
}

/** Everything a backup holds; what `exportAll` returns and `importAll` writes. */
export interface StoreContents {
	progress: StoryProgress[];
	/** Review cards; absent in backups made before review existed. */
	reviews?: StoryReviews[];
	/** Each stored story as the one-story bank a backup file carries. */
	banks: Bank[];
	settings: Record<string, unknown>;
}
