import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { findMentions, tokenize } from './entities';
import { segmentArticle } from './segment';

/** Each person mention's text and the title read before it. */
function titled(text: string) {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	return findMentions(a, segmentArticle(a), tokenize(text))
		.filter((m) => m.kind === 'person')
		.map((m) => [m.text, m.role ?? null]);
}

describe('titles before a name', () => {
	it('keep “former”, so a former office-holder is not given the office', () => {
		expect(titled('The memos were written by former FBI Director James Comey last year.')).toEqual([
			['James Comey', 'former FBI Director']
		]);
	});
	it('take no dateline across a dash into the title', () => {
		expect(
			titled('WASHINGTON -- State Sen. Jane Roe said on Monday that the bill was dead.')
		).toEqual([['Jane Roe', 'State Sen.']]);
	});
	it('give no office to someone imagined in it (“a President Roe”)', () => {
		expect(
			titled('Critics warned of a President Hale who would sign the bill. Tom Hale disagreed.')
		).not.toContainEqual(['Hale', 'President']);
	});
	it('keep the title as written before a lone surname, honorifics too, not a lower-case one', () => {
		const a = {
			id: 'a',
			storyId: 's',
			title: 't',
			outlet: 'o',
			date: '2019-12-31',
			text: 'Yesterday President Obama met Mr. Hale in the capital. Critics of the president. Be warned.'
		} as Article;
		const people = findMentions(a, segmentArticle(a), tokenize(a.text)).filter(
			(m) => m.kind === 'person'
		);
		expect(people.map((m) => [m.text, m.title ?? null])).toEqual([
			['Obama', 'President'],
			['Hale', 'Mr.'],
			// Read as a person after the lower-case title, as before, but given no title.
			['Be', null]
		]);
	});
});
