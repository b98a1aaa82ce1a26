import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import snapshot from './fixtures/v1-snapshot.json';
import { openIndexedDbDriver } from './kv';
import { openStore } from './index';
import { KEYS, type KeyValueDriver } from './kv';
import { MemoryDriver } from './kv';
import {
	CURRENT_SCHEMA_VERSION,
	finishLegacyRestore,
	migrate,
	NewerSchemaError,
	V1_KEYS
} from './migrations';
import * as v from 'valibot';
import { StoryProgressSchema } from './schemas';
import { FailingDriver } from './testing';

async function loadSnapshot(kv: KeyValueDriver = new MemoryDriver()): Promise<KeyValueDriver> {
	for (const [key, value] of Object.entries(snapshot)) await kv.setItem(key, value);
	return kv;
}

describe('v1 -> v2 migration', () => {
	it('splits the v1 progress object into one valid key per story', async () => {
		const kv = await loadSnapshot();
		const problems = await migrate(kv);

		expect(await kv.getItem(KEYS.schemaVersion)).toBe(CURRENT_SCHEMA_VERSION);
		const baghdad = v.parse(
			StoryProgressSchema,
			await kv.getItem(KEYS.progress('baghdad-embassy-2019'))
		);
		expect(baghdad.attempts.map((a) => a.id)).toEqual(['attempt-1', 'attempt-2']);
		const first = baghdad.attempts[0]!;
		expect(first.finishedAt).toBe('2026-03-02T09:12:00.000Z');
		expect(Object.keys(first.answers).sort()).toEqual([
			'q-how-many',
			'q-which-outlet',
			'q-who-said'
		]);
		// q-who-said was answered twice in v1 (09:03 wrong, 09:08 right): the later answer is kept.
		expect(first.answers['q-who-said']).toMatchObject({
			correct: true,
			answeredAt: '2026-03-02T09:08:00.000Z'
		});
		expect(baghdad.attempts[1]!.finishedAt).toBeUndefined();
		expect(baghdad.attempts[1]!.currentIndex).toBe(1);
		// v1 attempts did not record their story; v2 ones do.
		expect(baghdad.attempts.every((a) => a.storyId === 'baghdad-embassy-2019')).toBe(true);

		const teacher = v.parse(
			StoryProgressSchema,
			await kv.getItem(KEYS.progress('teacher-story-7'))
		);
		expect(teacher.attempts[0]!.answers.t2?.response).toEqual({
			type: 'ordering',
			order: ['i2', 'i1', 'i3']
		});

		// The broken story is set aside, not lost and not fatal.
		expect(problems.map((p) => p.key)).toEqual(['progress.broken-story']);
		expect(await kv.getItem(problems[0]!.quarantinedAs)).toEqual(snapshot.progress['broken-story']);
		expect(await kv.getItem(KEYS.progress('broken-story'))).toBeNull();
	});

	it('moves settings into envelopes and removes the old keys', async () => {
		const kv = await loadSnapshot();
		await migrate(kv);
		expect(await kv.getItem(KEYS.setting('teacher.pinHash'))).toMatchObject({
			value: snapshot.settings['teacher.pinHash']
		});
		expect(await kv.getItem(KEYS.setting('student.fontScale'))).toMatchObject({ value: 1.25 });
		const keys = await kv.keys();
		expect(keys).not.toContain(V1_KEYS.progress);
		expect(keys).not.toContain(V1_KEYS.settings);
	});

	it('treats a database with v1 keys but no version as v1', async () => {
		const kv = await loadSnapshot();
		await kv.removeItem(KEYS.schemaVersion);
		await migrate(kv);
		expect(await kv.getItem(KEYS.progress('teacher-story-7'))).not.toBeNull();
	});

	it('re-runs cleanly after a crash before the version bump', async () => {
		const kv = new FailingDriver(await loadSnapshot(), (key) =>
			key === KEYS.schemaVersion ? new Error('tab closed') : null
		);
		await expect(migrate(kv)).rejects.toThrow('tab closed');
		// Old data is still there, so nothing is lost...
		expect(await kv.getItem(V1_KEYS.progress)).not.toBeNull();
		expect(await kv.getItem(KEYS.schemaVersion)).toBe(1);

		kv.failWhen = () => null;
		await migrate(kv);
		const reference = await loadSnapshot();
		await migrate(reference);
		// ...and the second run gives exactly what a clean run gives.
		for (const storyId of ['baghdad-embassy-2019', 'teacher-story-7']) {
			expect(await kv.getItem(KEYS.progress(storyId))).toEqual(
				await reference.getItem(KEYS.progress(storyId))
			);
		}
		expect(await kv.getItem(V1_KEYS.progress)).toBeNull();
	});

	it('finishes cleanup after a crash between the bump and the deletes', async () => {
		const kv = await loadSnapshot();
		await migrate(kv);
		await kv.setItem(V1_KEYS.progress, snapshot.progress); // as if the delete never ran
		const before = await kv.getItem(KEYS.progress('baghdad-embassy-2019'));
		await migrate(kv);
		expect(await kv.getItem(V1_KEYS.progress)).toBeNull();
		expect(await kv.getItem(KEYS.progress('baghdad-embassy-2019'))).toEqual(before);
	});

	it('marks a new database as current without touching anything', async () => {
		const kv = new MemoryDriver();
		expect(await migrate(kv)).toEqual([]);
		expect(await kv.keys()).toEqual([KEYS.schemaVersion]);
		expect(await kv.getItem(KEYS.schemaVersion)).toBe(CURRENT_SCHEMA_VERSION);
	});

	it('refuses data from a newer version', async () => {
		const kv = new MemoryDriver();
		await kv.setItem(KEYS.schemaVersion, CURRENT_SCHEMA_VERSION + 1);
		await expect(migrate(kv)).rejects.toBeInstanceOf(NewerSchemaError);
	});

	it('runs before the first read when a store opens an old IndexedDB database', async () => {
		const dbName = 'migration-open-test';
		await loadSnapshot(await openIndexedDbDriver(dbName));
		const store = await openStore({ dbName, channelName: null });
		expect(store.status.kind).toBe('indexeddb');
		const progress = await store.getProgress('baghdad-embassy-2019');
		expect(progress.attempts[1]!.answers['q-who-said']?.correct).toBe(true);
		expect((await store.listProgress()).map((p) => p.storyId).sort()).toEqual([
			'baghdad-embassy-2019',
			'teacher-story-7'
		]);
		expect(await store.getSetting('student.fontScale')).toBe(1.25);
		expect(store.problems.map((p) => p.key)).toEqual(['progress.broken-story']);
		store.close();
	});

	it('falls back to memory, leaving the data alone, when the data is from a newer version', async () => {
		const dbName = 'migration-newer-test';
		const kv = await openIndexedDbDriver(dbName);
		await kv.setItem(KEYS.schemaVersion, CURRENT_SCHEMA_VERSION + 1);
		await kv.setItem('progress:future', { shape: 'unknown' });
		const store = await openStore({ dbName, channelName: null });
		expect(store.status).toMatchObject({
			kind: 'memory',
			reason: expect.stringMatching(/newer version of Byline/)
		});
		expect(await kv.getItem('progress:future')).toEqual({ shape: 'unknown' });
	});

	it('completes a restore an older build left in its journal, and removes the journal', async () => {
		const kv = new MemoryDriver();
		await kv.setItem('a', 1);
		await kv.setItem('gone', 'old');
		// The old build staged its values, committed its journal, then the tab closed.
		await kv.setItem('staging:a', 10);
		await kv.setItem('staging:c', 30);
		await kv.setItem('meta:pendingWrite', {
			changes: [
				{ key: 'a', remove: false },
				{ key: 'c', remove: false },
				{ key: 'gone', remove: true }
			]
		});
		await finishLegacyRestore(kv);
		expect((await kv.keys()).sort()).toEqual(['a', 'c']);
		expect([await kv.getItem('a'), await kv.getItem('c')]).toEqual([10, 30]);
	});

	it('drops staged values an older build never committed', async () => {
		const kv = new MemoryDriver();
		await kv.setItem('a', 1);
		await kv.setItem('staging:a', 10);
		await finishLegacyRestore(kv);
		expect(await kv.keys()).toEqual(['a']);
		expect(await kv.getItem('a')).toBe(1);
	});
});
