/**
 * All-or-nothing writes across many keys, which only a backup restore needs. localforage
 * runs each call in its own IndexedDB transaction, so the restore is first written as ONE
 * record, `meta:restore`, holding every change:
 *
 *  1. commit: one write of the record. If it fails (typically quota), nothing changed.
 *  2. apply: each key is written. If one fails, the keys already written get their old
 *     values back and the record goes; if the tab dies, the next open applies the record
 *     again from the start (./migrations). Either way no one sees half a restore for long.
 *  3. the record is removed.
 */
import { KEYS, type KeyValueDriver } from './kv';

/** `value: undefined` removes the key. */
export interface KeyWrite {
	key: string;
	value: unknown;
}

/** The record's shape: `[key, value]` pairs; a null value removes the key. */
type RestoreRecord = { writes: [string, unknown][] };

async function apply(kv: KeyValueDriver, key: string, value: unknown): Promise<void> {
	if (value === undefined || value === null) await kv.removeItem(key);
	else await kv.setItem(key, value);
}

export async function writeAllOrNothing(kv: KeyValueDriver, writes: KeyWrite[]): Promise<void> {
	const previous = await Promise.all(writes.map(({ key }) => kv.getItem(key)));
	const record: RestoreRecord = { writes: writes.map(({ key, value }) => [key, value ?? null]) };
	await kv.setItem(KEYS.restore, record);
	let applied = 0;
	try {
		for (const { key, value } of writes) {
			await apply(kv, key, value);
			applied++;
		}
	} catch (error) {
		// The write that failed changed nothing (one transaction); undo the ones before it.
		try {
			for (let i = applied - 1; i >= 0; i--) await apply(kv, writes[i]!.key, previous[i]);
			await kv.removeItem(KEYS.restore);
		} catch {
			// Undoing failed too: the record stays, and the next open completes the restore.
		}
		throw error;
	}
	await kv.removeItem(KEYS.restore);
}

function isRecord(raw: unknown): raw is RestoreRecord {
	const writes = (raw as RestoreRecord | null)?.writes;
	return Array.isArray(writes) && writes.every((w) => Array.isArray(w) && typeof w[0] === 'string');
}

/** Completes a restore a closed tab or crash interrupted. */
export async function finishRestore(kv: KeyValueDriver): Promise<'none' | 'finished'> {
	const record = await kv.getItem(KEYS.restore);
	if (record === null) return 'none';
	if (isRecord(record)) for (const [key, value] of record.writes) await apply(kv, key, value);
	await kv.removeItem(KEYS.restore);
	return 'finished';
}
