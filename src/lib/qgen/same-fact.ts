/**
 * Do two evidence sentences report the same fact? Outlets tell one event in their own
 * sentences: one writes "The senator resigned on Tuesday after the vote", another "The
 * senator resigned Tuesday, hours after the vote was counted". Two questions citing them
 * ask one fact twice, whatever their keys. Sentences are compared by the words that carry
 * meaning (lower-case, plural and possessive off), not by their exact text.
 */
import { COMMON_WORDS, REPORTING_VERBS } from './lexicon';

/**
 * Words that carry no fact of their own: the lexicon's common words, reporting verbs, and a few
 * more a fact comparison must also skip (determiners and "because" join any two sentences).
 */
const EMPTY = new Set([
	...COMMON_WORDS,
	...REPORTING_VERBS,
	'these',
	'those',
	'ours',
	'here',
	'because',
	'does',
	'your'
]);

/** The fact-bearing words of a sentence: numbers and words of four letters or more. */
export function factWords(sentence: string): Set<string> {
	const words = sentence
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.match(/[a-z]{4,}|\d[\d,.]*/g);
	const out = new Set<string>();
	for (const w of words ?? []) {
		if (EMPTY.has(w)) continue;
		out.add(
			/^\d/.test(w)
				? w.replace(/[,.]$/, '')
				: w.replace(/(?<=[a-z]{2})ies$/, 'y').replace(/(?<=[a-z]{3}[^s])s$/, '')
		);
	}
	return out;
}

/** At least this many fact words shared… */
const SHARED_WORDS = 4;
/** …and this share of the shorter sentence's fact words. */
const SHARED_PART = 0.6;

export function sameFact(a: Set<string>, b: Set<string>): boolean {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared >= SHARED_WORDS && shared / Math.max(1, Math.min(a.size, b.size)) >= SHARED_PART;
}
