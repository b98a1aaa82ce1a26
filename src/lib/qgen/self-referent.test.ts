import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { findMentions, tokenize } from './entities';
import { findQuotes } from './quotes';
import { segmentArticle } from './segment';
import { peopleOf, resolveSpeakers } from './speakers';

function speakers(text: string) {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	const sentences = segmentArticle(a);
	const mentions = findMentions(a, sentences, tokenize(text));
	const quotes = findQuotes(a, sentences);
	resolveSpeakers(quotes, peopleOf(text, mentions, sentences), mentions, sentences);
	return quotes.map((q) => [q.text.slice(0, 12), q.speaker ?? null]);
}

describe('quotes credited to the person they name', () => {
	it('gives no speaker to carried words that name the one credited', () => {
		expect(
			speakers(
				'Senator Tom Varley met the board on Monday.\n\n' +
					'“The plan is a failure of nerve,” said Varley.\n\n' +
					'“Voters deserve better than Varley and his empty promises.”'
			)
		).toEqual([
			['The plan is ', 'Tom Varley'],
			['Voters deser', null]
		]);
	});
	it('keeps words that name their speaker where their own sentence credits them', () => {
		expect(
			speakers(
				'Senator Tom Varley met the board on Monday.\n\n' +
					'“Nobody fights harder than Tom Varley,” Varley said.'
			)
		).toEqual([['Nobody fight', 'Tom Varley']]);
	});
});
