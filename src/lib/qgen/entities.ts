/**
 * All mentions in one article: names (people, organisations, places), counted
 * quantities and dates, each with offsets and its sentence. compromise parses
 * the article once; its word tags feed the name chunker.
 */
import nlp from 'compromise';
import type { Article } from '$lib/bank/schema';
import { findNames, type Token } from './names';
import { findQuantities } from './quantities';
import { findDates } from './dates';
import type { Mention, Sentence } from './types';

interface CompromiseTerm {
	text: string;
	tags: string[];
	offset: { start: number; length: number };
}

export function tokenize(text: string): Token[] {
	const json = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
	const tokens: Token[] = [];
	for (const s of json) {
		for (const t of s.terms) {
			// compromise drops punctuation into pre/post; rebuild each word from the source text.
			const start = t.offset.start;
			let end = start + t.offset.length;
			while (
				end < text.length &&
				/[.'’]/.test(text[end]!) &&
				/^[A-Z]\.?$|^[A-Z][a-z]{0,3}$/.test(t.text)
			)
				end++;
			tokens.push({ text: text.slice(start, end), start, end, tags: new Set(t.tags) });
		}
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

export function findMentions(article: Article, sentences: Sentence[], tokens: Token[]): Mention[] {
	const at = sentenceLocator(sentences);
	const names = findNames(article.text, tokens, at, article.id);
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
			/^[A-Z]/.test(word)
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
