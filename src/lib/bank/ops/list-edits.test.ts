import { describe, expect, it } from 'vitest';
import { removeAt, replaceAt, uniqueId } from './list-edits';

describe('list edits', () => {
	it('replace and remove without touching the input', () => {
		const list = ['a', 'b', 'c'];
		expect(replaceAt(list, 1, 'B')).toEqual(['a', 'B', 'c']);
		expect(removeAt(list, 0)).toEqual(['b', 'c']);
		expect(list).toEqual(['a', 'b', 'c']);
	});

	it('uniqueId skips taken ids', () => {
		expect(uniqueId('c', [])).toBe('c1');
		expect(uniqueId('c', ['c1', 'c2', 'c4'])).toBe('c3');
	});
});
