/**
 * A wrong reason that says nothing: "Roe backed a plan", "to combat the problem", "the action
 * was taken", "the decision to donate". Its one noun is a shell noun that only points at an act
 * told elsewhere, and besides it the phrase has at most a name and a verb. A reader cannot rule
 * it out (any plan, any problem might be the one) and learns nothing from it, so another event
 * of the story takes its place. It is kept only when the story has no other: a three-choice item
 * with one weak choice is a small edit for a teacher, no item at all is a lost why question.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { SHELL_NOUNS } from '../lexicon';

/** Words that carry no content of their own: articles, auxiliaries, "to" and short prepositions. */
const FUNCTION_WORDS =
	'a|an|the|to|of|on|in|at|by|for|with|was|were|is|are|be|been|had|has|have|did|do|does|and|or';
const FUNCTION_WORD = new RegExp(`^(?:${FUNCTION_WORDS})$`, 'i');
/**
 * A shell noun as the head of its phrase: "the news coverage" is coverage, "the plan's
 * backers" are people; only a shell noun at the end or before a function word points back.
 */
const SHELL = new RegExp(
	`\\b(?:a|an|the|this|that|these|those)\\s+(?:${SHELL_NOUNS.map(escapeRegExp).join('|')})(?=$|[.,;:!?]|\\s+(?:${FUNCTION_WORDS})\\b)`,
	'gi'
);

/**
 * True when `phrase` names an act only by a shell noun ("a plan", "the issue") and has no more
 * than two other words of content, a run of capitalised words (a name) counting as one.
 */
export function saysNothing(phrase: string): boolean {
	const rest = phrase.replace(SHELL, ' ');
	if (rest === phrase) return false;
	// Figures and dates are content: "the plan was approved 90 to 10" tells something checkable.
	if (/\d/.test(rest)) return false;
	const content = rest
		.replace(/[.,;:!?"“”]/g, ' ')
		// "President Jane Roe backed a plan": a name, however long, is one word of content.
		.replace(/\b\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu, 'NAME')
		.split(/\s+/)
		.filter((w) => w && !FUNCTION_WORD.test(w));
	return content.length <= 2;
}

/**
 * Ranked wrong reasons with those that say nothing moved last (in their order), so they are
 * offered only when the story has no other; a key that says nothing itself keeps them in place.
 */
export function vagueLast<T extends { phrase: string }>(ranked: readonly T[], key: string): T[] {
	if (saysNothing(key)) return [...ranked];
	const vague = ranked.map((w) => saysNothing(w.phrase));
	return [...ranked.filter((_, i) => !vague[i]), ...ranked.filter((_, i) => vague[i])];
}
