/**
 * "Into a new story" on the Import questions screen: a teacher with only a GIFT file and no
 * Byline story names a new story, pastes its article, continues to the question file, picks
 * the evidence Byline could not find, and imports; all by keyboard, axe-clean at each step.
 * Nothing is stored before Import, and Cancel leaves IndexedDB as it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { dumpDb } from './safety-helpers';
import { ferryStoryFile, jsonFile } from './teach-helpers';

const ARTICLE = [
	'Ferry Larkspur runs aground near Pier 7',
	'The ferry Larkspur ran aground on Saturday near Pier 7.',
	'Harbor master Elena Ruiz said "everyone is safe".',
	'Forty passengers were rescued by the coast guard.'
].join('\n\n');

/** One question whose answer is in the article, one whose answer no sentence contains. */
const GIFT = [
	'::V1 pier::Where did the ferry run aground? {=Pier 7 ~Pier 9}',
	'::V2 vessel::What kind of boat ran aground? {=a passenger ferry ~a tanker}'
].join('\n\n');

async function press(page: Page, target: ReturnType<Page['getByRole']>, key = 'Enter') {
	await target.focus();
	await page.keyboard.press(key);
}

/**
 * Step 1 by keyboard: paste the article, give it an outlet and date, name the story, continue.
 * Resolves to IndexedDB as it was once the screen had read the (empty) list of stories.
 */
