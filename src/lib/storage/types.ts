import type { Bank } from '$lib/bank/schema';
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

/**
 * The one storage adapter. Implementations validate what they read, migrate old
 * schema versions, never leave a partial write, and tell other tabs what changed.
 */
export interface ByLineStore {
	readonly status: StorageStatus;

	// Student progress
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
	/**
	 * Undo for resetProgress: writes saved progress back, keeping any attempt
	 * made since. Optional here so other implementations stay valid; the real
	 * store (ByLineLocalStore) always has it.
	 */
	restoreProgress?(progress: StoryProgress): Promise<void>;

	// Review cards (spaced review of missed questions), one key per story
	getReviews(storyId: string): Promise<StoryReviews>;
	listReviews(): Promise<StoryReviews[]>;
	/** Saves one card in one write, merged with what another tab may have saved. Returns it as stored. */
	saveReviewCard(storyId: string, card: ReviewCard): Promise<ReviewCard>;
	/** Drops cards whose questions no longer exist (one write). */
	dropReviewCards(storyId: string, questionIds: string[]): Promise<void>;

	// Teacher content: each story with its articles and bank, stored as one unit.
	listBanks(): Promise<Bank[]>;
	getBank(storyId: string): Promise<Bank | null>;
	/** Replaces the story's whole bundle atomically. `bank` holds exactly one story. */
	putBank(bank: Bank): Promise<void>;
	deleteBank(storyId: string): Promise<void>;

	// Small settings (teacher PIN hash, preferences)
	getSetting<T>(key: string): Promise<T | null>;
	setSetting<T>(key: string, value: T): Promise<void>;

	/** Called after any change, from this tab or another. Returns an unsubscribe function. */
	subscribe(listener: (change: StorageChange) => void): () => void;
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
	banks: Bank[];
	settings: Record<string, unknown>;
}

/** The store `getStore()` returns: the shared contract plus maintenance methods. */
export interface ByLineLocalStore extends ByLineStore {
	restoreProgress(progress: StoryProgress): Promise<void>;
	/** Problems found while reading (quarantined data), oldest first. */
	readonly problems: readonly StorageProblem[];
	deleteSetting(key: string): Promise<void>;
	listSettings(): Promise<Record<string, unknown>>;
	exportAll(): Promise<StoreContents>;
	/**
	 * Writes all of `contents` or nothing. `replace` also removes progress, review
	 * cards, banks and settings that `contents` does not have; otherwise they are kept.
	 */
	importAll(contents: StoreContents, options?: { replace?: boolean }): Promise<void>;
	/** Stops cross-tab messages (tests, teardown). The store must not be used after. */
	close(): void;
}
