/**
 * Issue #14's "Done when", tried as a teacher and a student would: a GIFT file and a Moodle XML
 * file in the style of Moodle's own examples (multiple choice with feedback and partial credit,
 * missing word, short answer, numeric with tolerance, matching with a distractor, true/false)
 * import through the screen with the part marks in the preview; the teacher approves and
 * publishes them; a student answers every question and the quiz scores each one as Moodle
 * would. Every expected score is worked out by hand from Moodle's rules, written next to it.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, feedbackCredit } from './helpers';
import { ferryStoryFile, fixture, jsonFile } from './teach-helpers';

const FERRY_TEXT = [
	'The ferry Larkspur ran aground on Saturday near Pier 7.',
	'Harbor master Elena Ruiz said "everyone is safe".',
	'Forty passengers were rescued by the coast guard.',
	'The ferry was carrying 112 people when it struck a sandbar.',
	'Ruiz said the crew would be questioned.'
].join('\n\n');

type Answer =
	| { type: 'single' | 'truefalse'; pick: string }
	| { type: 'multi'; pick: string[] }
	| { type: 'cloze' | 'numeric'; typed: string }
	| { type: 'matching'; match: Record<string, string> };

/** Keyed by a piece of the prompt only that question has (tried in this order). */
const PLAN: { prompt: string; answer: Answer; credit: number; why: string }[] = [
	// GIFT
	{
		prompt: 'Who said "everyone is safe"?',
		answer: { type: 'single', pick: 'The harbor master' },
		credit: 0.5,
		why: '~%50%The harbor master'
	},
	{
		prompt: 'Which two things does the article report?',
		answer: {
			type: 'multi',
			pick: ['Forty passengers were rescued', 'struck a sandbar', 'the crew was arrested']
		},
		credit: 0,
		why: '50% + 50% − 100% = 0 (Byline’s own rule would give (2 − 1) / 2 = 50%)'
	},
	{
		prompt: 'ran aground near',
		answer: { type: 'single', pick: 'Pier 7' },
		credit: 1,
		why: 'missing word, =Pier 7'
	},
	{
		prompt: 'Who rescued the passengers?',
		answer: { type: 'cloze', typed: 'the guard' },
		credit: 0.5,
		why: '=%50%the guard'
	},
	{
		prompt: 'How many people was the ferry carrying?',
		answer: { type: 'numeric', typed: '118' },
		credit: 0.5,
		why: '118 is not 112 ± 0 but is within =%50%112:10'
	},
	{
		prompt: 'Match each person',
		answer: {
			type: 'matching',
			match: { 'Elena Ruiz': 'harbor master', 'The crew': 'ferry owner' }
		},
		credit: 0.5,
		why: 'one of two pairs right; “ferry owner” is the distractor'
	},
	{
		prompt: 'The ferry ran aground on Saturday.',
		answer: { type: 'truefalse', pick: 'False' },
		credit: 0,
		why: '{T}'
	},
	// Moodle XML
	{
		prompt: 'Which official said',
		answer: { type: 'single', pick: 'Elena Ruiz' },
		credit: 1,
		why: 'fraction 100'
	},
	{
		prompt: 'What does the article say happened?',
		answer: { type: 'multi', pick: ['struck a sandbar'] },
		credit: 0.3,
		why: 'fraction 30 (Byline’s own rule would give 1 / 2 = 50%)'
	},
	{
		prompt: 'Who rescued the passengers, according',
		answer: { type: 'cloze', typed: 'Rescuers' },
		credit: 1 / 3,
		why: 'fraction 33.33333, case ignored (usecase 0)'
	},
	{
		prompt: 'How many people were on board',
		answer: { type: 'numeric', typed: '115' },
		credit: 0.5,
		why: 'outside 112 ± 0, within the 50% answer 112 ± 5'
	},
	{
		prompt: 'Match each name',
		answer: {
			type: 'matching',
			match: { 'Elena Ruiz': 'harbor master', 'The crew': 'would be questioned' }
		},
		credit: 1,
		why: 'both pairs right'
	},
	{
		prompt: 'Forty passengers were rescued by the coast guard.',
		answer: { type: 'truefalse', pick: 'True' },
		credit: 1,
		why: 'true has fraction 100'
	},
	// The story's own question
	{
		prompt: 'How many passengers were rescued?',
		answer: { type: 'single', pick: 'Forty' },
		credit: 1,
		why: 'the story file’s question'
	}
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at the story file's fields
async function storeFerryStory(page: Page, edit: (bank: Record<string, any>) => void = () => {}) {
	await page.goto('/teach');
	const file = ferryStoryFile((bank) => {
		bank.articles[0].text = FERRY_TEXT;
		const quote = 'Forty passengers were rescued';
		const start = FERRY_TEXT.indexOf(quote);
		bank.questions[0].evidence = [{ articleId: 'ferry-file-a', start, end: start + quote.length }];
		edit(bank);
	});
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('f.byline.json', file));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
}

