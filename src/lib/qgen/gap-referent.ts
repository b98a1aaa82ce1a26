/**
 * A gap item (a cloze, "Daily A writes: “… ____ …” How many?", a number gap) shows one sentence
 * alone. When that sentence's subject only points back to the one before it ("That will benefit
 * ____", "Those remarks allowed …", "The rest went to ____", "about ____ of those pages"), the
 * student cannot tell what it is about: teachers mark such items as needing an edit.
 */

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

/** The gap prompt's sentence leans on the one before it for what its subject is. */
export function gapWithoutReferent(prompt: string): boolean {
	const m = SHOWN.exec(prompt);
	const shown = m?.[1] ?? m?.[2];
	if (!shown) return false;
	const text = outsideQuotes(shown);
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
