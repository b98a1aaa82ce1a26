import { expect, test } from '@playwright/test';
import { QUIZ_URL, answerAndCheck, quizPosition } from './helpers';
import {
	answerQuestions,
	serveBuildCopy,
	waitForServiceWorker,
	type ServedCopy
} from './pwa-helpers';

let server: ServedCopy;
test.beforeEach(async () => {
	server = await serveBuildCopy();
});
test.afterEach(async () => {
	await server.close();
});

test('a new version is offered without interrupting, and reloading keeps the quiz where it was', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto(`${server.url}${QUIZ_URL}`);
	await waitForServiceWorker(page);
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	const { total } = await quizPosition(page);

	expect(await answerQuestions(page, 2)).toBe(3);
	// The third answer is checked (and saved) but the student has not moved on.
	await answerAndCheck(page);
	const verdict = await page.locator('section.feedback .verdict').innerText();

	const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
	await expect(prompt).toHaveCount(0);
	const cacheNamesBefore = await page.evaluate(() => caches.keys());
	server.publishNewVersion();
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});

	await expect(prompt).toBeVisible({ timeout: 30_000 });
	// Not a modal: the quiz underneath stays usable.
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^(Next question|See results)$/ })).toBeEnabled();

	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);

	await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
	await expect(page.getByText('3 answered')).toBeVisible();
	await expect(page.locator('section.feedback .verdict')).toHaveText(verdict);
	await expect(prompt).toHaveCount(0);

	// The new worker controls the page and the old version's cache is gone.
	await waitForServiceWorker(page);
	const cacheNamesAfter = await page.evaluate(() => caches.keys());
	expect(cacheNamesBefore).toHaveLength(1);
	expect(cacheNamesAfter).toHaveLength(1);
	expect(cacheNamesAfter[0]).not.toBe(cacheNamesBefore[0]);
});
