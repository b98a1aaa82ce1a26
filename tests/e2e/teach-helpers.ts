/** Shared steps for the teacher browser tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixture = (name: string) => path.join(FIXTURES, name);

/** Fails the test if any script in imported content runs: alerts, or the marker a script sets. */
export function watchForScripts(page: Page): { problems: string[] } {
	const problems: string[] = [];
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		if (/ran/.test(message.text())) problems.push(`console: ${message.text()}`);
	});
	return { problems };
}

export async function importArticleFiles(page: Page, files: string[]): Promise<void> {
	await page.goto('/teach/import');
	await page.getByLabel('Choose files…').setInputFiles(files.map(fixture));
	await expect(
		page.getByRole('heading', { name: `Articles to import (${files.length})` })
	).toBeVisible();
}

/** Creates a story from the articles on the import page and waits for the story page. */
export async function createStory(page: Page, title: string): Promise<string> {
	await page.getByLabel('Story title').fill(title);
	await page.getByRole('button', { name: 'Create story' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

/** Runs the generator and waits for its result; returns the message and the time it took. */
export async function generate(page: Page): Promise<{ message: string; ms: number }> {
	const started = Date.now();
	await page.getByRole('button', { name: 'Generate questions' }).click();
	const status = page.locator('.generate [role="status"]');
	await expect(status).toContainText(/new draft question/, { timeout: 60_000 });
	return { message: (await status.textContent()) ?? '', ms: Date.now() - started };
}

/** Stored banks, read straight from IndexedDB through the app's own store module is not
 * reachable from tests, so the dashboard's list is the observable truth. */
export async function storyTitles(page: Page): Promise<string[]> {
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1, name: 'Your stories' })).toBeVisible();
	return page.locator('article.story h3').allTextContents();
}

const FERRY_TEXT =
	'The ferry ran aground on Saturday.\n\nHarbor master Elena Ruiz said "everyone is safe".\n\nForty passengers were rescued.';

/** A small valid story file, built here so offsets are computed, not copied. */
export function ferryStoryFile(
	edit: (bank: Record<string, any>) => void = () => {} // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary fields
): string {
	const quote = 'Forty passengers were rescued.';
	const start = FERRY_TEXT.indexOf(quote);
	const bank = {
		format: 'byline-bank',
		version: 1,
		stories: [{ id: 'ferry-file', title: 'Ferry file story', articleIds: ['ferry-file-a'] }],
		articles: [
			{
				id: 'ferry-file-a',
				storyId: 'ferry-file',
				title: 'Ferry aground',
				outlet: 'Test Wire',
				date: '2024-09-14',
				text: FERRY_TEXT
			}
		],
		questions: [
			{
				id: 'ferry-file-q1',
				storyId: 'ferry-file',
				type: 'single',
				skill: 'fact',
				prompt: 'How many passengers were rescued?',
				choices: [
					{ id: 'a', text: 'Forty' },
					{ id: 'b', text: 'Fifty' }
				],
				correct: ['a'],
				evidence: [{ articleId: 'ferry-file-a', start, end: start + quote.length }],
				explanation: 'The article says forty passengers were rescued.',
				origin: 'curated',
				status: 'approved',
				difficulty: 1
			}
		]
	};
	edit(bank);
	return JSON.stringify(bank);
}

export function jsonFile(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/**
 * The student library once its scripts run: the review count arrives from storage only after
 * hydration, so waiting for it means "Open a story file" now handles the chosen file (a file set
 * before hydration on a slow machine is dropped, as no change handler is attached yet).
 */
export async function openLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('review-due')).toHaveText(/review today/);
}
