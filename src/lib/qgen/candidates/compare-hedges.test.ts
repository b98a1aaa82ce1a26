import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { hedgeOf, hedgesTellApart } from './compare-hedges';

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
});
