import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { quotationKey } from './quotation';

describe('quotationKey', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				[
					'Mayor Jane Holloway closed the pier on Monday.',
					'“That is just reckless talk,” Holloway said of her critics. “They want to make this about anything but the budget,” she said.',
					'“The pier will reopen in the spring,” Holloway told reporters later.'
				].join('\n\n')
			)
		)
	]);
	const quotes = view.analyses[0]!.quotes;

	it('gives the sentences of one quotation one key', () => {
		expect(quotes.map((q) => q.speaker)).toEqual([
			'Jane Holloway',
			'Jane Holloway',
			'Jane Holloway'
		]);
		expect(quotationKey(view, quotes[1]!)).toBe(quotationKey(view, quotes[0]!));
	});

	it('keeps a quote of another paragraph apart', () => {
		expect(quotationKey(view, quotes[2]!)).not.toBe(quotationKey(view, quotes[0]!));
	});
});
