/**
 * The IndexedDB driver, via localforage. Imported statically: pages load this
 * whole storage module lazily (see state/storage.svelte.ts), and a static import
 * lets the browser fetch localforage in parallel with it instead of after it.
 * Importing localforage does not touch IndexedDB, so prerendering is safe.
 */
import localforage from 'localforage';
import type { KeyValueDriver } from './kv';
import { KEYS } from './kv';

export const DEFAULT_DB_NAME = 'byline';
const STORE_NAME = 'data';
/** A blocked or wedged `indexedDB.open` never settles; we stop waiting after this. */
const OPEN_TIMEOUT_MS = 4_000;

type LocalForageInstance = ReturnType<typeof localforage.createInstance>;

class LocalForageDriver implements KeyValueDriver {
	constructor(private readonly db: LocalForageInstance) {}

	getItem(key: string): Promise<unknown> {
		return this.db.getItem(key);
	}

	async setItem(key: string, value: unknown): Promise<void> {
		await this.db.setItem(key, value);
	}

	removeItem(key: string): Promise<void> {
		return this.db.removeItem(key);
	}

	keys(): Promise<string[]> {
		return this.db.keys();
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens the database directly once, because localforage reports every failure
 * as "No available storage method found" and the real cause (private mode,
 * SecurityError, a corrupt profile) is what the user and we need to see.
 */
function preflight(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
	});
}

/**
 * Opens the database and proves it works by writing, reading back and deleting
 * a probe key: some browsers expose `indexedDB` but fail on first use (Firefox
 * private mode, storage disabled by policy, a corrupt profile).
 */
export async function openIndexedDbDriver(
	name = DEFAULT_DB_NAME,
	timeoutMs = OPEN_TIMEOUT_MS
): Promise<KeyValueDriver> {
	const db = localforage.createInstance({
		name,
		storeName: STORE_NAME,
		driver: localforage.INDEXEDDB
	});
	const probe = async () => {
		await preflight(name);
		await db.ready();
		const token = `${Date.now()}-${Math.random()}`;
		await db.setItem(KEYS.probe, token);
		const readBack = await db.getItem(KEYS.probe);
		await db.removeItem(KEYS.probe);
		if (readBack !== token) throw new Error('IndexedDB did not return what was just written');
	};
	await withTimeout(
		probe(),
		timeoutMs,
		'IndexedDB did not respond (it may be blocked by another tab)'
	);
	return new LocalForageDriver(db);
}

/**
 * The database opened for reading only, for when the probe write failed: what was saved can
 * still be shown. Throws when it cannot even be listed.
 */
export async function openIndexedDbForReading(
	name = DEFAULT_DB_NAME,
	timeoutMs = OPEN_TIMEOUT_MS
): Promise<KeyValueDriver> {
	const db = localforage.createInstance({
		name,
		storeName: STORE_NAME,
		driver: localforage.INDEXEDDB
	});
	await withTimeout(
		(async () => {
			await db.ready();
			await db.keys();
		})(),
		timeoutMs,
		'IndexedDB did not respond'
	);
	return new LocalForageDriver(db);
}
