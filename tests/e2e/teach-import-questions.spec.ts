/**
 * The "Import questions" screen: a Moodle-style GIFT file and a Moodle XML file arrive with a
 * preview of what comes in, what is lost and what is left out; a refused file changes nothing;
 * the screen is axe-clean and reachable from the teacher navigation.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { dumpDb } from './safety-helpers';
import { ferryStoryFile, fixture, jsonFile } from './teach-helpers';

const FERRY_TEXT = [
	'The ferry Larkspur ran aground on Saturday near Pier 7.',
	'Harbor master Elena Ruiz said "everyone is safe".',
	'Forty passengers were rescued by the coast guard.',
	'The ferry was carrying 112 people when it struck a sandbar.',
	'Ruiz said the crew would be questioned.'
].join('\n\n');

async function storeFerryStory(page: Page) {
	await page.goto('/teach');
	const file = ferryStoryFile((bank) => {
		bank.articles[0].text = FERRY_TEXT;
		const quote = 'Forty passengers were rescued';
		const start = FERRY_TEXT.indexOf(quote);
		bank.questions[0].evidence = [{ articleId: 'ferry-file-a', start, end: start + quote.length }];
	});
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('f.byline.json', file));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
}

async function questionRow(page: Page): Promise<string> {
	await page.goto('/teach');
	const row = page.locator('article.story', { hasText: 'Ferry file story' });
	await expect(row).toBeVisible();
	return (await row.textContent()) ?? '';
}

test('GIFT and Moodle XML files import after a preview; axe-clean', async ({ page }) => {
	test.setTimeout(120_000);
	await storeFerryStory(page);
	await page
		.getByRole('navigation', { name: 'Teacher' })
		.getByRole('link', { name: 'Import questions' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel('Story the questions go into').selectOption({ label: 'Ferry file story' });
	await page
		.getByLabel('Choose question files…')
		.setInputFiles([fixture('ferry-moodle.gift'), fixture('ferry-moodle.xml')]);

	const gift = page.getByRole('article', { name: 'ferry-moodle.gift' });
	await expect(gift).toContainText(
		'6 questions will arrive, 1 with something lost; 1 will not come in.'
	);
	// Moodle's 50% answer keeps its half marks instead of being listed as lost.
	await expect(gift).toContainText('Right answer: Elena Ruiz');
	await expect(gift).toContainText('Part marks: The harbor master 50%');
	await expect(gift).not.toContainText('counts as wrong');
	await expect(gift).toContainText('The ferry ran aground near _____ on Saturday.');
	await expect(gift).toContainText('Right answer: Pier 7');
	await expect(gift).toContainText('Right answer: 112 ± 2');
	await expect(gift).toContainText(
		'Right answer: Elena Ruiz → harbor master; The crew → would be questioned'
	);
	await expect(gift).toContainText(
		'“Q7 essay”: It is an essay (open answer); Byline cannot grade essays.'
	);

	const xml = page.getByRole('article', { name: 'ferry-moodle.xml' });
	await expect(xml).toContainText(
		'2 questions will arrive, 1 with something lost; 1 will not come in.'
	);
	await expect(xml).toContainText('How many passengers were rescued?');
	await expect(xml).toContainText('“X3 essay”');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Import 8 questions' }).click();
	const done = page.getByText('Imported 8 questions into “Ferry file story” as drafts to review.');
	await expect(done).toBeVisible();
	await expect(done).toBeFocused();
	expect(await questionRow(page)).toMatch(/Questions: 9 — 1 approved, 8 to/);
});

test('a refused file says why and changes nothing; Cancel stores nothing', async ({ page }) => {
	test.setTimeout(90_000);
	await storeFerryStory(page);
	const before = await questionRow(page);
	await page.goto('/teach/import-questions');
	const stored = await dumpDb(page);
	expect(Object.keys(stored).length).toBeGreaterThan(1);
	await page.getByLabel('Story the questions go into').selectOption({ label: 'Ferry file story' });
	await page.getByLabel('Choose question files…').setInputFiles([
		{
			name: 'notes.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from('Only a description here.\n\nAnd another.')
		},
		{
			name: 'huge.xml',
			mimeType: 'application/xml',
			buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a')
		},
		{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }
	]);
	await expect(page.getByRole('alert')).toContainText(
		'“huge.xml” is 10.0 MB; Byline imports files of at most 10 MB.'
	);
	await expect(page.getByRole('alert')).toContainText(
		'“report.pdf” is not a file Byline can import'
	);
	const notes = page.getByRole('article', { name: 'notes.gift' });
	await expect(notes).toContainText(
		'Not imported. “notes.gift”: No questions Byline can use were found in this GIFT file.'
	);
	await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
	await expectNoAxeViolations(page);
	// Read straight from IndexedDB: the refused files changed nothing on disk.
	expect(await dumpDb(page)).toEqual(stored);

	await page.getByLabel('Choose question files…').setInputFiles([fixture('ferry-moodle.gift')]);
	await expect(page.getByRole('button', { name: 'Import 6 questions' })).toBeEnabled();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('article')).toHaveCount(0);
	expect(await dumpDb(page)).toEqual(stored);
	expect(await questionRow(page)).toBe(before);
});

test('a QTI 3.0 package Byline exported imports back through the screen', async ({ page }) => {
	test.setTimeout(90_000);
	await storeFerryStory(page);
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Ferry file story' }).first().click();
	await page.getByLabel('Export format').selectOption({ label: 'IMS QTI 3.0' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toBe('ferry-file-story.qti3.zip');
	const path = await download.path();

	await page.goto('/teach/import-questions');
	await page.getByLabel('Story the questions go into').selectOption({ label: 'Ferry file story' });
	await page.getByLabel('Choose question files…').setInputFiles({
		name: 'ferry.qti3.zip',
		mimeType: 'application/zip',
		buffer: await readFile(path)
	});
	const preview = page.getByRole('article', { name: 'ferry.qti3.zip' });
	await expect(preview).toContainText('IMS QTI');
	await expect(preview).toContainText('1 question will arrive; 0 will not come in.');
	await expect(preview).toContainText('How many passengers were rescued?');
	await expect(preview).toContainText('Right answer: Forty');
	await page.getByRole('button', { name: 'Import 1 question' }).click();
	await expect(
		page.getByText('Imported 1 question into “Ferry file story” as drafts to review.')
	).toBeVisible();
});

test('a question whose answer is in no sentence comes in once its evidence is picked, by keyboard', async ({
	page
}) => {
	test.setTimeout(90_000);
	await storeFerryStory(page);
	await page.goto('/teach/import-questions');
	await page.getByLabel('Story the questions go into').selectOption({ label: 'Ferry file story' });
	await page.getByLabel('Choose question files…').setInputFiles({
		name: 'vessel.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			'::V1 pier::Where did the ferry run aground? {=Pier 7 ~Pier 9}\n\n::V2 vessel::What kind of boat ran aground? {=a passenger ferry ~a tanker}\n'
		)
	});
	const preview = page.getByRole('article', { name: 'vessel.gift' });
	await expect(preview).toContainText(
		'1 question will arrive; 1 needs its evidence picked; 0 will not come in.'
	);
	await expect(preview).toContainText(
		'No sentence in the articles contains the answer “a passenger ferry”.'
	);
	await expect(preview).toContainText('No evidence yet: it will not come in.');
	await expect(page.getByRole('button', { name: 'Import 1 question' })).toBeEnabled();

	// By keyboard: open the picker, press the sentence that proves it.
	const summary = preview.getByText('Pick its evidence');
	await summary.focus();
	await page.keyboard.press('Enter');
	const sentence = preview.getByRole('button', { name: /The ferry Larkspur ran aground/ });
	await sentence.focus();
	await page.keyboard.press('Enter');
	await expect(sentence).toHaveAttribute('aria-pressed', 'true');
	await expect(preview).toContainText('Evidence picked (1): it will come in.');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Import 2 questions' }).click();
	await expect(
		page.getByText('Imported 2 questions into “Ferry file story” as drafts to review.')
	).toBeVisible();
	expect(await questionRow(page)).toMatch(/Questions: 3 — 1 approved, 2 to/);
});
