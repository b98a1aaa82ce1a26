import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIndexedDbDriver } from '$lib/storage/kv';
import { makeAnswer, makeStoredStory } from '$test-data';
import { domError, FailingDriver, freshStores } from '$lib/storage/testing';
import type { ByLineStore } from '$lib/storage/types';
import {
	backupFileName,
	createBackup,
	parseBackup,
	restoreBackup,
	serializeBackup,
	type BackupFile
} from './backup';
import { storeBank } from '$lib/storage/testing';

const { open, nextName } = freshStores('backup-test');

async function filledStore(): Promise<ByLineStore> {
	const store = await open();
	await storeBank(store, makeStoredStory('story-a', 'A'));
	await storeBank(store, makeStoredStory('story-b', 'B'));
	const attempt = await store.startAttempt('story-a', ['story-a-q1']);
	await store.saveAnswer(
		'story-a',
		attempt.id,
		makeAnswer('story-a-q1', '2026-02-01T10:00:00Z'),
		1
	);
	await store.setSetting('teacher.pinHash', { hash: 'h', salt: 's' });
	return store;
}

function mustParse(text: string): BackupFile {
	const result = parseBackup(text);
	if (!result.ok) throw new Error(result.error);
	return result.backup;
}

describe('backup round trip', () => {
	it('restores into an empty store exactly what was backed up', async () => {
		const source = await filledStore();
		const backup = await createBackup(source, new Date('2026-02-02T12:00:00Z'), 'teacher');
		expect(backup).toMatchObject({
			format: 'byline-backup',
			version: 1,
			createdAt: '2026-02-02T12:00:00.000Z'
		});
		expect(backup.banks).toHaveLength(2);
		expect(backup.settings['teacher.pinHash']).toEqual({ hash: 'h', salt: 's' });
		expect(backupFileName(backup)).toBe('byline-backup-2026-02-02.json');

		const target = await open();
		await restoreBackup(target, mustParse(serializeBackup(backup)), { access: 'teacher' });
		expect(await target.exportAll()).toEqual(await source.exportAll());
	});

	it('keeps data the backup does not mention unless asked to replace everything', async () => {
		const backup = await createBackup(await filledStore(), undefined, 'teacher');
		const target = await open();
		await storeBank(target, makeStoredStory('story-z', 'Z'));
		await restoreBackup(target, backup, { access: 'teacher' });
		expect((await target.listStories()).map((s) => s.story.id)).toEqual([
			'story-a',
			'story-b',
			'story-z'
		]);

		await restoreBackup(target, backup, { access: 'teacher', replace: true });
		expect((await target.listStories()).map((s) => s.story.id)).toEqual(['story-a', 'story-b']);
	});
});

describe('parseBackup', () => {
	it('rejects files that are too large before parsing them', () => {
		const result = parseBackup('x'.repeat(2_000), 1_000);
		expect(result).toEqual({ ok: false, error: expect.stringMatching(/at most/) });
	});

	it('rejects text that is not JSON or not a backup', () => {
		expect(parseBackup('{ nope')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not valid JSON/)
		});
		expect(parseBackup(JSON.stringify(makeStoredStory()))).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not a Byline backup/)
		});
	});

	it('points at the broken bank inside an otherwise fine backup', async () => {
		const backup = await createBackup(await filledStore(), undefined, 'teacher');
		const broken = structuredClone(backup);
		broken.banks[1]!.questions[0]!.evidence = [
			{ articleId: 'story-b-article', start: 0, end: 99_999 }
		];
		const result = parseBackup(JSON.stringify(broken));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(
			/cites text outside article "story-b-article" at banks\[1\].questions\[0\] \(story "story-b"\)/
		);
	});

	it('rejects duplicate stories and progress entries', async () => {
		const backup = await createBackup(await filledStore(), undefined, 'teacher');
		const twice = { ...backup, banks: [...backup.banks, backup.banks[0]!] };
		expect(parseBackup(JSON.stringify(twice))).toMatchObject({
			error: expect.stringMatching(/"story-a" appears twice/)
		});
		const progressTwice = { ...backup, progress: [...backup.progress, backup.progress[0]!] };
		expect(parseBackup(JSON.stringify(progressTwice))).toMatchObject({
			error: expect.stringMatching(/appears twice/)
		});
	});

	it('rejects a newer backup version with a clear message', async () => {
		const backup = {
			...(await createBackup(await filledStore(), undefined, 'teacher')),
			version: 2
		};
		expect(parseBackup(JSON.stringify(backup))).toMatchObject({
			error: expect.stringMatching(/only backup version 1/)
		});
	});
});

describe('restore is all or nothing', () => {
	it('changes nothing when handed a corrupt backup', async () => {
		const store = await filledStore();
		const before = await store.exportAll();
		const backup = await createBackup(store, undefined, 'teacher');
		const corrupt = structuredClone(backup) as BackupFile;
		corrupt.banks = [
			makeStoredStory('story-new', 'New'),
			{ ...makeStoredStory('story-c'), stories: [] }
		];
		corrupt.progress = [];
		await expect(restoreBackup(store, corrupt, { access: 'teacher' })).rejects.toMatchObject({
			reason: 'invalid'
		});
		expect(await store.exportAll()).toEqual(before);
	});

	it.each([
		['while committing the restore (disk full)', (key: string) => key === 'meta:restore'],
		['while writing live keys', (key: string) => key === 'bank:story-b']
	])('rolls back when a write fails %s', async (_when, failsOn) => {
		const source = await filledStore();
		const newer = structuredClone(await createBackup(source, undefined, 'teacher'));
		newer.banks = newer.banks.map((b) => ({
			...b,
			stories: [{ ...b.stories[0]!, title: `${b.stories[0]!.title} v2` }]
		}));
		newer.settings['teacher.pinHash'] = { hash: 'new', salt: 'new' };

		const dbName = nextName();
		let failing: FailingDriver | undefined;
		const target = await open({
			dbName,
			openDriver: async () => (failing = new FailingDriver(await openIndexedDbDriver(dbName)))
		});
		await restoreBackup(target, await createBackup(source, undefined, 'teacher'), {
			access: 'teacher'
		});
		const before = await target.exportAll();

		failing!.failWhen = (key) => (failsOn(key) ? domError('QuotaExceededError') : null);
		await expect(restoreBackup(target, newer, { access: 'teacher' })).rejects.toMatchObject({
			reason: 'quota'
		});
		expect(await target.exportAll()).toEqual(before);
		expect((await failing!.keys()).filter((k) => k.startsWith('meta:'))).toEqual([
			'meta:schemaVersion'
		]);
	});
});
