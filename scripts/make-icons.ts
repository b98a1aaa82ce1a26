/**
 * Draws Byline's app icons as SVG and rasterises them with headless Chromium
 * (Debian's /usr/bin/chromium through playwright-core): no image library or
 * native dependency is needed, and re-running it reproduces the committed PNGs.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const OUT_DIR = resolve(import.meta.dirname, '..', 'static', 'icons');
/** The theme colour in app.html and the manifest. */
export const ICON_BACKGROUND = '#1f3a5f';

/** The "B" glyph of static/favicon.svg, on a 64-unit grid centred near (33, 33). */
const GLYPH =
	'M18 14h16c8 0 12 4 12 10 0 4-2 7-6 8 5 1 8 4 8 9 0 7-5 11-13 11H18zm9 8v9h6c3 0 5-2 5-4.5S36 22 33 22zm0 16v10h7c3 0 5-2 5-5s-2-5-5-5z';

/**
 * `maskable`: full-bleed background with the glyph shrunk into the central safe
 * circle (radius 40% of the icon), since launchers crop to any shape.
 * Otherwise: a rounded square like the favicon, corners transparent.
 */
export function iconSvg(size: number, maskable: boolean): string {
	const glyphScale = maskable ? 0.62 : 1;
	const offset = 33 - 33 * glyphScale - 1;
	const background = maskable
		? `<rect width="64" height="64" fill="${ICON_BACKGROUND}"/>`
		: `<rect width="64" height="64" rx="12" fill="${ICON_BACKGROUND}"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}">${background}<path transform="translate(${offset} ${offset}) scale(${glyphScale})" d="${GLYPH}" fill="#fff"/></svg>`;
}

interface IconSpec {
	file: string;
	size: number;
	maskable: boolean;
	/** iOS shows transparency as black, so its icon is drawn full-bleed. */
	opaque?: boolean;
}

export const ICONS: IconSpec[] = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'maskable-512.png', size: 512, maskable: true },
	{ file: 'apple-touch-icon.png', size: 180, maskable: true, opaque: true }
];

async function main(): Promise<void> {
	mkdirSync(OUT_DIR, { recursive: true });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		for (const icon of ICONS) {
			const page = await browser.newPage({
				viewport: { width: icon.size, height: icon.size },
				deviceScaleFactor: 1
			});
			const svg = iconSvg(icon.size, icon.maskable);
			await page.setContent(
				`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`
			);
			const png = await page.locator('svg').screenshot({ omitBackground: !icon.opaque });
			writeFileSync(join(OUT_DIR, icon.file), png);
			await page.close();
			console.log(`${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
		}
	} finally {
		await browser.close();
	}
}

await main();
