import { describe, expect, it } from 'vitest';
import { findQuantities, parseAmount } from './quantities';

const find = (t: string) =>
	findQuantities(t, () => 0, 'a').map((q) => [t.slice(q.start, q.end), q.value, q.noun]);

describe('parseAmount', () => {
	it('reads digits, words, scales and vague amounts', () => {
		expect(parseAmount('6,000')).toEqual({ value: 6000, vague: false });
		expect(parseAmount('five')).toEqual({ value: 5, vague: false });
		expect(parseAmount('2.5 million')).toEqual({ value: 2_500_000, vague: false });
		expect(parseAmount('thousands')).toEqual({ value: 3000, vague: true });
	});
});

describe('findQuantities', () => {
	it('keeps hedges and finds the counted noun', () => {
		expect(find('Strikes killed at least 25 militia fighters on Sunday.')).toEqual([
			['at least 25', 25, 'militia fighters']
		]);
		expect(find('Thousands of protesters stormed it.')).toEqual([
			['Thousands', 3000, 'protesters']
		]);
		expect(find('Some 5,000 troops remain, and roughly 6,000 people came.')).toEqual([
			['Some 5,000', 5000, 'troops'],
			['roughly 6,000', 6000, 'people']
		]);
		expect(find('dozens of demonstrators')).toEqual([['dozens', 36, 'demonstrators']]);
	});
	it('skips days of the month, years and "one of"', () => {
		expect(find('On Dec. 29, 2019, one of them left.')).toEqual([]);
	});
});
