import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ferryBank, importBank, STORY_ID } from './curate-story';

/** The result count as announced (politely, once typing pauses) to screen readers. */
async function expectAnnounced(page: Page, text: string) {
	await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) })).toHaveCount(
		1
	);
}

test('question list: filter by skill and text', async ({ page }) => {
	await importBank(page, ferryBank());
	await page.goto(`/teach/questions?id=${STORY_ID}`);
	await expectAnnounced(page, '8 questions.');
	await expectNoAxeViolations(page);

	await page.getByText('Filters', { exact: true }).click();
	await page.getByRole('group', { name: 'Skill' }).getByLabel('quote').check();
	// Drafts 1 and 7 are the quote questions.
	await expectAnnounced(page, '2 questions match.');
	await page.getByLabel('Search text').fill('osei');
	await expectAnnounced(page, '1 question matches.');
	await expect(page.getByRole('heading', { level: 3 })).toHaveText([
		'Sam Osei called the walkout regrettable.'
	]);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Clear search and filters' }).click();
	await expectAnnounced(page, '8 questions.');

	// The row's quick changes (status, skill, difficulty, tags) are labelled controls too.
	await page.getByText('Quick changes').first().click();
	await expect(page.getByLabel('Tags (comma-separated)')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('edit a question’s prompt and save it', async ({ page }) => {
	await importBank(page, ferryBank());
	await page.goto(`/teach/questions?id=${STORY_ID}`);
	await page.getByRole('link', { name: 'Edit: Talks are set to resume on Wednesday.' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Edit question/ })).toBeVisible();
	await expectNoAxeViolations(page);

	const prompt = page.getByRole('textbox', { name: 'Question' });
	await prompt.fill('Talks will resume on Wednesday, says the Harbour Ledger.');
	// The preview follows the edit at once.
	await expect(
		page.getByRole('group', { name: 'Talks will resume on Wednesday, says the Harbour Ledger.' })
	).toBeVisible();
	await prompt.fill('');
	await expect(page.getByRole('button', { name: 'Save question' })).toBeDisabled();
	await prompt.fill('Talks will resume on Wednesday, says the Harbour Ledger.');
	await page.getByRole('button', { name: 'Save question' }).click();

	await expect(page).toHaveURL(/\/teach\/questions\?id=ferry-strike/);
	const row = page.locator('article', {
		has: page.getByRole('heading', {
			name: 'Talks will resume on Wednesday, says the Harbour Ledger.'
		})
	});
	// A reworked generated question keeps its origin and is tagged "edited".
	await expect(row.getByText('#edited')).toBeVisible();
	await expect(row.getByText('Generated', { exact: true })).toBeVisible();
});

test('write a new single-choice question with the evidence picker, preview it and save', async ({
	page
}) => {
	await importBank(page, ferryBank());
	await page.goto(`/teach/questions?id=${STORY_ID}`);
	await page.getByLabel('Type of new question').selectOption('single');
	await page.getByRole('button', { name: 'New question' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: /New question \(Single choice\)/ })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save question' })).toBeDisabled();

	await page
		.getByRole('textbox', { name: 'Question' })
		.fill('How many passengers does the Harbour Ledger say were stranded?');
	await page.getByRole('textbox', { name: 'Choice 1' }).fill('3,500');
	await page.getByRole('textbox', { name: 'Choice 2' }).fill('4,000');
	await page.getByRole('radio', { name: 'Correct (choice 1)' }).check();
	await page
		.getByLabel('Article', { exact: true })
		.selectOption({ label: 'Harbour Ledger — Thousands stranded as ferries stop' });
	await page
		.getByRole('button', { name: /The port authority said 3,500 passengers were stranded/ })
		.click();
	await page
		.getByRole('textbox', { name: 'Explanation' })
		.fill('The Harbour Ledger reports 3,500; the Bay Courier’s 4,000 is daily commuters.');
	await expect(page.getByText('This question is ready to use.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save question' })).toBeEnabled();

	// Preview as a student: answer, check, see the feedback with the evidence.
	const preview = page.getByRole('region', { name: 'Preview as a student' });
	await preview.getByRole('radio', { name: '3,500' }).check();
	await preview.getByRole('button', { name: 'Check answer' }).click();
	await expect(preview.getByRole('heading', { name: /Correct/ })).toBeVisible();
	await expect(preview.getByText('Harbour Ledger:')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Save question' }).click();
	await expect(page).toHaveURL(/\/teach\/questions\?id=ferry-strike/);
	const row = page.locator('article', {
		has: page.getByRole('heading', {
			name: 'How many passengers does the Harbour Ledger say were stranded?'
		})
	});
	await expect(row.getByText('Written by a teacher')).toBeVisible();
	await expect(row.getByText('approved', { exact: true })).toBeVisible();
	await expectAnnounced(page, '9 questions.');
});

test('cancel with unsaved changes asks first', async ({ page }) => {
	await importBank(page, ferryBank());
	await page.goto(`/teach/edit?id=${STORY_ID}&q=ferry-g2&from=list`);
	await page.getByRole('textbox', { name: 'Question' }).fill('Changed but not saved.');
	await page.getByRole('button', { name: 'Cancel' }).click();
	const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('textbox', { name: 'Question' })).toHaveValue(
		'Changed but not saved.'
	);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.getByRole('button', { name: 'Discard changes' }).click();
	await expect(page).toHaveURL(/\/teach\/questions\?id=ferry-strike/);
	await expect(
		page.getByRole('heading', { name: 'The crews walked off the job on Monday.' })
	).toBeVisible();
});
