/**
 * A person swapped into a reporter's sentence for a true/false (swap-truefalse.ts) must not be
 * someone the sentence already speaks of: "Ann Roe said Poe's plan was “a gift to donors”" with
 * Tom Poe in Roe's place has Poe attacking his own plan, and "Ann Lee said he would “fight to the
 * end”", where "he" is Tom Poe named just before, has Poe speaking of himself in the third
 * person. A student marks either false without reading: the sentence itself rules the swap out.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { sameName } from '../align';
import { referentBefore } from '../pronoun-referent';
import type { ArticleAnalysis } from '../types';

/** Third-person pronouns by the sex they point at. */
const PRONOUNS = {
	male: /\b(?:he|him|his|himself)\b/i,
	female: /\b(?:she|her|hers|herself)\b/i
} as const;

/**
 * Does the statement, read without the name the swap replaces (`at`, `length`), name the
 * swapped person (any part of three letters or more: "Poe" for Tom Poe), or mean them by a
 * pronoun whose referent, by the sentences before, is that person?
 */
export function statementSpeaksOf(
	swap: string,
	statement: string,
	at: number,
	length: number,
	a: ArticleAnalysis,
	sentence: number
): boolean {
	const rest = `${statement.slice(0, at)} ${statement.slice(at + length)}`;
	const parts = swap.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
	if (parts.some((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'u').test(rest)))
		return true;
	return (['male', 'female'] as const).some((sex) => {
		if (!PRONOUNS[sex].test(rest)) return false;
		const meant = referentBefore(a, sentence, sex);
		return !!meant && sameName(meant.name, swap);
	});
}
