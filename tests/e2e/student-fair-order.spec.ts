/**
 * Fair item order (issue 12, part 1), tried as a new student would, by keyboard alone: always
 * choosing the first option shown scores about what chance predicts; a reload keeps the
 * order; a new attempt changes it.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	feedbackCredit,
	goNext,
	questionType,
	quizPosition,
	QUIZ_URL,
	tabTo,
	tabToButton,
	waitForFirstQuestion
} from './helpers';

/**
 * Over 2,000 simulated attempts on the seed bank, always-first averages about 24% (chance)
 * and stays under 41% in 999 of 1,000; the same student on a bank that keeps its keys first,
 * shown as stored, scores 53% (src/lib/quiz/first-choice.test.ts). The issue measured 48%.
 */
const FIRST_CHOICE_BOUND = 45;

/** The texts of the choices as shown, in order, for every choice list of the question. */
async function shownOrder(page: Page): Promise<{ prompt: string; order: string[] }> {
	const question = page.locator('.question[data-question-type]');
	const prompt = (await question.locator('legend').first().innerText()).trim();
	const order = await question.locator('label, .text').allInnerTexts();
	return { prompt, order: order.map((t) => t.trim()) };
}

/** Picks the first option shown everywhere; types a wrong word or number where there is none. */
async function answerFirst(page: Page): Promise<string> {
	const type = await questionType(page);
	if (type === 'ordering') return type; // checked as shown
	await tabTo(page, (f) => f.inQuestion && !f.disabled, `the ${type} question's first control`);
	switch (type) {
		case 'single':
		case 'truefalse':
		case 'multi':
			await page.keyboard.press('Space');
			break;
		case 'evidence':
			await page.keyboard.press('Space');
			await tabTo(page, (f) => f.inQuestion && f.type === 'radio', 'part B');
			await page.keyboard.press('Space');
			break;
		case 'matching': {
			const selects = await page.locator('.question select').count();
			for (let i = 0; i < selects; i++) {
				if (i > 0) await tabTo(page, (f) => f.inQuestion && f.tag === 'select', 'the next select');
				await page.keyboard.press('ArrowDown'); // from "Choose…" to the first option
			}
			break;
		}
		case 'cloze':
			await page.keyboard.type('zzz');
			break;
		case 'numeric':
			await page.keyboard.type('-1');
			break;
	}
	return type;
}

const CHOICE_TYPES = new Set(['single', 'multi', 'evidence', 'matching']);

test('always choosing the first option scores about chance; a reload keeps the order and a new attempt changes it', async ({
	page
}) => {
	test.setTimeout(600_000);
	// Straight to the quiz on a fresh device: the curated seed questions, nothing generated yet.
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	const { total } = await quizPosition(page);
	expect(total).toBeGreaterThan(30);

	const firstAttempt = new Map<string, string[]>();
	let reloaded = false;
	let single = { asked: 0, right: 0 };
	let credit = 0;
	for (let n = 1; n <= total; n++) {
		const type = await questionType(page);
		if (CHOICE_TYPES.has(type) || type === 'ordering') {
			const shown = await shownOrder(page);
			firstAttempt.set(shown.prompt, shown.order);
			if (!reloaded && type === 'single') {
				// A reload shows the same order.
				await page.reload();
				await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible({ timeout: 60_000 });
				expect(await shownOrder(page)).toEqual(shown);
				reloaded = true;
			}
		}
		await answerFirst(page);
		await tabToButton(page, 'Check answer');
		await page.keyboard.press('Enter');
		const feedback = page.locator('section.feedback');
		await expect(feedback).toBeFocused();
		const earned = await feedbackCredit(feedback);
		credit += earned;
		if (type === 'single') single = { asked: single.asked + 1, right: single.right + earned };
		await goNext(page);
	}
	expect(reloaded).toBe(true);

	const heading = page.getByRole('heading', { level: 2, name: /^Your score:/ });
	await expect(heading).toHaveText(`Your score: ${Math.round((credit / total) * 100)}%`);
	const percent = (credit / total) * 100;
	console.log(
		`always-first: ${percent.toFixed(1)}% over ${total} questions; single choice ${single.right} of ${single.asked}`
	);
	expect(percent).toBeLessThan(FIRST_CHOICE_BOUND);
	// Chance is 1 in 4 per single-choice question; keyed first it was 15 of 16.
	expect(single.right).toBeLessThanOrEqual(Math.ceil(single.asked * 0.6));
	// Points show at most one decimal.
	await expect(page.getByText(/points? out of \d+ questions/)).toHaveText(
		/^\d+(\.\d)? points? out of/
	);
	await expectNoAxeViolations(page);

	// A new attempt shows the same questions' choices in new orders.
	await page.getByRole('link', { name: 'Try again' }).click();
	await waitForFirstQuestion(page);
	let compared = 0;
	let changed = 0;
	const second = await quizPosition(page);
	for (let n = 1; n <= second.total && compared < 6; n++) {
		const type = await questionType(page);
		if (CHOICE_TYPES.has(type)) {
			const shown = await shownOrder(page);
			const before = firstAttempt.get(shown.prompt);
			if (before) {
				compared++;
				expect([...shown.order].sort()).toEqual([...before].sort());
				if (shown.order.join('|') !== before.join('|')) changed++;
			}
		}
		await answerFirst(page);
		await tabToButton(page, 'Check answer');
		await page.keyboard.press('Enter');
		await expect(page.locator('section.feedback')).toBeFocused();
		await goNext(page);
	}
	expect(compared).toBeGreaterThanOrEqual(3);
	// Each list keeps its order with a chance of 1 in 6 to 1 in 120; all of them together, never.
	expect(changed).toBeGreaterThan(0);
});
