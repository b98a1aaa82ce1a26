/**
 * The teacher's whole journey on one device: import two outlets' articles, generate, curate
 * (approve five, edit one, write one with the evidence picker), export the story file, delete
 * the story, import the file back, publish, and take the quiz as a student.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
	createStory,
	ferryStoryFile,
	fixture,
	generate,
	importArticleFiles,
	jsonFile,
	watchForScripts
} from './teach-helpers';

async function fillTribuneMeta(page: Page) {
	// The .txt file has no metadata: the review card asks for outlet and date.
	await expect(page.getByText('The outlet is unknown; please enter it.')).toBeVisible();
	await page
		.getByRole('textbox', { name: 'Outlet of harbor-tribune.txt' })
		.fill('Larkspur Tribune');
	await page.getByRole('textbox', { name: 'Date of harbor-tribune.txt' }).fill('2024-09-14');
}

function counts(page: Page) {
	return page.getByText(/^Questions: \d+ — \d+ to review, \d+ approved, \d+ rejected\.$/);
}

test('import, generate, curate, export, delete, re-import, publish, and take the quiz', async ({
	page
}) => {
	test.setTimeout(180_000);
	const scripts = watchForScripts(page);

	// 1. Import two articles from files.
	await importArticleFiles(page, ['harbor-courier.md', 'harbor-tribune.txt']);
	await expect(page.getByRole('textbox', { name: 'Outlet of harbor-courier.md' })).toHaveValue(
		'Coastal Courier'
	);
	// Creating is refused while an article lacks its outlet and date.
	await page.getByRole('button', { name: 'Create story' }).click();
	await expect(page.getByRole('alert')).toContainText('Check the highlighted fields');
	await fillTribuneMeta(page);
	const storyId = await createStory(page, 'Larkspur ferry grounding');
	expect(storyId).toBe('larkspur-ferry-grounding');

	// 2. Generate, then generate again: the second run adds nothing new.
	const first = await generate(page);
	const generated = Number(/^(\d+) new draft/.exec(first.message)![1]);
	expect(generated).toBeGreaterThanOrEqual(6);
	await expect(counts(page)).toHaveText(
		`Questions: ${generated} — ${generated} to review, 0 approved, 0 rejected.`
	);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.locator('.generate [role="status"]')).toContainText(
		`0 new draft questions added`
	);

	// 3. Approve five drafts in the review queue.
	await page.getByRole('link', { name: 'Review drafts' }).click();
	for (let i = 0; i < 5; i++) {
		const heading = page.getByRole('heading', { name: /^Draft 1 of \d+$/ });
		await expect(heading).toHaveText(`Draft 1 of ${generated - i}`);
		await page.getByRole('button', { name: 'Approve', exact: true }).click();
	}
	await expect(page.getByRole('heading', { name: /^Draft 1 of \d+$/ })).toHaveText(
		`Draft 1 of ${generated - 5}`
	);

	// 4. Edit one draft's prompt.
	await page.getByRole('link', { name: 'Edit', exact: true }).click();
	const prompt = page.getByLabel('Question', { exact: true });
	await expect(prompt).toBeVisible();
	// Appending keeps whatever the type needs (a cloze prompt's one gap).
	const edited = `${await prompt.inputValue()} (edited)`;
	await prompt.fill(edited);
	await page.getByRole('button', { name: 'Save question' }).click();
	await expect(page).toHaveURL(/\/teach\/review\?/);

	// 5. Write a new question, choosing its evidence with the picker.
	await page.goto(`/teach/edit?id=${storyId}&new=single&from=list`);
	await page
		.getByLabel('Question', { exact: true })
		.fill('How many passengers does the Coastal Courier say were rescued?');
	await page.getByLabel('Choice 1', { exact: true }).fill('40');
	await page.getByLabel('Choice 2', { exact: true }).fill('52');
	await page
		.getByRole('checkbox', { name: 'Correct (choice 1)' })
		.or(page.getByRole('radio', { name: 'Correct (choice 1)' }))
		.check();
	await page
		.getByLabel('Explanation')
		.fill('The Coastal Courier reports that 40 passengers were brought to shore.');
	await page.getByRole('button', { name: /rescue crews brought 40 passengers/ }).click();
	await page.getByRole('button', { name: 'Save question' }).click();
	await expect(page).toHaveURL(/\/teach\/questions\?/);

	await page.goto(`/teach/story?id=${storyId}`);
	const total = generated + 1;
	// A question the teacher writes is approved on save; the edited draft stays a draft.
	await expect(counts(page)).toHaveText(
		`Questions: ${total} — ${generated - 5} to review, 6 approved, 0 rejected.`
	);

	// 6. Export the story file.
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('larkspur-ferry-grounding.byline.json');
	const file = test.info().outputPath('story.byline.json');
	await download.saveAs(file);
	const exported = JSON.parse(await readFile(file, 'utf8'));
	expect(exported.questions).toHaveLength(total);
	expect(exported.questions.map((q: { prompt: string }) => q.prompt)).toContain(edited);

	// 7. Delete the story from the dashboard (Undo is offered), then it is gone.
	await page.goto('/teach');
	await page.getByRole('button', { name: 'Delete Larkspur ferry grounding' }).click();
	await expect(page.getByText('Story “Larkspur ferry grounding” deleted.')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Make your first story in three steps' })
	).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('heading', { name: 'Make your first story in three steps' })
	).toBeVisible();

	// 8. Import the file back.
	await page.getByLabel('Import a story file (.byline.json)').setInputFiles(file);
	await expect(page.getByText('Imported “Larkspur ferry grounding”.')).toBeVisible();
	await expect(page.getByText(`Questions: ${total} — 6 approved`)).toBeVisible();

	// 9. Publish.
	await page.getByRole('button', { name: 'Publish Larkspur ferry grounding' }).click();
	await expect(page.getByText('Published', { exact: true })).toBeVisible();

	// 10. The student finds it in the library and answers a question.
	await page.goto('/');
	await page.getByRole('link', { name: 'Larkspur ferry grounding' }).click();
	await page.getByRole('link', { name: 'Start quiz' }).click();
	await expect(page.getByText(/Question 1 of 6/)).toBeVisible();
	const question = page.locator('.question[data-question-type]').first();
	await expect(question).toBeVisible();
	const firstOption = question.getByRole('radio').first();
	if (await firstOption.count()) await firstOption.check();
	else await question.getByRole('textbox').first().fill('40');
	await page.getByRole('button', { name: /^Check/ }).click();
	await expect(page.getByText(/Correct|Not quite|Partly/).first()).toBeVisible();

	expect(scripts.problems).toEqual([]);
});

test('articles join an existing story from its page or by choosing it; deleting one can be undone', async ({
	page
}) => {
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();

	await page.goto('/teach/story?id=ferry-file');
	await page.getByRole('link', { name: 'Add articles' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Add articles to “Ferry file story”' })
	).toBeVisible();
	await page.getByLabel('Choose files…').setInputFiles(fixture('harbor-courier.md'));
	await page.getByRole('button', { name: 'Add 1 article to “Ferry file story”' }).click();
	await expect(page.getByRole('heading', { name: 'Articles (2)' })).toBeVisible();

	await page.goto('/teach/import');
	await page.getByLabel('Choose files…').setInputFiles(fixture('harbor-gazette.html'));
	await expect(page.getByRole('heading', { name: 'Articles to import (1)' })).toBeVisible();
	await page
		.getByLabel('Or add them to an existing story')
		.selectOption({ label: 'Ferry file story' });
	await page.getByRole('button', { name: 'Add to story' }).click();
	await expect(page.getByRole('heading', { name: 'Articles (3)' })).toBeVisible();

	// The original article is cited by the file's one question: the dialog says so.
	await page.getByRole('button', { name: 'Delete article Ferry aground' }).click();
	await expect(page.getByRole('dialog')).toContainText('together with the 1 question that cite it');
	await page.getByRole('button', { name: 'Delete article', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Articles (2)' })).toBeVisible();
	await expect(page.getByText('Questions: 0 —')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('heading', { name: 'Articles (3)' })).toBeVisible();
	await expect(page.getByText('Questions: 1 — 0 to review, 1 approved')).toBeVisible();
});
