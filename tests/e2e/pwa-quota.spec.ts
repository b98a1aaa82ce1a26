import { expect, test } from '@playwright/test';
import {
	QUIZ_URL,
	SEED_STORY,
	answerAndCheck,
	answerByKeyboard,
	quizPosition,
	tabToButton
} from './helpers';
import { answerQuestions } from './pwa-helpers';

test('a full disk while saving an answer gives a clear message and keeps earlier answers whole', async ({
	page
}) => {
	test.setTimeout(120_000);
	// From the moment the flag is set, every IndexedDB put fails the way a full disk does.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as { __diskFull?: boolean }).__diskFull) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await page.goto(QUIZ_URL);
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	const { total } = await quizPosition(page);
	expect(await answerQuestions(page, 2)).toBe(3);

	await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));
	await answerByKeyboard(page);
	await tabToButton(page, 'Check answer');
	await page.keyboard.press('Enter');

	const alert = page.getByRole('alert').filter({ hasText: 'Your answer was not saved' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('storage for Byline is full');
	// The answer stays on screen to try again; no feedback pretends it was saved.
	await expect(page.locator('section.feedback')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeEnabled();
	await expect(page.getByText('2 answered')).toBeVisible();

	// Space freed: the same answer saves now.
	await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = false));
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('section.feedback')).toBeVisible();
	await expect(page.getByText('3 answered')).toBeVisible();

	// What is stored is whole: no quarantined or half-applied keys, and exactly three answers.
	await page.reload();
	expect(await quizPosition(page)).toEqual({ position: 3, total });
	await expect(page.getByText('3 answered')).toBeVisible();
	const keys = await page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('byline');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const request = db.transaction(names, 'readonly').objectStore(names[0]!).getAllKeys();
					request.onsuccess = () => resolve(request.result.map(String));
					request.onerror = () => reject(request.error);
				};
			})
	);
	expect(keys.filter((k) => /^(corrupt|staging):|pendingWrite/.test(k))).toEqual([]);
	expect(keys).toContain(`progress:${SEED_STORY}`);
});

test('a full disk on the first answer saves nothing and says so', async ({ page }) => {
	await page.goto(QUIZ_URL);
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await answerByKeyboard(page);
	await tabToButton(page, 'Check answer');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('storage for Byline is full');
	await page.reload();
	await expect(page.getByText('0 answered')).toBeVisible();
	await answerAndCheck(page);
	await expect(page.getByText('1 answered')).toBeVisible();
});
