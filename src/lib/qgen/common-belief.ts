/**
 * A gap in what a sentence says everyone takes as known ("Israel is widely believed to be the
 * only nuclear-armed state in the ____", "the port has long been seen as the region's ____"):
 * a student fills it from general knowledge, not from the story, and a tuning reader rejected
 * such an item as general knowledge. select-kinds.ts counts it as a stray detail.
 */
import type { Question } from '$lib/bank/schema';
import { COMMON_BELIEF_ADVERBS, COMMON_BELIEF_PARTICIPLES } from './lexicon';

/** "is widely believed to", "are generally considered", "has long been seen as", then the rest of its clause up to the gap. */
const COMMON_BELIEF = new RegExp(
	`\\b(?:is|are|was|were|has|have|had)\\s+(?:been\\s+)?(?:${COMMON_BELIEF_ADVERBS.join('|')})\\s+(?:been\\s+)?(?:${COMMON_BELIEF_PARTICIPLES.join('|')})\\b[^.;:“”"]*____`,
	'i'
);

/** Is the gap inside a clause of common belief (see above)? */
export function gapInCommonBelief(q: Question): boolean {
	return COMMON_BELIEF.test(q.prompt);
}
