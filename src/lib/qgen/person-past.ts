/**
 * Gaps in a line of a person's biography: an earlier job or office, a membership or a pastime.
 * Asked beside the headline event they test recall of a stray detail (select-kinds.ts,
 * strayDetail), however central the sentence. Split from focus.ts.
 */
import type { Question } from '$lib/bank/schema';
import { EARLIER_CAREER_VERBS, MEMBERSHIP_LINES } from './lexicon';
import { memoByText } from './match-cache';

/**
 * The words that tell a person's earlier job, office or class office, up to a gap in the same
 * clause. The school someone attended is refused as a gap already (gap-checks.ts, schoolAttended).
 */
const PERSON_PAST = new RegExp(
	`\\b(?:(?:had|once|previously|formerly)\\s+(?:(?:once|previously|also)\\s+)?(?:${EARLIER_CAREER_VERBS.join('|')})|class\\s+president|president\\s+of\\s+(?:his|her|their|the)\\s+(?:\\w+\\s+)?class)\\b[^.;:“”"]{0,60}?____`,
	'i'
);

/**
 * Is the gap in what a person did before the news: an earlier job, office or school ("someone
 * Roe had worked for on the ____ in the 1990s", "Lee was class president at ____", "Roe once
 * served on the ____")? A line of a biography, asked beside the headline event, tests recall
 * of a stray detail (select-kinds.ts, strayDetail), however central the rest of its sentence.
 */
export function gapInPersonPast(q: Question): boolean {
	return personPastGap(q.prompt);
}
/** By prompt, kept: selection asks it of every entry in its pool at every pick (strayDetail). */
const personPastGap = memoByText(
	(prompt: string): boolean => PERSON_PAST.test(prompt) || gapInMembership(prompt)
);

const MEMBERSHIP = MEMBERSHIP_LINES.map((l) => l.replace(/\s+/g, '\\s+')).join('|');
/** "was a member of the ____", "belonged to ____": the gap is what the person belonged to. */
const MEMBER_OF_GAP = new RegExp(`\\b(?:${MEMBERSHIP})\\s+(?:the\\s+|a\\s+|an\\s+)?____`, 'i');
/** "____ was member of the YMCA": the gap is who belonged, asked by a line of a biography. */
const GAP_WAS_MEMBER = new RegExp(`(?:“|\\):\\s*)____\\s+(?:${MEMBERSHIP})\\b`, 'i');
/** "was a member of the panel that approved the plan": a body that acts in the news. */
const BODY_THAT_ACTS = new RegExp(
	`\\b(?:${MEMBERSHIP})\\b[^.;:“”"]{0,50}?\\b(?:that|which|who)\\s`,
	'i'
);

/**
 * A membership or a pastime that a biography tells ("Roe was a member of the ____", "____ was
 * member of the YMCA", "Roe had coached ____ for years", "____ belonged to a rowing club"): who a
 * person in the news is, not what happened, however central the sentence (the name may be the
 * story's). Not a body that acts in the news ("a member of the panel that approved it").
 */
function gapInMembership(prompt: string): boolean {
	return (
		(MEMBER_OF_GAP.test(prompt) || GAP_WAS_MEMBER.test(prompt)) && !BODY_THAT_ACTS.test(prompt)
	);
}
