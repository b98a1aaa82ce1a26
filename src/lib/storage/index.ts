/**
 * Entry point: `getStore()` gives the app its one store. It prefers IndexedDB
 * and falls back to memory, with a reason the UI shows, whenever IndexedDB is
 * missing or broken. It never throws.
 */
import { CHANNEL_NAME } from './channel';
import { DEFAULT_DB_NAME, openIndexedDbDriver, openIndexedDbForReading } from './idb';
import { ReadOnlyOverlayDriver } from './overlay';
import {
	CURRENT_SCHEMA_VERSION,
	isNewDatabase,
	KEYS,
	needsUpkeep,
	type KeyValueDriver
} from './kv';
import type { LockRunner } from './lock';
import { MemoryDriver } from './memory';
import { createStore } from './store';
import type { ByLineLocalStore, StorageProblem } from './types';

export { StorageWriteError } from './types';
export type * from './types';
export { MAX_SETTING_BYTES } from './validate';
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

export function createMemoryStore(reason: string): ByLineLocalStore {
	return createStore({
		kv: new MemoryDriver(),
		status: { kind: 'memory', reason },
		channelName: null
	});
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Recovers an interrupted write and migrates old data; the code for both loads only if needed. */
async function upkeep(kv: KeyValueDriver): Promise<StorageProblem[]> {
	const [version, keys] = await Promise.all([kv.getItem(KEYS.schemaVersion), kv.keys()]);
	if (!needsUpkeep(version, keys)) return [];
	// Saves a first visit the download of code that would find nothing to do.
	if (isNewDatabase(version, keys)) {
		await kv.setItem(KEYS.schemaVersion, CURRENT_SCHEMA_VERSION);
		return [];
	}
	const [{ recoverPendingWrite }, { migrate }] = await Promise.all([
		import('./transaction'),
		import('./migrations')
	]);
	await recoverPendingWrite(kv);
	return migrate(kv);
}

/** Opens a fresh store (no singleton): IndexedDB if it works, memory otherwise. */
export async function openStore(options: OpenStoreOptions = {}): Promise<ByLineLocalStore> {
	if (!options.openDriver && typeof indexedDB === 'undefined') {
		return createMemoryStore('this browser does not offer IndexedDB storage');
	}
	let kv: KeyValueDriver;
	try {
		kv = await (
			options.openDriver ??
			(() => openIndexedDbDriver(options.dbName ?? DEFAULT_DB_NAME, options.openTimeoutMs))
		)();
	} catch (error) {
		const reason = `browser storage cannot be written (private browsing, blocked storage or a full disk can cause this: ${messageOf(error)})`;
		if (!options.openDriver) {
			// Saved data may still be readable: show it, and keep this tab's changes in memory.
			const readable = await openIndexedDbForReading(
				options.dbName ?? DEFAULT_DB_NAME,
				options.openTimeoutMs
			).catch(() => null);
			if (readable) {
				return createStore({
					kv: new ReadOnlyOverlayDriver(readable),
					status: { kind: 'memory', reason: `${reason}. What was saved before is still shown` },
					channelName: null,
					lock: options.lock
				});
			}
		}
		return createMemoryStore(reason);
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

let shared: Promise<ByLineLocalStore> | undefined;

/** The app's store, opened once. During SSR/prerender it is a memory store and is not cached. */
export function getStore(): Promise<ByLineLocalStore> {
	if (typeof window === 'undefined') {
		return Promise.resolve(
			createMemoryStore('Storage is not available while the page is being prerendered.')
		);
	}
	shared ??= openStore().catch((error: unknown) =>
		createMemoryStore(`browser storage could not be opened: ${messageOf(error)}`)
	);
	return shared;
}
