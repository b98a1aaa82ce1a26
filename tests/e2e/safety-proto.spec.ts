/**
 * Issue 9, attack 4 replayed: question ids "__proto__", "constructor" and "hasOwnProperty"
 * (the id pattern allows them) are ordinary questions: unanswered at first, answered after a
 * reload, and scored without NaN.
 */
import { expect, test } from '@playwright/test';
import { answerAndCheck, goNext, quizPosition } from './helpers';
import { jsonFile } from './safety-helpers';
import { ferryStoryFile, openLibrary } from './teach-helpers';

const IDS = ['__proto__', 'constructor', 'hasOwnProperty'];

function protoStoryFile(): string {
	return ferryStoryFile((bank) => {
		const [template] = bank.questions;
		bank.questions = IDS.map((id, i) => ({
			...template,
			id,
			prompt: `${template.prompt} (${i + 1})`
		}));
	});
}

test('questions with prototype-name ids are answered, reloaded and scored like any other', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openLibrary(page);
	await page
		.getByLabel('Open a story file')
		.setInputFiles(jsonFile('proto.byline.json', protoStoryFile()));
	await expect(page.getByText('Added “Ferry file story” to the library.')).toBeVisible();

	await page.goto('/story/ferry-file/quiz');
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible({ timeout: 60_000 });
	const { total } = await quizPosition(page);
	// Nothing shows as answered before an answer is given.
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
	await expect(page.locator('section.feedback')).toHaveCount(0);

	await answerAndCheck(page);
	await goNext(page);
	await page.reload();
	expect(await quizPosition(page)).toEqual({ position: 2, total });
	await expect(page.locator('section.feedback')).toHaveCount(0);
	for (let n = 2; n <= total; n++) {
		await answerAndCheck(page);
		await goNext(page);
	}
	await expect(page).toHaveURL(/\/results$/);
	await page.reload();
	const body = page.locator('main');
	await expect(body).toContainText(/\d+%/);
	await expect(body).not.toContainText('NaN');
});
