/**
 * Issue 9, attacks 3 and 6 replayed from the student library's "Open a story file": a file
 * never replaces a teacher's story, reusing the built-in id is refused, and what reading a file
 * found is shown before anything is stored. Stored data is compared on disk.
 */
import { expect, test, type Page } from '@playwright/test';
import { ferryStoryFile, openLibrary } from './teach-helpers';
import { dumpDb, jsonFile, storeReady } from './safety-helpers';

async function openStoryFile(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Open a story file').setInputFiles(jsonFile(name, text));
}

test('a student’s file with a teacher story’s id is added as a copy; the teacher’s story is untouched', async ({
	page
}) => {
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();

	await openLibrary(page);
	const before = await dumpDb(page);
	await openStoryFile(
		page,
		'evil.byline.json',
		ferryStoryFile((bank) => {
			bank.stories[0].title = 'Hijacked story';
			bank.stories[0].published = true;
		})
	);
	await expect(
		page.getByText(
			'Your teacher’s story “Ferry file story” has the same id as this file’s “Hijacked story”.'
		)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Replace' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page.getByText('Added “Hijacked story (copy)” to the library.')).toBeVisible();
	const after = await dumpDb(page);
	expect(after['bank:ferry-file']).toBe(before['bank:ferry-file']);
	expect(JSON.parse(after['bank:ferry-file-copy']!).stories[0]).toMatchObject({
		title: 'Hijacked story (copy)',
		opened: true,
		published: true
	});
	// The teacher's story is still unpublished, so the library shows only the copy.
	await expect(page.getByRole('link', { name: 'Hijacked story (copy)' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ferry file story' })).toHaveCount(0);
});

test('reusing the built-in story’s id is refused with a reason and stores nothing', async ({
	page
}) => {
	await openLibrary(page);
	await storeReady(page);
	const before = await dumpDb(page);
	await openStoryFile(
		page,
		'fake.byline.json',
		ferryStoryFile((bank) => {
			bank.stories[0].id = 'baghdad-embassy-2019';
			bank.articles[0].storyId = 'baghdad-embassy-2019';
			bank.questions[0].storyId = 'baghdad-embassy-2019';
		})
	);
	await expect(page.getByRole('alert')).toHaveText(
		/^“Ferry file story” uses the id "baghdad-embassy-2019", which belongs to the built-in story “.+”, so it could never be shown\. Ask for a file with a different story id\. Nothing was added\.\s*$/
	);
	expect(await dumpDb(page)).toEqual(before);
});

test('what reading a file found is shown before anything is stored; deep nesting is refused clearly', async ({
	page
}) => {
	await openLibrary(page);
	await storeReady(page);
	const before = await dumpDb(page);
	await openStoryFile(
		page,
		'odd.byline.json',
		ferryStoryFile((bank) => {
			bank.stories[0].title = 'Ferry \u202Eyrots\u202C';
			bank.comment = 'hello';
		})
	);
	await expect(
		page.getByText('Before it is added, note what Byline found in this file:')
	).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Ignored unknown fields: comment.' })
	).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'right-to-left override characters' })
	).toBeVisible();
	expect(await dumpDb(page)).toEqual(before);
	await page.getByRole('button', { name: 'Cancel' }).click();
	expect(await dumpDb(page)).toEqual(before);

	const deep = `{"format":"byline-bank","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
	await openStoryFile(page, 'deep.byline.json', deep);
	await expect(page.getByRole('alert')).toContainText(
		'This file nests its data more than 64 levels deep, far beyond any Byline file, so it was not read. Nothing was added.'
	);
	await expect(page.getByRole('alert')).not.toContainText('call stack');

	await page.goto('/settings');
	await page
		.getByLabel('Backup file')
		.setInputFiles(jsonFile('deep.json', deep.replace('byline-bank', 'byline-backup')));
	await expect(page.getByRole('alert')).toContainText('more than 64 levels deep');
	expect(await dumpDb(page)).toEqual(before);
});
