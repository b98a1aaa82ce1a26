/**
 * The small key-value surface the store is written against. localforage provides
 * it in the browser (idb.ts); a Map provides it for the memory fallback
 * (memory.ts); tests wrap either to inject failures.
 */
import { StorageWriteError } from './types';

export interface KeyValueDriver {
	getItem(key: string): Promise<unknown>;
	/** Resolves once the value is durably stored, or rejects and leaves the old value. */
	setItem(key: string, value: unknown): Promise<void>;
	removeItem(key: string): Promise<void>;
	keys(): Promise<string[]>;
}

/**
 * Key layout (schema version 2). Every logical update touches exactly one key,
 * so a write either happens completely or not at all. `review:` keys were added
 * later without a version bump: they are new keys only, which older builds ignore,
 * and no stored data changes shape.
 */
export const KEYS = {
	schemaVersion: 'meta:schemaVersion',
	probe: 'meta:probe',
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
	review: 'review:',
	corrupt: 'corrupt:'
} as const;

/** The current key layout; ./migrations brings older databases up to it. */
export const CURRENT_SCHEMA_VERSION = 2;
/** Where the first release kept everything (see ./migrations). */
export const V1_KEYS = { progress: 'progress', settings: 'settings' } as const;
/** The multi-key write journal and its staged values (see ./transaction). */
export const JOURNAL_KEY = 'meta:pendingWrite';
export const STAGING_PREFIX = 'staging:';

/**
 * A database nothing has been written to (a student's first visit): it needs only its
 * schema version, which migrating it would write after finding nothing to do.
 */
export function isNewDatabase(storedVersion: unknown, keys: readonly string[]): boolean {
	return (storedVersion === undefined || storedVersion === null) && keys.length === 0;
}

/**
 * Whether opening the database has anything to recover or migrate. Almost every open finds
 * neither, so the store checks this first and loads that code only when it is needed.
 */
export function needsUpkeep(storedVersion: unknown, keys: readonly string[]): boolean {
	return (
		storedVersion !== CURRENT_SCHEMA_VERSION ||
		keys.some(
			(k) =>
				k === JOURNAL_KEY ||
				k.startsWith(STAGING_PREFIX) ||
				k === V1_KEYS.progress ||
				k === V1_KEYS.settings
		)
	);
}

/** Legacy error codes: 22 is QUOTA_EXCEEDED_ERR, 1014 is Firefox's NS_ERROR_DOM_QUOTA_REACHED, 20 ABORT_ERR. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const QUOTA_CODES = new Set([22, 1014]);

function errorName(error: unknown): { name: string; code: number | undefined } {
	if (typeof error !== 'object' || error === null) return { name: '', code: undefined };
	const e = error as { name?: unknown; code?: unknown };
	return {
		name: typeof e.name === 'string' ? e.name : '',
		code: typeof e.code === 'number' ? e.code : undefined
	};
}

/** Whether an error (or the error it wraps) says the disk or the quota is full. */
export function isQuotaError(error: unknown): boolean {
	const { name, code } = errorName(error);
	if (QUOTA_NAMES.has(name) || (code !== undefined && QUOTA_CODES.has(code))) return true;
	const cause = (error as { cause?: unknown } | null)?.cause;
	return cause !== undefined && cause !== error && isQuotaError(cause);
}

export function isAbortError(error: unknown): boolean {
	const { name, code } = errorName(error);
	return name === 'AbortError' || code === 20;
}

/** Turns whatever the driver threw into the one error type the UI knows how to explain. */
export function toWriteError(error: unknown, what: string): StorageWriteError {
	if (error instanceof StorageWriteError) return error;
	if (isQuotaError(error)) {
		return new StorageWriteError(
			`Could not save ${what}: this browser's storage for Byline is full. Free some space (for example, delete stories you no longer use or export a backup and clear old data), then try again. Nothing was changed.`,
			'quota',
			{ cause: error }
		);
	}
	if (isAbortError(error)) {
		return new StorageWriteError(
			`Could not save ${what}: the browser cancelled the write (another tab may be upgrading storage, or the page is closing). Nothing was changed; please try again.`,
			'aborted',
			{ cause: error }
		);
	}
	const detail = error instanceof Error ? error.message : String(error);
	return new StorageWriteError(`Could not save ${what}: ${detail}`, 'unknown', { cause: error });
}
