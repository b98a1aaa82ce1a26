import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { generatedFor } from './generated-cache';
import { hashParts, hashText } from './content-hash';

const article = (id: string, text: string, extra: Partial<Article> = {}): Article => ({
	id,
	storyId: 's1',
	title: `Title ${id}`,
	outlet: 'Outlet',
	date: '2020-01-01',
	text,
	...extra
});

describe('hashText', () => {
	it('is stable and distinguishes nearby texts', () => {
		expect(hashText('abc')).toBe(hashText('abc'));
		expect(hashText('abc')).not.toBe(hashText('abd'));
		expect(hashText('')).toMatch(/^[0-9a-z]{11}$/);
	});
	it('hashParts does not confuse part boundaries', () => {
		expect(hashParts(['ab', 'c'])).not.toBe(hashParts(['a', 'bc']));
	});
});

describe('generatedFor', () => {
	const a = article('a', 'First text.');
	const b = article('b', 'Second text.');

	it('gives the same key for the same content', () => {
		expect(generatedFor('s1', [a, b])).toBe(generatedFor('s1', [{ ...a }, { ...b }]));
	});
	it('changes when a text changes', () => {
		expect(generatedFor('s1', [a, b])).not.toBe(
			generatedFor('s1', [a, { ...b, text: 'Second text!' }])
		);
	});
	it('changes with the outlet, the story, the order and the article set', () => {
		const key = generatedFor('s1', [a, b]);
		expect(generatedFor('s1', [a, { ...b, outlet: 'Other' }])).not.toBe(key);
		expect(generatedFor('s2', [a, b])).not.toBe(key);
		expect(generatedFor('s1', [b, a])).not.toBe(key);
		expect(generatedFor('s1', [a])).not.toBe(key);
	});
	it('names the story so keys can be listed per story', () => {
		expect(generatedFor('s1', [a])).toMatch(/^qgen:v\d+:s1:1:/);
	});
});
