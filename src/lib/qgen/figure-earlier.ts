/**
 * A figure or date its own sentence sets at an earlier time than the news: "A petition signed
 * by more than ____ people last year …", "… arranged in March 2011 to have $____ paid to …",
 * "The lanes were closed for ____ days in September". The story reports what happens now; such
 * a gap asks the reader to remember a number of its background. Tuning readers marked them
 * stray details (issue #10, "Clozes and timelines"), so as a fact it waits behind the main
 * events and fills no short ten (select-misfit.ts, late-fill.ts).
 *
 * Only the grammar of time is read: a past year ("last year", "two years ago", "in 1998",
 * "in March 2011") or a month named after a completed act in the passive ("was sentenced in
 * December"). A sentence that looks ahead ("will", "is expected to") or compares with the
 * earlier time ("up ____ percent from last year") tells the news, and is not read as background.
 */
import type { Question } from '$lib/bank/schema';
import { aroundGap, asksForFigure } from './figure-aside';
import { MONTHS, MONTH_PATTERN, WEEKDAYS } from './lexicon';

/** "last year", "a decade ago", "in 1998", "in March 2011": a time before the news year. */
const EARLIER_YEAR = new RegExp(
	`\\blast\\s+(?:year|decade)\\b|\\b(?:years?|decades?)\\s+ago\\b|\\bin\\s+(?:${MONTH_PATTERN}\\.?\\s+)?(?:19|20)\\d\\d\\b`,
	'i'
);
/**
 * "was sentenced in December", "were closed for ____ days in September": a month alone dates a
 * completed act only beside a passive past; "the rate was ____ percent in April" may be the news.
 */
const PASSIVE_PAST_IN_MONTH = new RegExp(
	`\\b(?:was|were|had\\s+been)\\s+\\p{Ll}+(?:ed|en|t)\\b[^.;:]*\\bin\\s+${MONTH_PATTERN}\\b(?!\\.?\\s*\\d)`,
	'iu'
);
/** The sentence looks ahead: its time is to come, not gone. */
const LOOKS_AHEAD = /\b(?:will|would|shall|expected|scheduled|plans?|planned|next)\b|['’]ll\b/i;
/** "from last year", "than in 2016", "since 2009": the earlier time is a base the news is measured from. */
const COMPARED_WITH =
	/\b(?:since|from|than|over|compared\s+(?:with|to))\s+(?:(?:in|the)\s+)?(?:last|(?:\p{L}+\s+)?(?:years?|decades?)\s+ago|(?:19|20)\d\d|\p{L}+\s+(?:19|20)\d\d)\b/iu;

const CALENDAR = new Set<string>([...MONTHS, ...WEEKDAYS]);

/** The key a gap question expects, as written. */
function keyText(q: Question): string | undefined {
	if (q.type === 'cloze') return q.accepted?.[0];
	if (q.type === 'single') return q.choices?.find((c) => q.correct?.includes(c.id))?.text;
	return undefined;
}

/** Does the gap ask a figure, or a date (its key opens on a month or a weekday)? */
function asksFigureOrDate(q: Question): boolean {
	if (asksForFigure(q)) return true;
	const first =
		keyText(q)
			?.split(/[\s.,]+/)[0]
			?.toLowerCase() ?? '';
	return CALENDAR.has(first) || MONTHS.some((m) => first.length >= 3 && m.startsWith(first));
}

/** The gap's own sentence: a chosen gap may print the sentence before it too. */
function gapSentence(q: Question): string | undefined {
	const parts = aroundGap(q);
	if (!parts) return undefined;
	const before = parts.before.split(/(?<=[.!?][”"]?)\s+(?=[\p{Lu}“"])/u).pop() ?? '';
	const after = /^.*?(?:[.!?](?=\s|$)|$)/su.exec(parts.after)?.[0] ?? parts.after;
	return `${before}____${after}`;
}

/** Kept per question: selection asks it of every waiting fact at every pick. */
const memo = new WeakMap<Question, boolean>();

/** Is the gap a figure or date of the background, set at an earlier time than the news (see above)? */
export function earlierTimeFigure(q: Question): boolean {
	let found = memo.get(q);
	if (found === undefined) memo.set(q, (found = readEarlier(q)));
	return found;
}

function readEarlier(q: Question): boolean {
	if (!asksFigureOrDate(q)) return false;
	const sentence = gapSentence(q);
	if (!sentence || LOOKS_AHEAD.test(sentence) || COMPARED_WITH.test(sentence)) return false;
	return EARLIER_YEAR.test(sentence) || PASSIVE_PAST_IN_MONTH.test(sentence);
}
