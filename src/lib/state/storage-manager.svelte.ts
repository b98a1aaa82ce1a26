import { createSubscriber } from 'svelte/reactivity';
import type { Attempt, StoryProgress } from '$lib/quiz/types';
import type {
	ByLineLocalStore,
	ByLineStore,
	StorageChange,
	StorageStatus
} from '$lib/storage/types';

/** Reads something from the store; `change` is null for the first read. */
export type StorageReader<Store> = (store: Store, change: StorageChange | null) => unknown;

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
export class StorageManager<Store extends ByLineStore = ByLineLocalStore> {
	store = $state.raw<Store | null>(null);
	/** Set when storage could not be opened at all. */
	error = $state<string | null>(null);
	status: StorageStatus | null = $derived(this.store?.status ?? null);

	#opening: Promise<Store> | null = null;
	#open: () => Promise<Store>;
	// A cache of reactive values, itself never read reactively: a plain Map is right.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#progress = new Map<string, CachedProgress<Store>>();

	/** `open` is called once, when something first needs the store. */
	constructor(open: () => Promise<Store>) {
		this.#open = open;
	}

	open(): Promise<Store> {
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
	follow(read: StorageReader<Store>, affects: (change: StorageChange) => boolean = () => true) {
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
		return this.#progressOf(storyId).current;
	}

	/** Reads a story's progress into the cache now (a page that must wait for it). */
	loadProgress(storyId: string): Promise<StoryProgress> {
		return this.#progressOf(storyId).load();
	}

	/** Puts an attempt the store has just returned from a write into the cache at once. */
	saved(storyId: string, attempt: Attempt): Attempt {
		this.#progressOf(storyId).put(attempt);
		return attempt;
	}

	#progressOf(storyId: string): CachedProgress<Store> {
		let cached = this.#progress.get(storyId);
		if (!cached) {
			cached = new CachedProgress(this, storyId);
			this.#progress.set(storyId, cached);
		}
		return cached;
	}
}

/** One story's progress as last read or written; see StorageManager.progress. */
class CachedProgress<Store extends ByLineStore> {
	#value = $state.raw<StoryProgress | undefined>(undefined);
	#storage: StorageManager<Store>;
	#storyId: string;
	#subscribe: () => void;
	/** Counts reads and writes, so that only the latest one sets the value. */
	#version = 0;

	constructor(storage: StorageManager<Store>, storyId: string) {
		this.#storage = storage;
		this.#storyId = storyId;
		this.#subscribe = storage.follow(
			() => this.load(),
			(change) =>
				change.kind === 'all' || (change.kind === 'progress' && change.storyId === storyId)
		);
	}

	get current(): StoryProgress | undefined {
		this.#subscribe();
		return this.#value;
	}

	async load(): Promise<StoryProgress> {
		const version = ++this.#version;
		const store = await this.#storage.open();
		const value = await store.getProgress(this.#storyId);
		// A read that started before a later write or read finished must not undo it.
		if (version === this.#version) this.#value = value;
		return this.#value ?? value;
	}

	put(attempt: Attempt): void {
		this.#version += 1;
		const attempts = this.#value?.attempts ?? [];
		const known = attempts.some((a) => a.id === attempt.id);
		this.#value = {
			storyId: this.#storyId,
			attempts: known
				? attempts.map((a) => (a.id === attempt.id ? attempt : a))
				: [...attempts, attempt]
		};
	}
}
