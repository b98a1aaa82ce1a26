import { describe, expect, it } from 'vitest';
import { removeAt, replaceAt } from './list-edits';

describe('list edits', () => {
	it('replace and remove without touching the input', () => {
		const list = ['a', 'b', 'c'];
		expect(replaceAt(list, 1, 'B')).toEqual(['a', 'B', 'c']);
		expect(removeAt(list, 0)).toEqual(['b', 'c']);
		expect(list).toEqual(['a', 'b', 'c']);
	});
});
