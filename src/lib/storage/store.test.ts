// fake-indexeddb must be installed before localforage first loads (it looks for
// indexedDB at import time); idb.ts imports localforage lazily, so this is enough
// and localforage runs its real IndexedDB driver against the fake.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIndexedDbDriver } from './kv';
import { KEYS } from './kv';
import { makeAnswer, makeStoredStory } from '$test-data';
import { domError, FailingDriver, freshStores } from './testing';
import { StorageWriteError, type StorageChange } from './types';
import { storeBank } from '$lib/storage/testing';
import { onlyStory } from '$lib/storage/testing';

const { open, nextName } = freshStores('store-test');

describe('progress', () => {
	it('uses IndexedDB when it works', async () => {
		const store = await open();
		expect(store.status).toEqual({ kind: 'indexeddb' });
	});

	it('saves each answer at once and resumes at the saved index', async () => {
		const dbName = nextName();
		const store = await open({ dbName });
		const attempt = await store.startAttempt('story-a', ['q1', 'q2', 'q3']);
		await store.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1);

		// A fresh store on the same database is what a reload sees.
		const reloaded = await open({ dbName });
		const progress = await reloaded.getProgress('story-a');
		expect(progress.attempts).toHaveLength(1);
		expect(progress.attempts[0]!.currentIndex).toBe(1);
		expect(progress.attempts[0]!.answers.q1?.response).toEqual({ type: 'single', choiceId: 'a' });
	});

	it('returns empty progress for a story never started', async () => {
		const store = await open();
		expect(await store.getProgress('nothing')).toEqual({ storyId: 'nothing', attempts: [] });
		expect(await store.listProgress()).toEqual([]);
	});

	it('keeps an unfinished attempt as history when a new one starts', async () => {
		const store = await open();
		const first = await store.startAttempt('story-a', ['q1']);
		const second = await store.startAttempt('story-a', ['q1']);
		const progress = await store.getProgress('story-a');
		expect(progress.attempts.map((a) => a.id)).toEqual([first.id, second.id]);
		expect(progress.attempts[0]!.finishedAt).toBeUndefined();
	});

	it('finishes an attempt once and refuses later answers to it', async () => {
		const store = await open();
		const attempt = await store.startAttempt('story-a', ['q1']);
		const finished = await store.finishAttempt('story-a', attempt.id);
		expect(finished.finishedAt).toBeTruthy();
		const again = await store.finishAttempt('story-a', attempt.id);
		expect(again.finishedAt).toBe(finished.finishedAt);
		await expect(
			store.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1)
		).rejects.toMatchObject({
			reason: 'invalid'
		});
	});

	it('rejects an answer to a question outside the attempt or a malformed answer', async () => {
		const store = await open();
		const attempt = await store.startAttempt('story-a', ['q1']);
		await expect(
			store.saveAnswer('story-a', attempt.id, makeAnswer('other', '2026-01-01T10:00:00Z'), 1)
		).rejects.toThrow(/not part of this attempt/);
		const broken = { ...makeAnswer('q1', '2026-01-01T10:00:00Z'), credit: 7 };
		await expect(store.saveAnswer('story-a', attempt.id, broken, 1)).rejects.toBeInstanceOf(
			StorageWriteError
		);
		expect((await store.getProgress('story-a')).attempts[0]!.answers).toEqual({});
	});

	it('clamps the index to the attempt', async () => {
		const store = await open();
		const attempt = await store.startAttempt('story-a', ['q1', 'q2']);
		expect((await store.setCurrentIndex('story-a', attempt.id, 99)).currentIndex).toBe(2);
		expect((await store.setCurrentIndex('story-a', attempt.id, -3)).currentIndex).toBe(0);
	});

	it('resets progress and restores it for undo', async () => {
		const store = await open();
		const attempt = await store.startAttempt('story-a', ['q1', 'q2']);
		await store.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1);
		const saved = await store.getProgress('story-a');

		await store.resetProgress('story-a');
		expect((await store.getProgress('story-a')).attempts).toEqual([]);

		await store.restoreProgress(saved);
		expect(await store.getProgress('story-a')).toEqual(saved);
	});

	it('undo keeps an attempt started after the reset', async () => {
		const store = await open();
		await store.startAttempt('story-a', ['q1']);
		const saved = await store.getProgress('story-a');
		await store.resetProgress('story-a');
		const fresh = await store.startAttempt('story-a', ['q1']);
		await store.restoreProgress(saved);
		const ids = (await store.getProgress('story-a')).attempts.map((a) => a.id);
		expect(ids).toEqual([saved.attempts[0]!.id, fresh.id]);
	});
});

