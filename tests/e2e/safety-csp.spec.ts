/**
 * Issue 9, item 7: a strict Content-Security-Policy (kit.csp hashes in each prerendered page,
 * the same policy as a header from scripts/serve.js). This walks every kind of page, runs the
 * generator Worker in the teacher area and the service worker offline, and fails on any CSP
 * violation event or console error.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerAndCheck, QUIZ_URL, SEED_STORY, waitForFirstQuestion } from './helpers';
import { waitForServiceWorker } from './pwa-helpers';
import { createStory, generate, importArticleFiles } from './teach-helpers';

function watchCsp(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
			problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}

async function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test.beforeEach(async ({ context }) => {
	await context.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = list;
		document.addEventListener('securitypolicyviolation', (event) =>
			list.push(
				`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`
			)
		);
	});
});

test('every page, the generator Worker and the service worker run under the CSP without a violation', async ({
	page
}) => {
	test.setTimeout(180_000);
	const problems = watchCsp(page);
	const response = await page.goto('/');
	expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
	expect(response?.headers()['content-security-policy']).not.toMatch(
		/script-src[^;]*unsafe-inline/
	);
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

	const visited: string[] = [];
	async function visit(path: string) {
		await page.goto(path);
		await expect(page.locator('h1').first()).toBeVisible();
		visited.push(path);
		expect(await violations(page), path).toEqual([]);
	}

	await visit('/');
	await visit(`/story/${SEED_STORY}`);
	const article = await page
		.locator(`a[href*="/story/${SEED_STORY}/article/"]`)
		.first()
		.getAttribute('href');
	await visit(article!);
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	await answerAndCheck(page);
	expect(await violations(page), 'quiz').toEqual([]);
	await visit(`/story/${SEED_STORY}/results`);
	await visit('/settings');
	await visit('/review');
	await visit('/progress');
	await visit('/teach');
	await visit('/teach/settings');

	// The generator runs in a Worker loaded from our origin.
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await importArticleFiles(page, ['harbor-courier.md']);
	const storyId = await createStory(page, 'CSP check');
	const { message } = await generate(page);
	expect(message).toMatch(/new draft question/);
	expect(workers.some((url) => url.startsWith(new URL(page.url()).origin))).toBe(true);
	expect(await violations(page), 'teacher story page').toEqual([]);
	await visit(`/teach/story?id=${storyId}`);

	// The service worker installs (its precache holds every page) and serves pages offline.
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.context().setOffline(true);
	await visit('/settings');
	await visit(`/story/${SEED_STORY}`);
	await page.context().setOffline(false);

	expect(problems).toEqual([]);
});
