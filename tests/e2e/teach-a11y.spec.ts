/** Every teacher page and state (empty, filled, conflict, generating, locked) is axe-clean. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ferryStoryFile, fixture, jsonFile, openLibrary } from './teach-helpers';

test('dashboard, import, story and PIN pages have no axe violations', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/teach');
	await expect(
		page.getByRole('heading', { name: 'Make your first story in three steps' })
	).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto('/teach/import');
	await expect(page.getByRole('heading', { name: 'Drop article files here' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page
		.getByLabel('Choose files…')
		.setInputFiles([
			fixture('harbor-courier.md'),
			fixture('harbor-tribune.txt'),
			fixture('harbor-gazette.html')
		]);
	await expect(page.getByRole('heading', { name: 'Articles to import (3)' })).toBeVisible();
	await page
		.getByText(/^Cleaned text/)
		.first()
		.click();
	await page.getByRole('button', { name: 'Create story' }).click(); // shows field errors
	await expect(page.getByText('Enter the outlet that published it.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Paste text').check();
	await expectNoAxeViolations(page);

	await page
		.getByRole('textbox', { name: 'Outlet of harbor-tribune.txt' })
		.fill('Larkspur Tribune');
	await page.getByRole('textbox', { name: 'Date of harbor-tribune.txt' }).fill('2024-09-14');
	await page.getByLabel('Story title').fill('Axe story');
	await page.getByRole('button', { name: 'Create story' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Axe story' })).toBeVisible();
	await expectNoAxeViolations(page);

	// While generating: the progress bar and Cancel.
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.locator('.generate [role="status"]')).toContainText(/new draft question/, {
		timeout: 60_000
	});
	await page
		.getByRole('button', { name: 'Delete article Fog blamed as Larkspur ferry strikes sandbar' })
		.click();
	await expect(page.getByRole('dialog', { name: 'Delete this article?' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Delete article', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto('/teach');
	await expect(page.getByRole('heading', { name: 'Axe story' })).toBeVisible();
	await page
		.getByText(/^Export/)
		.first()
		.click();
	await expectNoAxeViolations(page);
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('f.json', ferryStoryFile()));
	await page.getByLabel('Import a story file (.byline.json)').setInputFiles(
		jsonFile(
			'g.json',
			ferryStoryFile((b) => (b.stories[0].title = 'Changed'))
		)
	);
	await page.getByRole('button', { name: 'Merge…' }).click();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('h.json', '{'));
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto('/teach/settings');
	await expect(page.getByText('No PIN is set.')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('curation pages have no axe violations', async ({ page }) => {
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('f.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
	for (const path of [
		'/teach/review?id=ferry-file',
		'/teach/questions?id=ferry-file',
		'/teach/edit?id=ferry-file&q=ferry-file-q1&from=list'
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test('a PIN locks the teacher area until it is entered, once per session', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/teach/settings');
	await page.getByLabel('New PIN', { exact: true }).fill('482193');
	await page.getByLabel('New PIN again').fill('482139');
	await page.getByRole('button', { name: 'Set PIN' }).click();
	await expect(page.getByRole('alert')).toHaveText('The two PINs do not match.');
	await page.getByLabel('New PIN again').fill('482193');
	await page.getByRole('button', { name: 'Set PIN' }).click();
	await expect(page.getByText('A PIN is set on this device.')).toBeVisible({ timeout: 30_000 });

	// A new session (sessionStorage cleared) asks for the PIN.
	await page.evaluate(() => sessionStorage.clear());
	await page.goto('/teach');
	await expect(page.getByRole('heading', { name: 'Teacher area locked' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your stories' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByLabel('Teacher PIN').fill('111111');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'That PIN is not right. 2 more tries before Byline makes you wait.',
		{
			timeout: 30_000
		}
	);
	await page.getByLabel('Teacher PIN').fill('482193');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('heading', { name: 'Your stories' })).toBeVisible({
		timeout: 30_000
	});
	// The same session stays unlocked.
	await page.goto('/teach/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Import articles' })).toBeVisible();

	// Removing it needs the current PIN.
	await page.goto('/teach/settings');
	await page.getByLabel('Current PIN').fill('482193');
	await page.getByRole('button', { name: 'Remove PIN' }).click();
	await expect(page.getByText('No PIN is set.')).toBeVisible({ timeout: 30_000 });
});

test('the library’s “Open a story file” states have no axe violations', async ({ page }) => {
	await openLibrary(page);
	const open = page.getByLabel('Open a story file');
	await open.setInputFiles(jsonFile('bad.json', '[1, 2'));
	await expect(page.getByRole('alert')).toContainText('could not be opened');
	await expectNoAxeViolations(page);
	await open.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByRole('link', { name: 'Ferry file story' })).toBeVisible();
	await open.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByRole('button', { name: 'Replace' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Replace' }).click();
	await expect(page.getByText('Added “Ferry file story” to the library.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ferry file story (copy)' })).toHaveCount(0);
});
