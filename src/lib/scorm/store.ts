/**
 * The app's storage contract (ByLineStore) for a SCORM package, so the student quiz runs on the
 * app's own QuizSession unchanged. Inside an LMS there is one attempt, kept in memory and handed
 * to `persist` (the LMS) on every change; nothing is written to the browser, since an LMS
 * frame's IndexedDB belongs to the LMS's origin and to no one student. Teacher content and
 * settings (and spaced-review cards) do not exist in a package: those calls are answered as for
 * an empty store.
 */
import type { StoryBundle } from '$lib/bank/story';
import type { AnswerRecord, Attempt, StoryProgress } from '$lib/quiz/types';
import type { ReviewCard, StoryReviews } from '$lib/review/types';
import { scormAttemptId } from './suspend';
import {
	StorageWriteError,
	type ByLineStore,
	type StorageChange,
	type StorageStatus,
	type StoreContents
} from '$lib/storage/types';

export class ScormAttemptStore implements ByLineStore {
	readonly status: StorageStatus = { kind: 'indexeddb' };
	readonly problems = [];
	#attempt: Attempt | null;
	readonly #storyId: string;
	readonly #persist: (attempt: Attempt) => void;
	readonly #now: () => string;
	readonly #settings = new Map<string, unknown>();

	constructor(
		storyId: string,
		resumed: Attempt | null,
		persist: (attempt: Attempt) => void,
		now: () => string = () => new Date().toISOString()
	) {
		this.#storyId = storyId;
		this.#attempt = resumed;
		this.#persist = persist;
		this.#now = now;
	}

	async getProgress(storyId: string): Promise<StoryProgress> {
		const attempts = this.#attempt && storyId === this.#storyId ? [this.#attempt] : [];
		return { storyId, attempts };
	}

	async listProgress(): Promise<StoryProgress[]> {
		return [await this.getProgress(this.#storyId)];
	}

	async startAttempt(storyId: string, questionIds: string[]): Promise<Attempt> {
		const startedAt = this.#now();
		return this.#write({
			id: scormAttemptId(startedAt),
			storyId,
			startedAt,
			questionIds,
			answers: {},
			currentIndex: 0
		});
	}

	async saveAnswer(
		_storyId: string,
		attemptId: string,
		record: AnswerRecord,
		nextIndex: number
	): Promise<Attempt> {
		const attempt = this.#current(attemptId);
		return this.#write({
			...attempt,
			answers: { ...attempt.answers, [record.questionId]: record },
			currentIndex: nextIndex
		});
	}

	async setCurrentIndex(_storyId: string, attemptId: string, index: number): Promise<Attempt> {
		return this.#write({ ...this.#current(attemptId), currentIndex: index });
	}

	async finishAttempt(_storyId: string, attemptId: string): Promise<Attempt> {
		const attempt = this.#current(attemptId);
		if (attempt.finishedAt) return attempt;
		return this.#write({ ...attempt, finishedAt: this.#now() });
	}

	async resetProgress(): Promise<void> {
		throw new StorageWriteError('A SCORM activity keeps its attempt in the LMS.', 'invalid');
	}

	async restoreProgress(): Promise<void> {
		throw new StorageWriteError('A SCORM activity keeps its attempt in the LMS.', 'invalid');
	}

	async listStories(): Promise<StoryBundle[]> {
		return [];
	}
	async getStory(): Promise<StoryBundle | null> {
		return null;
	}
	async putStory(): Promise<void> {
		throw new StorageWriteError('A SCORM package has no teacher content.', 'invalid');
	}
	async deleteStory(): Promise<void> {}

	// Spaced review belongs to the app on a student's own device, not to an LMS activity.
	async getReviews(storyId: string): Promise<StoryReviews> {
		return { storyId, cards: {} };
	}
	async listReviews(): Promise<StoryReviews[]> {
		return [];
	}
	async saveReviewCard(_storyId: string, card: ReviewCard): Promise<ReviewCard> {
		return card;
	}
	async dropReviewCards(): Promise<void> {}

	async getSetting<T>(key: string): Promise<T | null> {
		return (this.#settings.get(key) as T | undefined) ?? null;
	}
	async setSetting<T>(key: string, value: T): Promise<void> {
		this.#settings.set(key, value);
	}

	async deleteSetting(key: string): Promise<void> {
		this.#settings.delete(key);
	}
	async listSettings(): Promise<Record<string, unknown>> {
		return Object.fromEntries(this.#settings);
	}

	// A package has no backups: its attempt lives in the LMS.
	async exportAll(): Promise<StoreContents> {
		return { progress: await this.listProgress(), banks: [], settings: await this.listSettings() };
	}
	async importAll(): Promise<void> {
		throw new StorageWriteError('A SCORM activity keeps its attempt in the LMS.', 'invalid');
	}

	close(): void {}

	subscribe(_listener: (change: StorageChange) => void): () => void {
		return () => {};
	}

	#current(attemptId: string): Attempt {
		if (!this.#attempt || this.#attempt.id !== attemptId) {
			throw new StorageWriteError('This attempt is not open.', 'invalid');
		}
		return this.#attempt;
	}

	/** The LMS is told first: when it refuses, nothing changes and the student can try again. */
	#write(next: Attempt): Attempt {
		try {
			this.#persist(next);
		} catch (cause) {
			const message = cause instanceof Error ? cause.message : String(cause);
			throw new StorageWriteError(message, 'unknown', { cause });
		}
		this.#attempt = next;
		return next;
	}
}
