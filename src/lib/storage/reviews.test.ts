// fake-indexeddb first: localforage looks for indexedDB when it loads (see store.test.ts).
import 'fake-indexeddb/auto';
import { freshStores } from './testing';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, restoreBackup, serializeBackup } from '$lib/backup/backup';
import { openIndexedDbDriver } from './kv';
import { KEYS } from './kv';
import { mergeCard } from './reviews';
import { makeReviewCard, makeStoryReviews } from '$test-data';
import { StorageWriteError, type StorageChange } from './types';

const { open, nextName } = freshStores('reviews-test');

const DUE = '2026-03-03T09:00:00.000Z';

describe('review cards in storage', () => {
	it('saves a card in one key per story and reads it back after a reload', async () => {
		const dbName = nextName();
		const store = await open({ dbName });
		const heard: StorageChange[] = [];
		store.subscribe((c) => heard.push(c));
		await store.saveReviewCard('story-a', makeReviewCard('q1', DUE));
		await store.saveReviewCard('story-a', makeReviewCard('q2', DUE));
		expect(heard).toContainEqual({ kind: 'review', storyId: 'story-a' });

		const reloaded = await open({ dbName });
		expect(Object.keys((await reloaded.getReviews('story-a')).cards).sort()).toEqual(['q1', 'q2']);
		expect(await reloaded.listReviews()).toEqual([
			makeStoryReviews('story-a', [makeReviewCard('q1', DUE), makeReviewCard('q2', DUE)])
		]);
		const driver = await openIndexedDbDriver(dbName);
		expect((await driver.keys()).filter((k) => k.startsWith('review:'))).toEqual([
			KEYS.review('story-a')
		]);
	});

	it('refuses an invalid card and keeps what was stored', async () => {
		const store = await open();
		await store.saveReviewCard('story-a', makeReviewCard('q1', DUE));
		const broken = { ...makeReviewCard('q1', DUE), due: 'not a date' };
		await expect(store.saveReviewCard('story-a', broken)).rejects.toBeInstanceOf(StorageWriteError);
		expect((await store.getReviews('story-a')).cards.q1!.due).toBe(DUE);
	});

	it('sets corrupt stored cards aside and reads them as none', async () => {
		const dbName = nextName();
		const driver = await openIndexedDbDriver(dbName);
		await driver.setItem(KEYS.review('story-a'), { storyId: 'story-a', cards: { q1: { due: 5 } } });
		const store = await open({ dbName });
		expect(await store.getReviews('story-a')).toEqual({ storyId: 'story-a', cards: {} });
		expect(store.problems.map((p) => p.key)).toEqual([KEYS.review('story-a')]);
	});

	it('drops the cards of questions that vanished, and the key with the last one', async () => {
		const dbName = nextName();
		const store = await open({ dbName });
		await store.saveReviewCard('story-a', makeReviewCard('q1', DUE));
		await store.saveReviewCard('story-a', makeReviewCard('q2', DUE));
		await store.dropReviewCards('story-a', ['q1', 'never-there']);
		expect(Object.keys((await store.getReviews('story-a')).cards)).toEqual(['q2']);
		await store.dropReviewCards('story-a', ['q2']);
		expect(await store.listReviews()).toEqual([]);
		const driver = await openIndexedDbDriver(dbName);
		expect(await driver.getItem(KEYS.review('story-a'))).toBeNull();
	});

	it('keeps both tabs’ cards, and the later review of the same card with both in its log', async () => {
		const dbName = nextName();
		const tabA = await open({ dbName });
		const tabB = await open({ dbName });
		await Promise.all([
			tabA.saveReviewCard('story-a', makeReviewCard('q1', DUE)),
			tabB.saveReviewCard('story-a', makeReviewCard('q2', DUE)),
			tabA.saveReviewCard('story-b', makeReviewCard('q3', DUE))
		]);
		expect(Object.keys((await tabB.getReviews('story-a')).cards).sort()).toEqual(['q1', 'q2']);

		const early = makeReviewCard('q1', '2026-03-06T09:00:00.000Z', {
			lastReview: '2026-03-03T09:00:00.000Z',
			log: [{ at: '2026-03-03T09:00:00.000Z', rating: 3, credit: 1 }]
		});
		const late = makeReviewCard('q1', '2026-03-04T10:00:00.000Z', {
			lastReview: '2026-03-03T10:00:00.000Z',
			log: [{ at: '2026-03-03T10:00:00.000Z', rating: 1, credit: 0 }]
		});
		// The later review arrives first; the earlier one, saved after it, must not win.
		await tabB.saveReviewCard('story-a', late);
		const stored = await tabA.saveReviewCard('story-a', early);
		expect(stored.due).toBe(late.due);
		expect(stored.log.map((l) => l.at)).toEqual([
			'2026-03-02T09:00:00.000Z',
			'2026-03-03T09:00:00.000Z',
			'2026-03-03T10:00:00.000Z'
		]);
	});
});

describe('mergeCard', () => {
	it('counts a review saved twice once', () => {
		const card = makeReviewCard('q1', DUE);
		expect(mergeCard(card, card).log).toHaveLength(1);
	});
});

describe('review cards in backups', () => {
	it('go into a backup and come back on restore', async () => {
		const source = await open();
		await source.saveReviewCard('story-a', makeReviewCard('q1', DUE));
		const backup = await createBackup(source);
		expect(backup.reviews).toEqual([makeStoryReviews('story-a', [makeReviewCard('q1', DUE)])]);
		const parsed = parseBackup(serializeBackup(backup));
		if (!parsed.ok) throw new Error(parsed.error);
		const target = await open();
		await restoreBackup(target, parsed.backup, { access: 'teacher' });
		expect(await target.listReviews()).toEqual(backup.reviews);

		// Replacing everything removes cards the backup does not have.
		await target.saveReviewCard('story-z', makeReviewCard('z1', DUE));
		await restoreBackup(target, parsed.backup, { access: 'teacher', replace: true });
		expect((await target.listReviews()).map((r) => r.storyId)).toEqual(['story-a']);
	});

	it('rejects a backup with broken review cards and changes nothing', async () => {
		const source = await open();
		await source.saveReviewCard('story-a', makeReviewCard('q1', DUE));
		const backup = await createBackup(source);
		const text = serializeBackup(backup).replace(`"due": "${DUE}"`, '"due": "soon"');
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.error).toMatch(/not a date and time at reviews\[0\]\.cards\.q1\.due/);
	});

	it('still restores a backup made before review cards existed', async () => {
		const source = await open();
		const backup = await createBackup(source);
		delete backup.reviews;
		const parsed = parseBackup(serializeBackup(backup));
		expect(parsed.ok).toBe(true);
	});
});
