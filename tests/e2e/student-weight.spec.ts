/**
 * What the student quiz page really downloads, measured in a browser: every script it loads
 * (static imports and anything loaded lazily while the first question appears), gzipped.
 * Guards against the big things that must stay off student pages: the question generator's
 * language library (compromise, which only the generator's Worker loads), and the seed story's
 * texts with the article cleaner (now prebuilt JSON that the page's HTML preloads).
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { QUIZ_URL, waitForFirstQuestion } from './helpers';

/**
 * An error message in compromise's lookup code (node_modules/compromise/src/1-one/lookup/api/scan.js);
 * a string literal, so it survives minification. The generator's Worker chunk carries it.
 */
const GENERATOR_NLP_MARKER = 'Compromise invalid lookup trie';
/** A sentence of the seed article 000 (src/lib/content/seed/000_*.txt). */
const SEED_TEXT_MARKER = 'spoke with Iraqi Prime Minister';
/**
 * The issue "Installable offline PWA…" asks for at most 60 KB of gzip JS on the quiz route:
 * the scripts its HTML preloads, which the page waits for (read strictly: 60,000 bytes).
 */
const QUIZ_UP_FRONT_BUDGET_BYTES = 60_000;
/**
 * Everything loaded by the time the first question shows: the above plus storage (~10 KiB
 * of it localforage), the cached generated questions' checks, the update prompt, and (since
 * reading settings, read-aloud and review over time) the reading-settings menu that loads
 * after the page is up. Now ~84.4 KiB; a little headroom so that growth is noticed. Lower it
 * as the page gets lighter; the hard limit is the up-front budget above.
 */
const QUIZ_TOTAL_BUDGET_BYTES = 86 * 1024;

// The service worker precaches everything; count what the page itself asks for.
test.use({ serviceWorkers: 'block' });

function recordScripts(page: Page): Map<string, Buffer> {
	const scripts = new Map<string, Buffer>();
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js') || /\/workers\//.test(response.url())) return;
		try {
			scripts.set(response.url(), await response.body());
		} catch {
			// No body (a redirect): nothing to weigh.
		}
	});
	return scripts;
}

test("the quiz page loads neither the generator's language library nor the seed texts, and stays within its script budget", async ({
	page
}, testInfo) => {
	const scripts = recordScripts(page);
	const response = await page.goto(QUIZ_URL);
	const html = (await response?.text()) ?? '';
	await waitForFirstQuestion(page);
	await page.waitForLoadState('networkidle');

	expect(scripts.size).toBeGreaterThan(3);
	const withMarker = (marker: string) =>
		[...scripts].filter(([, body]) => body.includes(marker)).map(([url]) => url);
	expect(withMarker(GENERATOR_NLP_MARKER)).toEqual([]);
	expect(withMarker(SEED_TEXT_MARKER)).toEqual([]);
	// The texts still reach the page, as data: a JSON file its HTML preloads.
	const preloadedData =
		/<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)"/.exec(html);
	expect(preloadedData).not.toBeNull();
	const dataUrl = new URL(preloadedData![1]!, page.url()).href;
	expect(await (await page.request.get(dataUrl)).text()).toContain(SEED_TEXT_MARKER);

	const preloaded = new Set(
		[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map(
			(m) => new URL(m[1]!, page.url()).href
		)
	);
	expect(preloaded.size).toBeGreaterThan(3);
	// Every preloaded script was fetched, so the up-front sum below misses none.
	expect([...preloaded].filter((url) => !scripts.has(url))).toEqual([]);
	const gzip = (urls: string[]) =>
		urls.reduce((sum, url) => sum + gzipSync(scripts.get(url)!).length, 0);
	const upFront = gzip([...preloaded]);
	const total = gzip([...scripts.keys()]);
	const summary = `${preloaded.size} files, ${upFront.toLocaleString('en-US')} bytes gzip up front; ${scripts.size} files, ${total.toLocaleString('en-US')} bytes in total`;
	testInfo.annotations.push({ type: 'quiz scripts', description: summary });
	console.log(`quiz page scripts: ${summary}`);
	expect(upFront).toBeLessThanOrEqual(QUIZ_UP_FRONT_BUDGET_BYTES);
	expect(total).toBeLessThanOrEqual(QUIZ_TOTAL_BUDGET_BYTES);
});
