/** Reading settings in browser tests: set them as the app stores them, and check the page under them. */
import { expect, type Page } from '@playwright/test';

/** Must match READING_KEY in src/lib/reading/settings.ts. */
export const READING_KEY = 'byline:reading';
export const TEXT_SIZES = ['100', '115', '130', '150', '175'] as const;

/** Stores settings the way the app does and reloads, so the app.html script applies them. */
export async function useReadingSettings(page: Page, settings: Record<string, string>) {
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		READING_KEY,
		JSON.stringify(settings)
	] as const);
	await page.reload();
	for (const [name, value] of Object.entries(settings)) {
		await expect(page.locator('html')).toHaveAttribute(
			`data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
			value
		);
	}
}

/**
 * WCAG 1.4.12 (text spacing): with line height 1.5, paragraph spacing 2em, letter spacing
 * 0.12em and word spacing 0.16em forced on every element, no text may be cut off. Returns a
 * description of each element that clips its content (empty when none does).
 */
export async function clippedUnderTextSpacing(page: Page): Promise<string[]> {
	// A constructed stylesheet, as a reader's user style or extension applies it: the page's
	// strict CSP (rightly) refuses an injected <style> element, but not the CSSOM.
	await page.evaluate(() => {
		const spacing = new CSSStyleSheet();
		spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
			word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
	});
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			if (!el.checkVisibility?.() || el.closest('.visually-hidden')) continue;
			const style = getComputedStyle(el);
			const clipsX = /hidden|clip/.test(style.overflowX);
			const clipsY = /hidden|clip/.test(style.overflowY);
			const cutX = clipsX && el.scrollWidth > el.clientWidth + 1;
			const cutY = clipsY && el.scrollHeight > el.clientHeight + 1;
			if ((cutX || cutY) && (el.textContent ?? '').trim() !== '') {
				out.push(
					`${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`
				);
			}
		}
		// The page itself must not need sideways scrolling.
		if (document.documentElement.scrollWidth > window.innerWidth + 1)
			out.push('page scrolls sideways');
		return out;
	});
}
