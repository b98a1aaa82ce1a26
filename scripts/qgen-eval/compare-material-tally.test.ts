import { describe, expect, it } from 'vitest';
import { materialOf, type MaterialCounts } from './compare-material-tally';

const none: MaterialCounts = {
	figures: { one: 0, all: 0 },
	dates: { one: 0, all: 0 },
	places: { one: 0, all: 0 },
	money: { one: 0, all: 0 }
};

describe('materialOf', () => {
	it('calls a set with no pair of versions at all "none"', () => {
		expect(materialOf(none)).toBe('none');
	});
	it('calls a set whose pairs are all left apart "apart"', () => {
		expect(materialOf({ ...none, figures: { one: 0, all: 2 }, dates: { one: 0, all: 1 } })).toBe(
			'apart'
		);
	});
	it('calls a set with one aligned pair of any kind "aligned"', () => {
		expect(materialOf({ ...none, money: { one: 1, all: 1 }, dates: { one: 0, all: 3 } })).toBe(
			'aligned'
		);
	});
});
