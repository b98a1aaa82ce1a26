import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	parseReadingSettings,
	READING_DEFAULTS,
	READING_KEY,
	READING_OPTIONS,
	readingAttributes,
	TEXT_SIZES,
	type ReadingSettings
} from './settings';

const chosen: ReadingSettings = {
	textSize: '150',
	lineSpacing: 'loose',
	lineWidth: 'narrow',
	font: 'atkinson',
	theme: 'dark'
};

describe('reading settings', () => {
	it('offers at least four text sizes and every setting the issue asks for', () => {
		expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(4);
		expect(READING_OPTIONS.font.values).toEqual(['default', 'serif', 'atkinson']);
		expect(READING_OPTIONS.theme.values).toEqual(['system', 'light', 'dark']);
		expect(READING_OPTIONS.lineSpacing.values.length).toBeGreaterThanOrEqual(2);
		expect(READING_OPTIONS.lineWidth.values.length).toBeGreaterThanOrEqual(2);
	});

	it('parses stored settings and falls back to the defaults for junk', () => {
		expect(parseReadingSettings(chosen)).toEqual(chosen);
		expect(parseReadingSettings(null)).toEqual(READING_DEFAULTS);
		expect(parseReadingSettings('x')).toEqual(READING_DEFAULTS);
		expect(
			parseReadingSettings({ textSize: '999', theme: 'dark', font: { evil: 1 }, extra: 'y' })
		).toEqual({ ...READING_DEFAULTS, theme: 'dark' });
	});

	it('names the <html> data attributes the styles read', () => {
		expect(readingAttributes(chosen)).toEqual({
			'data-text-size': '150',
			'data-line-spacing': 'loose',
			'data-line-width': 'narrow',
			'data-font': 'atkinson',
			'data-theme': 'dark'
		});
	});

	it('has only values the app.html script lets through', () => {
		for (const option of Object.values(READING_OPTIONS)) {
			for (const value of option.values) expect(value).toMatch(/^[a-z0-9]{1,12}$/);
		}
	});
});

describe('the app.html script that applies them before the first paint', () => {
	const html = readFileSync('src/app.html', 'utf8');
	const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';

	/** Runs the script; returns what it put in <html>'s dataset (`textSize` is `data-text-size`). */
	function runWith(stored: string | null): Record<string, string> {
		const root = { dataset: {} as Record<string, string> };
		const storage = { getItem: (key: string) => (key === READING_KEY ? stored : null) };
		// The script only touches localStorage and document.documentElement.
		new Function('localStorage', 'document', script)(storage, { documentElement: root });
		return root.dataset;
	}

	it('is small and reads the same localStorage key', () => {
		expect(script.length).toBeGreaterThan(0);
		expect(script.length).toBeLessThan(400);
		expect(script).toContain(`'${READING_KEY}'`);
	});

	it('sets the same settings the app sets (each key becomes its data- attribute)', () => {
		expect(runWith(JSON.stringify(chosen))).toEqual(chosen);
	});

	it('ignores missing, broken and hostile values', () => {
		expect(runWith(null)).toEqual({});
		expect(runWith('{not json')).toEqual({});
		expect(
			runWith(
				JSON.stringify({ theme: 'dark" onload="x', textSize: '<b>', onclick: 'a', font: 'serif' })
			)
		).toEqual({ font: 'serif' });
	});
});
