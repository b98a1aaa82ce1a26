import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage/index';
import { makeAnswer, makeStoredStory } from '$test-data';
import { StorageWriteError, type ByLineStore } from '$lib/storage/types';
import { SettingsState, type PickedFile, type SettingsEnvironment } from './settings.svelte';
import { storeBank } from '$lib/storage/testing';

function env(persistGranted = false): SettingsEnvironment & { persistCalls: number } {
	const fake = {
		persistCalls: 0,
		estimate: async () => ({ usage: 2000, quota: 10_000, persisted: false }),
		persist: async () => {
			fake.persistCalls++;
			return persistGranted;
		},
		now: () => new Date('2026-03-04T05:06:07Z')
	};
	return fake;
}

function file(name: string, text: string, size = text.length): PickedFile {
	return { name, size, text: async () => text };
}

async function filledStore(): Promise<ByLineStore> {
	const store = createMemoryStore('test');
	await storeBank(store, makeStoredStory('harbor', 'Harbor bridge'));
	const attempt = await store.startAttempt('harbor', ['harbor-q1']);
	await store.saveAnswer('harbor', attempt.id, makeAnswer('harbor-q1', '2026-03-01T00:00:00Z'), 1);
	await store.setSetting('ui.theme', 'dark');
	return store;
}

describe('backup and restore', () => {
	it('restores a downloaded backup into an empty device after confirmation', async () => {
		const sourceStore = await filledStore();
		const source = new SettingsState(sourceStore, { env: env() });
		const made = await source.makeBackup();
		expect(made?.fileName).toBe('byline-backup-2026-03-04.json');

		const emptyStore = createMemoryStore('test');
		const target = new SettingsState(emptyStore, { env: env() });
		await target.chooseFile(file(made!.fileName, made!.text));
		expect(target.restoreError).toBeNull();
		expect(target.pending?.plan.progress).toEqual([
			{ id: 'harbor', label: 'Harbor bridge', replaces: false, answers: 1 }
		]);
		// Nothing is written before the confirmation.
		expect((await emptyStore.exportAll()).progress).toEqual([]);

		expect(await target.confirmRestore()).toBe(true);
		expect(target.pending).toBeNull();
		expect(target.restoreDone).toMatch(/Restored “byline-backup-2026-03-04.json”/);
		expect(await emptyStore.exportAll()).toEqual(await sourceStore.exportAll());
	});

	it('refuses an oversized file without reading it', async () => {
		const store = await filledStore();
		const settings = new SettingsState(store, { env: env(), maxBytes: 1000 });
		const huge: PickedFile = {
			name: 'huge.json',
			size: 5 * 1024 * 1024,
			text: () => Promise.reject(new Error('must not be read'))
		};
		await settings.chooseFile(huge);
		expect(settings.restoreError).toMatch(/“huge.json” is 5.0 MB; backups can be at most 0.0 MB/);
		expect(settings.pending).toBeNull();
	});

	it('explains malformed and wrong files and changes nothing', async () => {
		const store = await filledStore();
		const before = await store.exportAll();
		const settings = new SettingsState(store, { env: env() });

		await settings.chooseFile(file('notes.json', '{"format": "byline-backup", '));
		expect(settings.restoreError).toMatch(/^“notes.json”: This file is not valid JSON/);
		await settings.chooseFile(file('bank.json', '{"format": "byline-bank", "version": 1}'));
		expect(settings.restoreError).toMatch(/not a Byline backup/);
		const broken = JSON.parse((await settings.makeBackup())!.text);
		broken.progress[0].attempts = 'lots';
		await settings.chooseFile(file('broken.json', JSON.stringify(broken)));
		expect(settings.restoreError).toMatch(/cannot be restored: .* at progress\[0\]\.attempts/);

		expect(settings.pending).toBeNull();
		expect(await store.exportAll()).toEqual(before);
	});

	it('keeps the data and reports the error when the write fails', async () => {
		const store = await filledStore();
		const before = await store.exportAll();
		const backupText = (await new SettingsState(store, { env: env() }).makeBackup())!.text;
		const failing: ByLineStore = Object.create(store, {
			importAll: {
				value: () => Promise.reject(new StorageWriteError('The device is out of space.', 'quota'))
			}
		});
		const settings = new SettingsState(failing, { env: env() });
		await settings.chooseFile(file('b.json', backupText));
		expect(await settings.confirmRestore()).toBe(false);
		expect(settings.restoreError).toBe(
			'The backup was not restored: The device is out of space. Your data is as it was.'
		);
		expect(await store.exportAll()).toEqual(before);
	});

	it('cancelling forgets the checked file', async () => {
		const store = await filledStore();
		const settings = new SettingsState(store, { env: env() });
		await settings.chooseFile(file('b.json', (await settings.makeBackup())!.text));
		expect(settings.pending).not.toBeNull();
		settings.cancelRestore();
		expect(await settings.confirmRestore()).toBe(false);
	});
});