/** Approves every draft in the review queue (A) and publishes the story for students. */
async function approveAndPublish(page: Page, drafts: number) {
	await page.goto('/teach/review?id=ferry-file');
	for (let left = drafts; left > 0; left--) {
		await expect(page.getByText(`${left} draft${left === 1 ? '' : 's'} left`)).toBeVisible();
		await page.keyboard.press('a');
	}
	await expect(page.getByText('0 drafts left')).toBeVisible();
	await page.goto('/teach/story?id=ferry-file');
	await page.getByLabel('Published for students on this device').check();
	// Stored before the student page opens (the notice follows the write).
	await expect(page.getByText('Story published for students.')).toBeVisible();
}

/** Takes the whole quiz, answering by the plan; each check must show the planned credit. */
async function takeQuiz(page: Page, plan: typeof PLAN, total: number): Promise<string[]> {
	await page.goto('/story/ferry-file/quiz');
	await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible({ timeout: 60_000 });
	const seen: string[] = [];
	for (let n = 1; n <= total; n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		const prompt = await page
			.locator('.question')
			.locator('.legend-text, legend, .prompt')
			.first()
			.innerText();
		const step = plan.find((p) => prompt.includes(p.prompt));
		expect(step, `a plan for “${prompt}”`).toBeDefined();
		seen.push(step!.prompt);
		await answer(page, step!.answer);
		await page.getByRole('button', { name: 'Check answer' }).click();
		const feedback = page.locator('section.feedback');
		await expect(feedback).toBeFocused();
		expect(await feedbackCredit(feedback), `${step!.prompt}: ${step!.why}`).toBeCloseTo(
			step!.credit,
			2
		);
		await page.getByRole('button', { name: n === total ? 'See results' : 'Next question' }).click();
	}
	await expect(page).toHaveURL(/\/results$/);
	return seen;
}

async function answer(page: Page, a: Answer) {
	const question = page.locator('.question');
	switch (a.type) {
		case 'single':
		case 'truefalse':
			await question.getByRole('radio', { name: a.pick, exact: true }).check();
			break;
		case 'multi':
			for (const name of a.pick)
				await question.getByRole('checkbox', { name, exact: true }).check();
			break;
		case 'cloze':
		case 'numeric':
			await question.getByRole('textbox').fill(a.typed);
			break;
		case 'matching':
			for (const [left, right] of Object.entries(a.match))
				await question.getByLabel(left, { exact: true }).selectOption({ label: right });
			break;
	}
}

