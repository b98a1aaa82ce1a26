/**
 * The classroom loop as a teacher and three students would do it: the teacher assigns a story by
 * link, three students on their own devices (fresh browser contexts) open it, answer differently
 * and hand in files; the teacher imports them (files, then a zip of them, then one student's QR
 * code as a photo), reads the report, and exports grades.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CLASS_STORY_ID, classStoryFile, takeQuiz, type ClassPrompt } from './classroom-helpers';
import { expectNoAxeViolations } from './helpers';
import { jsonFile } from './teach-helpers';

const Q1: ClassPrompt = 'How far did the river rise?';
const Q2: ClassPrompt = 'Which outlet reported 450 people evacuated?';
const Q3: ClassPrompt = 'Who said "the levee held"?';
const Q4: ClassPrompt = 'How many people left their homes, according to the Valley Courier?';

/*
 * Keys: Q1 Two metres, Q2 River Post, Q3 Ruth Okafor, Q4 About 300.
 *          Q1            Q2               Q3               Q4           total
 * Ana      Two metres 1  River Post 1     The fire chief 0 About 300 1  3
 * Ben      Two metres 1  Valley Courier 0 Ruth Okafor 1    About 300 1  3
 * Cai      One metre 0   Valley Courier 0 Ruth Okafor 1    About 450 0  1
 */
const STUDENTS: { name: string; picks: Record<ClassPrompt, string> }[] = [
	{
		name: 'Ana Lopez',
		picks: { [Q1]: 'Two metres', [Q2]: 'River Post', [Q3]: 'The fire chief', [Q4]: 'About 300' }
	},
	{
		name: 'Ben Osei',
		picks: { [Q1]: 'Two metres', [Q2]: 'Valley Courier', [Q3]: 'Ruth Okafor', [Q4]: 'About 300' }
	},
	{
		name: 'Cai Wong',
		picks: { [Q1]: 'One metre', [Q2]: 'Valley Courier', [Q3]: 'Ruth Okafor', [Q4]: 'About 450' }
	}
];

async function shareLink(page: Page): Promise<string> {
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('river.byline.json', classStoryFile()));
	await expect(page.getByText('Imported “River flood”.')).toBeVisible();
	await page.goto(`/teach/story?id=${CLASS_STORY_ID}`);
	const publish = page.getByLabel('Published for students on this device');
	if (!(await publish.isChecked())) await publish.check();
	await page.getByLabel('Class name').fill('8B');
	await page.getByRole('button', { name: 'Make the class link' }).click();
	const link = await page.getByRole('textbox', { name: 'Class link' }).inputValue();
	await expect(page.getByRole('img', { name: /QR code of the class link/ })).toBeVisible();
	const classroom = page.getByRole('link', { name: 'Share to Google Classroom' });
	expect(await classroom.getAttribute('href')).toBe(
		`https://classroom.google.com/share?${new URLSearchParams({ url: link, title: 'River flood' })}`
	);
	await expectNoAxeViolations(page);
	return link;
}

