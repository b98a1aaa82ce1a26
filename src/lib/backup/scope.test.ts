import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { createMemoryStore } from '$lib/storage';
import { makeAnswer, makeStoredStory } from '$test-data';
import { createBackup, restoreBackup, type BackupFile } from './backup';
import { storeBank } from '$lib/storage/testing';

function withStory(bank: Bank, fields: Partial<Bank['stories'][number]>): Bank {
	return { ...bank, stories: bank.stories.map((s) => ({ ...s, ...fields })) };
}

async function teacherDevice() {
	const store = createMemoryStore('test');
	await storeBank(store, withStory(makeStoredStory('draft', 'Teacher draft'), {}));
	await storeBank(
		store,
		withStory(makeStoredStory('shared', 'Published story'), { published: true })
	);
	await storeBank(
		store,
		withStory(makeStoredStory('file', 'Opened file'), { published: true, opened: true })
	);
	const attempt = await store.startAttempt('shared', ['shared-q1']);
	await store.saveAnswer('shared', attempt.id, makeAnswer('shared-q1', '2026-02-01T10:00:00Z'), 1);
	await store.setSetting('teacher.pin', { algo: 'x' });
	await store.setSetting('teacher.pinAttempts', { failures: 2, lockedUntil: 0 });
	await store.setSetting('reading.fontSize', 'large');
	return store;
}

function backupOf(contents: Partial<BackupFile>): BackupFile {
	return {
		format: 'byline-backup',
		version: 1,
		createdAt: '2026-02-02T00:00:00.000Z',
		progress: [],
		banks: [],
		settings: {},
		...contents
	};
}

describe('a backup made without the teacher PIN', () => {
	it('holds only what a student sees: progress, published and opened stories, student settings', async () => {
		const backup = await createBackup(await teacherDevice());
		expect(backup.banks.map((b) => b.stories[0]!.id)).toEqual(['file', 'shared']);
		expect(Object.keys(backup.settings)).toEqual(['reading.fontSize']);
		expect(backup.progress.map((p) => p.storyId)).toEqual(['shared']);
		expect(backup.left).toEqual({
			stories: ['Teacher draft'],
			settings: ['teacher.pin', 'teacher.pinAttempts']
		});
	});

	it('with the teacher’s access holds everything', async () => {
		const backup = await createBackup(await teacherDevice(), undefined, 'teacher');
		expect(backup.banks).toHaveLength(3);
		expect(Object.keys(backup.settings)).toContain('teacher.pin');
	});
});

describe('restoring without the teacher PIN', () => {
	it('never changes the PIN, teacher settings or a teacher’s story', async () => {
		const store = await teacherDevice();
		const before = await store.exportAll();
		const attack = backupOf({
			banks: [
				withStory(makeStoredStory('draft', 'Replaced!'), { published: true }),
				withStory(makeStoredStory('shared', 'Replaced too'), { published: true, opened: true })
			],
			settings: { 'teacher.pin': null, 'teacher.pinAttempts': { failures: 0, lockedUntil: 0 } }
		});
		await expect(restoreBackup(store, attack, { access: 'student' })).rejects.toThrow(
			'Everything in this backup is teacher data, which only the teacher PIN can restore. Nothing was changed.'
		);
		expect(await store.exportAll()).toEqual(before);
	});

	it('restores the student part, as opened stories, and says what it left out', async () => {
		const store = await teacherDevice();
		const before = await store.exportAll();
		const left = await restoreBackup(
			store,
			backupOf({
				banks: [
					makeStoredStory('secret', 'Someone’s draft'),
					withStory(makeStoredStory('new-one', 'New story'), { published: true })
				],
				settings: { 'teacher.pin': null, 'reading.fontSize': 'small' }
			}),
			{ access: 'student' }
		);
		expect(left).toEqual({ stories: ['Someone’s draft'], settings: ['teacher.pin'] });
		const after = await store.exportAll();
		expect(after.settings).toEqual({ ...before.settings, 'reading.fontSize': 'small' });
		expect(after.banks.map((b) => b.stories[0])).toContainEqual(
			expect.objectContaining({ id: 'new-one', opened: true, published: true })
		);
		expect(after.banks.some((b) => b.stories[0]!.id === 'secret')).toBe(false);
		await expect(
			restoreBackup(store, backupOf({}), { access: 'student', replace: true })
		).rejects.toThrow(/Only the teacher/);
	});
});
