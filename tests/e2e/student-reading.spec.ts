/**
 * Reading settings (issue 12, part 2): reachable by keyboard under Settings and in the quiz,
 * applied before the first paint, kept across reloads, axe-clean at every text size and
 * theme, and text spacing (WCAG 1.4.12) holding at every setting.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	QUIZ_URL,
	SEED_STORY,
	tabTo,
	waitForFirstQuestion
} from './helpers';
import { clippedUnderTextSpacing, TEXT_SIZES, useReadingSettings } from './reading-helpers';

const rootFontPx = (page: Page) =>
	page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodyBackground = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('Settings → Reading works by keyboard alone and persists across reloads', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 2, name: 'Reading' })).toBeVisible();
	expect(await rootFontPx(page)).toBe(16);

	// Tab into the text size group (focus lands on the checked radio), then arrow to 150%.
	await tabTo(
		page,
		(f) => f.tag === 'input' && f.id === 'settings-reading-textSize-100',
		'text size'
	);
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: '150%' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
	expect(await rootFontPx(page)).toBe(24);

	// On to the theme group: Dark.
	await tabTo(
		page,
		(f) => f.tag === 'input' && f.id.startsWith('settings-reading-theme-'),
		'theme'
	);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await bodyBackground(page)).toBe('rgb(17, 20, 24)');

	// A reload applies both before anything is drawn: the attributes are already on <html>
	// when <body> starts (the app.html script runs in <head>), and nothing shifts.
	await page.addInitScript(() => {
		const seen: Record<string, string | undefined> = {};
		(window as unknown as { readingAtBody: typeof seen }).readingAtBody = seen;
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			seen.textSize = document.documentElement.dataset.textSize;
			seen.theme = document.documentElement.dataset.theme;
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
		(window as unknown as { shifts: number }).shifts = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.reload();
	await expect(page.getByRole('radio', { name: '150%' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	expect(
		await page.evaluate(() => (window as unknown as { readingAtBody: object }).readingAtBody)
	).toEqual({
		textSize: '150',
		theme: 'dark'
	});
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(
		0.02
	);
	await expectNoAxeViolations(page);
});

test('the quiz has reading settings one click away, by keyboard, and Escape closes them', async ({
	page
}) => {
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	const button = page.getByRole('button', { name: 'Reading settings' });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await tabTo(
		page,
		(f) => f.tag === 'button' && f.text.includes('Reading settings'),
		'the Reading settings button'
	);
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const panel = page.getByRole('group', { name: 'Reading settings' });
	await expect(panel.getByRole('radio', { name: '100%' })).toBeVisible();
	await expectNoAxeViolations(page);

	// Line spacing → Loose, font → Atkinson Hyperlegible, by keyboard.
	await tabTo(page, (f) => f.tag === 'input' && f.id.includes('lineSpacing'), 'line spacing');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('html')).toHaveAttribute('data-line-spacing', 'loose');
	const fontRequests: string[] = [];
	page.on('request', (r) => {
		if (/atkinson/i.test(r.url())) fontRequests.push(r.url());
	});
	await tabTo(page, (f) => f.tag === 'input' && f.id.includes('-font-'), 'font');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('html')).toHaveAttribute('data-font', 'atkinson');
	await expect
		.poll(() => page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"')))
		.toBe(true);
	expect(fontRequests.some((url) => url.endsWith('.woff2'))).toBe(true);
	const lineHeight = await page.evaluate(() => {
		const p = document.querySelector('section.read p') as HTMLElement;
		return parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize);
	});
	expect(lineHeight).toBeGreaterThan(2.1);

	await page.keyboard.press('Escape');
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(button).toBeFocused();
	await expect(panel).toBeHidden();

	// The quiz question is still there, and the choice persists across a reload.
	await page.reload();
	await waitForFirstQuestion(page);
	await expect(page.locator('html')).toHaveAttribute('data-font', 'atkinson');
	await expect(page.locator('html')).toHaveAttribute('data-line-spacing', 'loose');
});

test('the default font downloads no Atkinson Hyperlegible file', async ({ page }) => {
	const fontRequests: string[] = [];
	page.on('request', (r) => {
		if (/atkinson/i.test(r.url())) fontRequests.push(r.url());
	});
	await page.goto(QUIZ_URL);
	await waitForFirstQuestion(page);
	await page.waitForLoadState('networkidle');
	expect(fontRequests).toEqual([]);
});

const STUDENT_PAGES = [
	{
		name: 'library',
		path: '/',
		ready: (p: Page) => expect(p.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
	},
	{
		name: 'story',
		path: `/story/${SEED_STORY}`,
		ready: (p: Page) => expect(p.getByRole('link', { name: /quiz$/ })).toBeVisible()
	},
	{ name: 'quiz', path: QUIZ_URL, ready: waitForFirstQuestion },
	{
		name: 'settings',
		path: '/settings',
		ready: (p: Page) =>
			expect(p.getByRole('heading', { name: 'Storage on this device' })).toBeVisible()
	}
];

for (const target of STUDENT_PAGES) {
	test(`the ${target.name} page is axe-clean at every text size in light and dark, and keeps text spacing`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto(target.path);
		await target.ready(page);
		for (const theme of ['light', 'dark']) {
			for (const textSize of TEXT_SIZES) {
				const lineSpacing = textSize === '175' ? 'loose' : 'normal';
				await useReadingSettings(page, { textSize, theme, lineSpacing, lineWidth: 'wide' });
				await target.ready(page);
				await expectNoAxeViolations(page);
			}
		}
		// Text spacing at the largest size with the widest and narrowest lines and each font.
		for (const font of ['default', 'serif', 'atkinson']) {
			await useReadingSettings(page, {
				textSize: '175',
				lineWidth: font === 'serif' ? 'narrow' : 'wide',
				font
			});
			await target.ready(page);
			expect(await clippedUnderTextSpacing(page)).toEqual([]);
		}
	});
}

test('the article page is axe-clean at the largest text size in dark and keeps text spacing', async ({
	page
}) => {
	await page.goto(`/story/${SEED_STORY}`);
	await page
		.getByRole('link', { name: /^Read full article/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/article\//);
	for (const theme of ['light', 'dark']) {
		await useReadingSettings(page, { textSize: '175', theme, lineSpacing: 'loose' });
		await expect(page.locator('h1')).toBeVisible();
		await expectNoAxeViolations(page);
	}
	expect(await clippedUnderTextSpacing(page)).toEqual([]);
});
