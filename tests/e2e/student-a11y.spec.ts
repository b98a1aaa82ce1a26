import { expect, test } from '@playwright/test';
import {
	answerAndCheck,
	answerByKeyboard,
	expectNoAxeViolations,
	goNext,
	QUIZ_URL,
	SEED_STORY,
	tabToButton,
	waitForFirstQuestion
} from './helpers';

test('library, story and article pages have no axe violations', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(page.getByText('Not started')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto(`/story/${SEED_STORY}`);
	await expect(page.getByRole('link', { name: 'Start quiz' })).toBeVisible();
	await expect(page.getByText('No attempts yet.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page
		.getByRole('link', { name: /^Read full article/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/article\//);
	await expect(page.locator('h1')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the quiz before and after a check has no axe violations', async ({ page }) => {
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	await expectNoAxeViolations(page);

	await answerAndCheck(page);
	await expectNoAxeViolations(page);
	// The results page is checked at the end of the full keyboard run (student-quiz.spec.ts).
});

test('focus moves to the feedback after a check and the live region announces the verdict', async ({
	page
}) => {
	await page.goto(QUIZ_URL);
	const announcer = page.getByTestId('quiz-announcer');
	await waitForFirstQuestion(page);
	await expect(announcer).toHaveText('');
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeDisabled();

	// No evidence is highlighted before the answer is checked: it would give the answer away.
	await expect(page.locator('section.read mark')).toHaveCount(0);
	await answerByKeyboard(page);
	await tabToButton(page, 'Check answer');
	await page.keyboard.press('Enter');
	const feedback = page.locator('section.feedback');
	await expect(feedback).toBeFocused();
	const verdict = await feedback.locator('.verdict').innerText();
	await expect(announcer).toHaveText(
		/Correct/.test(verdict) && !/Not quite/.test(verdict) ? 'Correct' : /^Not quite/
	);
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	// The evidence is highlighted in the excerpt and quoted in the feedback.
	const highlighted = (await page.locator('section.read mark').allInnerTexts()).join(' ');
	expect(highlighted.length).toBeGreaterThan(0);
	const quoted = await feedback.locator('.evidence li').first().innerText();
	expect(quoted).toContain(highlighted.split(' ').slice(0, 3).join(' '));

	// Moving on clears the announcement and puts focus at the top of the next question.
	await goNext(page);
	await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
	await expect(announcer).toHaveText('');
	const focusedId = await page.evaluate(() => document.activeElement?.id);
	expect(['question-heading', 'read-heading']).toContain(focusedId);
});

test('the dark theme keeps library, quiz and feedback free of axe violations', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.getByText('Not started')).toBeVisible();
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(17, 20, 24)');
	await expectNoAxeViolations(page);

	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	await answerAndCheck(page);
	await expectNoAxeViolations(page);
});
