import { expect, test } from '@playwright/test';
import {
	answerAndCheck,
	expectNoAxeViolations,
	goNext,
	quizPosition,
	SEED_STORY,
	tabTo,
	type CheckedAnswer,
	waitForFirstQuestion
} from './helpers';

test('the seed quiz can be completed with the keyboard alone, and the results add up', async ({
	page
}) => {
	test.setTimeout(300_000);
	await page.goto(`/story/${SEED_STORY}`);
	// The story page prepares the generated questions while the student reads, so an attempt
	// started once they are cached includes them.
	await expect(page.getByText(/ \+ \d+ generated · /)).toBeVisible({ timeout: 90_000 });
	await tabTo(
		page,
		(f) => f.tag === 'a' && /^(Start|Resume) quiz$/.test(f.text),
		'the Start quiz link'
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/story/${SEED_STORY}/quiz$`));
	await waitForFirstQuestion(page);

	const first = await quizPosition(page);
	expect(first.position).toBe(1);
	expect(first.total).toBeGreaterThan(10);

	const answers: CheckedAnswer[] = [];
	const types = new Set<string>();
	let generated = 0;
	for (let n = 1; n <= first.total; n++) {
		expect(await quizPosition(page)).toEqual({ position: n, total: first.total });
		if (await page.locator('#question-heading .badge', { hasText: 'Generated' }).isVisible())
			generated++;
		const answer = await answerAndCheck(page);
		answers.push(answer);
		types.add(answer.type);
		await goNext(page);
	}

	await expect(page).toHaveURL(new RegExp(`/story/${SEED_STORY}/results$`));
	// Built-in stories add up to six generated questions, labelled as such, to the curated ones.
	expect(generated).toBeGreaterThan(0);
	expect(generated).toBeLessThanOrEqual(6);
	await expect(page.getByRole('heading', { level: 2, name: /^Your score:/ })).toBeVisible();
	await expectNoAxeViolations(page);
	// The seed bank (src/lib/bank/curated) uses all eight kinds of question; each was answered by keyboard.
	expect([...types].sort()).toEqual([
		'cloze',
		'evidence',
		'matching',
		'multi',
		'numeric',
		'ordering',
		'single',
		'truefalse'
	]);

	// Each reviewed answer has the verdict the feedback gave at the time.
	const reviews = page.locator('article.review');
	await expect(reviews).toHaveCount(first.total);
	const reviewed: { skill: string; credit: number }[] = [];
	for (let i = 0; i < first.total; i++) {
		const review = reviews.nth(i);
		const verdict = (await review.locator('.verdict').innerText()).trim();
		const credit = answers[i]!.credit;
		if (credit === 1) expect(verdict).toBe('Correct');
		else if (credit > 0) expect(verdict).toBe(`Partly correct (${Math.round(credit * 100)}%)`);
		else expect(verdict).toBe('Incorrect');
		reviewed.push({ skill: (await review.getAttribute('data-skill')) ?? '', credit });
	}

	const total = answers.reduce((sum, a) => sum + a.credit, 0);
	await expect(page.getByRole('heading', { level: 2, name: /^Your score:/ })).toHaveText(
		`Your score: ${Math.round((total / first.total) * 100)}%`
	);

	// The skills table lists exactly the skills asked, with matching counts and points.
	const bySkill = new Map<string, { asked: number; credit: number }>();
	for (const r of reviewed) {
		const tally = bySkill.get(r.skill) ?? { asked: 0, credit: 0 };
		tally.asked++;
		tally.credit += r.credit;
		bySkill.set(r.skill, tally);
	}
	const rows = page.locator('table.skills tbody tr');
	await expect(rows).toHaveCount(bySkill.size);
	for (const [skill, tally] of bySkill) {
		const cells = rows.locator(`xpath=self::tr[@data-skill="${skill}"]`).locator('td');
		await expect(cells.nth(0)).toHaveText(String(tally.asked));
		// Points show at most one decimal: within half a tenth of the exact sum.
		const points = await cells.nth(1).innerText();
		expect(points).toMatch(/^\d+(\.\d)?$/);
		expect(Math.abs(Number(points) - tally.credit)).toBeLessThanOrEqual(0.05 + 1e-9);
		await expect(cells.nth(2)).toContainText(`${Math.round((tally.credit / tally.asked) * 100)}%`);
	}
});

test('a first quiz starts without waiting for the generator; the next attempt includes its questions', async ({
	page
}) => {
	test.setTimeout(180_000);
	// Straight to the quiz on a fresh device: nothing is cached, and the curated questions
	// are on screen without waiting for the generator's Worker.
	await page.goto(`/story/${SEED_STORY}/quiz`);
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible({ timeout: 15_000 });
	const first = await quizPosition(page);
	await expect(page.locator('#question-heading .badge', { hasText: 'Generated' })).toHaveCount(0);

	await page.goto(`/story/${SEED_STORY}`);
	const count = page.getByText(/ \+ \d+ generated · /);
	await expect(count).toBeVisible({ timeout: 90_000 });
	const generated = Number((await count.innerText()).match(/\+ (\d+) generated/)?.[1]);
	expect(generated).toBeGreaterThan(0);

	// Reset so the next visit starts a new attempt rather than resuming the first one.
	await page.getByRole('button', { name: 'Reset progress' }).click();
	await page
		.getByRole('dialog', { name: 'Reset your progress?' })
		.getByRole('button', { name: 'Reset progress' })
		.click();
	await page.getByRole('link', { name: 'Start quiz' }).click();
	await waitForFirstQuestion(page);
	expect(await quizPosition(page)).toEqual({ position: 1, total: first.total + generated });
});
