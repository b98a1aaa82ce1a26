/**
 * A why prompt whose act is named only by a pointer ("Roe said she took the unusual action",
 * "… defended the move", "… did so"): the act it points to is told in the sentence before, which
 * the student does not see in "<Outlet> reports that …", so the question cannot be read alone
 * (issue #10, a tuning reading's fault: "took the unusual action"). Such a prompt quotes that
 * sentence first, or the item is not asked.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { normaliseSpace } from '$lib/content/space';
import { SHELL_NOUNS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { words } from './cause-clause';

const SHELLS = SHELL_NOUNS.map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
	.sort((a, b) => b.length - a.length)
	.join('|');

/**
 * A determiner, at most one lower-case modifier ("unusual", "controversial", "latest") and a
 * noun that only points back; not when a complement names the act ("the decision to close the
 * pier", "the plan for a new stadium", "the move that angered …"), nor a possessive's noun
 * ("the mayor's decision"), where the owner still leaves the act untold but "the" is not the
 * pointer; those stay as they were.
 */
const POINTER_NP = new RegExp(
	`\\b(?:the|this|that|these|those|such\\s+an?)\\s+(?:[a-z][a-z-]+\\s+)?(?:${SHELLS})\\b(?!\\s+(?:to|that|of|on|about|over|for|against|which|by|in)\\b)(?!['’])`,
	'i'
);
/** "he did so", "doing this": a verb of doing with a pro-form for its object. */
const DID_SO = /\b(?:do|does|did|doing|done)\s+(?:so|this|that)\b/i;

/** True when the clause a why prompt states names its act only by pointing back. */
export function pointsToActBefore(clause: string): boolean {
	return POINTER_NP.test(clause) || DID_SO.test(clause);
}

/** Longest sentence before that a prompt may quote whole. */
const MOST_WORDS = 40;

/**
 * The sentence before `s`, as the prompt may quote it to name what a pointer points to: the
 * reporter's own words (not a quotation, no quotation marks), a whole sentence ending in a full
 * stop, not itself opening on a pointer ("It", "This", "He …" leans further back) and not
 * telling the key (then the quoted sentence would give the answer away). Undefined otherwise.
 */
export function sentenceNamingPointer(
	a: ArticleAnalysis,
	s: Sentence,
	key: string
): Sentence | undefined {
	const prev = a.sentences[s.index - 1];
	if (!prev || a.sentences[s.index] !== s) return undefined;
	const text = normaliseSpace(prev.text);
	const n = words(text).length;
	if (n < 6 || n > MOST_WORDS || !/[.!?]$/.test(text) || /[“"”]/.test(text)) return undefined;
	if (a.quoted.some((q) => q.start <= prev.start && prev.start < q.end)) return undefined;
	if (/^(?:it|this|that|these|those|he|she|they|but|and|so|also|which)\b/i.test(text))
		return undefined;
	const keyWords = words(key.toLowerCase()).filter((w) => w.length > 3);
	const lower = text.toLowerCase();
	const told = keyWords.filter((w) => lower.includes(w)).length;
	if (keyWords.length > 0 && told / keyWords.length >= 0.5) return undefined;
	return prev;
}