/** A student on their own device: opens the link, takes the quiz, hands in a file. */
async function student(
	browser: Browser,
	link: string,
	name: string,
	picks: Record<ClassPrompt, string>,
	withQr: boolean
): Promise<{ file: string; qrPng: Buffer | null }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await expect(page).toHaveURL(new RegExp(`/story/${CLASS_STORY_ID}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'River flood' })).toBeVisible();
	await takeQuiz(page, picks);
	await page.getByRole('button', { name: 'Hand in' }).click();
	const nameField = page.getByLabel('Your name');
	await expect(nameField).toBeFocused();
	await expect(page.getByLabel('Class', { exact: true })).toHaveValue('8B');
	// Handing in without a name is refused with a reason.
	await page.getByRole('button', { name: 'Save results file' }).click();
	await expect(page.getByText('Enter your name, so your teacher knows')).toBeVisible();
	await nameField.fill(name);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save results file' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^river-flood-.*\.byline-results\.json$/);
	const file = readFileSync((await download.path())!, 'utf8');
	let qrPng: Buffer | null = null;
	if (withQr) {
		await page.getByRole('button', { name: 'Show a QR code' }).click();
		const qr = page.getByRole('img', { name: `QR code of ${name}’s results for River flood` });
		await expect(qr).toBeVisible();
		await expectNoAxeViolations(page);
		// A photo of the code: the SVG's path painted onto a canvas, as a PNG.
		const dataUrl = await qr.evaluate((svg) => {
			const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
			const scale = 4;
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = size * scale;
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#fff';
			context.fillRect(0, 0, canvas.width, canvas.height);
			context.scale(scale, scale);
			context.fillStyle = '#000';
			context.fill(new Path2D(svg.querySelector('path')!.getAttribute('d')!));
			return canvas.toDataURL('image/png');
		});
		qrPng = Buffer.from(dataUrl.split(',')[1]!, 'base64');
	}
	// The name is remembered on this device for the next hand-in.
	await page.reload();
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.getByLabel('Your name')).toHaveValue(name);
	await context.close();
	return { file, qrPng };
}

test('a teacher assigns by link, three students hand in, the teacher sees the class', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	const link = await shareLink(page);
	expect(new URL(link).hash).toMatch(/^#story=[A-Za-z0-9_-]+&class=8B$/);

	const handIns: { file: string; qrPng: Buffer | null }[] = [];
	for (const [i, s] of STUDENTS.entries()) {
		handIns.push(await student(browser, link, s.name, s.picks, i === 2));
	}

	// A results file never carries the answer key or the questions themselves.
	for (const { file } of handIns) {
		const json = JSON.parse(file);
		expect(json.format).toBe('byline-results');
		expect(json.className).toBe('8B');
		expect(file).not.toContain('"correct": [');
		expect(file).not.toContain(Q1);
		expect(file).not.toContain('Two metres');
	}
	expect(JSON.parse(handIns[0]!.file).score).toEqual({
		asked: 4,
		answered: 4,
		credit: 3,
		percent: 75
	});

	await page.goto(`/teach/class?id=${CLASS_STORY_ID}`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Class results: River flood' })
	).toBeVisible();
	await expect(page.getByText('No hand-ins yet for this version')).toBeVisible();
	await expectNoAxeViolations(page);

	const files = handIns.map((h, i) => jsonFile(`student-${i + 1}.byline-results.json`, h.file));
	// A hostile file among them is refused with its reason and changes nothing else.
	await page
		.getByLabel('Choose files or a zip…')
		.setInputFiles([
			...files,
			jsonFile('evil.json', '{"format":"byline-results","version":1,"__proto__":{}}')
		]);
	await expect(
		page.getByText('Added 3 hand-ins: Ana Lopez (8B), Ben Osei (8B), Cai Wong (8B).')
	).toBeVisible();
	await expect(page.getByText(/evil\.json: story/)).toBeVisible();

	// The same three again, as an LMS's "download all submissions" zip: read, and merged as duplicates.
	const zip = zipSync(
		Object.fromEntries(
			handIns.map((h, i) => [
				`Student${i + 1}_100${i}_assignsubmission_file_/river-flood.byline-results.json`,
				strToU8(h.file)
			])
		)
	);
	await page.getByLabel('Choose files or a zip…').setInputFiles({
		name: 'submissions.zip',
		mimeType: 'application/zip',
		buffer: Buffer.from(zip)
	});
	await expect(
		page.getByText('No new hand-ins were added. 3 already here (skipped).')
	).toBeVisible();

	// Cai's QR code, read from a photo through the same decoder the camera uses (jsQR here).
	await page.getByLabel('Read a photo of a code…').setInputFiles({
		name: 'cai.png',
		mimeType: 'image/png',
		buffer: handIns[2]!.qrPng!
	});
	await expect(page.getByText('Cai Wong (8B) was already added.')).toBeVisible();
	await expect(page.getByText('3 students · 1 question flagged')).toBeVisible();

	/*
	 * Facility = right answers / 3. Discrimination = Pearson r of item score x and rest score
	 * (total minus the item), over Ana, Ben, Cai:
	 * Q1: x = 1,1,0; rest = 2,2,1 -> deviations identical in shape -> r = 1.00; facility 2/3 = 67%.
	 * Q2: x = 1,0,0 (mean 1/3); rest = 2,3,1 (mean 2); dx = 2/3,-1/3,-1/3; dr = 0,1,-1;
	 *     Sxy = 0 - 1/3 + 1/3 = 0 -> r = 0.00; facility 33%.
	 * Q3: x = 0,1,1 (mean 2/3); rest = 3,2,0 (mean 5/3); dx = -2/3,1/3,1/3; dr = 4/3,1/3,-5/3;
	 *     Sxy = -8/9 + 1/9 - 5/9 = -4/3; Sxx = 6/9 = 2/3; Srr = 42/9 = 14/3;
	 *     r = (-4/3) / sqrt(2/3 * 14/3) = -4 / sqrt(28) = -0.76 -> flagged; facility 67%.
	 * Q4: same x and rest as Q1 -> r = 1.00; facility 67%.
	 */
	const items = page.locator('ol.items > li');
	const expected = [
		{ prompt: Q1, facility: '67%', r: '1.00', right: '2 of 3 right' },
		{ prompt: Q2, facility: '33%', r: '0.00', right: '1 of 3 right' },
		{ prompt: Q3, facility: '67%', r: '-0.76', right: '2 of 3 right' },
		{ prompt: Q4, facility: '67%', r: '1.00', right: '2 of 3 right' }
	];
	for (const e of expected) {
		const item = items.filter({ hasText: e.prompt });
		await expect(item.getByText(`Facility ${e.facility}`)).toBeVisible();
		await expect(item.getByText(`Discrimination ${e.r}`)).toBeVisible();
		await expect(item.getByText(e.right)).toBeVisible();
	}
	const q3 = items.filter({ hasText: Q3 });
	await expect(q3.getByText('⚑ Negative discrimination')).toBeVisible();
	await expect(items.filter({ hasText: Q1 }).getByText('⚑')).toHaveCount(0);

	// Distractor counts, one click away with the evidence and an edit link.
	await q3.locator('summary').click();
	const picked = async (item: typeof q3, choice: string) =>
		(
			await item
				.getByRole('row', { name: new RegExp(`^${choice}`) })
				.getByRole('cell')
				.innerText()
		).trim();
	expect(await picked(q3, 'Ruth Okafor')).toBe('2');
	expect(await picked(q3, 'The fire chief')).toBe('1');
	expect(await picked(q3, 'Nobody is named')).toBe('0');
	await expect(q3.getByText('Mayor Ruth Okafor said "the levee held"')).toBeVisible();
	await expect(q3.getByRole('link', { name: 'Edit question 3' })).toHaveAttribute(
		'href',
		/\/teach\/edit\?id=river-class&q=river-q3$/
	);
	const q2 = items.filter({ hasText: Q2 });
	await q2.locator('summary').click();
	expect(await picked(q2, 'Valley Courier')).toBe('2');
	expect(await picked(q2, 'River Post')).toBe('1');
	const q1 = items.filter({ hasText: Q1 });
	await q1.locator('summary').click();
	expect(await picked(q1, 'One metre')).toBe('1');
	expect(await picked(q1, 'Three metres')).toBe('0');

	// Per student and skill, as text: facts Q1+Q4, sources Q2, quotes Q3.
	const row = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });
	await expect(row('Ana Lopez')).toContainText('8B75%100%0%100%');
	await expect(row('Ben Osei')).toContainText('8B75%100%100%0%');
	await expect(row('Cai Wong')).toContainText('8B25%0%100%0%');
	// Every question's details open: still axe-clean.
	for (const summary of await items.locator('summary').all()) {
		if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) {
			await summary.click();
		}
	}
	await expectNoAxeViolations(page);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export grades (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('river-flood-grades.csv');
	const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
	expect(csv[0]).toBe(
		'Student,Class,Score (%),Points,Out of,Facts (%),Quotes (%),Sources (%),Finished'
	);
	expect(csv.slice(1, 4).map((line) => line.split(',').slice(0, 8).join(','))).toEqual([
		'Ana Lopez,8B,75,3,4,100,0,100',
		'Ben Osei,8B,75,3,4,100,100,0',
		'Cai Wong,8B,25,1,4,0,100,0'
	]);
});

test('a broken class link says so in the library and adds nothing', async ({ page }) => {
	await page.goto('/#story=AAAA&class=8B');
	await expect(page.getByRole('alert')).toContainText("This link's story could not be unpacked");
	await expect(page.getByRole('alert')).toContainText('Nothing was added.');
	await expectNoAxeViolations(page);
});

test('a hosted story link is fetched, kept, and a failing host is explained', async ({ page }) => {
	await page.route('https://files.example.test/**', (route) =>
		route.request().url().endsWith('/river.byline.json')
			? route.fulfill({
					status: 200,
					contentType: 'application/json',
					headers: { 'access-control-allow-origin': '*' },
					body: classStoryFile()
				})
			: route.abort('failed')
	);
	await page.goto('/?story=https://files.example.test/missing.json&class=8B');
	await expect(page.getByRole('alert')).toContainText('could not be downloaded');
	await expect(page.getByRole('alert')).toContainText('CORS');
	await page.goto('/?story=https://files.example.test/river.byline.json&class=8B');
	await expect(page).toHaveURL(new RegExp(`/story/${CLASS_STORY_ID}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'River flood' })).toBeVisible();
	// Kept offline: it is in the library without the link.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'River flood' })).toBeVisible();
});

