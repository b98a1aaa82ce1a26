import { expect, test } from '@playwright/test';
import {
	answerAndCheck,
	feedbackCredit,
	goNext,
	QUIZ_URL,
	quizPosition,
	waitForFirstQuestion
} from './helpers';

test('reloading mid-quiz resumes at the same question with earlier answers kept', async ({
	page
}) => {
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	const { total } = await quizPosition(page);

	await answerAndCheck(page);
	await goNext(page);
	await answerAndCheck(page);
	await goNext(page);
	// The third answer is checked but the student has not moved on yet.
	const third = await answerAndCheck(page);
	const thirdVerdict = await page.locator('section.feedback .verdict').innerText();

	await page.reload();
	expect(await quizPosition(page)).toEqual({ position: 3, total });
	await expect(page.getByText('3 answered')).toBeVisible();
	// Its feedback is shown again, and the answer can no longer be changed.
	await expect(page.locator('section.feedback .verdict')).toHaveText(thirdVerdict);
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	// The restored feedback gives the same credit as before the reload.
	expect(await feedbackCredit(page.locator('section.feedback'))).toBe(third.credit);

	await goNext(page);
	expect(await quizPosition(page)).toEqual({ position: 4, total });
	await page.reload();
	expect(await quizPosition(page)).toEqual({ position: 4, total });
	await expect(page.getByText('3 answered')).toBeVisible();
	await expect(page.locator('section.feedback')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeDisabled();

	// The library reports the same progress.
	await page.goto('/');
	await expect(page.getByText(`In progress: 3 of ${total} answered`)).toBeVisible();
});
