import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ferryBank, importBank, STORY_ID } from './curate-story';

test('review queue: approve five drafts with the keyboard, reject one and undo', async ({
	page
}) => {
	await importBank(page, ferryBank());
	await page.goto(`/teach/review?id=${STORY_ID}`);
	await expect(page.getByRole('heading', { level: 1, name: /Review drafts/ })).toBeVisible();
	await expect(page.getByText('8 drafts left')).toBeVisible();
	// Best score first: draft 1 has the highest score.
	await expect(page.getByRole('heading', { name: 'Draft 1 of 8' })).toBeVisible();
	await expect(page.getByRole('group', { name: /Dana Price said the crews/ })).toBeVisible();
	// The evidence is highlighted in its article.
	await expect(page.locator('mark').first()).toContainText('Union leader Dana Price said');
	await expectNoAxeViolations(page);

	for (let left = 8; left > 3; left--) {
		await expect(page.getByText(`${left} drafts left`)).toBeVisible();
		await page.keyboard.press('a');
	}
	await expect(page.getByText('3 drafts left')).toBeVisible();
	await expect(page.getByText('5 approved')).toBeVisible();
	// The sixth draft by score is now on screen.
	await expect(page.getByRole('group', { name: /All crossings to Gull Island/ })).toBeVisible();

	await page.getByRole('button', { name: 'Reject', exact: true }).click();
	await expect(page.getByText('2 drafts left')).toBeVisible();
	await expect(page.getByText('1 question rejected.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('3 drafts left')).toBeVisible();
	await expect(page.getByRole('group', { name: /All crossings to Gull Island/ })).toBeVisible();

	// J skips, K goes back.
	await page.keyboard.press('j');
	await expect(page.getByRole('heading', { name: 'Draft 2 of 3' })).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { name: 'Draft 1 of 3' })).toBeVisible();
});

test('review queue: bulk reject from the list view, and the empty state', async ({ page }) => {
	await importBank(page, ferryBank());
	await page.goto(`/teach/review?id=${STORY_ID}`);
	await page.getByRole('button', { name: 'List (select several)' }).click();
	await page.getByLabel('Select all 8').check();
	await expect(page.getByRole('button', { name: 'Reject selected (8)' })).toBeEnabled();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Reject selected (8)' }).click();
	await expect(page.getByRole('heading', { name: 'No drafts to review' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Write a question' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('8 drafts left')).toBeVisible();
});
