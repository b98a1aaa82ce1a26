/**
 * Caches for checks that run one regular expression over the same texts many times.
 *
 * Why: the speaker and distractor checks ask, for every person and every quote, "does any
 * sentence (or article) of the story say this?". Each ask used to normalise and scan every
 * sentence again, so a story's cost grew with people × quotes × sentences (issue #10). Here
 * each sentence array is normalised once, and each pattern runs over it once; later asks
 * with the same pattern read the stored answer.
 *
 * The caches are keyed weakly by the sentence array or article they read, so they live as
 * long as that analysis and no longer (a Web Worker generates story after story). Only
 * non-global, non-sticky patterns are accepted: their answer depends on the text alone.
 */
import type { Sentence } from './types';
import { normaliseSpace } from '$lib/content/space';

const patternKey = (re: RegExp) => {
	if (re.global || re.sticky) throw new Error(`match-cache: stateful pattern /${re.source}/`);
	return `${re.flags}/${re.source}`;
};

const spacedBySentences = new WeakMap<readonly Sentence[], string[]>();

/** Each sentence's text with `normaliseSpace` applied, in order; computed once per array. */
export function spacedSentences(sentences: readonly Sentence[]): string[] {
	let spaced = spacedBySentences.get(sentences);
	if (!spaced) {
		spaced = sentences.map((s) => normaliseSpace(s.text));
		spacedBySentences.set(sentences, spaced);
	}
	return spaced;
}

export interface SentenceMatch {
	/** The sentence, spaces normalised (see `spacedSentences`). */
	text: string;
	/** Where `re` first matches in `text`. */
	index: number;
}

const matchesBySentences = new WeakMap<readonly Sentence[], Map<string, SentenceMatch[]>>();

/**
 * The sentences (spaces normalised) that `re` matches, each with the first match's index,
 * in sentence order. The same pattern over the same array is answered from the cache.
 */
export function sentenceMatches(sentences: readonly Sentence[], re: RegExp): SentenceMatch[] {
	let byPattern = matchesBySentences.get(sentences);
	if (!byPattern) {
		byPattern = new Map();
		matchesBySentences.set(sentences, byPattern);
	}
	const key = patternKey(re);
	let found = byPattern.get(key);
	if (!found) {
		found = [];
		for (const text of spacedSentences(sentences)) {
			const at = re.exec(text)?.index;
			if (at !== undefined) found.push({ text, index: at });
		}
		byPattern.set(key, found);
	}
	return found;
}

const testsByArticle = new WeakMap<{ text: string }, Map<string, boolean>>();

/** `re.test(article.text)`, remembered per article (whose text does not change) and pattern. */
export function articleMatches(article: { text: string }, re: RegExp): boolean {
	let byPattern = testsByArticle.get(article);
	if (!byPattern) {
		byPattern = new Map();
		testsByArticle.set(article, byPattern);
	}
	const key = patternKey(re);
	let hit = byPattern.get(key);
	if (hit === undefined) {
		hit = re.test(article.text);
		byPattern.set(key, hit);
	}
	return hit;
}

/** A quote's text with spaces normalised, remembered: every quote is tested against every other. */
const spacedQuote = memoByText(normaliseSpace);

const groupsByList = new WeakMap<
	readonly { quotes: { text: string }[] }[],
	Map<string, unknown[]>
>();

/**
 * The groups with a quote that `re` matches (spaces normalised), in order. quote.ts asks this
 * for each person in turn with the same words; the answer does not depend on the person.
 */
export function groupsQuoting<G extends { quotes: { text: string }[] }>(
	groups: readonly G[],
	re: RegExp
): G[] {
	let byPattern = groupsByList.get(groups);
	if (!byPattern) {
		byPattern = new Map();
		groupsByList.set(groups, byPattern);
	}
	const key = patternKey(re);
	let found = byPattern.get(key) as G[] | undefined;
	if (!found) {
		found = groups.filter((g) => g.quotes.some((x) => re.test(spacedQuote(x.text))));
		byPattern.set(key, found);
	}
	return found;
}

/**
 * `derive(text)`, remembered by the text: for word sets and the like asked of one sentence
 * again and again. Whatever it returns is shared, so it must be read and never changed.
 * The memory is emptied when it grows past `limit` texts (a worker runs story after story).
 */
export function memoByText<T>(derive: (text: string) => T, limit = 20_000): (text: string) => T {
	const memo = new Map<string, T>();
	return (text) => {
		let value = memo.get(text);
		if (value === undefined) {
			if (memo.size >= limit) memo.clear();
			value = derive(text);
			memo.set(text, value);
		}
		return value;
	};
}
