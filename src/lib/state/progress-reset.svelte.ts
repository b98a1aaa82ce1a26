import type { StoryProgress } from '$lib/quiz/types';
import { messageOf } from '$lib/text/format';
import type { StorageManager } from './storage-manager.svelte';

/**
 * Starting a story over: removes the student's progress on it, and puts it back on undo
 * (attempts made since are kept). Its own class, not StoryState's, so that the quiz page,
 * which cannot reset, does not download it.
 */
export class ProgressReset {
	/** The progress the last reset removed, kept until the student undoes it or moves on. */
	undoable = $state.raw<StoryProgress | null>(null);
	error = $state<string | null>(null);

	#storage: StorageManager;
	#storyId: () => string;

	constructor(storage: StorageManager, storyId: () => string) {
		this.#storage = storage;
		this.#storyId = storyId;
	}

	/** Resets; true once done, else `error` says why and nothing changed. */
	async reset(): Promise<boolean> {
		this.error = null;
		const storyId = this.#storyId();
		const saved = this.#storage.progress(storyId) ?? null;
		try {
			const store = await this.#storage.open();
			await store.resetProgress(storyId);
			await this.#storage.loadProgress(storyId);
			this.undoable = saved;
			return true;
		} catch (cause) {
			this.error = `Your progress was not reset: ${messageOf(cause)}`;
			return false;
		}
	}

	async undo(): Promise<void> {
		const saved = this.undoable;
		this.undoable = null;
		if (!saved) return;
		try {
			const store = await this.#storage.open();
			await store.restoreProgress(saved);
			await this.#storage.loadProgress(saved.storyId);
		} catch (cause) {
			this.error = `Your progress could not be restored: ${messageOf(cause)}`;
		}
	}
}
