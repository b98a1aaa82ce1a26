import { describe, expect, it } from 'vitest';
import { dayOfMonth, laterDaysFit } from './date-window';

describe('laterDaysFit', () => {
	it('reads "more than two months later, on" as fitting any later day', () => {
		expect(laterDaysFit('More than two months later, on ')).toBe(true);
		expect(laterDaysFit('The ferry sailed again over a week after that, on ')).toBe(true);
		expect(laterDaysFit('At least 10 days later, in ')).toBe(true);
	});
	it('leaves an exact span and a plain date', () => {
		expect(laterDaysFit('Two months later, on ')).toBe(false);
		expect(laterDaysFit('The board met on ')).toBe(false);
	});
});

describe('dayOfMonth', () => {
	it('reads the day of a month and day', () => {
		expect(dayOfMonth('March 30')).toBe(30);
		expect(dayOfMonth('Nov. 8, 2017')).toBe(8);
		expect(dayOfMonth('Monday')).toBeUndefined();
	});
});
