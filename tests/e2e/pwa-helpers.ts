/** Shared steps for the PWA browser tests (service worker, offline, updates). */
import { expect, type Page } from '@playwright/test';
import { answerAndCheck, goNext, quizPosition } from './helpers';

/** Waits until a service worker is active and controls this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
				once: true
			})
		);
	});
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Answers and checks `count` questions, moving on after each; returns the position reached. */
export async function answerQuestions(page: Page, count: number): Promise<number> {
	for (let i = 0; i < count; i++) {
		await answerAndCheck(page);
		await goNext(page);
	}
	return (await quizPosition(page)).position;
}

/** Answers every remaining question until the results page opens. */
export async function finishQuiz(page: Page): Promise<void> {
	const { position, total } = await quizPosition(page);
	for (let n = position; n <= total; n++) {
		await answerAndCheck(page);
		await goNext(page);
	}
	await expect(page).toHaveURL(/\/results$/);
}
