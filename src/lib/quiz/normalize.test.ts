import { describe, expect, it } from 'vitest';
import {
	initialsOf,
	initialsWithSmallWordsOf,
	isAbbreviation,
	normalizeAnswer,
	parseAmount,
	parseNumber
} from './normalize';

describe('normalizeAnswer', () => {
	it('ignores case, surrounding punctuation and quotes', () => {
		expect(normalizeAnswer('  “The Hill.” ')).toBe('hill');
		expect(normalizeAnswer('"Proxy war!"')).toBe('proxy war');
	});
	it('drops a leading article but keeps inner ones', () => {
		expect(normalizeAnswer('a dozen')).toBe('dozen');
		expect(normalizeAnswer('An envoy')).toBe('envoy');
		expect(normalizeAnswer('Voice of the People')).toBe('voice of the people');
	});
	it('removes apostrophes so a missing one does not matter', () => {
		expect(normalizeAnswer("Iran's")).toBe(normalizeAnswer('Irans'));
		expect(normalizeAnswer('Iran’s')).toBe('irans');
	});
	it('folds diacritics and inner punctuation to single spaces', () => {
		expect(normalizeAnswer('Muqtada al-Sadr')).toBe('muqtada al sadr');
		expect(normalizeAnswer('Café   Zürich')).toBe('cafe zurich');
	});
	it('keeps decimal points and thousands separators between digits only', () => {
		expect(normalizeAnswer('6,000.')).toBe('6,000');
		expect(normalizeAnswer('1.5 million')).toBe('1.5 million');
	});
	it('matches initials with and without dots', () => {
		expect(normalizeAnswer('the U.S. Embassy')).toBe(normalizeAnswer('US embassy'));
		expect(normalizeAnswer('U.S.A.')).toBe('usa');
		expect(normalizeAnswer('A U.S. official')).toBe('us official');
	});
	it('reads the short form "Dept." as the word it stands for', () => {
		expect(normalizeAnswer('Harbours Dept.')).toBe(normalizeAnswer('Harbours Department'));
		expect(normalizeAnswer('the Dept. of Harbours')).toBe('department of harbours');
		expect(normalizeAnswer('Depth')).toBe('depth');
	});
	it('still drops a lone leading article before a word', () => {
		expect(normalizeAnswer('A proxy war')).toBe('proxy war');
	});
	it('turns pure punctuation into an empty answer', () => {
		expect(normalizeAnswer(' ... ')).toBe('');
	});
});

describe('parseNumber', () => {
	it('reads trillions, which the generator also meets in budget figures', () => {
		expect(parseNumber('5 trillion')).toBe(5_000_000_000_000);
		expect(parseNumber('1.2 trillion')).toBe(1_200_000_000_000);
	});

	it.each([
		['6,000', 6000],
		['6000', 6000],
		['6 000', 6000],
		['6k', 6000],
		['25', 25],
		['1.5', 1.5],
		['1.5 million', 1_500_000],
		['six thousand', 6000],
		['twenty-five', 25],
		['twenty five', 25],
		['a dozen', 12],
		['two dozen', 24],
		['one hundred and five', 105],
		['two hundred thousand', 200_000],
		['about 25', 25],
		['at least 62', 62],
		['6,000.', 6000],
		['“25”', 25],
		// Half of a scale, and the short scale letters of news English ("$250bn", "$3b").
		['half a million', 500_000],
		['a half million', 500_000],
		['half a dozen', 6],
		['250bn', 250_000_000_000],
		['3b', 3_000_000_000],
		['1.2tn', 1_200_000_000_000]
	])('reads %s as %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});

	it.each([
		'dozens',
		'thousands',
		'several',
		'',
		'a',
		'six apples',
		'6,00',
		'thousand six',
		'half',
		'half a loaf'
	])('refuses %j', (text) => {
		expect(parseNumber(text)).toBeNull();
	});
});

describe('parseAmount', () => {
	it.each([
		['$1.2 million', 1_200_000, 'money'],
		['US$ 5', 5, 'money'],
		['300 dollars', 300, 'money'],
		['40%', 40, 'percent'],
		['forty per cent', 40, 'percent'],
		['1.2 million', 1_200_000, null],
		['$250bn', 250_000_000_000, 'money']
	] as const)('reads %s as %d (%s)', (text, value, unit) => {
		expect(parseAmount(text)).toEqual({ value, unit });
	});

	it('refuses a sign of both kinds and text that is not an amount', () => {
		expect(parseAmount('$40%')).toBeNull();
		expect(parseAmount('$ dollars')).toBeNull();
		expect(parseAmount('many dollars')).toBeNull();
	});
});

describe('initialsOf and isAbbreviation', () => {
	it('skips small words and ignores single words', () => {
		expect(initialsOf('Federal Bureau of Investigation')).toBe('fbi');
		expect(initialsOf('the Department of the Interior')).toBe('di');
		expect(initialsOf('Congress')).toBeNull();
	});

	it('keeps the letter of "of" for short forms like DOJ, and only when it changes them', () => {
		expect(initialsWithSmallWordsOf('Department of Energy')).toBe('doe');
		expect(initialsWithSmallWordsOf('the Bureau of Land Management')).toBe('bolm');
		expect(initialsWithSmallWordsOf('National Weather Service')).toBeNull();
		expect(initialsWithSmallWordsOf('Parliament')).toBeNull();
	});

	it('takes capitals with or without dots as an abbreviation, and nothing else', () => {
		expect(isAbbreviation('FBI')).toBe(true);
		expect(isAbbreviation('U.N.')).toBe(true);
		expect(isAbbreviation('Fbi')).toBe(false);
		expect(isAbbreviation('A')).toBe(false);
		expect(isAbbreviation('ABCDEFG')).toBe(false);
	});
});
