import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { hedgeOf, hedgesClash, hedgesTellApart } from './compare-hedges';

const figuresOf = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	).figures;

describe('hedgeOf', () => {
	it('tells which way a hedge leaves room', () => {
		expect(hedgeOf('at least 25')).toBe('above');
		expect(hedgeOf('More than 150')).toBe('above');
		expect(hedgeOf('almost four dozen')).toBe('below');
		expect(hedgeOf('roughly 35')).toBe('around');
		expect(hedgeOf('25')).toBe('exact');
	});
});

describe('hedgesTellApart', () => {
	it('holds for "at least" against "almost" or a plain number, not for "about" against plain', () => {
		expect(
			hedgesTellApart(figuresOf('He has at least 48 questions.', 'He has almost 48 questions.'))
		).toBe(true);
		expect(
			hedgesTellApart(figuresOf('He has more than 48 questions.', 'He has 48 questions.'))
		).toBe(true);
		expect(hedgesTellApart(figuresOf('He has about 48 questions.', 'He has 48 questions.'))).toBe(
			false
		);
		expect(
			hedgesTellApart(figuresOf('He has at least 48 questions.', 'He has at least 48 questions.'))
		).toBe(false);
	});
	it('does not tell a plain duration from a hedged one ("two years", "more than two years")', () => {
		const told = (a: string, b: string) => hedgesTellApart(figuresOf(a, b));
		expect(
			told('He served more than 12 years in the post.', 'He served 12 years in the post.')
		).toBe(false);
		// Hedges that cannot both hold still differ, duration or not.
		expect(
			told('He served more than 12 years in the post.', 'He served almost 12 years in the post.')
		).toBe(true);
	});
});

describe('hedgesClash', () => {
	const clash = (a: string, b: string) =>
		hedgesClash(figuresOf(`He has ${a} questions.`, `He has ${b} questions.`));
	it('holds when no value fits both hedges of one number', () => {
		expect(clash('at least 48', 'almost 48')).toBe(true);
		expect(clash('more than 48', 'up to 48')).toBe(true);
	});
	it('does not hold when one value fits both', () => {
		// 48 itself is "at least 48", "up to 48" and "48"; a plain number may be rounded.
		expect(clash('at least 48', 'up to 48')).toBe(false);
		expect(clash('more than 48', '48')).toBe(false);
		expect(clash('at least 48', '48')).toBe(false);
		expect(clash('almost 48', '48')).toBe(false);
		expect(clash('about 48', 'almost 48')).toBe(false);
	});
});
