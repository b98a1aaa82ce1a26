/**
 * A gap item (a cloze, "Daily A writes: “… ____ …” How many?", a number gap) shows one sentence
 * alone. When that sentence's subject only points back to the one before it ("That will benefit
 * ____", "Those remarks allowed …", "The rest went to ____", "about ____ of those pages"), the
 * student cannot tell what it is about: teachers mark such items as needing an edit.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { Sentence } from './types';
import { NUMBER_WORDS } from './lexicon';
import { lexiconTags } from './entities';

/** The sentence a gap prompt shows: inside "writes: “…”" or after "Fill the gap (o):". */
const SHOWN = /(?:writes: “(.*____.*)”|^Fill the gap \([^)]*\):\s*(.*____.*))/s;

/**
 * Words after "this" or "that" that make it a time ("That night", "This year") or the article
 * itself ("This column"), both read without the sentence before.
 */
const SELF_OR_TIME =
	'(?:year|years|week|weeks|month|months|morning|afternoon|evening|night|day|days|time|spring|summer|fall|autumn|winter|weekend|season|cycle|column|article|story|piece|post|essay|report)';

/**
 * A subject that only points back: a pronoun ("It has pulled in …", "They voted …"), a
 * demonstrative ("That’s what …", "Those remarks …", "Such negativity …"), what is left of a
 * whole told before ("The rest", "The other three") or a measure told before ("The share rose").
 * "It is likely that …" and "It was the first time …" hold their own subject and stay.
 */
const POINTING_OPENING = new RegExp(
	[
		String.raw`^(?:It|They|He|She)\b(?!(?:['’]s|\s+(?:is|was|seems|seemed|remains|remained))\s+(?:not\s+)?(?:\w+ly\s+)?\w+\s+(?:to|that|whether|for|if)\b)`,
		String.raw`^(?:That|This|These|Those)\b(?!\s+${SELF_OR_TIME}\b)`,
		String.raw`^Such\s+(?!as\b)`,
		String.raw`^(?:The\s+)?(?:rest|others?|remaining|latter|former)\b`,
		String.raw`^The\s+(?:other|share|figure|number|move|total)\b(?!\s+(?:of|for|who|that)\b)`
	].join('|')
);

/**
 * A part of a whole named only before: "about ____ of those pages", "A quarter of that goes to …",
 * "Currently, there are two: ____ and …" (a count whose things were told before).
 */
const PART_OF_EARLIER =
	/\b(?:of|from)\s+(?:that|those|these|them|it)\b(?!\s+(?:who|which|that)\b)|\bthere\s+(?:are|were)\s+(?:two|three|four|five|____)\s*:/i;

/** "In all, it has …", "Currently, there …": a short opening phrase before the subject. */
const OPENING_PHRASE = /^(?:[A-Z][a-z]*(?:\s+[a-z]+){0,3}|[A-Z][a-z]+ly),\s+/;

/** Quoted words are a speaker's: what they point to is the speaker's business, not the gap's. */
const outsideQuotes = (s: string) => s.replace(/“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)/g, ' ').trim();

/** A sentence whose subject leans on the one before it for what it is. */
export function leansBack(sentence: string): boolean {
	const text = outsideQuotes(sentence);
	// "In all, it has pulled in …": the subject after a short opening phrase, capitalised as if
	// it opened the sentence.
	const rest = text.replace(OPENING_PHRASE, '');
	const subject = rest.charAt(0).toUpperCase() + rest.slice(1);
	if (POINTING_OPENING.test(text) || POINTING_OPENING.test(subject)) return true;
	// Only in the first clause of three words or more ("Currently, there are two: …"): a later
	// "of them" may have its noun earlier in the sentence ("Voters picked two mayors, and most
	// of them …").
	const head = text
		.split(/[,;—]|\s+(?:and|but|while|as)\s+/)
		.find((piece) => piece.trim().split(/\s+/).length > 2);
	return !!head && PART_OF_EARLIER.test(head);
}

/** The gap prompt's sentence leans on the one before it for what its subject is. */
export function gapWithoutReferent(prompt: string): boolean {
	const m = SHOWN.exec(prompt);
	const shown = m?.[1] ?? m?.[2];
	return !!shown && leansBack(shown);
}

/**
 * The sentence to show before a gap sentence that leans on it ("The board printed 900 pages.
 * It deemed ____ of them private."), so the item reads as the article does. None when the gap
 * sentence stands alone, or the one before is long, leans back itself, prints the key, is a
 * paragraph or more away, or leaves a quotation open.
 */
export function leadIn(
	sentences: readonly Sentence[],
	s: Sentence,
	key: string
): Sentence | undefined {
	if (!leansBack(s.text)) return undefined;
	const before = sentences[s.index - 1];
	if (!before || before.index !== s.index - 1 || s.paragraph - before.paragraph > 1)
		return undefined;
	const text = before.text.trim();
	const keyWords = key
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w.length > 2 || /\d/.test(w));
	const lower = text.toLowerCase();
	if (
		text.split(/\s+/).length > 35 ||
		!/[.!?]["”’)]?$/.test(text) ||
		(text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length ||
		(text.match(/"/g) ?? []).length % 2 === 1 ||
		lower.includes(key.toLowerCase()) ||
		keyWords.some((w) =>
			new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(w)}(?![\\p{L}\\d])`, 'u').test(lower)
		) ||
		leansBack(text) ||
		/^\W*(?:he|she|him|her|his)\b/i.test(text) ||
		countShown(key, text, s.text)
	)
		return undefined;
	return before;
}

/** Word classes of an opening capitalised word that is no name ("As", "The", "Still"). */
const NOT_A_NAME = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb'];

/**
 * A small count whose things the shown words list: "Roe and Poe, as well as Lee and
 * Park, did best. Those ____ speakers …", or "It covers ____ areas: a, b and c." Read
 * together, the count is had by counting, not by reading.
 */
function countShown(key: string, before: string, sentence: string): boolean {
	const n = /^\d+$/.test(key) ? Number(key) : NUMBER_WORDS[key.toLowerCase()];
	if (n === undefined || n > 12) return false;
	if (/:[^.]*,[^.]*\band\b/.test(sentence)) return true;
	// The longest list of capitalised runs joined only by commas, "and", "or" or "as well as"
	// ("Roe and Poe—as well as Moe"), less an opening word that is no name ("As", "The").
	const runs = [...before.matchAll(/\b[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*/gu)].filter(
		(m, i) => i > 0 || !NOT_A_NAME.some((t) => lexiconTags(m[0].toLowerCase()).has(t))
	);
	let longest = 0;
	let chain = 0;
	runs.forEach((m, i) => {
		const prev = runs[i - 1];
		const between = prev ? before.slice(prev.index + prev[0].length, m.index) : undefined;
		chain =
			between !== undefined && /^[\s,—-]*(?:and|or|as well as)?[\s,—-]*$/.test(between)
				? chain + 1
				: 1;
		longest = Math.max(longest, chain);
	});
	return longest >= n;
}
