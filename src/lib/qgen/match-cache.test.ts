import { describe, expect, it } from 'vitest';
import { article } from './article.test-helpers';
import {
	articleMatches,
	groupsQuoting,
	memoByText,
	sentenceMatches,
	spacedSentences
} from './match-cache';
import { segmentArticle } from './segment';

const TEXT =
	'The mayor said the bridge would  reopen\tin May. Jane Roe called it “a waste of money.” ' +
	'Council members met on Tuesday.';

describe('spacedSentences', () => {
	it('normalises each sentence once and hands back the same array on the next call', () => {
		const sentences = segmentArticle(article(1, TEXT));
		const first = spacedSentences(sentences);
		expect(first).toHaveLength(sentences.length);
		expect(first[0]).toBe('The mayor said the bridge would reopen in May.');
		expect(spacedSentences(sentences)).toBe(first);
	});
});

describe('sentenceMatches', () => {
	it('lists only the sentences the pattern matches, with the index of its first match', () => {
		const sentences = segmentArticle(article(1, TEXT));
		const matches = sentenceMatches(sentences, /“a waste/i);
		expect(matches).toEqual([{ text: 'Jane Roe called it “a waste of money.”', index: 19 }]);
	});

	it('answers a repeated pattern from the cache, and a new pattern afresh', () => {
		const sentences = segmentArticle(article(1, TEXT));
		const first = sentenceMatches(sentences, /\bRoe\b/);
		expect(sentenceMatches(sentences, /\bRoe\b/)).toBe(first);
		// Same source, other flags: another pattern.
		expect(sentenceMatches(sentences, /\broe\b/i)).not.toBe(first);
		expect(sentenceMatches(sentences, /\bTuesday\b/).map((m) => m.index)).toEqual([23]);
	});

	it('refuses a global pattern, whose lastIndex would make answers depend on the calls before', () => {
		const sentences = segmentArticle(article(1, TEXT));
		expect(() => sentenceMatches(sentences, /Roe/g)).toThrow(/stateful/);
	});
});

describe('articleMatches', () => {
	it('tests the article text and remembers the answer for that article', () => {
		const a = article(1, TEXT);
		expect(articleMatches(a, /\bin\s+May\b/)).toBe(true);
		expect(articleMatches(a, /\bin\s+June\b/)).toBe(false);
		// Another article with other words gets its own answer.
		expect(articleMatches(article(2, 'They met in June.'), /\bin\s+June\b/)).toBe(true);
	});
});

describe('groupsQuoting', () => {
	const groups = [
		{ speaker: 'Jane Roe', quotes: [{ text: 'It is  a waste\nof money.' }] },
		{
			speaker: 'John Poe',
			quotes: [{ text: 'We will rebuild it.' }, { text: 'A waste of time.' }]
		},
		{ speaker: 'Ann Lee', quotes: [{ text: 'No comment.' }] }
	];

	it('keeps the groups with a quote the pattern matches once spaces are normalised, in order', () => {
		expect(groupsQuoting(groups, /a waste of/i).map((g) => g.speaker)).toEqual([
			'Jane Roe',
			'John Poe'
		]);
		expect(groupsQuoting(groups, /waste of money/).map((g) => g.speaker)).toEqual(['Jane Roe']);
		expect(groupsQuoting(groups, /rebuild the bridge/)).toEqual([]);
	});

	it('answers a repeated pattern over the same list from the cache', () => {
		expect(groupsQuoting(groups, /comment/)).toBe(groupsQuoting(groups, /comment/));
	});
});

describe('memoByText', () => {
	it('derives once per text, also when the value is false or empty', () => {
		const seen: string[] = [];
		const long = memoByText((t: string) => {
			seen.push(t);
			return t.length > 3;
		});
		expect([long('mayor'), long('Roe'), long('mayor'), long('Roe')]).toEqual([
			true,
			false,
			true,
			false
		]);
		expect(seen).toEqual(['mayor', 'Roe']);
	});

	it('forgets everything once it holds `limit` texts, and still answers right', () => {
		const seen: string[] = [];
		const upper = memoByText((t: string) => {
			seen.push(t);
			return t.toUpperCase();
		}, 2);
		upper('a');
		upper('b');
		expect(upper('c')).toBe('C'); // full: cleared, then c stored
		expect(upper('a')).toBe('A'); // worked out again
		expect(seen).toEqual(['a', 'b', 'c', 'a']);
	});
});
