/**
 * Entry point: `getStore()` gives the app its one store. It prefers IndexedDB (through
 * localforage) and falls back to memory, with a reason the UI shows, whenever IndexedDB is
 * missing or broken. It never throws.
 */
import { onBeforeUpdate } from '$lib/pwa/flush';
import {
	CURRENT_SCHEMA_VERSION,
	DEFAULT_DB_NAME,
	KEYS,
	MemoryDriver,
	needsUpkeep,
	openIndexedDb,
	type KeyValueDriver
} from './kv';
import { createStore } from './store';
import { CHANNEL_NAME, writesSettled, type LockRunner } from './tabs';
import type { ByLineStore, StorageProblem } from './types';

export { StorageWriteError } from './types';
export type * from './types';
export { MAX_SETTING_BYTES } from './store';
export { inProgressAttempt, isAbandoned } from './progress';

export interface OpenStoreOptions {
	/** IndexedDB database name (tests use a fresh one each). */
	dbName?: string;
	channelName?: string | null;
	/** Replaces the IndexedDB driver, e.g. with one that fails on purpose. */
	openDriver?: () => Promise<KeyValueDriver>;
	lock?: LockRunner;
	/** How long to wait for IndexedDB to open before giving up on it. */
	openTimeoutMs?: number;
}

export function createMemoryStore(reason: string, readOnly?: KeyValueDriver): ByLineStore {
	return createStore({
		kv: new MemoryDriver(readOnly),
		status: { kind: 'memory', reason },
		channelName: null
	});
}

/**
 * $lib/text/format's messageOf, repeated on purpose: storage loads up front on every page, and
 * importing that module would bring its date formats into the quiz page's script budget.
 */
function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function cannotWrite(error: unknown): string {
	return `browser storage cannot be written (private browsing, blocked storage or a full disk can cause this: ${messageOf(error)})`;
}

/** Finishes an interrupted restore and migrates old data; that code loads only if needed. */
async function upkeep(kv: KeyValueDriver): Promise<StorageProblem[]> {
	const [version, keys] = await Promise.all([kv.getItem(KEYS.schemaVersion), kv.keys()]);
	if (!needsUpkeep(version, keys)) return [];
	if (version === null && keys.length === 0) {
		// A first visit: nothing to migrate, so nothing to download.
		await kv.setItem(KEYS.schemaVersion, CURRENT_SCHEMA_VERSION);
		return [];
	}
	return (await import('./migrations')).upkeep(kv);
}

/** Opens a fresh store (no singleton): IndexedDB if it works, memory otherwise. */
export async function openStore(options: OpenStoreOptions = {}): Promise<ByLineStore> {
	if (!options.openDriver && typeof indexedDB === 'undefined') {
		return createMemoryStore('this browser does not offer IndexedDB storage');
	}
	let kv: KeyValueDriver;
	try {
		if (options.openDriver) kv = await options.openDriver();
		else {
			const opened = await openIndexedDb(options.dbName ?? DEFAULT_DB_NAME, options.openTimeoutMs);
			// Saved data can still be read: show it, and keep this tab's changes in memory.
			const reason = `${cannotWrite(opened.writeError)}. What was saved before is still shown`;
			if (opened.writeError) return createMemoryStore(reason, opened.kv);
			kv = opened.kv;
		}
	} catch (error) {
		return createMemoryStore(cannotWrite(error));
	}
	try {
		const problems = await upkeep(kv);
		return createStore({
			kv,
			status: { kind: 'indexeddb' },
			channelName: options.channelName === undefined ? CHANNEL_NAME : options.channelName,
			lock: options.lock,
			problems
		});
	} catch (error) {
		// Saved data is left untouched on disk for a later, fixed version to read.
		return createMemoryStore(`your saved data could not be opened: ${messageOf(error)}`);
	}
}

let shared: Promise<ByLineStore> | undefined;

/** The app's store, opened once. During SSR/prerender it is a memory store and is not cached. */
export function getStore(): Promise<ByLineStore> {
	if (typeof window === 'undefined') {
		return Promise.resolve(
			createMemoryStore('Storage is not available while the page is being prerendered.')
		);
	}
	if (!shared) {
		// An update reload waits for this tab's writes (a checked answer being saved).
		onBeforeUpdate(writesSettled);
		shared = openStore().catch((error: unknown) =>
			createMemoryStore(`browser storage could not be opened: ${messageOf(error)}`)
		);
	}
	return shared;
}
