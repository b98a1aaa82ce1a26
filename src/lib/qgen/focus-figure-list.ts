/**
 * A figure told beside another of its kind in one clause: "48 percent chose Lee while ____
 * percent chose Roe", "Roe trails with ____ percent, and Kay with 11 percent", "____ percent
 * before the debate and 31 percent after". Blind readers of single articles rejected such gaps
 * as a number in a list of numbers: the pair is the fact, and the one figure asked, with its
 * neighbour printed beside it, tests which of two shares or sums went where. A story of
 * several outlets compares its figures across outlets instead (figure-groups.ts), so only an
 * article read alone lowers them: they wait behind its questions on what happened and fill in
 * when it has nothing better (focus.ts FIGURE_LIST_PENALTY).
 */
import type { Question } from '$lib/bank/schema';
import { aroundGap, asksForFigure } from './figure-aside';
import { NUMBER_WORD_PATTERN } from './lexicon';

/** A clause ends at a colon, a semicolon or a dash: "With 99 percent counted: Roe took ____ percent". */
const CLAUSE_BREAK = /[;:—–]|\s-\s/;

/** "40", "4.5", "forty", "forty-five": a figure as a clause prints it. */
const NUMBER = `(?:\\d[\\d,.]*|${NUMBER_WORD_PATTERN}(?:-${NUMBER_WORD_PATTERN})?)`;

/** The unit a figure's kind is told by: a share ("percent", "%", "points") or a sum ("$"). */
const SHARE_AFTER_GAP = /^\s*(?:%|percent\b|per cent\b|(?:percentage )?points?\b)/i;
const SHARE = new RegExp(
	`\\b${NUMBER}\\s*(?:%|\\s(?:percent|per cent|(?:percentage )?points?)\\b)`,
	'i'
);
const SUM_BEFORE_GAP = /\$\s*$/;
const SUM = /\$\s*\d/;

/**
 * Does the gap, in an article read alone (`alone`), ask a share or a sum its own clause prints
 * another of beside it?
 */
export function figureAmongFigures(q: Question, alone: boolean): boolean {
	if (!alone || !asksForFigure(q)) return false;
	const parts = aroundGap(q);
	if (!parts) return false;
	// The gap's clause: the text from the last break before it to the first break after it.
	const before = parts.before.split(CLAUSE_BREAK).at(-1)!;
	const after = parts.after.split(CLAUSE_BREAK)[0]!;
	if (SHARE_AFTER_GAP.test(after)) return SHARE.test(before) || SHARE.test(after);
	if (SUM_BEFORE_GAP.test(before))
		return SUM.test(before.replace(SUM_BEFORE_GAP, '')) || SUM.test(after);
	return false;
}
