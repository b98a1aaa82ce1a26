import { describe, expect, it } from 'vitest';
import { article } from './article.test-helpers';
import { articleMatches, normaliseSpaces, sentenceMatches, spacedSentences } from './match-cache';
import { segmentArticle } from './segment';

const TEXT =
	'The mayor said the bridge would  reopen\tin May. Jane Roe called it “a waste of money.” ' +
	'Council members met on Tuesday.';

describe('normaliseSpaces', () => {
	it('turns runs of any white space into one space and trims the ends', () => {
		expect(normaliseSpaces('  a \t b\n\nc  ')).toBe('a b c');
	});
});

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
