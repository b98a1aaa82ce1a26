/**
 * Shared steps for the student browser tests. Everything here drives the page with the
 * keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys, typing), never with clicks,
 * so a test that uses these helpers also proves the quiz works without a mouse.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const SEED_STORY = 'baghdad-embassy-2019';
export const QUIZ_URL = `/story/${SEED_STORY}/quiz`;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
	// @axe-core/playwright types `page` against its own copy of playwright-core; the object is the same.
	const axePage = page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'];
	const results = await new AxeBuilder({ page: axePage }).withTags(WCAG_TAGS).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

/** A short description of the focused element, for matching and for failure messages. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return null;
		const input = el as HTMLInputElement;
		return {
			tag: el.tagName.toLowerCase(),
			type: input.type ?? '',
			text: (el.textContent ?? '').trim(),
			label: el.getAttribute('aria-label') ?? '',
			disabled: input.disabled === true,
			inQuestion: el.closest('.question[data-question-type]') !== null,
			id: el.id
		};
	});
}

type Focused = NonNullable<Awaited<ReturnType<typeof focused>>>;

/** Presses Tab until `matches` accepts the focused element; fails after `limit` presses. */
export async function tabTo(
	page: Page,
	matches: (f: Focused) => boolean,
	what: string,
	limit = 60
) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		if (f && matches(f)) return f;
	}
	throw new Error(`Tab never reached ${what}`);
}

export function tabToButton(page: Page, name: string | RegExp) {
	return tabTo(
		page,
		(f) => f.tag === 'button' && (typeof name === 'string' ? f.text === name : name.test(f.text)),
		`the "${name}" button`
	);
}

/** The type of the question on screen, from the question view's data attribute. */
export async function questionType(page: Page): Promise<string> {
	return (
		(await page.locator('.question[data-question-type]').getAttribute('data-question-type')) ?? ''
	);
}

/**
 * Answers the question on screen with the keyboard alone, starting from wherever focus is
 * above the question. It gives *an* answer (not necessarily the right one): the first
 * choice, a typed word or number, the next option in each select, one move in an ordering.
 */
export async function answerByKeyboard(page: Page): Promise<string> {
	const type = await questionType(page);
	const inQuestionControl = (f: Focused) => f.inQuestion && !f.disabled;
	await tabTo(page, inQuestionControl, `the ${type} question's first control`);
	switch (type) {
		case 'single':
		case 'truefalse':
		case 'multi':
			await page.keyboard.press('Space');
			break;
		case 'evidence':
			await page.keyboard.press('Space');
			// Part B is the next radio group.
			await tabTo(
				page,
				(f) => f.inQuestion && f.type === 'radio',
				'part B of the evidence question'
			);
			await page.keyboard.press('Space');
			break;
		case 'cloze':
			await page.keyboard.type('militia');
			break;
		case 'numeric':
			await page.keyboard.type('25');
			break;
		case 'matching': {
			const selects = await page.locator('.question select').count();
			for (let i = 0; i < selects; i++) {
				if (i > 0) await tabTo(page, (f) => f.inQuestion && f.tag === 'select', 'the next select');
				// On Linux Chromium a closed select takes arrow keys directly.
				await page.keyboard.press('ArrowDown');
			}
			break;
		}
		case 'ordering':
			// The first item's "Move up" is disabled, so the first control is its "Move down".
			await page.keyboard.press('Enter');
			break;
		default:
			throw new Error(`No keyboard answer for question type "${type}"`);
	}
	return type;
}

export interface CheckedAnswer {
	type: string;
	/** 0..1, as the feedback reports it. */
	credit: number;
}

/**
 * The credit the page graded. It is read exactly from the feedback, not from the whole percent it
 * shows, because sums of rounded percents drift from the results page's exact sums by a point
 * now and then; the verdict and the percent shown must agree with it.
 */
export async function feedbackCredit(feedback: Locator): Promise<number> {
	const raw = await feedback.getAttribute('data-credit');
	expect(raw, 'the feedback carries its credit').not.toBeNull();
	const credit = Number(raw);
	const verdict = (await feedback.locator('.verdict').innerText()).trim();
	const shown = verdict.match(/partial credit (\d+)%/);
	if (/^✓?\s*Correct/.test(verdict)) expect(credit).toBe(1);
	else if (shown) expect(Number(shown[1])).toBe(Math.round(credit * 100));
	else expect(credit).toBe(0);
	return credit;
}

/** Answers, checks (asserting focus moves to the feedback) and returns what the page reported. */
export async function answerAndCheck(page: Page): Promise<CheckedAnswer> {
	const type = await answerByKeyboard(page);
	await tabToButton(page, 'Check answer');
	await page.keyboard.press('Enter');
	const feedback = page.locator('section.feedback');
	await expect(feedback).toBeFocused();
	return { type, credit: await feedbackCredit(feedback) };
}

/**
 * Waits for a fresh quiz's first question. A new attempt on a built-in story first runs the
 * question generator in a Worker, which takes a few seconds on a busy machine.
 */
export async function waitForFirstQuestion(page: Page): Promise<void> {
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible({ timeout: 60_000 });
}

/** Parses "Question 4 of 32" from the progress indicator. */
export async function quizPosition(page: Page): Promise<{ position: number; total: number }> {
	const text = await page.getByText(/^Question \d+ of \d+$/).innerText();
	const [, position, total] = text.match(/Question (\d+) of (\d+)/) ?? [];
	return { position: Number(position), total: Number(total) };
}

/** Moves on with the keyboard and waits until the next question (or the results) is shown. */
export async function goNext(page: Page): Promise<void> {
	const before = await quizPosition(page);
	const button = await tabToButton(page, /^(Next question|See results)$/);
	await page.keyboard.press('Enter');
	if (button.text === 'See results') {
		await expect(page).toHaveURL(/\/results$/);
	} else {
		await expect(
			page.getByText(`Question ${before.position + 1} of ${before.total}`)
		).toBeVisible();
	}
}
