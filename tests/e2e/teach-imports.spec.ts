/**
 * Bad input at every door: malformed, hostile and oversized article files and story files
 * get a clear message, leave storage as it was, and never run a script.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
	ferryStoryFile,
	fixture,
	jsonFile,
	openLibrary,
	storyTitles,
	watchForScripts
} from './teach-helpers';

const MB = 1024 * 1024;

async function importStoryFile(page: Page, file: ReturnType<typeof jsonFile>) {
	await page.getByLabel('Import a story file (.byline.json)').setInputFiles(file);
}

test('article files: hostile HTML is cleaned and never runs; bad files get a message each', async ({
	page
}) => {
	const scripts = watchForScripts(page);
	await page.goto('/teach/import');
	await page.getByLabel('Choose files…').setInputFiles([
		{
			name: 'harbor-gazette.html',
			mimeType: 'text/html',
			buffer: await readFile(fixture('harbor-gazette.html'))
		},
		{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * MB + 10, 'a') },
		{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
		{
			name: 'scan.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from([0x25, 0x50, 0x00, 0x01, 0x02, 0x00])
		},
		{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }
	]);
	await expect(
		page.getByText(
			'Could not import “huge.txt”: the file is larger than 2 MB; save just the article.'
		)
	).toBeVisible();
	await expect(page.getByText('Could not import “empty.txt”: the file is empty.')).toBeVisible();
	await expect(page.getByText(/Could not import “scan\.txt”: the file is not text/)).toBeVisible();
	await expect(page.getByText(/Could not import “report\.pdf”: only \.txt/)).toBeVisible();

	// The hostile page: article text kept, scripts, handlers and javascript: links gone.
	const card = page.getByRole('article', { name: 'Larkspur ferry grounding: what we know' });
	await expect(card.getByRole('textbox', { name: /^Outlet/ })).toHaveValue('Harbor Gazette');
	await card.getByText(/^Cleaned text/).click();
	const preview = card.getByRole('region', { name: /Cleaned text/ });
	await expect(preview).toContainText('Harbor master Elena Ruiz said 47 passengers');
	await expect(preview).not.toContainText('alert');
	await expect(page.locator('a[href^="javascript"], [onerror], [onload]')).toHaveCount(0);
	expect(await page.evaluate(() => 'hostile' in window || '__hostile' in window)).toBe(false);

	// Pasted HTML goes through the same cleaner.
	await page.getByLabel('Paste HTML').check();
	await page
		.getByLabel(/Paste the page’s HTML/)
		.fill(
			'<h1>Pasted</h1><p>A short line with <img src=x onerror="alert(\'pasted ran\')"> an image.</p>'
		);
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page.getByText(/Could not import “pasted-page-1\.html”/)).toBeVisible();

	// Nothing was stored.
	expect(await storyTitles(page)).toEqual([]);
	expect(scripts.problems).toEqual([]);
});

test('story files: malformed, hostile and oversized files are refused and change nothing', async ({
	page
}) => {
	const scripts = watchForScripts(page);
	await page.goto('/teach');
	await importStoryFile(page, jsonFile('good.byline.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
	const before = await storyTitles(page);
	expect(before).toEqual(['Ferry file story']);

	const cases: [ReturnType<typeof jsonFile>, RegExp][] = [
		[
			jsonFile('cut.byline.json', ferryStoryFile().slice(0, 120)),
			/not a valid JSON file \(line 1, column \d+\)/
		],
		[
			jsonFile('other.json', JSON.stringify({ format: 'quiz-app', items: [] })),
			/This is not a Byline file/
		],
		[
			jsonFile(
				'broken.byline.json',
				ferryStoryFile((b) => (b.questions[0].evidence[0].end = 9999))
			),
			/has problems\. Nothing was imported\..*questions\[0\]/s
		],
		[
			jsonFile(
				'link.byline.json',
				ferryStoryFile((b) => (b.articles[0].url = 'javascript:alert(1)'))
			),
			/has problems.*articles\[0\]\.url/s
		],
		[
			{
				name: 'huge.byline.json',
				mimeType: 'application/json',
				buffer: Buffer.alloc(10 * MB + 1, ' ')
			},
			/is 10\.0 MB; a story file can be at most 10 MB/
		]
	];
	for (const [file, message] of cases) {
		await importStoryFile(page, file);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(message);
		await expect(alert).toContainText(`“${file.name}”`);
		await expect(alert).toContainText('Nothing was imported.');
	}
	expect(await storyTitles(page)).toEqual(before);

	// Markup inside a valid file is text: it shows literally and runs nowhere.
	await importStoryFile(
		page,
		jsonFile(
			'markup.byline.json',
			ferryStoryFile((b) => {
				b.stories[0].id = 'markup-story';
				b.stories[0].title = '<img src=x onerror="alert(\'title ran\')"> Markup story';
				b.stories[0].published = true;
				b.stories[0].articleIds = ['markup-a'];
				b.articles[0].id = 'markup-a';
				b.articles[0].storyId = 'markup-story';
				b.articles[0].title = '<script>alert("article title ran")</script>';
				b.questions[0].id = 'markup-q';
				b.questions[0].storyId = 'markup-story';
				b.questions[0].evidence[0].articleId = 'markup-a';
			})
		)
	);
	await expect(
		page.getByRole('heading', { name: /<img src=x onerror=.*Markup story/ })
	).toBeVisible();
	await page.goto('/teach/story?id=markup-story');
	await expect(page.getByRole('heading', { level: 3, name: /<script>alert/ })).toBeVisible();
	await page.goto('/story/markup-story');
	await expect(page.getByRole('heading', { level: 1, name: /Markup story/ })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(scripts.problems).toEqual([]);
});

test('a story file that is already stored: cancel, keep both, merge with a choice', async ({
	page
}) => {
	await page.goto('/teach');
	await importStoryFile(page, jsonFile('a.byline.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
	const changed = jsonFile(
		'b.byline.json',
		ferryStoryFile((b) => (b.questions[0].prompt = 'How many people were rescued?'))
	);

	await importStoryFile(page, changed);
	await expect(
		page.getByRole('heading', { name: '“Ferry file story” is already on this device' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Import cancelled; nothing changed.')).toBeVisible();
	expect(await storyTitles(page)).toEqual(['Ferry file story']);

	await importStoryFile(page, changed);
	await page.getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByText('Imported')).toBeVisible();
	expect((await storyTitles(page)).sort()).toEqual(['Ferry file story', 'Ferry file story (copy)']);

	await importStoryFile(page, changed);
	await page.getByRole('button', { name: 'Merge…' }).click();
	const conflict = page.getByRole('group', {
		name: /Question: How many passengers were rescued\?/
	});
	await expect(conflict).toContainText('prompt differ');
	await conflict.getByLabel('Use the file’s').check();
	await page.getByRole('button', { name: 'Merge', exact: true }).click();
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
	await page.goto('/teach/questions?id=ferry-file');
	await expect(page.getByRole('heading', { name: 'How many people were rescued?' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'How many passengers were rescued?' })
	).toHaveCount(0);
});

test('students open a story file from the library; bad files are refused', async ({ page }) => {
	const scripts = watchForScripts(page);
	await openLibrary(page);
	const open = page.getByLabel('Open a story file');
	await open.setInputFiles(jsonFile('bad.json', '{"format":"byline-bank",'));
	await expect(page.getByRole('alert')).toContainText(
		'“bad.json” could not be opened. This is not a valid JSON file'
	);
	await expect(page.getByRole('alert')).toContainText('Nothing was added.');

	await open.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(page.getByText('Added “Ferry file story” to the library.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ferry file story' })).toBeVisible();

	await open.setInputFiles(jsonFile('ferry.byline.json', ferryStoryFile()));
	await expect(
		page.getByText(
			'“Ferry file story”, opened from a file before, has the same id as this file’s “Ferry file story”. Replace it, or keep both?'
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByRole('link', { name: 'Ferry file story (copy)' })).toBeVisible();
	expect(scripts.problems).toEqual([]);
});
