import { describe, expect, it } from 'vitest';
import { dayInStyleOf, findDates, resolveDate, trustedDate, weekBefore } from './dates';

describe('resolveDate', () => {
	// 2019-12-31 was a Tuesday.
	it('resolves weekdays to the latest such day on or before publication', () => {
		expect(resolveDate('Sunday', '2019-12-31')).toBe('2019-12-29');
		expect(resolveDate('Friday', '2019-12-31')).toBe('2019-12-27');
		expect(resolveDate('Tuesday', '2019-12-31')).toBe('2019-12-31');
		expect(resolveDate('last Tuesday', '2019-12-31')).toBe('2019-12-24');
	});
	it('resolves month-day forms, rolling back a year when needed', () => {
		expect(resolveDate('December 27', '2019-12-31')).toBe('2019-12-27');
		expect(resolveDate('Dec 29', '2019-12-31')).toBe('2019-12-29');
		expect(resolveDate('Dec 29', '2020-01-02')).toBe('2019-12-29');
		expect(resolveDate('March 13, 2018', '2019-01-01')).toBe('2018-03-13');
	});
	it('leaves vague expressions unresolved', () => {
		expect(resolveDate('last week', '2019-12-31')).toBeUndefined();
		expect(resolveDate('yesterday', '2019-12-31')).toBe('2019-12-30');
	});
});

describe('findDates', () => {
	it('finds dates with offsets and ignores the verb "may"', () => {
		const t = 'On Friday, Dec. 27, a rocket hit. It may rain last week.';
		const d = findDates(t, '2019-12-31', () => 0, 'a');
		expect(d.map((x) => t.slice(x.start, x.end))).toEqual(['Friday', 'Dec. 27', 'last week']);
		expect(d.map((x) => x.iso)).toEqual(['2019-12-27', '2019-12-27', undefined]);
	});
});

describe('weekdays that are not days', () => {
	it('skips a weekday closing a name, keeps AP-style "Macron Tuesday urged"', () => {
		const t =
			'In an interview with Fox News Sunday, Macron warned Trump. Macron Tuesday urged calm. On Monday, he left.';
		const d = findDates(t, '2018-04-24', () => 0, 'a');
		expect(d.map((x) => x.text)).toEqual(['Tuesday', 'Monday']);
	});
});

describe('trustedDate', () => {
	// 2019-12-31 was a Tuesday.
	it('trusts calendar dates and weekdays just past, not a bare weekday nearly a week back', () => {
		expect(trustedDate('Dec. 5', '2019-12-05', '2019-12-31')).toBe(true);
		expect(trustedDate('Monday', '2019-12-30', '2019-12-31')).toBe(true);
		expect(trustedDate('Wednesday', '2019-12-25', '2019-12-31')).toBe(false);
		expect(trustedDate('last Wednesday', '2019-12-25', '2019-12-31')).toBe(true);
		expect(trustedDate('last week', '2019-12-24', '2019-12-31')).toBe(false);
	});
});

describe('dayInStyleOf', () => {
	it('writes a day the way the model date is written', () => {
		expect(dayInStyleOf('Tuesday', '2019-12-05')).toBe('Thursday');
		expect(dayInStyleOf('last Tuesday', '2019-12-05')).toBe('Thursday');
		expect(dayInStyleOf('Dec. 29', '2020-01-02')).toBe('Jan. 2');
		expect(dayInStyleOf('December 29', '2019-12-05')).toBe('December 5');
		expect(dayInStyleOf('Sept. 3', '2019-03-05')).toBe('March 5');
		expect(dayInStyleOf('Aug. 3', '2019-09-05')).toBe('Sept. 5');
		expect(dayInStyleOf('March 13, 2018', '2018-03-14')).toBe('March 14, 2018');
		expect(dayInStyleOf('yesterday', '2019-12-05')).toBeUndefined();
	});
});

describe('weekBefore', () => {
	it('gives the Monday-to-Sunday week before the week of publication', () => {
		// 2019-12-04 was a Wednesday; 2019-12-02 a Monday; 2019-12-08 a Sunday.
		expect(weekBefore('2019-12-04')).toEqual({ from: '2019-11-25', to: '2019-12-01' });
		expect(weekBefore('2019-12-02')).toEqual({ from: '2019-11-25', to: '2019-12-01' });
		expect(weekBefore('2019-12-08')).toEqual({ from: '2019-11-25', to: '2019-12-01' });
		expect(weekBefore('not a date')).toBeUndefined();
	});
});
