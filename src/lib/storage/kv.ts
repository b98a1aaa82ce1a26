/**
 * The key-value layer under the store: localforage (IndexedDB) in the browser, a Map when
 * IndexedDB is missing or cannot be written. Importing localforage does not touch IndexedDB,
 * so prerendering is safe; pages load this whole module lazily (state/storage.svelte.ts).
 */
import localforage from 'localforage';

/** The part of localforage's API the store uses; tests wrap it to inject failures. */
export interface KeyValueDriver {
	getItem(key: string): Promise<unknown>;
	/** Resolves once the value is durably stored, or rejects and leaves the old value. */
	setItem(key: string, value: unknown): Promise<unknown>;
	removeItem(key: string): Promise<void>;
	keys(): Promise<string[]>;
}

/**
 * Key layout (schema version 2). Every change a user makes (an answer, a review, a story,
 * a setting) is one write of one key, and one localforage write is one IndexedDB
 * transaction: it happens completely or not at all. Only a backup restore writes many keys,
 * through the one `meta:restore` record (./restore). `review:` keys came after version 2
 * without a version bump: new keys only, which older builds ignore.
 */
export const KEYS = {
	schemaVersion: 'meta:schemaVersion',
	restore: 'meta:restore',
	progress: (storyId: string) => `progress:${storyId}`,
	bank: (storyId: string) => `bank:${storyId}`,
	setting: (name: string) => `setting:${name}`,
	review: (storyId: string) => `review:${storyId}`,
	corrupt: (key: string, at: string) => `corrupt:${key}@${at}`
} as const;

export const PREFIX = {
	progress: 'progress:',
	bank: 'bank:',
	setting: 'setting:',
	review: 'review:'
} as const;

export const CURRENT_SCHEMA_VERSION = 2;
/** Where the first release kept everything (see ./migrations). */
export const V1_KEYS = { progress: 'progress', settings: 'settings' } as const;
/** An older build's multi-key write journal and its staged values (see ./migrations). */
export const LEGACY_JOURNAL = { key: 'meta:pendingWrite', stagingPrefix: 'staging:' } as const;

/**
 * Whether opening must load ./migrations: old data, an unfinished restore, or a database
 * from a newer build. Almost every open finds none of them.
 */
export function needsUpkeep(storedVersion: unknown, keys: readonly string[]): boolean {
	const leftovers: string[] = [
		KEYS.restore,
		LEGACY_JOURNAL.key,
		V1_KEYS.progress,
		V1_KEYS.settings
	];
	return (
		storedVersion !== CURRENT_SCHEMA_VERSION ||
		keys.some((k) => leftovers.includes(k) || k.startsWith(LEGACY_JOURNAL.stagingPrefix))
	);
}

/**
 * Values in memory, for a browser without usable IndexedDB. Over a `readOnly` base (storage
 * that can be read but not written: a full disk, a quota of zero) what was saved stays
 * visible and this tab's changes live on top of it. Values are structured-cloned in and out,
 * as IndexedDB does, so callers can never change stored state by accident.
 */
export class MemoryDriver implements KeyValueDriver {
	readonly #changed = new Map<string, unknown>();
	readonly #removed = new Set<string>();
	constructor(private readonly readOnly?: KeyValueDriver) {}

	async getItem(key: string): Promise<unknown> {
		if (this.#changed.has(key)) return structuredClone(this.#changed.get(key));
		if (this.#removed.has(key) || !this.readOnly) return null;
		return this.readOnly.getItem(key);
	}

	async setItem(key: string, value: unknown): Promise<void> {
		this.#removed.delete(key);
		this.#changed.set(key, structuredClone(value));
	}

	async removeItem(key: string): Promise<void> {
		this.#changed.delete(key);
		this.#removed.add(key);
	}

	async keys(): Promise<string[]> {
		const keys = new Set(this.readOnly ? await this.readOnly.keys() : []);
		for (const key of this.#changed.keys()) keys.add(key);
		for (const key of this.#removed) keys.delete(key);
		return [...keys];
	}
}

export const DEFAULT_DB_NAME = 'byline';
/** A blocked or wedged `indexedDB.open` never settles; we stop waiting after this. */
const OPEN_TIMEOUT_MS = 4_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens the database directly once first, because localforage reports every failure as
 * "No available storage method found", and the real cause (private mode, SecurityError,
 * a corrupt profile) is what the user and we need to see.
 */
function openDirectly(name: string): Promise<void> {
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
 * Opens the database and proves it can be read (listing its keys) and written (a probe key
 * written, read back and deleted): some browsers expose `indexedDB` but fail on first use
 * (Firefox private mode, storage disabled by policy, a full disk, a corrupt profile).
 * Throws when it cannot be read; `writeError` says why it cannot be written.
 */
export async function openIndexedDb(
	name = DEFAULT_DB_NAME,
	timeoutMs = OPEN_TIMEOUT_MS
): Promise<{ kv: KeyValueDriver; writeError?: unknown }> {
	const kv = localforage.createInstance({ name, storeName: 'data', driver: localforage.INDEXEDDB });
	const notResponding = 'IndexedDB did not respond (it may be blocked by another tab)';
	await withTimeout(
		openDirectly(name).then(async () => kv.keys()),
		timeoutMs,
		notResponding
	);
	try {
		const probe = async () => {
			const token = `${Date.now()}-${Math.random()}`;
			await kv.setItem('meta:probe', token);
			const readBack = await kv.getItem('meta:probe');
			await kv.removeItem('meta:probe');
			if (readBack !== token) throw new Error('IndexedDB did not return what was just written');
		};
		await withTimeout(probe(), timeoutMs, notResponding);
		return { kv };
	} catch (writeError) {
		return { kv, writeError };
	}
}

/** The database opened as a plain driver (tests wrap it in a FailingDriver). */
export async function openIndexedDbDriver(
	name = DEFAULT_DB_NAME,
	timeoutMs = OPEN_TIMEOUT_MS
): Promise<KeyValueDriver> {
	const { kv, writeError } = await openIndexedDb(name, timeoutMs);
	if (writeError) throw writeError;
	return kv;
}
