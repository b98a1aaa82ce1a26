/**
 * All-or-nothing writes across many keys (used by backup restore).
 * localforage runs each call in its own IndexedDB transaction, so atomicity
 * across keys is built here with a journal:
 *
 *  1. stage: every new value is written to `staging:<key>`. A failure here
 *     (typically quota) deletes the staged copies; live data was never touched.
 *  2. commit: one write of `meta:pendingWrite` listing the changes. From now on
 *     the change counts as made; a crash is rolled forward on next open.
 *  3. apply: live keys are written. A failure here rolls back from the old
 *     values read before the commit, then drops the journal.
 *  4. clean up the journal, then the staged copies.
 */
import * as v from 'valibot';
import { check } from './schemas';
import { JOURNAL_KEY, STAGING_PREFIX, type KeyValueDriver } from './kv';

/** `value: undefined` removes the key. */
export interface KeyWrite {
	key: string;
	value: unknown;
}

const JournalSchema = v.object({
	changes: v.array(v.object({ key: v.string(), remove: v.boolean() }))
});

async function removeQuietly(kv: KeyValueDriver, keys: string[]): Promise<void> {
	for (const key of keys) {
		try {
			await kv.removeItem(key);
		} catch {
			// Leftover staging copies are harmless and removed on the next open.
		}
	}
}

export async function writeAllOrNothing(kv: KeyValueDriver, writes: KeyWrite[]): Promise<void> {
	const staged: string[] = [];
	try {
		for (const { key, value } of writes) {
			if (value === undefined) continue;
			staged.push(STAGING_PREFIX + key);
			await kv.setItem(STAGING_PREFIX + key, value);
		}
	} catch (error) {
		await removeQuietly(kv, staged);
		throw error;
	}

	const previous: KeyWrite[] = [];
	try {
		for (const { key } of writes)
			previous.push({ key, value: (await kv.getItem(key)) ?? undefined });
		await kv.setItem(JOURNAL_KEY, {
			changes: writes.map((w) => ({ key: w.key, remove: w.value === undefined }))
		});
	} catch (error) {
		await removeQuietly(kv, staged);
		throw error;
	}

	let applied = 0;
	try {
		for (const { key, value } of writes) {
			if (value === undefined) await kv.removeItem(key);
			else await kv.setItem(key, value);
			applied++;
		}
	} catch (error) {
		// Each single-key write is its own IndexedDB transaction, so the write that
		// failed changed nothing; only the ones before it are undone.
		try {
			for (const old of previous.slice(0, applied).reverse()) {
				if (old.value === undefined) await kv.removeItem(old.key);
				else await kv.setItem(old.key, old.value);
			}
			await kv.removeItem(JOURNAL_KEY);
			await removeQuietly(kv, staged);
		} catch {
			// Rollback failed too: the journal and staged copies stay, so the next
			// open rolls forward to the complete new state. Still all or nothing.
		}
		throw error;
	}
	await kv.removeItem(JOURNAL_KEY);
	await removeQuietly(kv, staged);
}

/** Finishes or discards a multi-key write interrupted by a crash or a closed tab. */
export async function recoverPendingWrite(
	kv: KeyValueDriver
): Promise<'none' | 'rolled-forward' | 'discarded'> {
	const journal = check(JournalSchema, await kv.getItem(JOURNAL_KEY));
	const stray = (await kv.keys()).filter((k) => k.startsWith(STAGING_PREFIX));
	if (!journal.success) {
		if (stray.length === 0) return 'none';
		await removeQuietly(kv, [...stray, JOURNAL_KEY]);
		return 'discarded';
	}
	for (const { key, remove } of journal.data.changes) {
		if (remove) {
			await kv.removeItem(key);
			continue;
		}
		const value = await kv.getItem(STAGING_PREFIX + key);
		if (value !== null) await kv.setItem(key, value);
	}
	await kv.removeItem(JOURNAL_KEY);
	await removeQuietly(kv, stray);
	return 'rolled-forward';
}
