import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { QUIZ_URL, SEED_STORY, expectNoAxeViolations, quizPosition } from './helpers';
import { answerQuestions } from './pwa-helpers';

async function chooseBackupFile(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Backup file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

async function storyProgressText(page: Page): Promise<string> {
	await page.goto(`/story/${SEED_STORY}`);
	// "44 questions · In progress: …", as describeProgress() words it (the attempt history differs).
	const text = page.getByText(/ · (In progress: \d+ of \d+ answered|Not started)$/);
	await expect(text).toBeVisible();
	return (await text.innerText()).split(' · ')[1]!;
}

test('a downloaded backup brings all progress back on a cleared device', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await page.goto(QUIZ_URL);
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	const { total } = await quizPosition(page);
	await answerQuestions(page, 3);
	expect(await storyProgressText(page)).toBe(`In progress: 3 of ${total} answered`);

	await page.goto('/settings');
	await expect(page.getByTestId('storage-kind')).toContainText('IndexedDB');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download a backup' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^byline-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const backupText = readFileSync((await download.path())!, 'utf8');
	const backup = JSON.parse(backupText);
	expect(backup.format).toBe('byline-backup');
	expect(backup.progress).toHaveLength(1);

	// A new browser profile: nothing stored at all.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	expect(await storyProgressText(other)).toMatch(/^Not started/);

	await other.goto('/settings');
	await chooseBackupFile(other, download.suggestedFilename(), backupText);
	const dialog = other.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
		`Restore “${download.suggestedFilename()}”?`
	);
	await expect(dialog).toContainText('3 answers (new)');
	await dialog.getByRole('button', { name: 'Restore' }).click();
	await expect(dialog).toBeHidden();
	await expect(other.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

	expect(await storyProgressText(other)).toBe(`In progress: 3 of ${total} answered`);
	await other.goto(QUIZ_URL);
	expect(await quizPosition(other)).toEqual({ position: 4, total });
	await fresh.close();
});

test('bad files are explained and change nothing; cancelling changes nothing', async ({ page }) => {
	await page.goto(QUIZ_URL);
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	const { total } = await quizPosition(page);
	await answerQuestions(page, 1);

	await page.goto('/settings');
	const alert = page.getByRole('alert');
	await chooseBackupFile(page, 'notes.json', 'these are my notes');
	await expect(alert).toContainText('“notes.json”: This file is not valid JSON');
	await chooseBackupFile(page, 'bank.json', JSON.stringify({ format: 'byline-bank', version: 1 }));
	await expect(alert).toContainText('not a Byline backup');
	const wrong = {
		format: 'byline-backup',
		version: 1,
		createdAt: '2026-01-01T00:00:00.000Z',
		progress: [{ storyId: SEED_STORY, attempts: 'none' }],
		banks: [],
		settings: {}
	};
	await chooseBackupFile(page, 'wrong.json', JSON.stringify(wrong));
	await expect(alert).toContainText('cannot be restored');
	await expect(alert).toContainText('Nothing was changed');
	await chooseBackupFile(page, 'huge.json', 'x'.repeat(21 * 1024 * 1024));
	await expect(alert).toContainText('backups can be at most 20.0 MB');
	await expect(page.getByRole('dialog')).toHaveCount(0);

	// A valid backup with no progress, cancelled at the confirmation.
	const empty = { ...wrong, progress: [] };
	await chooseBackupFile(page, 'empty.json', JSON.stringify(empty));
	await expect(alert).toHaveCount(0);
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();

	expect(await storyProgressText(page)).toBe(`In progress: 1 of ${total} answered`);
});
