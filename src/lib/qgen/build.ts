/** Small deterministic helpers every question family uses. */
import type { Choice } from '$lib/bank/schema';
import { hashSeed } from '$lib/quiz/shuffle';
import { splitSentences } from './segment';
import type { Span } from './types';

/** The quiz's FNV-1a seed hash as base-36: stable ids and a stable "shuffle" without Math.random. */
export function hash(text: string): string {
	return hashSeed(text).toString(36);
}

/** Order items by the hash of their text, so the key is not always first but the order never changes. */
export function stableOrder<T>(items: T[], text: (t: T) => string, salt = ''): T[] {
	return [...items].sort((a, b) => (hash(salt + text(a)) < hash(salt + text(b)) ? -1 : 1));
}

export function makeChoices(texts: string[], salt: string): Choice[] {
	return stableOrder(texts, (t) => t, salt).map((text, i) => ({ id: `c${i + 1}`, text }));
}

export function choiceId(choices: Choice[], text: string): string {
	return choices.find((c) => c.text === text)!.id;
}

export const spanOf = (s: Span): Span => ({ articleId: s.articleId, start: s.start, end: s.end });

/** Shorten a quote to at most `maxWords`, cutting at a sentence or clause end when possible. */
export function shortQuote(text: string, maxWords = 30): string {
	const clean = text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[,;:.]$/, '');
	const words = clean.split(' ');
	if (words.length <= maxWords) return clean;
	const cut = words.slice(0, maxWords).join(' ');
	const sentences = splitSentences(cut);
	const first = sentences.length > 1 ? sentences[sentences.length - 2]! : undefined;
	return first && first[1] > 30 ? cut.slice(0, first[1]) : `${cut.replace(/[,;:]$/, '')}…`;
}

export function listWords(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