test('Moodle-style GIFT and XML files import with their part marks and score as Moodle would', async ({
	page
}) => {
	test.setTimeout(240_000);
	await storeFerryStory(page);
	await page.goto('/teach/import-questions');
	await page.getByLabel('Story the questions go into').selectOption({ label: 'Ferry file story' });
	await page
		.getByLabel('Choose question files…')
		.setInputFiles([fixture('ferry-grading.gift'), fixture('ferry-grading.xml')]);

	const gift = page.getByRole('article', { name: 'ferry-grading.gift' });
	await expect(gift).toContainText(
		'7 questions will arrive, 1 with something lost; 0 will not come in.'
	);
	await expect(gift).toContainText('Part marks: The harbor master 50%');
	await expect(gift).toContainText(
		'Part marks: Forty passengers were rescued 50%; struck a sandbar 50%; the crew was arrested −100%'
	);
	await expect(gift).toContainText('The ferry ran aground near _____ on Saturday.');
	await expect(gift).toContainText('Right answer: the coast guard / coast guard');
	await expect(gift).toContainText('Part marks: the guard 50%');
	await expect(gift).toContainText('Right answer: 112');
	await expect(gift).toContainText('Part marks: 112 ± 10 50%');
	await expect(gift).toContainText(
		'Right answer: Elena Ruiz → harbor master; The crew → would be questioned'
	);
	await expect(gift).toContainText('Feedback on individual answers is not kept');

	const xml = page.getByRole('article', { name: 'ferry-grading.xml' });
	await expect(xml).toContainText(
		'6 questions will arrive, 1 with something lost; 0 will not come in.'
	);
	await expect(xml).toContainText(
		'Part marks: Forty passengers were rescued 70%; struck a sandbar 30%; the crew was arrested −100%'
	);
	await expect(xml).toContainText('Part marks: rescuers 33.3%');
	await expect(xml).toContainText('Part marks: 112 ± 5 50%');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Import 13 questions' }).click();
	await expect(
		page.getByText('Imported 13 questions into “Ferry file story” as drafts to review.')
	).toBeVisible();

	// The teacher approves every draft (A in the review queue) and publishes the story; the
	// student answers every question, and each check shows Moodle's score.
	await approveAndPublish(page, 13);
	const seen = await takeQuiz(page, PLAN, 14);
	expect(seen.sort()).toEqual(PLAN.map((p) => p.prompt).sort());
	// 0.5 + 0 + 1 + 0.5 + 0.5 + 0.5 + 0 (GIFT) + 1 + 0.3 + 1/3 + 0.5 + 1 + 1 (XML) + 1 = 8.13
	await expect(page.getByText(/8\.1 points out of 14 questions/)).toBeVisible();
});

test('a QTI 3.0 package Byline exported keeps its partial credit through import and scores the same', async ({
	page
}) => {
	test.setTimeout(180_000);
	await storeFerryStory(page, (bank) => {
		const single = bank.questions[0];
		single.choices[1].fraction = 0.5;
		bank.questions.push({
			...single,
			id: 'ferry-file-q2',
			type: 'cloze',
			prompt: 'Forty passengers were rescued by the ____.',
			accepted: ['coast guard'],
			partial: [{ text: 'guard', fraction: 0.5 }],
			choices: undefined,
			correct: undefined
		});
	});
	await page.goto('/teach/story?id=ferry-file');
	await page.getByLabel('Export format').selectOption({ label: 'IMS QTI 3.0' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export', exact: true }).click()
	]);
	const buffer = await readFile(await download.path());

	await page.goto('/teach/import-questions');
	await page.getByLabel('Story the questions go into').selectOption({ label: 'Ferry file story' });
	await page.getByLabel('Choose question files…').setInputFiles({
		name: 'ferry.qti3.zip',
		mimeType: 'application/zip',
		buffer
	});
	const preview = page.getByRole('article', { name: 'ferry.qti3.zip' });
	await expect(preview).toContainText('2 questions will arrive; 0 will not come in.');
	await expect(preview).toContainText('Part marks: Fifty 50%');
	await expect(preview).toContainText('Right answer: coast guard');
	await expect(preview).toContainText('Part marks: guard 50%');
	await page.getByRole('button', { name: 'Import 2 questions' }).click();
	await expect(
		page.getByText('Imported 2 questions into “Ferry file story” as drafts to review.')
	).toBeVisible();

	// The originals and their QTI copies: a 50% answer earns half in each.
	await approveAndPublish(page, 2);
	const plan = [
		{
			prompt: 'How many passengers were rescued?',
			answer: { type: 'single', pick: 'Fifty' } as Answer,
			credit: 0.5,
			why: 'Fifty carries 50%'
		},
		{
			prompt: 'rescued by the',
			answer: { type: 'cloze', typed: 'Guard' } as Answer,
			credit: 0.5,
			why: '“guard” maps to 0.5, case ignored'
		}
	];
	const seen = await takeQuiz(page, plan, 4);
	expect(seen.sort()).toEqual(
		[plan[0]!.prompt, plan[0]!.prompt, plan[1]!.prompt, plan[1]!.prompt].sort()
	);
	// 4 × 0.5
	await expect(page.getByText(/\b2 points out of 4 questions/)).toBeVisible();
});
