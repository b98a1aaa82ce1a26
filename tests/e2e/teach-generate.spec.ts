/**
 * Generation in the Worker: progress bar, Cancel, a responsive page, and the time it takes
 * for a three-article story (printed for the report). Also the drop zone.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createStory, fixture, importArticleFiles } from './teach-helpers';

test.describe('generation', () => {
	test.beforeEach(async ({ page }) => {
		await importArticleFiles(page, [
			'harbor-courier.md',
			'harbor-tribune.txt',
			'harbor-gazette.html'
		]);
		await page
			.getByRole('textbox', { name: 'Outlet of harbor-tribune.txt' })
			.fill('Larkspur Tribune');
		await page.getByRole('textbox', { name: 'Date of harbor-tribune.txt' }).fill('2024-09-14');
		await createStory(page, 'Three outlets');
	});

	test('generates a three-article story with a progress bar, and reports the time', async ({
		page
	}) => {
		await page.getByRole('button', { name: 'Generate questions' }).click();
		const bar = page.getByRole('progressbar', { name: 'Generating questions' });
		const status = page.locator('.generate [role="status"]');
		// The bar may finish before it is seen on a fast machine; when seen, it carries a value.
		const sawBar = await bar
			.waitFor({ timeout: 2_000 })
			.then(() => true)
			.catch(() => false);
		if (sawBar) {
			// Read at once: the bar may finish and go away between being seen and being read,
			// which is not a failure; a bar that is there must carry a value.
			const read = await bar.getAttribute('aria-valuenow', { timeout: 500 }).then(
				(value) => ({ value }),
				() => null
			);
			if (read) {
				expect(read.value).not.toBeNull();
				expect(Number(read.value)).toBeGreaterThanOrEqual(0);
			}
		}
		// The page stays responsive meanwhile: the title field still takes typing.
		await page.getByLabel('Title', { exact: true }).fill('Three outlets, typed while generating');
		await expect(status).toContainText(/new draft question/, { timeout: 60_000 });
		const text = (await status.textContent()) ?? '';
		const [, count, seconds] = /^(\d+) new draft questions? added in ([\d.]+) s/.exec(text)!;
		console.log(
			`Generation, 3 articles: ${count} drafts in ${seconds} s (Worker run + save, in-page)`
		);
		expect(Number(count)).toBeGreaterThan(5);
		await expect(page.getByText(`Questions: ${count} — ${count} to review`)).toBeVisible();
	});

	test('Cancel stops generation and adds nothing', async ({ page }) => {
		// Hold the generate request inside this page, so the Worker cannot finish (and add
		// questions) before the click on Cancel lands: on a fast machine it used to.
		await page.evaluate(() => {
			const send = Worker.prototype.postMessage;
			Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: []) {
				if ((message as { kind?: string } | null)?.kind === 'generate') return;
				return send.call(this, message, ...rest);
			};
		});
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.locator('.generate [role="status"]')).toHaveText(
			'Generation cancelled; nothing was added.'
		);
		await expect(page.getByText('Questions: 0 — 0 to review')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Generate questions' })).toBeEnabled();
	});
});

test('files dropped on the drop zone are imported', async ({ page }) => {
	await page.goto('/teach/import');
	const content = await readFile(fixture('harbor-courier.md'), 'utf8');
	const transfer = await page.evaluateHandle((text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
		return data;
	}, content);
	await page
		.getByRole('region', { name: 'Drop article files here' })
		.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByText('From dropped.md')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Outlet of dropped.md' })).toHaveValue(
		'Coastal Courier'
	);
});
