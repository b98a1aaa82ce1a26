/**
 * The SCORM 1.2 package end to end: a teacher downloads it from the story page, and it runs in
 * an LMS played here by scorm-again's SCORM 1.2 runtime (window.API) on a harness page that
 * loads the unzipped package in an iframe, both served by a throwaway static server, as an LMS
 * would serve an uploaded package under a path of its own.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import sirv from 'sirv';
import { makeArticles, STORY_ID } from '../../src/test-data/article';
import { makeEveryKind } from '../../src/test-data/question';
import { manifestSchemaErrors } from '../../src/lib/scorm/manifest-schema.test-helpers';
import { expectNoAxeViolations } from './helpers';
import { BUILD_DIR, waitForServiceWorker } from './pwa-helpers';
import { jsonFile } from './teach-helpers';

const TITLE = 'Harbor Bridge reopens';
const kinds = makeEveryKind();
const QUESTIONS = [kinds.single, kinds.multi, kinds.truefalse, kinds.cloze, kinds.numeric];
const [articleA, articleB] = makeArticles();

function storyFile(): string {
	return JSON.stringify({
		format: 'byline-bank',
		version: 1,
		stories: [{ id: STORY_ID, title: TITLE, articleIds: [articleA.id, articleB.id] }],
		articles: [articleA, articleB],
		questions: QUESTIONS
	});
}

/**
 * How the test student answers each question (one of each type): right, half right (one of two
 * outlets), wrong, right, right. Credit 1 + 0.5 + 0 + 1 + 1 = 3.5 of 5: a score of 70.
 */
const ANSWERS: Record<string, (frame: FrameLocator) => Promise<void>> = {
	single: (f) => f.getByRole('radio', { name: 'Monday' }).check(),
	multi: (f) => f.getByRole('checkbox', { name: 'Daily Planet' }).check(),
	truefalse: (f) => f.getByRole('radio', { name: 'False' }).check(),
	cloze: (f) => f.getByRole('textbox').fill('Overdue'),
	numeric: (f) => f.getByRole('textbox').fill('40,000')
};
const EXPECTED: Record<
	string,
	{ id: string; type: string; response: string; result: string; pattern: string }
> = {
	single: { id: 'q-single', type: 'choice', response: 'a', result: 'correct', pattern: 'a' },
	multi: { id: 'q-multi', type: 'choice', response: 'a', result: 'wrong', pattern: 'a,b' },
	truefalse: { id: 'q-tf', type: 'true-false', response: 'f', result: 'wrong', pattern: 't' },
	cloze: {
		id: 'q-cloze',
		type: 'fill-in',
		response: 'Overdue',
		result: 'correct',
		pattern: 'overdue'
	},
	numeric: { id: 'q-num', type: 'numeric', response: '40000', result: 'correct', pattern: '40000' }
};

