import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/bank/schema';
import { excerptSegments, mergeSpans } from './excerpt-segments';

const text = 'First paragraph here.\n\nSecond one, with a quote.';
const [first, second] = paragraphsOf(text);
if (!first || !second) throw new Error('fixture needs two paragraphs');

describe('excerptSegments', () => {
	it('returns the paragraph as one plain run without highlights', () => {
		expect(excerptSegments(second, [])).toEqual([
			{ text: 'Second one, with a quote.', highlighted: false }
		]);
	});

	it('highlights exactly the cited article offsets', () => {
		const start = text.indexOf('with a quote');
		const segments = excerptSegments(second, [{ start, end: start + 'with a quote'.length }]);
		expect(segments).toEqual([
			{ text: 'Second one, ', highlighted: false },
			{ text: 'with a quote', highlighted: true },
			{ text: '.', highlighted: false }
		]);
		expect(segments.map((s) => s.text).join('')).toBe(second.text);
	});

	it('clips a highlight that spans two paragraphs to each one', () => {
		const span = { start: text.indexOf('here'), end: text.indexOf(' one') };
		expect(excerptSegments(first, [span]).filter((s) => s.highlighted)).toEqual([
			{ text: 'here.', highlighted: true }
		]);
		expect(excerptSegments(second, [span]).filter((s) => s.highlighted)).toEqual([
			{ text: 'Second', highlighted: true }
		]);
	});

	it('ignores highlights in other paragraphs', () => {
		expect(excerptSegments(first, [{ start: second.start, end: second.end }])).toEqual([
			{ text: first.text, highlighted: false }
		]);
	});
});

describe('mergeSpans', () => {
	it('merges overlapping and touching spans and sorts them', () => {
		expect(
			mergeSpans(
				[
					{ start: 10, end: 12 },
					{ start: 2, end: 5 },
					{ start: 4, end: 8 },
					{ start: 8, end: 9 }
				],
				0,
				100
			)
		).toEqual([
			{ start: 2, end: 9 },
			{ start: 10, end: 12 }
		]);
	});
});
