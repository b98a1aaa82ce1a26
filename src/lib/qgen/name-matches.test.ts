import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '$lib/text/regexp';
import { wholeNameMatches } from './name-matches';

/** What the pattern it stands in for finds. */
const byPattern = (text: string, words: string[], from = 0) => {
	const re = new RegExp(
		`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
		'gu'
	);
	re.lastIndex = from;
	return [...text.matchAll(re)].map((m) => ({ index: m.index, length: m[0].length }));
};

describe('wholeNameMatches', () => {
	it('finds a name whole, across any run of spaces, and nowhere it touches a letter or digit', () => {
		const text =
			'Ann Roe spoke. JoAnn Roe did not. Ann  Roe,\nAnn\u00a0Roe and Ann Roes; 9Ann Roe; Ann Roe-Smith; 𝐀Ann Roe. Ann Roe';
		const words = ['Ann', 'Roe'];
		expect(wholeNameMatches(text, words)).toEqual(byPattern(text, words));
		expect(
			wholeNameMatches(text, words)!.map((m) => text.slice(m.index, m.index + m.length))
		).toEqual(['Ann Roe', 'Ann  Roe', 'Ann\u00a0Roe', 'Ann Roe', 'Ann Roe']);
		expect(wholeNameMatches(text, words, 20)).toEqual(byPattern(text, words, 20));
	});
	it('agrees with the pattern on many made-up texts', () => {
		const pieces = [
			'Ann',
			'Roe',
			' ',
			'  ',
			'\n',
			'x',
			'9',
			'-',
			'.',
			'é',
			'𝐀',
			'Ann Roe',
			'AnnAnn'
		];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
		for (let i = 0; i < 400; i++) {
			const text = Array.from({ length: 12 }, () => pieces[next()]).join('');
			for (const words of [['Ann', 'Roe'], ['Ann'], ['Roe', 'Ann', 'Roe']])
				expect(wholeNameMatches(text, words)).toEqual(byPattern(text, words));
		}
	});
	it('leaves to the pattern words it cannot be sure of', () => {
		expect(wholeNameMatches('Ann Roe', ['', 'Roe'])).toBeNull();
		expect(wholeNameMatches('Ann Roe', [])).toBeNull();
	});
});
