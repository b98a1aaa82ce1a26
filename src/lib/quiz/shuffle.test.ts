import { describe, expect, it } from 'vitest';
import { hashSeed, seededShuffle, shuffleAwayFromOriginal } from './shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('seededShuffle', () => {
	it('is a permutation of the input and leaves the input untouched', () => {
		const input = letters.slice();
		const out = seededShuffle(input, 'q1');
		expect(out.slice().sort()).toEqual(letters);
		expect(input).toEqual(letters);
	});

	it('gives the same order for the same seed', () => {
		expect(seededShuffle(letters, 'question-7')).toEqual(seededShuffle(letters, 'question-7'));
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set(
			['s1', 's2', 's3', 's4', 's5'].map((s) => seededShuffle(letters, s).join(''))
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('handles empty and single-item lists', () => {
		expect(seededShuffle([], 'x')).toEqual([]);
		expect(seededShuffle(['only'], 'x')).toEqual(['only']);
	});
});

describe('shuffleAwayFromOriginal', () => {
	it('never returns the original order for two or more items', () => {
		for (let n = 2; n <= 6; n++) {
			const items = letters.slice(0, n);
			for (let s = 0; s < 200; s++) {
				const out = shuffleAwayFromOriginal(items, `seed-${s}`);
				expect(out.slice().sort()).toEqual(items);
				expect(out).not.toEqual(items);
			}
		}
	});
});

describe('hashSeed', () => {
	it('is stable and unsigned', () => {
		expect(hashSeed('abc')).toBe(hashSeed('abc'));
		expect(hashSeed('abc')).not.toBe(hashSeed('abd'));
		expect(hashSeed('')).toBeGreaterThanOrEqual(0);
	});
});
