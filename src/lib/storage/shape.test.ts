import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as s from './shape';

const item = s.object({
	id: s.string({ min: 1, max: 5 }),
	count: s.number({ int: true, min: 0, max: 10 }),
	note: s.optional(s.string()),
	parent: s.nullable(s.string())
});

describe('storage shapes', () => {
	it('keeps known fields and drops stray ones, like zod objects', () => {
		const parsed = item.safeParse({ id: 'a', count: 2, parent: null, extra: 'x' });
		expect(parsed).toEqual({ success: true, data: { id: 'a', count: 2, parent: null } });
		const withNote = item.parse({ id: 'a', count: 2, parent: 'p', note: 'n' });
		expect(withNote).toEqual({ id: 'a', count: 2, parent: 'p', note: 'n' });
	});

	it('reports every problem with its path', () => {
		const list = s.array(item, { max: 1 });
		const result = list.safeParse([
			{ id: '', count: 1.5, parent: 3 },
			{ id: 'b', count: 11, parent: null }
		]);
		expect(result.success).toBe(false);
		expect(result.error?.issues).toEqual([
			{ path: [], message: 'must have at most 1 items' },
			{ path: [0, 'id'], message: 'must be at least 1 characters long' },
			{ path: [0, 'count'], message: 'must be a whole number' },
			{ path: [0, 'parent'], message: 'expected string, received number' },
			{ path: [1, 'count'], message: 'must be at most 10' }
		]);
		expect(() => list.parse('nope')).toThrow('expected array, received string');
	});

	it('rejects non-finite numbers and missing required fields', () => {
		expect(s.number().safeParse(Number.NaN).success).toBe(false);
		expect(s.number().safeParse(Infinity).success).toBe(false);
		expect(item.safeParse({ id: 'a', count: 1 }).error?.issues).toEqual([
			{ path: ['parent'], message: 'expected string, received undefined' }
		]);
	});

	it('checks record keys and values', () => {
		const map = s.record(
			s.string({ pattern: /^[a-z]+$/, patternMessage: 'lowercase only' }),
			s.boolean
		);
		expect(map.parse({ a: true })).toEqual({ a: true });
		expect(map.safeParse({ A: 1 }).error?.issues).toEqual([
			{ path: ['A'], message: 'lowercase only' },
			{ path: ['A'], message: 'expected boolean, received number' }
		]);
		expect(map.safeParse([]).success).toBe(false);
	});

	it('picks a variant by its tag and runs refinements only on well-formed values', () => {
		const shape = s.refine(
			s.oneOf('kind', [
				s.object({ kind: s.literal('a'), n: s.number() }),
				s.object({ kind: s.literal('b') })
			]),
			(v) => v.kind !== 'a' || v.n > 0,
			'n must be positive'
		);
		expect(shape.parse({ kind: 'b', n: 'ignored' })).toEqual({ kind: 'b' });
		expect(shape.safeParse({ kind: 'a', n: 'x' }).error?.issues).toEqual([
			{ path: ['n'], message: 'expected number, received string' }
		]);
		expect(shape.safeParse({ kind: 'a', n: -1 }).error?.issues).toEqual([
			{ path: [], message: 'n must be positive' }
		]);
		expect(shape.safeParse(null).success).toBe(false);
	});

	it('never throws from safeParse, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				const result = s.array(item).safeParse(value);
				expect(typeof result.success).toBe('boolean');
			})
		);
	});
});
