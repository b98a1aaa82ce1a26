/**
 * Which facts a short first ten does not take even as its last fill (select-misfit.ts). A fact
 * on a side detail, or one ranked below the line for its place (select-kinds.ts,
 * belowLineOnStory), joins a story's first ten only when nothing else fits; blind readers kept
 * about half of them. Read on the tuning stories, the ones a teacher would cut are of a few
 * kinds of news English, each asking what the report only mentions on the way:
 * - the date or the body of what is scheduled next ("The judge set the sentencing for ____",
 *   "… is scheduled to appear before the ____ on Thursday"): trivia about the calendar;
 * - the day papers are due back ("The subpoenas must be returned ____"): a procedure's deadline,
 *   which waits behind the main events even in the first pass (select-misfit.ts);
 * - a place that is only where something is done ("has been debated in ____ for months",
 *   "redistricting in ____ has been tough"): any of several places answers it ("Washington",
 *   "Congress", "the capital");
 * - a figure whose sentence leans on the one before for what it counts ("For that year, the
 *   budget was $____"): which year is not in the prompt;
 * - the size of a body named by its members ("all ____ Republicans on the committee"): how many
 *   sit on it, not what they did;
 * - a sum or a share printed beside another of its kind ("a $____ watch and $9,000 of
 *   furniture", "dinners topped $60,000, while cleaning topped $____", "____ percent to 41
 *   percent"): one entry of a list of prices or of a poll's shares, which blind readers marked
 *   REJECT as a side expense to the dollar.
 * The same kinds on the main events are asked as before: only the late fill is held to this.
 */
import type { Question } from '$lib/bank/schema';
import { keyOf } from './focus';
import { memoByText } from './match-cache';
import {
	HANDING_IN_VERBS,
	MONTHS,
	NUMBER_WORDS,
	SCHEDULING_WORDS,
	TIME_UNITS,
	WEEKDAYS
} from './lexicon';

export type WeakFill =
	'deadline' | 'scheduled' | 'only where' | 'leans back' | 'body size' | 'figure in a list';

const SCHEDULED = new RegExp(
	// "is scheduled to", "slated for", "set for"; "set the sentencing for", "set a vote for".
	`\\b(?:${SCHEDULING_WORDS.join('|')})\\s+(?:to|for)\\b|\\bset\\s+(?:the|a|an|its|his|her|their)\\s+[\\p{Ll}-]+\\s+for\\b`,
	'u'
);
/**
 * "must be returned ____", "has to be filed by ____", "are due back on ____", "are due to be
 * submitted by ____": the gap is the day something must be handed in.
 */
const DEADLINE = new RegExp(
	`\\b(?:(?:must|has to|have to|needs? to)\\s+be|(?:is|are)\\s+due\\s+to\\s+be)\\s+(?:${HANDING_IN_VERBS.join('|')})(?:\\s+back)?\\s+(?:(?:by|on|before|no later than)\\s+)?____|\\b(?:is|are)\\s+due(?:\\s+back)?\\s+(?:(?:by|on|before)\\s+)?____`,
	'u'
);
/** "For that year,", "That week", "At the same time": the sentence's time is the one before's. */
const LEANS_BACK = new RegExp(
	`(?:^|“|\\):\\s*)(?:(?:for|in|by|at|during|since|until|of)\\s+)?(?:that|the\\s+same)\\s+(?:${TIME_UNITS.join('|')})\\b`,
	'iu'
);
/** A sum of money printed in figures ("$14,000", "$ 5"). */
const SUM = /\$\s?\d/;
/** A share printed in figures ("41 percent", "46%", "3.5 per cent"). */
const SHARE = /\d(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)/i;

/**
 * The gap asks a sum ("$____") or a share ("____ percent") and its sentence prints another of
 * the same kind: the key is one entry of a list, not the story's one figure.
 */
function figureInList(prompt: string, gap: number): boolean {
	const rest = prompt.slice(0, gap) + prompt.slice(gap + 4);
	if (prompt.slice(Math.max(0, gap - 2), gap).includes('$')) return SUM.test(rest);
	if (/^\s?(?:%|percent\b|per\s+cent\b)/i.test(prompt.slice(gap + 4, gap + 14)))
		return SHARE.test(rest);
	return false;
}

const CALENDAR = new Set<string>([...MONTHS, ...WEEKDAYS]);

const isCount = (key: string) =>
	/^\$?\d/.test(key) || NUMBER_WORDS[key.toLowerCase()] !== undefined;

/** A name a place could stand for: capitalised, no date, no count. */
const isPlaceLike = (key: string) =>
	/^\p{Lu}/u.test(key) && !isCount(key) && !CALENDAR.has(key.split(/\s+/)[0]!.toLowerCase());

/** The weak kind of a fact question as a late fill, if it is one (see above). */
export function weakFill(q: Question): WeakFill | undefined {
	return weakByText(`${keyOf(q) ?? ''}\u0000${q.prompt}`);
}

/** By key and prompt, kept: selection asks it of every waiting fact at every late pick. */
const weakByText = memoByText((id: string): WeakFill | undefined => {
	const cut = id.indexOf('\u0000');
	const key = id.slice(0, cut);
	const prompt = id.slice(cut + 1);
	if (SCHEDULED.test(prompt)) return 'scheduled';
	if (LEANS_BACK.test(prompt)) return 'leans back';
	const gap = prompt.indexOf('____');
	if (gap < 0 || !key) return undefined;
	if (!isCount(key) && DEADLINE.test(prompt)) return 'deadline';
	const before = prompt.slice(Math.max(0, gap - 12), gap);
	const after = prompt.slice(gap + 4, gap + 6);
	// A possessive is an owner, not a place ("in ____'s district").
	if (/\bin\s+$/.test(before) && !/^['’]s/.test(after) && isPlaceLike(key)) return 'only where';
	if (/\ball\s+$/.test(before) && isCount(key)) return 'body size';
	if (isCount(key) && figureInList(prompt, gap)) return 'figure in a list';
	return undefined;
});
