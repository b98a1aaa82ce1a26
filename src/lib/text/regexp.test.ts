import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp';

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
