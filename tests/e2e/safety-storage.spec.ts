/**
 * Issue 9, attack 5 replayed: storage that cannot be written from page load. What was saved
 * stays on screen, the page says plainly that new answers are not being saved, and a backup
 * holds the saved data (never an empty file with a success message).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { jsonFile } from './safety-helpers';
import { ferryStoryFile, openLibrary } from './teach-helpers';

test('when storage cannot be written from page load, saved stories stay visible and a backup holds them', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openLibrary(page);
	await page
		.getByLabel('Open a story file')
		.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByRole('link', { name: 'Ferry file story' })).toBeVisible();

	// From now on every IndexedDB write fails as a full disk would.
	await page.addInitScript(() => {
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = full;
		IDBObjectStore.prototype.add = full;
	});
	await page.reload();
	await expect(
		page.getByRole('status').filter({ hasText: 'New answers are not being saved' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ferry file story' })).toBeVisible();

	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download a backup' }).click()
	]);
	const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(backup.banks.map((b: { stories: { title: string }[] }) => b.stories[0]!.title)).toEqual([
		'Ferry file story'
	]);
});

test('when writes start failing mid-session, the answer is said not to be saved and the page keeps working', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.addInitScript(() => {
		const flags = window as unknown as { __failWrites?: boolean };
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (flags.__failWrites)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	// Wait for hydration: a file chosen before the change handler is attached is dropped.
	await openLibrary(page);
	await page
		.getByLabel('Open a story file')
		.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByRole('link', { name: 'Ferry file story' })).toBeVisible();
	await page.goto('/story/ferry-file/quiz');
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible({ timeout: 60_000 });
	await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Could not save your progress' })
	).toContainText('storage for Byline is full');
	// The question and the story are still on screen.
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
});
