import { describe, expect, it } from 'vitest';
import { figureValue, spreadFigures } from './figure-rank';

describe('figureValue', () => {
	it('reads digits, hedges, scales and number words', () => {
		expect(figureValue('at least 1,500')).toBe(1500);
		expect(figureValue('$3 million')).toBe(3e6);
		expect(figureValue('four')).toBe(4);
		expect(figureValue('nearly two dozen')).toBe(24);
		expect(figureValue('over half a dozen')).toBe(6);
		expect(figureValue('a dozen')).toBe(12);
		expect(figureValue('the mayor')).toBeUndefined();
	});
});

describe('spreadFigures', () => {
	const pool = ['60', '240', '180', '90', '45', '360', '300'];
	it('puts the key at every place among four choices over enough sentences', () => {
		const places = new Set<number>();
		for (let i = 0; i < 40; i++) {
			const wrong = spreadFigures('120', pool, `The council hired ${i} new teachers`);
			expect(wrong).toHaveLength(3);
			places.add(wrong.filter((w) => figureValue(w)! < 120).length);
		}
		// Before, the pool's first three (half, double, one and a half) left it second every time.
		expect([...places].sort()).toEqual([0, 1, 2, 3]);
	});
	it('fills from the other side when one side runs short', () => {
		const wrong = spreadFigures('five', ['six', 'seven', 'eight', 'four'], 'seed');
		expect(wrong).toHaveLength(3);
	});
	it('is the same for the same sentence', () => {
		expect(spreadFigures('120', pool, 'x')).toEqual(spreadFigures('120', pool, 'x'));
	});
});