test('a folder of hand-ins imports too, and files for another story are flagged, not mixed in', async ({
	page
}, testInfo) => {
	const { mkdirSync, writeFileSync } = await import('node:fs');
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('river.byline.json', classStoryFile()));
	await expect(page.getByText('Imported “River flood”.')).toBeVisible();
	await page.goto(`/teach/class?id=${CLASS_STORY_ID}`);
	await expect(page.getByText('No hand-ins yet for this version')).toBeVisible();
	// A hand-in for another story, built by hand: the report names it and adds nothing.
	const other = {
		format: 'byline-results',
		version: 1,
		story: { id: 'another-story', title: 'Another story', bankVersion: '0123456789abcdef' },
		className: '8B',
		student: { name: 'Dee' },
		attempt: {
			id: 'attempt-1',
			startedAt: '2024-03-04T09:00:00.000Z',
			finishedAt: '2024-03-04T09:20:00.000Z',
			questionIds: ['x1']
		},
		responses: [
			{
				questionId: 'x1',
				response: { type: 'single', choiceId: 'a' },
				correct: true,
				credit: 1,
				answeredAt: '2024-03-04T09:10:00.000Z'
			}
		],
		score: { asked: 1, answered: 1, credit: 1, percent: 100 },
		skills: { fact: { asked: 1, credit: 1, percent: 100 } },
		handedInAt: '2024-03-04T09:21:00.000Z'
	};
	const folder = testInfo.outputPath('hand-ins');
	mkdirSync(folder, { recursive: true });
	writeFileSync(`${folder}/dee.byline-results.json`, JSON.stringify(other));
	writeFileSync(`${folder}/notes.txt`, 'not a hand-in');
	await page.getByLabel('Choose a folder…').setInputFiles(folder);
	await expect(page.getByText('No new hand-ins were added.')).toBeVisible();
	await expect(
		page.getByText('For another story, so not added: Dee (8B): “Another story”.')
	).toBeVisible();
	await expect(page.getByText('Not results files, ignored: notes.txt.')).toBeVisible();
	await expect(page.getByText('No hand-ins yet for this version')).toBeVisible();
	await expectNoAxeViolations(page);
});
