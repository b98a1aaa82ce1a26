import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { sameName } from '../align';
import { article } from '../article.test-helpers';
import { quoteCarriers } from './quote-carriers';

const story = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	);
const groupOf = (view: ReturnType<typeof story>, speaker: string, words: string) =>
	view.quoteGroups.find((g) => sameName(g.speaker, speaker) && g.quotes[0]!.text.includes(words))!;

describe('quoteCarriers', () => {
	it('credits an outlet that prints the same words under another attribution', () => {
		const view = story(
			'City lawyer Ruth Calder defended the contract on Monday. “Such talks are fully in line with the law and with the rules on ethics,” Calder wrote.',
			'The city defended the contract on Monday. “Such talks are fully in line with the law and with the rules on ethics,” the memo read.'
		);
		const g = groupOf(view, 'Ruth Calder', 'Such talks');
		const { labels, evidence } = quoteCarriers(
			view,
			g,
			'Such talks are fully in line with the law and with the rules on ethics'
		);
		expect(labels).toEqual(['Daily 0', 'Daily 1']);
		expect(evidence.map((e) => e.articleId)).toEqual(['a0', 'a1']);
	});

	it('leaves out an outlet whose copy of the quote is another part of it', () => {
		const view = story(
			'Mayor Jane Holloway spoke on Monday. “We were told the bridge needed a state grant. Guess what? It does not. The city can pay for it out of this year’s budget alone,” Holloway said.',
			'Mayor Jane Holloway spoke on Monday. “We were told the bridge needed a state grant. Guess what? It does not,” Holloway said.'
		);
		const g = groupOf(view, 'Jane Holloway', 'We were told');
		expect(g.quotes.length).toBe(2);
		const { labels } = quoteCarriers(
			view,
			g,
			'The city can pay for it out of this year’s budget alone'
		);
		expect(labels).toEqual(['Daily 0']);
	});

	it('leaves out an outlet that prints only a short piece of the words shown', () => {
		const view = story(
			'Mayor Jane Holloway spoke on Monday. “I am strongly against the new tax and I am not for the new bridge,” Holloway said.',
			'Mayor Jane Holloway spoke on Monday. “I am not for the new bridge,” Holloway said.'
		);
		const g = groupOf(view, 'Jane Holloway', 'I am');
		expect(g.quotes.length).toBe(2);
		const shown = 'I am strongly against the new tax and I am not for the new bridge';
		expect(quoteCarriers(view, g, shown).labels).toEqual(['Daily 0']);
	});

	it('credits a short phrase only where the sentence names the speaker', () => {
		const view = story(
			'Governor Ann Lee called the shooting an “act of terror” on Sunday.',
			'Mayor Tom Reyes described the shooting as an “act of terror” in a speech.',
			'Both Reyes and Lee called the shooting an “act of terror” on Sunday.'
		);
		const g = view.quoteGroups.find((x) => sameName(x.speaker, 'Ann Lee'))!;
		expect(quoteCarriers(view, g, 'act of terror').labels).toEqual(['Daily 0', 'Daily 2']);
	});
});

describe('quoteCarriers: an outlet that quotes a piece of the line', () => {
	it('names it apart, when its sentence names the speaker', () => {
		const line =
			'When the minister comes to this town, we and thousands of our members will very definitely be making our voices heard';
		const view = story(
			`Union leader Sam Okafor spoke on Monday. “${line},” Okafor said.`,
			'Union leader Sam Okafor said “thousands of our members” will “very definitely be making our voices heard” on Monday.',
			'The union said “thousands of our members” will “very definitely be making our voices heard” on Monday.'
		);
		const g = groupOf(view, 'Sam Okafor', 'When the minister');
		const { labels, partly } = quoteCarriers(view, g, line);
		expect(labels).toEqual(['Daily 0']);
		expect(partly).toEqual(['Daily 1']);
	});
});
