/**
 * How a single article's main-idea item reads names. A news report names a person in full once
 * ("Donald Trump") and by surname after ("Trump said his …"); it adds a sentence to the one
 * before with "also"; and it names institutions after people ("Trump University").
 */
import { SEASONS } from '../lexicon';
import type { ArticleAnalysis } from '../types';
import { selfContained } from './main-idea';

/** The surnames of people this article names in full (two or more words). */
function fullySurnamed(a: ArticleAnalysis): Map<string, string> {
	const out = new Map<string, string>();
	for (const p of a.people)
		if (p.surname && p.name.includes(' ') && !out.has(p.surname)) out.set(p.surname, p.name);
	return out;
}

const SURNAME_FIRST = /^([A-Z][\p{L}’'-]+)(?=[\s,])/u;

/**
 * selfContained, reading an opening lone surname of someone the headline and key (`main`) do not
 * name as the full name the article gives it earlier. A side detail offered as a wrong answer is
 * read beside the article, so a surname the article has given in full tells the reader who "he"
 * or "his" is; a surname it never completes, or a "he" with no name before it, still points back
 * to a sentence unseen.
 */
export function readsAloneInArticle(a: ArticleAnalysis, text: string, main: string): boolean {
	if (selfContained(text)) return true;
	const m = SURNAME_FIRST.exec(text);
	// The headline's or the key's own people ("Roe exaggerates when he says …") are the point's
	// actors: what they do later may be the point told again, so only others' surnames are read.
	if (!m || new RegExp(String.raw`\b${m[1]}\b`).test(main)) return false;
	const full = fullySurnamed(a).get(m[1]!.toLowerCase());
	return !!full && selfContained(full + text.slice(m[1]!.length));
}

/**
 * "Trump University", "Clinton Foundation": a capitalised word before another is part of a longer
 * name (an institution's, a full name's first name), and only the run's last word names someone
 * on its own. Dropping the others, a lead about Trump University does not share "Trump" with a
 * headline about Trump.
 */
export const lastWordsOfNames = (text: string) =>
	text.replace(/\b[A-Z][\p{L}’'-]*(?=\s+[A-Z][\p{L}’'-]*\b)/gu, ' ');

/** A bare "this" that points back; "this week", "this summer" set a time. */
const THIS_POINTS = new RegExp(
	String.raw`\bthis\b(?!\s+(?:week|month|year|morning|afternoon|evening|weekend|${SEASONS.join('|')})\b)`,
	'i'
);

/**
 * A lead after a feature's deck is often a scene or a profile ("An Ethiopian exile with a Ph.D.
 * from the New School, he taught …", "One important reason for this …") that leans on the deck:
 * such a key must name whom its he/she means (a person of the article, in full, before it) and
 * point back with no bare "this" ("this week" is a time, not a pointer).
 */
export function namesItsActors(a: ArticleAnalysis, text: string): boolean {
	const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
	if (THIS_POINTS.test(outside)) return false;
	const p = /\b(?:he|she|him|his|her|hers|it|its|they|them|their)\b/i.exec(outside);
	if (!p) return true;
	const before = outside.slice(0, p.index);
	return a.people.some((x) => x.name.includes(' ') && before.includes(x.name));
}
