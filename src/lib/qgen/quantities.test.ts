import { describe, expect, it } from 'vitest';
import { figureRange, figuresAgree, findQuantities, parseAmount } from './quantities';
import { analyzeArticle, viewStory } from './analyze';
import { article } from './article.test-helpers';

const find = (t: string) =>
	findQuantities(t, () => 0, 'a').map((q) => [t.slice(q.start, q.end), q.value, q.noun]);

describe('parseAmount', () => {
	it('reads digits, words, scales and vague amounts', () => {
		expect(parseAmount('6,000')).toEqual({ value: 6000, vague: false });
		expect(parseAmount('five')).toEqual({ value: 5, vague: false });
		expect(parseAmount('2.5 million')).toEqual({ value: 2_500_000, vague: false });
		expect(parseAmount('thousands')).toEqual({ value: 3000, vague: true });
	});
});

describe('findQuantities', () => {
	it('keeps hedges and finds the counted noun', () => {
		expect(find('Strikes killed at least 25 militia fighters on Sunday.')).toEqual([
			['at least 25', 25, 'militia fighters']
		]);
		expect(find('Thousands of protesters stormed it.')).toEqual([
			['Thousands', 3000, 'protesters']
		]);
		expect(find('Some 5,000 troops remain, and roughly 6,000 people came.')).toEqual([
			['Some 5,000', 5000, 'troops'],
			['roughly 6,000', 6000, 'people']
		]);
		expect(find('dozens of demonstrators')).toEqual([['dozens', 36, 'demonstrators']]);
	});
	it('counts dollars in a sum of money that no noun follows', () => {
		expect(find('He reported earning $132 million from the club.')).toEqual([
			['132 million', 132_000_000, 'dollars']
		]);
		expect(find('a $5 billion fund')).toEqual([['5 billion', 5_000_000_000, 'fund']]);
		// Without the dollar sign, a bare number with no noun is still no figure.
		expect(find('He reported earning 132 from the club.')).toEqual([]);
	});
	it('reads a tens word and a unit joined by a hyphen as one number', () => {
		expect(find('Twenty-nine agents took part in the arrest.')).toEqual([
			['Twenty-nine', 29, 'agents']
		]);
		expect(find('In all, more than forty-one officers were hurt.')).toEqual([
			['more than forty-one', 41, 'officers']
		]);
		// A lone tens word stays what it was.
		expect(find('Twenty agents took part.')).toEqual([['Twenty', 20, 'agents']]);
	});
	it('skips days of the month, years and "one of"', () => {
		expect(find('On Dec. 29, 2019, one of them left.')).toEqual([]);
	});
});

describe('amounts counted in dozens and rough hundreds', () => {
	it('reads "almost four dozen" whole, not "almost four"', () => {
		expect(find('Mueller has almost four dozen questions.')).toEqual([
			['almost four dozen', 48, 'questions']
		]);
	});
	it('gives "several hundred" a vague value', () => {
		expect(find('several hundred supporters cheered')).toEqual([
			['several hundred', 500, 'supporters']
		]);
		expect(parseAmount('a few dozen')).toEqual({ value: 36, vague: true });
	});
	it('lets "dozens" agree with "at least four dozen" but not with "thousands"', () => {
		expect(figuresAgree(figureRange('dozens', 36), figureRange('at least four dozen', 48))).toBe(
			true
		);
		expect(figuresAgree(figureRange('dozens', 36), figureRange('thousands', 3000))).toBe(false);
		expect(figuresAgree(figureRange('several dozen', 48), figureRange('hundreds', 300))).toBe(
			false
		);
	});
});

describe('amounts in tens and hundreds of thousands', () => {
	it('reads "hundreds of thousands" whole, not as "thousands"', () => {
		expect(find('Israel obtained hundreds of thousands of secret files.')).toEqual([
			['hundreds of thousands', 300_000, 'secret files']
		]);
	});
	it('gives "tens of thousands" its own range, not that of "thousands"', () => {
		expect(figureRange('tens of thousands', 30_000)).toEqual([20_000, 199_999]);
		expect(
			figuresAgree(figureRange('tens of thousands', 30_000), figureRange('55,000', 55_000))
		).toBe(true);
		expect(
			figuresAgree(figureRange('hundreds of thousands', 300_000), figureRange('55,000', 55_000))
		).toBe(false);
	});
});

describe('ranges', () => {
	it('takes neither end of a range as a figure of its own', () => {
		expect(find('Between 150 and 200 migrants plan to cross, and 150 to 200 more wait.')).toEqual(
			[]
		);
		expect(find('Some 150 migrants and 40 guides crossed.')).toEqual([
			['Some 150', 150, 'migrants'],
			['40', 40, 'guides']
		]);
	});
	it('counts what a possessive owns, not its owner', () => {
		expect(find('The agency sent 10 of the mayor’s senior aides.')).toEqual([
			['10', 10, 'senior aides']
		]);
		expect(find("The agency sent 10 of Holloway's senior aides.")).toEqual([
			['10', 10, 'senior aides']
		]);
		expect(find("Four people in the mayor's circle resigned.")).toEqual([['Four', 4, 'people']]);
	});
});

describe('a dollar sum with no counted noun', () => {
	it('is a mention to gap in its sentence, but no figure to line up between outlets', () => {
		const text = 'The company reported earning $132 million from the plant. It paid 40 workers.';
		const a = analyzeArticle(article(0, text));
		expect(a.mentions.some((m) => m.kind === 'quantity' && m.noun === 'dollars')).toBe(true);
		const figures = viewStory('s', [a]).figures.map((f) => f.mention.noun);
		expect(figures).toEqual(['workers']);
	});
});