describe('banks and settings', () => {
	it('round-trips banks, one story each', async () => {
		const store = await open();
		await storeBank(store, makeStoredStory('story-b', 'B'));
		await storeBank(store, makeStoredStory('story-a', 'A'));
		expect(await store.getStory('story-a')).toEqual(onlyStory(makeStoredStory('story-a', 'A')));
		expect((await store.listStories()).map((s) => s.story.id)).toEqual(['story-a', 'story-b']);
		await store.deleteStory('story-a');
		expect(await store.getStory('story-a')).toBeNull();
	});

	it("refuses an invalid story or one holding another story's article and keeps the old one", async () => {
		const store = await open();
		await storeBank(store, makeStoredStory('story-a'));
		const broken = onlyStory(makeStoredStory('story-a', 'Changed'));
		broken.questions[0]!.evidence = [{ articleId: 'story-a-article', start: 0, end: 10_000 }];
		await expect(store.putStory(broken)).rejects.toMatchObject({ reason: 'invalid' });

		const mixed = onlyStory(makeStoredStory('story-a', 'Changed'));
		mixed.articles.push(makeStoredStory('story-c').articles[0]!);
		await expect(store.putStory(mixed)).rejects.toThrow(/unknown story "story-c"/);
		expect((await store.getStory('story-a'))?.story.title).toBe('A story');
	});

	it('round-trips settings as JSON and refuses oversized or non-JSON values', async () => {
		const store = await open();
		await store.setSetting('teacher.pinHash', { hash: 'abc', salt: 'def' });
		expect(await store.getSetting('teacher.pinHash')).toEqual({ hash: 'abc', salt: 'def' });
		expect(await store.getSetting('missing')).toBeNull();
		await expect(store.setSetting('big', 'x'.repeat(1_000_001))).rejects.toThrow(/under 1 MB/);
		await expect(store.setSetting('fn', undefined)).rejects.toMatchObject({ reason: 'invalid' });
		await expect(store.setSetting('bad name!', 1)).rejects.toMatchObject({ reason: 'invalid' });
		expect(await store.listSettings()).toEqual({ 'teacher.pinHash': { hash: 'abc', salt: 'def' } });
		await store.deleteSetting('teacher.pinHash');
		expect(await store.getSetting('teacher.pinHash')).toBeNull();
	});
});

describe('bad stored data', () => {
	it('quarantines invalid progress, banks and settings instead of crashing', async () => {
		const dbName = nextName();
		const kv = await openIndexedDbDriver(dbName);
		await kv.setItem(KEYS.schemaVersion, 2);
		await kv.setItem(KEYS.progress('story-a'), { storyId: 'story-a', attempts: 'nope' });
		await kv.setItem(KEYS.bank('story-b'), { format: 'byline-bank', stories: 3 });
		await kv.setItem(KEYS.setting('theme'), 'dark');

		const store = await open({ dbName });
		expect(await store.getProgress('story-a')).toEqual({ storyId: 'story-a', attempts: [] });
		expect(await store.listStories()).toEqual([]);
		expect(await store.getSetting('theme')).toBeNull();

		expect(store.problems.map((p) => p.key).sort()).toEqual([
			'bank:story-b',
			'progress:story-a',
			'setting:theme'
		]);
		const keys = await kv.keys();
		expect(keys).not.toContain('progress:story-a');
		const moved = store.problems.find((p) => p.key === 'progress:story-a')!;
		expect(await kv.getItem(moved.quarantinedAs)).toEqual({ storyId: 'story-a', attempts: 'nope' });

		// The story works again after the bad data is set aside.
		await store.startAttempt('story-a', ['q1']);
		expect((await store.getProgress('story-a')).attempts).toHaveLength(1);
	});
});

describe('write failures', () => {
	const quotaErrors = [
		domError('QuotaExceededError'),
		Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }),
		Object.assign(new Error('legacy'), { code: 22 })
	];

	it.each(quotaErrors.map((e) => [`${e.name}/${(e as { code?: number }).code}`, e]))(
		'reports %s as quota and keeps the old value',
		async (_name, error) => {
			const dbName = nextName();
			let failing: FailingDriver | undefined;
			const store = await open({
				dbName,
				openDriver: async () => (failing = new FailingDriver(await openIndexedDbDriver(dbName)))
			});
			const attempt = await store.startAttempt('story-a', ['q1', 'q2']);
			await store.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1);
			const before = await store.getProgress('story-a');

			failing!.failWhen = () => error;
			const attemptSave = store.saveAnswer(
				'story-a',
				attempt.id,
				makeAnswer('q2', '2026-01-01T10:01:00Z'),
				2
			);
			await expect(attemptSave).rejects.toMatchObject({
				name: 'StorageWriteError',
				reason: 'quota'
			});
			await expect(attemptSave).rejects.toThrow(/storage for Byline is full/);
			await expect(store.putStory(onlyStory(makeStoredStory()))).rejects.toMatchObject({
				reason: 'quota'
			});

			failing!.failWhen = () => null;
			expect(await store.getProgress('story-a')).toEqual(before);
			expect(await store.getStory('story-a')).toBeNull();
		}
	);

	it('reports an aborted transaction as aborted and keeps the old value', async () => {
		const dbName = nextName();
		let failing: FailingDriver | undefined;
		const store = await open({
			dbName,
			openDriver: async () => (failing = new FailingDriver(await openIndexedDbDriver(dbName)))
		});
		await store.setSetting('theme', 'light');
		failing!.failWhen = () => domError('AbortError');
		await expect(store.setSetting('theme', 'dark')).rejects.toMatchObject({ reason: 'aborted' });
		expect(await store.getSetting('theme')).toBe('light');
	});
});

