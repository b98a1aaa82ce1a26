/**
 * Reading settings: text size, line spacing, line width, font and theme. Each is a small set
 * of named steps, stored on the device and applied as data attributes on <html>, which the
 * global styles (src/lib/styles/ui.css) turn into sizes and colours.
 *
 * A copy is kept in localStorage under READING_KEY because the tiny script in src/app.html
 * must apply it before the first paint, synchronously, and IndexedDB cannot be read that way.
 * That script accepts only these keys and short lower-case values, so it stays a few lines.
 */

export { READING_KEY } from './keys';

export const TEXT_SIZES = ['100', '115', '130', '150', '175'] as const;
export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const FONTS = ['default', 'serif', 'atkinson'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export interface ReadingSettings {
	textSize: (typeof TEXT_SIZES)[number];
	lineSpacing: (typeof LINE_SPACINGS)[number];
	lineWidth: (typeof LINE_WIDTHS)[number];
	font: (typeof FONTS)[number];
	theme: (typeof THEMES)[number];
}
export type ReadingKey = keyof ReadingSettings;

export const READING_DEFAULTS: ReadingSettings = {
	textSize: '100',
	lineSpacing: 'normal',
	lineWidth: 'medium',
	font: 'default',
	theme: 'system'
};

/** Every setting, its allowed values and how each is named on screen. */
export const READING_OPTIONS: {
	[K in ReadingKey]: {
		label: string;
		values: readonly ReadingSettings[K][];
		names: Record<ReadingSettings[K], string>;
	};
} = {
	textSize: {
		label: 'Text size',
		values: TEXT_SIZES,
		names: { '100': '100%', '115': '115%', '130': '130%', '150': '150%', '175': '175%' }
	},
	lineSpacing: {
		label: 'Line spacing',
		values: LINE_SPACINGS,
		names: { normal: 'Normal', relaxed: 'Relaxed', loose: 'Loose' }
	},
	lineWidth: {
		label: 'Line width',
		values: LINE_WIDTHS,
		names: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' }
	},
	font: {
		label: 'Font',
		values: FONTS,
		names: { default: 'Default', serif: 'Serif', atkinson: 'Atkinson Hyperlegible' }
	},
	theme: {
		label: 'Theme',
		values: THEMES,
		names: { system: 'Same as this device', light: 'Light', dark: 'Dark' }
	}
};

const KEYS = Object.keys(READING_DEFAULTS) as ReadingKey[];

/** Settings from anything stored: unknown keys and values fall back to the defaults. */
export function parseReadingSettings(raw: unknown): ReadingSettings {
	const out: Record<string, string> = { ...READING_DEFAULTS };
	if (raw && typeof raw === 'object') {
		for (const key of KEYS) {
			const value = (raw as Record<string, unknown>)[key];
			if ((READING_OPTIONS[key].values as readonly unknown[]).includes(value)) {
				out[key] = value as string;
			}
		}
	}
	return out as unknown as ReadingSettings;
}

/** The settings as <html> data attributes (`textSize` → `data-text-size`). */
export function readingAttributes(settings: ReadingSettings): Record<string, string> {
	return Object.fromEntries(
		KEYS.map((key) => [
			`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
			settings[key]
		])
	);
}

/** Sets the attributes on an element (the document's <html>), as the app.html script does. */
export function applyReadingSettings(element: HTMLElement, settings: ReadingSettings): void {
	for (const key of KEYS) element.dataset[key] = settings[key];
}
