/**
 * Leads that tell the news before it happened (issue #10): "Roe will step down on March 1", "Roe
 * is expected to announce her run on Monday". Beside an outlet that reports the act as done
 * ("Roe announced her run"), a student who read that outlet finds such a key wrong or
 * incomplete, so main-idea.ts keys the done act's lead instead. Grammar only (the lexicon's
 * future modals, planned frames and verbs of intent), never the story's topic.
 */
import { FUTURE_MODALS, INTENT_VERBS, NOUN_DETERMINERS, PLANNED_FRAME_WORDS } from '../lexicon';

// "has dropped plans to moderate", "its plans to": after a determiner or a past verb "plans" is
// a noun, the plan given up or proposed, not the subject's intent (as dates.ts reads it).
const INTENT = `(?<!\\b(?:${NOUN_DETERMINERS.join('|')}|\\w+ed|\\w+['’]s)\\s+)\\b(?:${INTENT_VERBS.join('|')})s?\\s+to\\s+[a-z]+`;

const AHEAD = new RegExp(
	`\\b(?:(?:${FUTURE_MODALS.join('|')})\\s+(?:not\\s+)?[a-z]+|(?:is|are)\\s+(?:${PLANNED_FRAME_WORDS.join('|')})\\b|${INTENT})`,
	'i'
);

/**
 * The lead's main act is still to come. Only the part before a clause of cause or time counts:
 * "Roe resigned after the board said it will audit her office" tells a done act.
 */
export function looksAhead(lead: string): boolean {
	const main = lead.replace(
		/\s+(?:after|because|when|since|following|amid|as|which|who|while|before|until)\s.*$/i,
		''
	);
	return AHEAD.test(main);
}

/** A lead as the key choice weighs it: does it look ahead, and when was its outlet published. */
export interface LeadTense {
	ahead: boolean;
	/** Publication date, ISO ("2026-03-01"): ISO dates order as strings. */
	date: string;
}

/**
 * `done` reports as done what `ahead` says is to come, and was published no earlier: the
 * later report has overtaken the preview. A done lead published before a preview may tell an
 * earlier stage ("Roe resigned" on Monday, "Roe will leave office Friday" on Tuesday), so
 * publication order decides, not tense alone. `doneIsPlain`: the done lead is no slanted angle
 * of its own ("critics question …"), which would be no better a key.
 */
export function overtakesPreview(done: LeadTense, ahead: LeadTense, doneIsPlain: boolean): boolean {
	return doneIsPlain && ahead.ahead && !done.ahead && done.date >= ahead.date;
}
