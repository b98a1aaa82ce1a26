/**
 * "More than two months later, on ____": the words before a date gap say only that the day
 * came at least that long after an earlier one, so any day after the key fits them as well as
 * the key does. A tuning reader rejected a "when?" item whose wrong day ("April 11") came after
 * the key ("March 30") for that reason. Wrong days for such a gap come from before the key
 * (detail.ts wrongAnswers).
 */
import { NUMBER_WORD_PATTERN, TIME_UNITS } from '../lexicon';

const COUNT = `(?:\\d+|a|an|${NUMBER_WORD_PATTERN})`;
const UNIT = `(?:${TIME_UNITS.join('|')})s?`;
/** "more than two months later, on", "over a week after that, on", "at least 10 days later, in". */
const AT_LEAST_LATER = new RegExp(
	`\\b(?:more than|over|at least|upwards of)\\s+${COUNT}\\s+${UNIT}\\s+(?:later|after(?:\\s+that)?)\\s*,?\\s*(?:on|in|by)?\\s*$`,
	'i'
);

/** Do the words right before a date gap fit any later day too (see above)? */
export function laterDaysFit(before: string): boolean {
	return AT_LEAST_LATER.test(before);
}

/** The day of the month a date written "March 30" or "Nov. 18" gives, if any. */
export function dayOfMonth(date: string): number | undefined {
	const m = /\b(\d{1,2})\b(?!\d)/.exec(date);
	return m ? Number(m[1]) : undefined;
}
