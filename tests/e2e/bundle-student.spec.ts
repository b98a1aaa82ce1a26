/**
 * Student pages must stay light: no teacher route code, no NLP (compromise), no HTML
 * cleaning (Readability, DOMPurify) and no editor components in any script they load.
 * The one exception is by design: built-in stories' quizzes add generated questions, so the
 * generator (with compromise) may run in a Web Worker, off the page's main thread and bundle.
 * Each marker is a string verified to exist in that library's own source, and the last
 * test proves the markers are found when teacher pages do load that code, so this can fail.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixture } from './teach-helpers';

const MARKERS = {
	compromise: 'compromise: Invalid tag', // node_modules/compromise/src/1-one/tag/methods/setTag.js
	readability: 'Readability constructor should be a document object', // @mozilla/readability/Readability.js
	dompurify: 'must not call DOMPurify.sanitize', // dompurify/dist/purify.es.mjs
	evidencePicker: 'press to select or unselect', // src/lib/components/editor/EvidencePicker.svelte
	teacherLayout: 'Teacher area locked', // src/routes/teach/LockScreen.svelte
	storyFileImport: 'Import a story file (.byline.json)' // src/routes/teach/StoryFileImport.svelte
} as const;
type Marker = keyof typeof MARKERS;

// The service worker precaches every file of the app for offline use; what counts here is
// what each page itself loads, so it is kept out of these tests.
test.use({ serviceWorkers: 'block' });

/** Records every JavaScript response the page (and its workers) fetch from now on. */
function recordScripts(page: Page): Map<string, string> {
	const scripts = new Map<string, string>();
	page.context().on('response', async (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (!/javascript/.test(type) && !response.url().endsWith('.js')) return;
		try {
			scripts.set(response.url(), await response.text());
		} catch {
			// A response without a body (e.g. a redirect) has no code to check.
		}
	});
	return scripts;
}

function markersIn(scripts: Map<string, string>): Record<Marker, string[]> {
	const found = Object.fromEntries(Object.keys(MARKERS).map((k) => [k, [] as string[]])) as Record<
		Marker,
		string[]
	>;
	for (const [url, body] of scripts) {
		for (const [name, marker] of Object.entries(MARKERS) as [Marker, string][]) {
			if (body.includes(marker)) found[name].push(url);
		}
	}
	return found;
}

/** Vite emits Web Worker bundles under `_app/immutable/workers/`. */
const isWorker = (url: string) => /\/_app\/immutable\/workers\//.test(url);

const none = () => Object.fromEntries(Object.keys(MARKERS).map((k) => [k, []]));

test('student pages load no teacher, NLP, HTML-cleaning or editor code', async ({ page }) => {
	const scripts = recordScripts(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await page.goto('/story/baghdad-embassy-2019');
	await expect(page.getByRole('link', { name: 'Start quiz' })).toBeVisible();
	await page
		.getByRole('link', { name: /^Read full article/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/article\//);
	await page.goto('/story/baghdad-embassy-2019/quiz');
	await expect(page.locator('.question[data-question-type]').first()).toBeVisible();
	await page.goto('/story/baghdad-embassy-2019/results');
	await expect(page.locator('h1')).toBeVisible();

	expect(scripts.size).toBeGreaterThan(3);
	const pageScripts = new Map([...scripts].filter(([url]) => !isWorker(url)));
	const workerScripts = new Map([...scripts].filter(([url]) => isWorker(url)));
	expect(markersIn(pageScripts)).toEqual(none());
	expect({ ...markersIn(workerScripts), compromise: [] }).toEqual(none());
	const teachNodes = [...scripts.keys()].filter((url) => /\/teach/.test(url));
	expect(teachNodes).toEqual([]);
});

test('the same markers are found once teacher pages load that code', async ({ page }) => {
	const scripts = recordScripts(page);
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1, name: 'Your stories' })).toBeVisible();
	await page.goto('/teach/import');
	await page
		.getByLabel('Choose files…')
		.setInputFiles([fixture('harbor-gazette.html'), fixture('harbor-courier.md')]);
	await expect(page.getByRole('heading', { name: 'Articles to import (2)' })).toBeVisible();
	await page.getByLabel('Story title').fill('Bundle check');
	await page.getByRole('button', { name: 'Create story' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Bundle check' })).toBeVisible();
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.locator('.generate [role="status"]')).toContainText(/new draft question/, {
		timeout: 60_000
	});
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/teach/edit?id=${id}&new=single&from=list`);
	await expect(page.getByText(/press to select or unselect/)).toBeVisible();

	const found = markersIn(scripts);
	for (const name of Object.keys(MARKERS) as Marker[]) {
		expect(found[name].length, `${name} marker found in a loaded script`).toBeGreaterThan(0);
	}
});