describe('storage usage and persistence', () => {
	it('reads the estimate and reports whether the browser agreed to keep data', async () => {
		const declined = env(false);
		const settings = new SettingsState(createMemoryStore('test'), { env: declined });
		await settings.refreshUsage();
		expect(settings.usage).toEqual({ usage: 2000, quota: 10_000, persisted: false });
		await settings.persist();
		expect(declined.persistCalls).toBe(1);
		expect(settings.persistMessage).toMatch(/declined/);

		const granted = new SettingsState(createMemoryStore('test'), { env: env(true) });
		await granted.persist();
		expect(granted.persistMessage).toMatch(/will keep/);
	});
});

describe('backups and the teacher PIN', () => {
	async function lockedDevice() {
		const store = await filledStore();
		const { savePin } = await import('$lib/teach/pin-setting');
		await savePin(store, '', '482193', 210_000);
		return store;
	}

	it('without the PIN leaves teacher data out; with it includes everything; a wrong PIN saves nothing', async () => {
		const settings = new SettingsState(await lockedDevice(), { env: env() });
		const student = await settings.makeBackup();
		expect(student?.leftOut).toBe(2);
		expect(student?.text).not.toContain('teacher.pin');
		expect(student?.text).not.toContain('Harbor bridge');

		expect(await settings.makeBackup('000000')).toBeNull();
		expect(settings.backupError).toMatch(/^That PIN is not right\. .* No file was saved\.$/);

		const teacher = await settings.makeBackup('482193');
		expect(teacher?.leftOut).toBe(0);
		expect(teacher?.text).toContain('teacher.pin');
	});

	it('a restore without the PIN lists the teacher data it skips and never changes the PIN', async () => {
		const store = await lockedDevice();
		const before = await store.exportAll();
		const settings = new SettingsState(store, { env: env() });
		const attack = JSON.stringify({
			format: 'byline-backup',
			version: 1,
			createdAt: '2026-01-01T00:00:00.000Z',
			progress: [],
			banks: [],
			settings: { 'teacher.pin': null }
		});
		await settings.chooseFile(file('attack.json', attack));
		expect(settings.pending?.needsPin).toEqual({ stories: [], settings: ['teacher.pin'] });
		expect(settings.pending?.plan.settings).toEqual([]);
		expect(await settings.confirmRestore()).toBe(false);
		expect(settings.restoreError).toBe(
			'The backup was not restored: Everything in this backup is teacher data, which only the teacher PIN can restore. Nothing was changed.'
		);
		expect(await settings.confirmRestore('111111')).toBe(false);
		expect(settings.restoreError).toMatch(/^That PIN is not right\. .*Nothing was restored\.$/);
		const after = await store.exportAll();
		expect(after.settings['teacher.pin']).toEqual(before.settings['teacher.pin']);
		expect(after.banks).toEqual(before.banks);
	});
});
