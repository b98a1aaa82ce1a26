import { describe, expect, it } from 'vitest';
import { memoPair } from './pair-memo';

describe('memoPair', () => {
	it('works a pair out once and answers again from memory', () => {
		const calls: string[] = [];
		const longer = memoPair((a: { w: string }, b: { w: string }) => {
			calls.push(`${a.w}/${b.w}`);
			return a.w.length > b.w.length;
		});
		const roe = { w: 'Roe' };
		const mayor = { w: 'mayor' };
		expect(longer(mayor, roe)).toBe(true);
		expect(longer(mayor, roe)).toBe(true);
		expect(calls).toEqual(['mayor/Roe']);
	});

	it('keeps the order of the arguments: (a, b) and (b, a) are two pairs', () => {
		const longer = memoPair((a: { w: string }, b: { w: string }) => a.w.length > b.w.length);
		const roe = { w: 'Roe' };
		const mayor = { w: 'mayor' };
		expect(longer(mayor, roe)).toBe(true);
		expect(longer(roe, mayor)).toBe(false);
	});

	it('tells apart two objects with equal contents', () => {
		let calls = 0;
		const same = memoPair((a: object, b: object) => {
			calls++;
			return a === b;
		});
		const a = { w: 'x' };
		expect(same(a, a)).toBe(true);
		expect(same(a, { w: 'x' })).toBe(false);
		expect(calls).toBe(2);
	});
});