let root: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
	root = mkdtempSync(path.join(os.tmpdir(), 'byline-scorm-'));
	copyFileSync(
		path.resolve('node_modules/scorm-again/dist/scorm12.js'),
		path.join(root, 'scorm12.js')
	);
	// The LMS side: scorm-again's runtime as window.API, created before the SCO's frame loads,
	// optionally holding what an earlier session left (as an LMS hands it back on relaunch).
	writeFileSync(
		path.join(root, 'harness.js'),
		`window.API = new Scorm12API({ logLevel: 5, autocommit: false });
if (window.__initialCmi) window.API.loadFromJSON(window.__initialCmi);
window.finished = false;
window.API.on('LMSFinish', function () { window.finished = true; });
var frame = document.createElement('iframe');
frame.id = 'sco';
frame.title = 'SCORM activity';
frame.style.width = '100%';
frame.style.height = '90vh';
frame.src = 'lms/content/42/index.html';
document.body.appendChild(frame);
`
	);
	writeFileSync(
		path.join(root, 'harness.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS harness</title></head>
<body><main><h1>Course</h1><script src="scorm12.js"></script><script src="harness.js"></script></main></body></html>`
	);
	const files = sirv(root, { dev: true });
	server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404).end();
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
	if (root) rmSync(root, { recursive: true, force: true });
});

/** Teacher side: imports the story file and publishes the story. */
async function publishStory(page: Page): Promise<void> {
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('bridge.byline.json', storyFile()));
	await expect(page.getByText(`Imported “${TITLE}”.`)).toBeVisible();
	await page.goto(`/teach/story?id=${STORY_ID}`);
	const button = page.getByRole('button', { name: 'Download SCORM package' });
	const published = page.getByLabel('Published for students on this device');
	if (!(await published.isChecked())) {
		await expect(button).toBeDisabled();
		await published.check();
	}
	await expect(button).toBeEnabled();
}

/** Teacher side, on the story page: downloads with a pass mark; returns the unzipped files. */
async function download(page: Page, passMark: string): Promise<Record<string, Uint8Array>> {
	const button = page.getByRole('button', { name: 'Download SCORM package' });
	await page.getByLabel('Pass mark (%)').fill(passMark);
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(file.suggestedFilename()).toBe('harbor-bridge-reopens.scorm12.zip');
	await expect(
		page.getByText(/Saved “harbor-bridge-reopens\.scorm12\.zip” \(5 questions\)/)
	).toBeVisible();
	return unzipSync(readFileSync(await file.path()));
}

async function downloadPackage(page: Page, passMark: string): Promise<Record<string, Uint8Array>> {
	await publishStory(page);
	await expectNoAxeViolations(page);
	return download(page, passMark);
}

function unpack(files: Record<string, Uint8Array>): void {
	const dir = path.join(root, 'lms/content/42');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's CMI JSON is untyped
type Cmi = any;

/** What the LMS recorded, write-only elements included, as scorm-again keeps it. */
function recorded(page: Page): Promise<Cmi> {
	return page.evaluate(() =>
		JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi))
	);
}

async function openHarness(page: Page, initialCmi: Cmi = null): Promise<FrameLocator> {
	if (initialCmi) {
		await page.addInitScript((cmi) => {
			(window as unknown as { __initialCmi: unknown }).__initialCmi = cmi;
		}, initialCmi);
	}
	await page.goto(`${origin}/harness.html`);
	const sco = page.frameLocator('#sco');
	await expect(sco.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	return sco;
}

/** Answers the question on screen, checks it and moves on; returns its type. */
async function answerOne(sco: FrameLocator, total: number, position: number): Promise<string> {
	await expect(sco.getByText(`Question ${position} of ${total}`)).toBeVisible();
	const type = (await sco
		.locator('.question[data-question-type]')
		.getAttribute('data-question-type'))!;
	await ANSWERS[type]!(sco);
	await sco.getByRole('button', { name: 'Check answer' }).click();
	await expect(sco.locator('section.feedback')).toBeFocused();
	await sco
		.getByRole('button', { name: position === total ? 'See results' : 'Next question' })
		.click();
	return type;
}

function interactionsOf(cmi: Cmi): Cmi[] {
	return Object.keys(cmi.interactions)
		.sort((a, b) => Number(a) - Number(b))
		.map((k) => cmi.interactions[k]);
}

function expectInteraction(interaction: Cmi, type: string) {
	const want = EXPECTED[type]!;
	expect(interaction).toMatchObject({
		id: want.id,
		type: want.type,
		student_response: want.response,
		result: want.result,
		weighting: '1'
	});
	expect(interaction.correct_responses['0'].pattern).toBe(want.pattern);
	expect(interaction.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
}

test('a teacher’s SCORM package records a completed attempt in a SCORM 1.2 LMS', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const files = await downloadPackage(page, '60');
	expect(Object.keys(files).sort()).toEqual([
		'imsmanifest.xml',
		'index.html',
		'player.css',
		'player.js',
		'story.js'
	]);
	const manifest = strFromU8(files['imsmanifest.xml']!);
	expect(await manifestSchemaErrors(manifest)).toEqual([]);
	expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	expect(manifest).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
	// The launch page runs nothing inline, so no LMS's CSP stands in its way.
	expect(strFromU8(files['index.html']!)).not.toMatch(/<script>|<script [^>]*>[^<]|\son[a-z]+=/);
	unpack(files);

	// The LMS gives the SCO the mastery score from the manifest, as SCORM 1.2 LMSs do.
	const sco = await openHarness(page, { student_data: { mastery_score: '60' } });
	const order: string[] = [];
	for (let n = 1; n <= QUESTIONS.length; n++) order.push(await answerOne(sco, QUESTIONS.length, n));
	await expect(sco.getByRole('heading', { level: 2, name: 'Your score: 70%' })).toBeFocused();
	await expect(sco.locator('article.review')).toHaveCount(5);
	await expectNoAxeViolations(page);

	await expect
		.poll(() => page.evaluate(() => (window as unknown as { finished: boolean }).finished))
		.toBe(true);
	const cmi = await recorded(page);
	expect(cmi.core.score).toEqual({ raw: '70', min: '0', max: '100' });
	expect(cmi.core.lesson_status).toBe('passed');
	expect(cmi.core.exit).toBe('');
	expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
	expect(cmi.suspend_data).toMatch(/^B1\|/);
	expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
	const interactions = interactionsOf(cmi);
	expect(interactions).toHaveLength(5);
	interactions.forEach((interaction, i) => expectInteraction(interaction, order[i]!));

	// Opened again later (the LMS hands back what it kept): the results, not a new attempt
	// that would report "incomplete" over the grade.
	const context = await browser.newContext();
	const later = await context.newPage();
	const again = await openHarness(later, {
		core: { lesson_status: 'passed', score: { raw: '70', min: '0', max: '100' } },
		student_data: { mastery_score: '60' },
		suspend_data: cmi.suspend_data
	});
	await expect(again.getByRole('heading', { level: 2, name: 'Your score: 70%' })).toBeVisible();
	await expect(again.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	await expect
		.poll(() => later.evaluate(() => (window as unknown as { finished: boolean }).finished))
		.toBe(true);
	const relaunched = await recorded(later);
	expect(relaunched.core.lesson_status).toBe('passed');
	expect(relaunched.core.score.raw).toBe('70');
	await context.close();
});

test('a half-done attempt is suspended and resumes from suspend_data in a new session', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	unpack(await downloadPackage(page, '80'));

	const first = await openHarness(page, { student_data: { mastery_score: '80' } });
	const order = [await answerOne(first, 5, 1), await answerOne(first, 5, 2)];
	await expect(first.getByText('Question 3 of 5')).toBeVisible();
	// The student leaves: the LMS closes the activity's frame.
	await page.evaluate(() => document.getElementById('sco')?.remove());
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { finished: boolean }).finished))
		.toBe(true);
	const suspended = await recorded(page);
	expect(suspended.core.exit).toBe('suspend');
	expect(suspended.core.lesson_status).toBe('incomplete');
	expect(suspended.core.lesson_location).toBe('2');
	expect(suspended.suspend_data).toMatch(/^B1\|/);
	expect(interactionsOf(suspended)).toHaveLength(2);

	// Next launch, in a fresh browser context: only what the LMS kept comes back.
	const context = await browser.newContext();
	const later = await context.newPage();
	const second = await openHarness(later, {
		core: { entry: 'resume', lesson_status: 'incomplete' },
		student_data: { mastery_score: '80' },
		suspend_data: suspended.suspend_data,
		interactions: Object.fromEntries(
			interactionsOf(suspended).map((i: Cmi, n: number) => [n, { id: i.id, type: i.type }])
		)
	});
	await expect(second.getByText('Question 3 of 5')).toBeVisible();
	await expect(second.getByText('2 answered')).toBeVisible();
	for (let n = 3; n <= 5; n++) order.push(await answerOne(second, 5, n));
	await expect(second.getByRole('heading', { level: 2, name: 'Your score: 70%' })).toBeVisible();
	// Answers from the first session are in the review too.
	await expect(
		second.locator('article.review .verdict', { hasText: /Correct|Incorrect|Partly/ })
	).toHaveCount(5);

	await expect
		.poll(() => later.evaluate(() => (window as unknown as { finished: boolean }).finished))
		.toBe(true);
	const cmi = await recorded(later);
	expect(cmi.core.lesson_status).toBe('failed'); // 70 < 80
	expect(cmi.core.score.raw).toBe('70');
	expect(cmi.core.exit).toBe('');
	const interactions = interactionsOf(cmi);
	expect(interactions).toHaveLength(5);
	// The LMS's two from the first session, then the three new ones after them.
	interactions.slice(2).forEach((interaction, i) => expectInteraction(interaction, order[i + 2]!));
	await context.close();
});

test('opened outside an LMS, the package says nothing is recorded and still runs the quiz', async ({
	page
}) => {
	unpack(await downloadPackage(page, ''));
	await page.goto(`${origin}/lms/content/42/index.html`);
	await expect(page.getByText('Preview: no learning platform found')).toBeVisible();
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a teacher can make the package offline, from the service worker’s cache', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await publishStory(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	const files = await download(page, '');
	// The very player the app was built with, read from the cache.
	expect(
		Buffer.from(files['player.js']!).equals(
			readFileSync(path.join(BUILD_DIR, 'scorm-player/player.js'))
		)
	).toBe(true);
	expect(strFromU8(files['imsmanifest.xml']!)).not.toContain('masteryscore');
});
