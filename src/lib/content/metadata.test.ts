import { describe, expect, it } from 'vitest';
import { normaliseDate, outletFromUrl, safeHttpUrl, stripSiteName } from './metadata';

describe('normaliseDate', () => {
	it.each([
		['2019-12-31', '2019-12-31'],
		['2019-12-31T10:31:00Z', '2019-12-31'],
		// The printed day, not the UTC day (which would be 2020-01-01).
		['2019-12-31T23:30:00-05:00', '2019-12-31'],
		['2019/1/5', '2019-01-05'],
		['December 31, 2019', '2019-12-31'],
		['Dec. 31, 2019', '2019-12-31'],
		['Sept 3 2019', '2019-09-03'],
		['Tuesday, December 31, 2019 10:31 AM ET', '2019-12-31'],
		['31 December 2019', '2019-12-31'],
		['1st May 2018', '2018-05-01']
	])('reads %s', (input, expected) => {
		expect(normaliseDate(input)).toBe(expected);
	});

	it.each(['', 'yesterday', '12/11/2019', '2019-02-30', 'Smarch 3, 2019', '31 Dec'])(
		'refuses %j',
		(input) => {
			expect(normaliseDate(input)).toBeNull();
		}
	);

	it('reads Date objects and rejects other types', () => {
		expect(normaliseDate(new Date(Date.UTC(2018, 3, 20)))).toBe('2018-04-20');
		expect(normaliseDate(new Date('nope'))).toBeNull();
		expect(normaliseDate(20180420)).toBeNull();
	});
});

describe('links and outlets', () => {
	it('keeps only absolute http(s) links', () => {
		expect(safeHttpUrl(' https://example.com/a b ')).toBe('https://example.com/a%20b');
		expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
		expect(safeHttpUrl('data:text/html,hi')).toBeNull();
		expect(safeHttpUrl('/news/story')).toBeNull();
		expect(safeHttpUrl('http://')).toBeNull();
	});

	it('names an outlet by its host', () => {
		expect(outletFromUrl('https://www.nbcnews.com/news/world/x')).toBe('nbcnews.com');
		expect(outletFromUrl('https://m.example.co.uk/a')).toBe('example.co.uk');
		expect(outletFromUrl('ftp://example.com')).toBe('');
	});
});

describe('stripSiteName', () => {
	it('drops a trailing or leading segment that names the outlet', () => {
		expect(stripSiteName('Council passes the budget | Daily Planet', 'Daily Planet')).toBe(
			'Council passes the budget'
		);
		expect(stripSiteName('Daily Planet - Council passes the budget', 'Daily Planet')).toBe(
			'Council passes the budget'
		);
		expect(stripSiteName('Council passes the budget – The Daily Planet', 'Daily Planet')).toBe(
			'Council passes the budget'
		);
	});
	it('recognises the outlet from the link when the outlet field differs', () => {
		expect(
			stripSiteName('Council passes the budget - dailyplanet.com', '', 'https://dailyplanet.com/x')
		).toBe('Council passes the budget');
	});
	it('after a bar, drops a segment that looks like a site name even if it is not the outlet', () => {
		expect(stripSiteName('Council passes the budget | Metro Herald Online', 'Someone')).toBe(
			'Council passes the budget'
		);
	});
	it('keeps a dash that is part of the headline', () => {
		expect(stripSiteName('Mayor - and council - agree on budget', 'Daily Planet')).toBe(
			'Mayor - and council - agree on budget'
		);
		expect(stripSiteName('Storm hits coast - thousands flee', 'Daily Planet')).toBe(
			'Storm hits coast - thousands flee'
		);
		expect(stripSiteName('US - China talks resume', 'USA Daily')).toBe('US - China talks resume');
	});
	it('never strips a title down to nothing', () => {
		expect(stripSiteName('Daily Planet', 'Daily Planet')).toBe('Daily Planet');
	});
});
