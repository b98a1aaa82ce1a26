/**
 * A wrong reason that says nothing: "Roe backed a plan", "to combat the problem", "the action
 * was taken", "the decision to donate". Its one noun is a shell noun that only points at an act
 * told elsewhere, and besides it the phrase has at most a name and a verb. A reader cannot rule
 * it out (any plan, any problem might be the one) and learns nothing from it, so it is no
 * choice; the story's next event takes its place, or the item goes with too few.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { SHELL_NOUNS } from '../lexicon';

const SHELL = new RegExp(
	`\\b(?:a|an|the|this|that|these|those)\\s+(?:${SHELL_NOUNS.map(escapeRegExp).join('|')})\\b`,
	'gi'
);
/** Words that carry no content of their own: articles, auxiliaries, "to" and short prepositions. */
const FUNCTION_WORD =
	/^(?:a|an|the|to|of|on|in|at|by|for|with|was|were|is|are|be|been|had|has|have|did|do|does)$/i;

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
