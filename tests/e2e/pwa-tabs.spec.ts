import { expect, test } from '@playwright/test';
import { QUIZ_URL, SEED_STORY, answerAndCheck, goNext, quizPosition } from './helpers';

test('two tabs on one quiz see each other’s answers and neither loses its own', async ({
	context
}) => {
	test.setTimeout(120_000);
	const tabA = await context.newPage();
	const tabB = await context.newPage();

	await tabA.goto(QUIZ_URL);
	await expect(tabA.getByText(/^Question 1 of \d+$/)).toBeVisible();
	const { total } = await quizPosition(tabA);
	await answerAndCheck(tabA);
	await goNext(tabA);

	// Tab B opens the story afterwards: the progress made in tab A is there.
	await tabB.goto(`/story/${SEED_STORY}`);
	await expect(tabB.getByText(`In progress: 1 of ${total} answered`)).toBeVisible();
	await tabB.getByRole('link', { name: 'Resume quiz' }).click();
	await expect(tabB.getByText(`Question 2 of ${total}`)).toBeVisible();
	await expect(tabB.getByText('1 answered')).toBeVisible();

	// An answer in tab B reaches tab A without a reload…
	await answerAndCheck(tabB);
	await goNext(tabB);
	await expect(tabA.getByText('2 answered')).toBeVisible();
	await expect(tabA.getByText(`Question 3 of ${total}`)).toBeVisible();

	// …and one in tab A reaches tab B, which still has its own answer.
	await answerAndCheck(tabA);
	await expect(tabB.getByText('3 answered')).toBeVisible();

	// Both answers survive in storage, whichever tab reads it.
	await tabB.goto(`/story/${SEED_STORY}`);
	await expect(tabB.getByText(`In progress: 3 of ${total} answered`)).toBeVisible();
});
