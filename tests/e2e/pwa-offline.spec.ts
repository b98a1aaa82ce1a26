import { expect, test } from '@playwright/test';
import { QUIZ_URL, quizPosition, SEED_STORY } from './helpers';
import { answerQuestions, finishQuiz, waitForServiceWorker } from './pwa-helpers';

test('after one online visit the whole student flow works offline and loses nothing', async ({
	page,
	context
}) => {
	test.setTimeout(300_000);
	await page.goto('/');
	await waitForServiceWorker(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// Library → story → quiz, all from the service worker's cache.
	await page.locator(`a[href="/story/${SEED_STORY}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`/story/${SEED_STORY}$`));
	await page.getByRole('link', { name: /^(Start|Resume) quiz$/ }).click();
	await expect(page).toHaveURL(new RegExp(`${QUIZ_URL}$`));
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	const { total } = await quizPosition(page);

	expect(await answerQuestions(page, 3)).toBe(4);

	// A full reload offline comes from the cache and resumes where the student was.
	await page.reload();
	expect(await quizPosition(page)).toEqual({ position: 4, total });
	await expect(page.getByText('3 answered')).toBeVisible();

	await finishQuiz(page);
	await expect(page.getByRole('heading', { level: 2, name: /^Your score:/ })).toBeVisible();

	await context.setOffline(false);
	await page.reload();
	const reviews = page.locator('article.review');
	await expect(reviews).toHaveCount(total);
	// Every question has the answer given offline.
	await expect(reviews.getByText('Not answered')).toHaveCount(0);
});

test('offline, a page that was never prerendered opens in the app shell', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	// A teacher-made story's address: its data would come from IndexedDB, not the server.
	await page.goto('/story/made-on-this-device/quiz');
	await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
});
