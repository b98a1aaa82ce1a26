/**
 * The question list with 5,000 questions: how long a search keystroke takes to show its
 * result in the page (filter + render), measured inside the page with performance.now().
 * The figures are printed for the report and never asserted: speed belongs to the benchmark
 * (`npm run bench -- filter`); this test checks that search and filters give the right results
 * at that scale.
 */
import { expect, test } from '@playwright/test';
import { makeSyntheticQuestions } from '../../src/lib/bank/ops/synthetic';
import { ferryBank, importBank, STORY_ID } from './curate-story';

test('search and filters work on 5,000 questions (timings are printed, not asserted)', async ({
	page
}) => {
	test.setTimeout(120_000);
	const bank = ferryBank();
	bank.questions = makeSyntheticQuestions(5_000, STORY_ID, 'ferry-courier') as never;
	await importBank(page, bank, 'big.byline.json');

	const opened = Date.now();
	await page.goto(`/teach/questions?id=${STORY_ID}`);
	await expect(page.getByText('5,000 questions; showing the first 50.').first()).toBeVisible();
	const openMs = Date.now() - opened;

	// Each query: set the field, let Svelte flush and the browser paint, then read the count.
	// Three rounds, median per query: the machine is shared, so single runs are noisy.
	const timings = await page.evaluate(
		async (queries: string[]) => {
			const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
			const count = () => document.querySelector('p.count')?.textContent ?? '';
			const painted = () =>
				new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			const runs = new Map<string, number[]>(queries.map((q) => [q, []]));
			const counts = new Map<string, string>();
			for (let round = 0; round < 3; round++) {
				for (const query of queries) {
					const t0 = performance.now();
					input.value = query;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					await painted();
					runs.get(query)!.push(performance.now() - t0);
					counts.set(query, count());
				}
			}
			return queries.map((query) => {
				const sorted = runs.get(query)!.sort((a, b) => a - b);
				return { query, ms: Math.round(sorted[1]! * 10) / 10, count: counts.get(query)! };
			});
		},
		['m', 'ma', 'may', 'mayor', 'mayor budget', 'zoe muller', 'xylophone', '']
	);

	console.log(`open list with 5,000 questions: ${openMs} ms`);
	for (const t of timings) console.log(`search "${t.query}": median ${t.ms} ms → ${t.count}`);
	expect(timings.at(-1)!.count).toBe('5,000 questions; showing the first 50.');
	expect(timings.find((t) => t.query === 'xylophone')!.count).toBe('No questions match.');

	// A facet filter on top of the text search.
	await page.getByText('Filters', { exact: true }).click();
	const facet = await page.evaluate(async () => {
		const box = [...document.querySelectorAll('fieldset')]
			.find((f) => f.querySelector('legend')?.textContent === 'Skill')!
			.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
		const t0 = performance.now();
		box.click();
		await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		return Math.round((performance.now() - t0) * 10) / 10;
	});
	console.log(`skill filter: ${facet} ms`);
	await expect(page.locator('p.count').first()).not.toHaveText(
		'5,000 questions; showing the first 50.'
	);
});