describe('fallback to memory', () => {
	it('uses memory with a reason when indexedDB is missing', async () => {
		const original = globalThis.indexedDB;
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			const store = await open();
			expect(store.status.kind).toBe('memory');
			expect(store.status.kind === 'memory' && store.status.reason).toMatch(
				/does not offer IndexedDB/
			);
			const attempt = await store.startAttempt('story-a', ['q1']);
			await store.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1);
			expect((await store.getProgress('story-a')).attempts[0]!.answers.q1).toBeDefined();
		} finally {
			globalThis.indexedDB = original;
		}
	});

	it('uses memory when opening IndexedDB fails', async () => {
		const store = await open({
			openDriver: () =>
				Promise.reject(domError('InvalidStateError', 'A mutation operation was attempted'))
		});
		expect(store.status).toMatchObject({
			kind: 'memory',
			reason: expect.stringMatching(/mutation operation/)
		});
	});

	it('uses memory when indexedDB.open throws', async () => {
		const realOpen = indexedDB.open;
		indexedDB.open = () => {
			throw domError('SecurityError', 'The operation is insecure.');
		};
		try {
			const store = await open();
			expect(store.status).toMatchObject({
				kind: 'memory',
				reason: expect.stringMatching(/insecure/)
			});
		} finally {
			indexedDB.open = realOpen;
		}
	});

	it('uses memory when indexedDB.open never answers', async () => {
		const realOpen = indexedDB.open;
		// A blocked open: a request whose events never fire.
		indexedDB.open = () => ({}) as IDBOpenDBRequest;
		try {
			const store = await open({ openTimeoutMs: 50 });
			expect(store.status).toMatchObject({
				kind: 'memory',
				reason: expect.stringMatching(/did not respond/)
			});
		} finally {
			indexedDB.open = realOpen;
		}
	});
});

// Two stores on one database stand in for two tabs. In Node there is no Web
// Locks API, so both use the in-process promise chain, which plays the part the
// browser-wide lock plays in a real browser.
describe('two tabs', () => {
	it('both keep their answers and hear about each other', async () => {
		const dbName = nextName();
		const channelName = `byline-${dbName}`;
		const tabA = await open({ dbName, channelName });
		const tabB = await open({ dbName, channelName });
		const heardByB: StorageChange[] = [];
		const heardByA: StorageChange[] = [];
		tabB.subscribe((c) => heardByB.push(c));
		tabA.subscribe((c) => heardByA.push(c));

		const attempt = await tabA.startAttempt('story-a', ['q1', 'q2', 'q3']);
		// Interleaved saves from both tabs at once.
		await Promise.all([
			tabA.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1),
			tabB.saveAnswer('story-a', attempt.id, makeAnswer('q2', '2026-01-01T10:00:01Z'), 2),
			tabA.saveAnswer('story-a', attempt.id, makeAnswer('q3', '2026-01-01T10:00:02Z'), 3)
		]);

		const seenByA = await tabA.getProgress('story-a');
		const seenByB = await tabB.getProgress('story-a');
		expect(Object.keys(seenByA.attempts[0]!.answers).sort()).toEqual(['q1', 'q2', 'q3']);
		expect(seenByB).toEqual(seenByA);

		await expect
			.poll(() => heardByB.filter((c) => c.kind === 'progress').length)
			.toBeGreaterThanOrEqual(3);
		expect(heardByA).toContainEqual({ kind: 'progress', storyId: 'story-a' });
		// A hears its own changes and B's.
		expect(heardByA.filter((c) => c.kind === 'progress').length).toBeGreaterThanOrEqual(4);
	});

	it('keeps the later answer when both tabs answer the same question', async () => {
		const dbName = nextName();
		const tabA = await open({ dbName });
		const tabB = await open({ dbName });
		const attempt = await tabA.startAttempt('story-a', ['q1']);
		await tabB.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:05Z', 'b'), 1);
		// A's answer was given earlier but arrives later: it must not win.
		await tabA.saveAnswer('story-a', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z', 'a'), 1);
		expect((await tabA.getProgress('story-a')).attempts[0]!.answers.q1?.response).toEqual({
			type: 'single',
			choiceId: 'b'
		});
	});
});
