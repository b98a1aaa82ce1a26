import { createSubscriber } from 'svelte/reactivity';
import type { StoryProgress } from '$lib/quiz/types';
import type { ByLineStore, StorageChange, StorageStatus } from '$lib/storage/types';

/** Reads something from the store; `change` is null for the first read. */
export type StorageReader = (store: ByLineStore, change: StorageChange | null) => unknown;

/**
 * The page's one connection to storage, and the only thing that follows its changes.
 *
 * In the manner of svelte.dev's `Persisted`: values are cached here and kept current with
 * `createSubscriber`, so a value follows storage (this tab's writes and other tabs') exactly
 * while something on screen reads it, and nobody starts or stops anything by hand. Pages read
 * `progress(storyId)`; state classes that derive more than one value use `follow`.
 *
 * The app has one (./storage.svelte); the SCORM player makes its own around its LMS store.
 */
export class StorageManager {
	store = $state.raw<ByLineStore | null>(null);
	/** Set when storage could not be opened at all. */
	error = $state<string | null>(null);

	get status(): StorageStatus | null {
		return this.store?.status ?? null;
	}

	#opening: Promise<ByLineStore> | null = null;
	#open: () => Promise<ByLineStore>;
	/**
	 * Each story's progress as last read. One signal, made with the manager: a value made
	 * lazily inside the derived that first reads it would not be tracked by that derived.
	 */
	#progress = $state.raw<Record<string, StoryProgress>>({});
	/** How many reads of each story's progress have started (only the latest one is kept). */
	#reads: Record<string, number> = {};
	/** Not reactive: the subscribe function for each story's progress, made when first read. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#followers = new Map<string, () => void>();

	/** `open` is called once, when something first needs the store. */
	constructor(open: () => Promise<ByLineStore>) {
		this.#open = open;
	}

	open(): Promise<ByLineStore> {
		this.#opening ??= this.#open().then(
			(store) => (this.store = store),
			(cause: unknown) => {
				this.#opening = null;
				this.error = cause instanceof Error ? cause.message : String(cause);
				throw cause;
			}
		);
		return this.#opening;
	}

	/**
	 * A subscribe function for a state class: call it in the getters a component reads, and
	 * `read` runs once when something on screen first reads, again after every change `affects`
	 * accepts, and no more once nothing on screen reads.
	 */
	follow(read: StorageReader, affects: (change: StorageChange) => boolean = () => true) {
		return createSubscriber(() => {
			let stopped = false;
			let unsubscribe: (() => void) | undefined;
			this.open().then(
				(store) => {
					if (stopped) return;
					unsubscribe = store.subscribe((change) => {
						if (affects(change)) void read(store, change);
					});
					void read(store, null);
				},
				() => {
					// `error` says why; there is nothing to follow.
				}
			);
			return () => {
				stopped = true;
				unsubscribe?.();
			};
		});
	}

	/** A story's saved progress, current while shown; undefined until it has been read. */
	progress(storyId: string): StoryProgress | undefined {
		let subscribe = this.#followers.get(storyId);
		if (!subscribe) {
			subscribe = this.follow(
				() => this.loadProgress(storyId),
				(change) =>
					change.kind === 'all' || (change.kind === 'progress' && change.storyId === storyId)
			);
			this.#followers.set(storyId, subscribe);
		}
		subscribe();
		return this.#progress[storyId];
	}

	/** Reads a story's progress into the cache now: to wait for it, or after writing it. */
	async loadProgress(storyId: string): Promise<StoryProgress> {
		const read = (this.#reads[storyId] = (this.#reads[storyId] ?? 0) + 1);
		const value = await (await this.open()).getProgress(storyId);
		// A read that started before a later one must not undo it.
		if (read === this.#reads[storyId]) this.#progress = { ...this.#progress, [storyId]: value };
		return this.#progress[storyId] ?? value;
	}
}
