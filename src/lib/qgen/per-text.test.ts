import { describe, expect, it } from 'vitest';
import { perStory, perText } from './per-text';

describe('perText', () => {
	it('reads a key of a text once, and a new key or text again', () => {
		const reads: string[] = [];
		const lengthOf = perText((key: string, text: string) => {
			reads.push(`${key}|${text}`);
			return text.split(key).length - 1;
		});
		expect(lengthOf('a', 'banana')).toBe(3);
		expect(lengthOf('a', 'banana')).toBe(3);
		expect(lengthOf('n', 'banana')).toBe(2);
		expect(lengthOf('a', 'apple')).toBe(1);
		expect(reads).toEqual(['a|banana', 'n|banana', 'a|apple']);
	});

	it('holds a false verdict as well as a true one', () => {
		let reads = 0;
		const has = perText((key: string, text: string) => (reads++, text.includes(key)));
		expect(has('z', 'banana')).toBe(false);
		expect(has('z', 'banana')).toBe(false);
		expect(reads).toBe(1);
	});
});

describe('perStory', () => {
	it('reads a key of a view once, and a new key or view again, false verdicts too', () => {
		const reads: string[] = [];
		const named = perStory((key: string, view: { names: string[] }) => {
			reads.push(`${key}|${view.names.join(',')}`);
			return view.names.includes(key);
		});
		const one = { names: ['Roe'] };
		const two = { names: ['Lee'] };
		expect(named('Roe', one)).toBe(true);
		expect(named('Roe', one)).toBe(true);
		expect(named('Lee', one)).toBe(false);
		expect(named('Lee', one)).toBe(false);
		expect(named('Roe', two)).toBe(false);
		expect(reads).toEqual(['Roe|Roe', 'Lee|Roe', 'Roe|Lee']);
	});
});
