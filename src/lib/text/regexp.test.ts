import { describe, expect, it } from 'vitest';
import { escapeRegExp, wordAlternatives } from './regexp';

describe('escapeRegExp', () => {
	it('matches names with dots, brackets and other RegExp characters literally', () => {
		for (const text of ['Jr.', 'St. John (R-Ky.)', 'a+b*c?', '$5 [est.] ^x | y \\ z {2}']) {
			const pattern = new RegExp(`^${escapeRegExp(text)}$`);
			expect(pattern.test(text)).toBe(true);
		}
	});
	it('no longer lets a dot stand for any character', () => {
		expect(new RegExp(escapeRegExp('Mr.')).test('Mrs')).toBe(false);
	});
});

describe('wordAlternatives', () => {
	it('matches each listed phrase whole, across any run of spaces, and nothing else', () => {
		const pattern = new RegExp(`^(?:${wordAlternatives(['town hall', 'St. Paul'])})$`);
		expect(pattern.test('town   hall')).toBe(true);
		expect(pattern.test('St. Paul')).toBe(true);
		expect(pattern.test('StX Paul')).toBe(false);
		expect(pattern.test('town')).toBe(false);
	});
	it('lets the caller say what joins the words of a phrase', () => {
		const pattern = new RegExp(`^(?:${wordAlternatives(['town hall'], String.raw`[\s-]+`)})$`);
		expect(pattern.test('town-hall')).toBe(true);
		expect(new RegExp(`^(?:${wordAlternatives(['town hall'])})$`).test('town-hall')).toBe(false);
	});
});
