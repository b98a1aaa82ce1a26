import { describe, expect, it } from 'vitest';
import { multiWeights } from './moodle-weights';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('multiWeights', () => {
	it('gives equal allowed shares up to ten right answers', () => {
		expect(multiWeights(3)).toEqual({ right: [33.33333, 33.33333, 33.33333], wrong: -33.33333 });
		expect(multiWeights(7).right[0]).toBe(14.28571);
		for (let k = 1; k <= 10; k++) expect(sum(multiWeights(k).right)).toBeCloseTo(100, 3);
	});

	it('uses tens and fives adding to 100% for 11 and 12, and says so', () => {
		for (const k of [11, 12]) {
			const w = multiWeights(k);
			expect(w.right).toHaveLength(k);
			expect(sum(w.right)).toBe(100);
			expect(w.right.every((x) => x === 10 || x === 5)).toBe(true);
			expect(w.note).toMatch(new RegExp(`1/${k}`));
		}
	});
});
