/**
 * Issue 9, attacks 1 and 2 replayed: no way around the teacher PIN through a backup, and no
 * teacher data in a backup made without it. Stored data is compared on disk before and after.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createStory, importArticleFiles } from './teach-helpers';
import { backupText, dumpDb, endSession, jsonFile, putRaw, setPin } from './safety-helpers';

const PIN = '482193';

async function teacherDeviceWithPin(page: Page): Promise<void> {
	await importArticleFiles(page, ['harbor-courier.md']);
	await createStory(page, 'Unpublished lesson');
	await setPin(page, PIN);
	await endSession(page);
}

async function chooseBackup(page: Page, name: string, text: string) {
	await page.getByLabel('Backup file').setInputFiles(jsonFile(name, text));
}

test('a backup cannot remove or replace the PIN, or touch a teacher’s story, without it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await teacherDeviceWithPin(page);
	await page.goto('/settings');
	await expect(page.getByLabel('Backup file')).toBeEnabled();
	const before = await dumpDb(page);
	expect(Object.keys(before)).toContain('setting:teacher.pin');

	// Someone else's PIN record (of "000000"), made the way Byline makes one.
	const foreignPin = await page.evaluate(async () => {
		const salt = crypto.getRandomValues(new Uint8Array(16));
		const key = await crypto.subtle.importKey(
			'raw',
			new TextEncoder().encode('000000'),
			'PBKDF2',
			false,
			['deriveBits']
		);
		const bits = await crypto.subtle.deriveBits(
			{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 210_000 },
			key,
			256
		);
		const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
		return {
			algo: 'PBKDF2-SHA-256',
			iterations: 210_000,
			salt: b64(salt),
			hash: b64(new Uint8Array(bits))
		};
	});
	for (const [name, pin] of [
		['remove-pin.json', null],
		['my-pin.json', foreignPin]
	] as const) {
		await chooseBackup(page, name, backupText({ settings: { 'teacher.pin': pin } }));
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(
			dialog.getByRole('heading', { name: 'Teacher data (needs the teacher PIN)' })
		).toBeVisible();
		await expect(
			dialog.getByRole('listitem').filter({ hasText: 'Setting teacher.pin' })
		).toBeVisible();
		await dialog.getByRole('button', { name: 'Restore' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'The backup was not restored: Everything in this backup is teacher data, which only the teacher PIN can restore. Nothing was changed.'
		);
		expect(await dumpDb(page)).toEqual(before);
	}

	// A backup mixing progress-free student data with teacher data: only the student part lands.
	await chooseBackup(
		page,
		'mixed.json',
		backupText({ settings: { 'teacher.pin': null, 'reading.size': 'large' } })
	);
	await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
		'Restored “mixed.json”, except one item of teacher data, which needs the teacher PIN.'
	);
	const after = await dumpDb(page);
	expect(after['setting:teacher.pin']).toBe(before['setting:teacher.pin']);
	expect(Object.keys(after).filter((k) => !(k in before))).toEqual(['setting:reading.size']);

	// The teacher area is still locked, by the same PIN.
	await page.goto('/teach');
	await expect(page.getByRole('heading', { name: 'Teacher area locked' })).toBeVisible();
	await page.getByLabel('Teacher PIN').fill(PIN);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('heading', { name: 'Your stories' })).toBeVisible({
		timeout: 30_000
	});
});

test('a backup made without the PIN holds no teacher data; with it, everything', async ({
	page
}) => {
	test.setTimeout(120_000);
	await teacherDeviceWithPin(page);
	await page.goto('/settings');
	const download = async () => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download a backup' }).click()
		]);
		return readFileSync((await file.path())!, 'utf8');
	};
	await page.getByRole('button', { name: 'Download a backup' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Without the teacher PIN there is nothing to back up: everything stored here is teacher data. No file was saved.'
	);
	await putRaw(page, 'setting:reading.size', { value: 'large', updatedAt: '2026-01-01T00:00:00Z' });
	const student = await download();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
		'with what students see only: teacher data (2 items) was left out'
	);
	expect(student).not.toContain('Unpublished lesson');
	expect(student).not.toContain('teacher.pin');

	await page.getByLabel('Teacher PIN (only to include teacher data)').fill('999999');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
	await expect(page.getByRole('alert')).toContainText('No file was saved.');

	await page.getByLabel('Teacher PIN (only to include teacher data)').fill(PIN);
	const full = await download();
	expect(full).toContain('Unpublished lesson');
	expect(full).toContain('teacher.pin');
});

test('wrong PINs make the lock screen wait, and a reload does not reset the wait', async ({
	page
}) => {
	test.setTimeout(120_000);
	await setPin(page, PIN);
	await endSession(page);
	await page.goto('/teach');
	const pinBox = page.getByLabel('Teacher PIN');
	const alert = page.getByRole('alert');
	for (const left of ['2 more tries', '1 more try']) {
		await pinBox.fill('111111');
		await page.getByRole('button', { name: 'Unlock' }).click();
		await expect(alert).toContainText(
			`That PIN is not right. ${left} before Byline makes you wait.`
		);
	}
	await pinBox.fill('111111');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(alert).toHaveText('That PIN is not right. Wait 30 seconds before trying again.');

	await page.reload();
	await page.getByLabel('Teacher PIN').fill(PIN);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('alert')).toContainText('Too many wrong PINs on this device. Wait');
	await expect(page.getByRole('heading', { name: 'Your stories' })).toHaveCount(0);
});

test('a new PIN needs 6 digits; an old 4-digit PIN still unlocks and the teacher is asked to upgrade', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/teach/settings');
	await page.getByLabel('New PIN', { exact: true }).fill('4821');
	await page.getByLabel('New PIN again').fill('4821');
	await page.getByRole('button', { name: 'Set PIN' }).click();
	await expect(page.getByRole('alert')).toHaveText('A number PIN needs at least 6 digits.');

	// A record an earlier version stored for "4821".
	const legacy = await page.evaluate(async () => {
		const salt = crypto.getRandomValues(new Uint8Array(16));
		const key = await crypto.subtle.importKey(
			'raw',
			new TextEncoder().encode('4821'),
			'PBKDF2',
			false,
			['deriveBits']
		);
		const bits = await crypto.subtle.deriveBits(
			{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 210_000 },
			key,
			256
		);
		const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
		return {
			algo: 'PBKDF2-SHA-256',
			iterations: 210_000,
			salt: b64(salt),
			hash: b64(new Uint8Array(bits))
		};
	});
	await putRaw(page, 'setting:teacher.pin', { value: legacy, updatedAt: '2025-01-01T00:00:00Z' });
	await endSession(page);
	await page.goto('/teach');
	await page.getByLabel('Teacher PIN').fill('4821');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'shorter than Byline now asks for' })
	).toBeVisible({
		timeout: 30_000
	});
});
