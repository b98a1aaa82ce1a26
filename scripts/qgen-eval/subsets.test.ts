import { describe, expect, it } from 'vitest';
import { allPairs, subsets } from './subsets';

describe('the subsets compare-cover.ts reads', () => {
	const five = ['a', 'b', 'c', 'd', 'e'];
	it('gives every pair of a larger folder with --pairs', () => {
		expect(allPairs(five)).toHaveLength(10);
		expect(allPairs(five)[0]).toEqual(['a', 'b']);
		expect(allPairs(['a', 'b', 'c'])).toEqual(subsets(['a', 'b', 'c'], 0));
		expect(allPairs(['a'])).toEqual([['a']]);
	});
	it('keeps two rotating pairs and a triple without it', () => {
		expect(subsets(five, 1)).toEqual([
			['b', 'c'],
			['d', 'a'],
			['c', 'd', 'e']
		]);
	});
});
