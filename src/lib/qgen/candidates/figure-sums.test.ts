import { describe, expect, it } from 'vitest';
import type { Mention } from '../types';
import { plausibleSum, sumCurrency, withSignOf } from './figure-sums';

const figure = (text: string, start: number, noun?: string): Mention => ({
	kind: 'quantity',
	text,
	start,
	end: start + text.length,
	articleId: 'a',
	sentence: 0,
	value: 1,
	noun
});

describe('sumCurrency', () => {
	it('reads the sign before or inside a figure, or a bare sum counted in dollars', () => {
		const text = 'She paid $43,000 for a watch and about $3.5 billion in all; 12 workers left.';
		expect(sumCurrency(figure('43,000', text.indexOf('43,000'), 'watch'), text)).toBe('$');
		expect(sumCurrency(figure('about $3.5 billion', text.indexOf('about'), 'in'), text)).toBe('$');
		expect(sumCurrency(figure('12', text.indexOf('12'), 'workers'), text)).toBeUndefined();
		expect(sumCurrency(figure('300', 0, 'dollars'), '300 dollars')).toBe('$');
	});
});

describe('plausibleSum', () => {
	it('keeps sums within a tenth to ten times the key', () => {
		expect(plausibleSum(43000, 5150)).toBe(true);
		expect(plausibleSum(43000, 14000)).toBe(true);
		expect(plausibleSum(43000, 750000)).toBe(false);
		expect(plausibleSum(43000, 466)).toBe(false);
		expect(plausibleSum(43000, 43000)).toBe(false);
	});
});

describe('withSignOf', () => {
	it("writes a story sum with the key's sign, or without one", () => {
		expect(withSignOf('$3.5 billion', '7.7 billion', '$')).toBe('$7.7 billion');
		expect(withSignOf('43,000', '$14,000', '$')).toBe('14,000');
	});
});