async function buildNewStory(page: Page): Promise<Record<string, string>> {
	// A teacher with no story yet is offered this from the empty dashboard.
	await page.goto('/teach');
	await press(page, page.getByRole('link', { name: 'Import them into a new story' }));
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();
	// No story yet: a new story is the only place the questions can go.
	await expect(page.getByRole('radio', { name: /Into a new story/ })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Into a story I already have' })).toBeDisabled();
	const before = await dumpDb(page);
	expect(Object.keys(before)).toContain('meta:schemaVersion');
	await fillStepOne(page, 'Larkspur ferry grounding');
	return before;
}

async function fillStepOne(page: Page, storyTitle: string) {
	await expect(page.getByText('Choose question files…')).toHaveCount(0);
	await expectNoAxeViolations(page);

	await press(page, page.getByRole('radio', { name: 'Upload files' }), 'ArrowRight');
	await expect(page.getByRole('radio', { name: 'Paste text' })).toBeChecked();
	await page.getByLabel(/Paste the article text/).focus();
	await page.keyboard.insertText(ARTICLE);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Add article' })).toBeFocused();
	await page.keyboard.press('Enter');

	const card = page.getByRole('article', { name: 'Ferry Larkspur runs aground near Pier 7' });
	await expect(card).toBeVisible();
	// Continuing before the article has an outlet says what is missing and goes nowhere.
	await press(page, page.getByRole('button', { name: 'Continue to the question files' }));
	await expect(page.getByRole('alert')).toContainText('need');
	await card.getByRole('textbox', { name: /^Outlet/ }).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Harbor Gazette');
	await card.getByRole('textbox', { name: /^Date/ }).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('2024-09-14');

	const title = page.getByLabel('Story title');
	await expect(title).toHaveValue('Ferry Larkspur runs aground near Pier 7');
	await title.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(storyTitle);
	await expectNoAxeViolations(page);
	await press(page, page.getByRole('button', { name: 'Continue to the question files' }));

	// Focus moves to the next step; the story is summarised, not yet stored.
	await expect(
		page.getByRole('heading', { name: 'Step 2: drop question files here' })
	).toBeFocused();
	await expect(page.getByRole('heading', { name: `New story: “${storyTitle}”` })).toBeVisible();
	await expect(page.getByText(/1 article: Harbor Gazette/)).toBeVisible();
}

async function addGiftAndPickEvidence(page: Page) {
	await page.getByLabel('Choose question files…').setInputFiles({
		name: 'ferry.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from(GIFT)
	});
	const preview = page.getByRole('article', { name: 'ferry.gift' });
	await expect(preview).toContainText(
		'1 question will arrive; 1 needs its evidence picked; 0 will not come in.'
	);
	await expect(preview).toContainText('Right answer: Pier 7');
	await press(page, preview.getByText('Pick its evidence'));
	const sentence = preview.getByRole('button', { name: /The ferry Larkspur ran aground/ });
	await press(page, sentence);
	await expect(sentence).toHaveAttribute('aria-pressed', 'true');
	await expect(preview).toContainText('Evidence picked (1): it will come in.');
	await expectNoAxeViolations(page);
}

test('a GIFT file goes into a new story named and filled on the same screen, by keyboard', async ({
	page
}) => {
	test.setTimeout(120_000);
	const before = await buildNewStory(page);
	await addGiftAndPickEvidence(page);
	// Nothing is stored before Import.
	expect(await dumpDb(page)).toEqual(before);

	await press(page, page.getByRole('button', { name: 'Import 2 questions' }));
	const done = page.getByText(
		'Created the story “Larkspur ferry grounding” with 1 article and 2 questions as drafts to review.'
	);
	await expect(done).toBeFocused();
	await expectNoAxeViolations(page);

	// Stored as one story: its article, and both questions citing that article's sentences.
	const stored = Object.values(await dumpDb(page))
		.map((v) => JSON.parse(v) as { stories?: { title: string }[] })
		.filter((v) => v.stories?.[0]?.title === 'Larkspur ferry grounding');
	expect(stored).toHaveLength(1);
	const bank = stored[0] as unknown as {
		articles: { id: string; outlet: string; text: string }[];
		questions: {
			prompt: string;
			status: string;
			evidence: { articleId: string; start: number; end: number }[];
		}[];
	};
	expect(bank.articles.map((a) => a.outlet)).toEqual(['Harbor Gazette']);
	const article = bank.articles[0]!;
	expect(bank.questions.map((q) => q.prompt)).toEqual([
		'Where did the ferry run aground?',
		'What kind of boat ran aground?'
	]);
	for (const q of bank.questions) {
		expect(q.status).toBe('draft');
		expect(q.evidence[0]!.articleId).toBe(article.id);
		expect(article.text.slice(q.evidence[0]!.start, q.evidence[0]!.end)).toContain(
			'The ferry Larkspur ran aground'
		);
	}

	// The new story is now an ordinary story: listed, and offered as a target.
	await expect(page.getByRole('radio', { name: 'Into a story I already have' })).toBeChecked();
	await page.goto('/teach');
	await expect(
		page.locator('article.story', { hasText: 'Larkspur ferry grounding' })
	).toContainText(/Questions: 2/);
});

test('Cancel after building a new story and previewing its questions stores nothing', async ({
	page
}) => {
	test.setTimeout(120_000);
	const before = await buildNewStory(page);
	await addGiftAndPickEvidence(page);
	await press(page, page.getByRole('button', { name: 'Cancel' }));
	await expect(page.getByRole('article', { name: 'ferry.gift' })).toHaveCount(0);
	// Back to step 1 with nothing kept: the new story and its articles are gone too.
	await expect(
		page.getByRole('heading', { name: 'Step 1: name the new story and add its articles' })
	).toBeVisible();
	await expect(page.getByText('No articles yet.')).toBeVisible();
	expect(await dumpDb(page)).toEqual(before);
	await page.goto('/teach');
	await expect(page.locator('article.story')).toHaveCount(0);
	expect(await dumpDb(page)).toEqual(before);
});

test('with a story already stored, a new one can still be chosen, changed before import, and stored beside it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('f.byline.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
	await page.goto('/teach/import-questions');
	const existing = page.getByRole('radio', { name: 'Into a story I already have' });
	await expect(existing).toBeChecked();
	await press(page, existing, 'ArrowDown');
	await expect(page.getByRole('radio', { name: /Into a new story/ })).toBeChecked();
	await fillStepOne(page, 'First title');
	await addGiftAndPickEvidence(page);

	// Changing the story goes back to step 1 (focus on the title); continuing reads the file again.
	await press(page, page.getByRole('button', { name: 'Change the title or articles' }));
	await expect(page.getByLabel('Story title')).toBeFocused();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Larkspur grounding, second look');
	await press(page, page.getByRole('button', { name: 'Continue to the question files' }));
	await expect(
		page.getByRole('heading', { name: 'New story: “Larkspur grounding, second look”' })
	).toBeVisible();
	const preview = page.getByRole('article', { name: 'ferry.gift' });
	// The evidence picked for the old draft of the story does not carry over silently.
	await expect(preview).toContainText('No evidence yet: it will not come in.');
	await expect(page.getByRole('button', { name: 'Import 1 question' })).toBeEnabled();
	await press(page, page.getByRole('button', { name: 'Import 1 question' }));
	await expect(
		page.getByText(
			'Created the story “Larkspur grounding, second look” with 1 article and 1 question as drafts to review.'
		)
	).toBeFocused();
	await page.goto('/teach');
	await expect(page.locator('article.story')).toHaveCount(2);
	await expect(
		page.locator('article.story', { hasText: 'Larkspur grounding, second look' })
	).toContainText(/Questions: 1/);
});
