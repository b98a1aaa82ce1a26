/**
 * All mentions in one article: names (people, organisations, places), counted
 * quantities and dates, each with offsets and its sentence. compromise parses
 * the article once; its word tags feed the name chunker.
 */
import nlp from 'compromise';
import type { Article } from '$lib/bank/schema';
import { monthIndex } from './lexicon';
import { findNames, monthReadsAsDate, type Token } from './names';
import { findQuantities } from './quantities';
import { findDates } from './dates';
import { memoByText } from './match-cache';
import type { Mention, Sentence } from './types';

/** compromise's word list: word → tags ("baghdad" → City), with each tag's parents (City → Place). */
let lexicon:
	{ words: Record<string, string | string[]>; parents: Map<string, string[]> } | undefined;

/**
 * A word's tags, shared per spelling (match-cache.ts): tokenising and name finding look the
 * same words up again and again. Callers read the set and never change it.
 */
let tagsByWord: ((word: string) => Set<string>) | undefined;
export function lexiconTags(word: string): Set<string> {
	return (tagsByWord ??= memoByText(lookUpTags))(word);
}

function lookUpTags(word: string): Set<string> {
	if (!lexicon) {
		const world = nlp.world() as unknown as {
			model: {
				one: {
					lexicon: Record<string, string | string[]>;
					tagSet: Record<string, { is?: string }>;
				};
			};
		};
		const parents = new Map<string, string[]>();
		const tagSet = world.model.one.tagSet;
		for (const tag of Object.keys(tagSet)) {
			const chain: string[] = [];
			for (let t: string | undefined = tag; t && !chain.includes(t); t = tagSet[t]?.is)
				chain.push(t);
			parents.set(tag, chain);
		}
		lexicon = { words: world.model.one.lexicon, parents };
	}
	const raw =
		lexicon.words[
			word
				.toLowerCase()
				.replace(/['’]s$/, '')
				.replace(/\.$/, '')
		];
	const tags = new Set<string>();
	for (const t of raw === undefined ? [] : Array.isArray(raw) ? raw : raw.split(',')) {
		for (const p of lexicon.parents.get(t) ?? [t]) tags.add(p);
	}
	return tags;
}

/**
 * Words with offsets and compromise's lexicon tags. We look words up in
 * compromise's lexicon instead of running its full tagger: the tagger costs
 * about 70 ms per 1,000 words, over our whole budget, and the name chunker
 * needs only word-level hints (first names, places, organisations).
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}]))*/gu)) {
		const start = m.index;
		let end = start + m[0].length;
		// Keep the period of abbreviations and initials ("Sen.", "U.S.", "J.") with the word.
		if (text[end] === '.' && /^[A-Z]$|^[A-Z][a-z]{0,3}$|^([A-Z]\.)+[A-Z]$/.test(m[0])) end++;
		tokens.push({ text: text.slice(start, end), start, end, tags: lexiconTags(m[0]) });
	}
	return tokens;
}

/** Index of the sentence containing `offset`, by binary search. */
export function sentenceLocator(sentences: Sentence[]): (offset: number) => number {
	return (offset) => {
		let lo = 0;
		let hi = sentences.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (sentences[mid]!.start <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
}

/**
 * The place an article's dateline names, in lower case ("DES MOINES, Iowa — " → "des moines").
 * segmentArticle leaves a dateline out of the first sentences, so it is all that stands between
 * the start of one of their paragraphs and the sentence.
 */
function datelinePlace(text: string, sentences: Sentence[]): string | undefined {
	for (const s of sentences.slice(0, 3)) {
		const paragraph = text.lastIndexOf('\n', s.start - 1) + 1;
		const m = /^\s*([A-Z][A-Z .'’-]{2,40}?)(?:,[^—–\n]{0,40})?\s*(?:[—–]|-{1,2})\s*$/.exec(
			text.slice(paragraph, s.start)
		);
		if (m) return m[1]!.trim().toLowerCase();
	}
	return undefined;
}

export function findMentions(article: Article, sentences: Sentence[], tokens: Token[]): Mention[] {
	const at = sentenceLocator(sentences);
	const names = findNames(article.text, tokens, at, article.id);
	// "DES MOINES, Iowa — …": the town a dateline shouts is a place wherever the text names it.
	const filedFrom = datelinePlace(article.text, sentences);
	if (filedFrom)
		for (const m of names)
			if (m.kind === 'person' && m.text.toLowerCase() === filedFrom) m.kind = 'place';
	// A later surname-only mention ("Esper said") is a person even where the chunker
	// could not tell (sentence start, no first-name tag).
	const surnames = new Set(
		names
			.filter((m) => m.kind === 'person' && m.text.includes(' '))
			.map((m) => m.text.split(/\s+/).pop()!.toLowerCase())
	);
	const covered = (offset: number) => names.some((m) => m.start <= offset && offset < m.end);
	for (const t of tokens) {
		const word = t.text.replace(/['’]s$|[.,;:]$/g, '');
		if (
			surnames.has(word.toLowerCase()) &&
			!covered(t.start) &&
			surnames.has(word.toLowerCase()) &&
			/^[A-Z]/.test(word) &&
			// "Theresa May" makes "May" her surname, but "in May" and "May 5" still date something.
			!(monthIndex(word) >= 0 && monthReadsAsDate(article.text, t.start, t.start + word.length))
		) {
			names.push({
				kind: 'person',
				text: word,
				start: t.start,
				end: t.start + word.length,
				articleId: article.id,
				sentence: at(t.start)
			});
		}
	}
	for (const m of names) {
		if (m.kind !== 'person' && !m.text.includes(' ') && surnames.has(m.text.toLowerCase()))
			m.kind = 'person';
	}
	const all = [
		...names,
		...findQuantities(article.text, at, article.id),
		...findDates(article.text, article.date, at, article.id)
	];
	// Text outside every sentence (notes such as corrections, datelines) yields no mentions.
	const inside = (m: Mention) => {
		const s = sentences[m.sentence];
		return s !== undefined && s.start <= m.start && m.end <= s.end;
	};
	return all.filter(inside).sort((a, b) => a.start - b.start || b.end - a.end);
}
