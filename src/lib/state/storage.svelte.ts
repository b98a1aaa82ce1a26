import type { ByLineStore, StorageChange, StorageStatus } from '$lib/storage/types';

/**
 * The storage stack (adapter, validation schemas, migrations, localforage) is a separate
 * chunk: nothing on screen needs it before the page has hydrated, and leaving it out keeps
 * the scripts a student page waits for small. Its download starts as soon as this module
 * runs, in parallel with hydration, rather than when a page first asks for the store.
 */
const loadStorage = () => import('$lib/storage');
if (typeof window !== 'undefined') {
	loadStorage().catch(() => {
		// Retried, and reported, by the first open().
	});
}

/**
 * The page's one connection to storage. Opened lazily, in the browser only (pages are
 * prerendered, and IndexedDB does not exist at build time). Views read `revision` inside
 * their effects so that a change from this tab or another one makes them re-read.
 */
export class StorageConnection {
	store = $state.raw<ByLineStore | null>(null);
	/** Set when storage could not be opened at all. */
	error = $state<string | null>(null);
	/** Bumped after every change, from this tab or another (BroadcastChannel). */
	revision = $state(0);
	lastChange = $state.raw<StorageChange | null>(null);
	status: StorageStatus | null = $derived(this.store?.status ?? null);

	#opening: Promise<ByLineStore> | null = null;
	#open: () => Promise<ByLineStore>;

	constructor(
		open: () => Promise<ByLineStore> = async () => (await loadStorage()).getStore()
	) {
		this.#open = open;
	}

	open(): Promise<ByLineStore> {
		this.#opening ??= this.#open().then(
			(store) => {
				this.store = store;
				store.subscribe((change) => {
					this.lastChange = change;
					this.revision += 1;
				});
				return store;
			},
			(cause: unknown) => {
				this.#opening = null;
				this.error = cause instanceof Error ? cause.message : String(cause);
				throw cause;
			}
		);
		return this.#opening;
	}
}

export const storage = new StorageConnection();
