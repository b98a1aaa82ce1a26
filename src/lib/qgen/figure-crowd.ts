/**
 * A figure gap in a sentence crowded with figures: "She held ____ meetings, against 412 in the
 * House and 57 at the summit", "The ____ bills would cost $447 billion over 10 years". Tuning
 * and blind readers rejected such items as trivia: with two or more other figures printed
 * beside the gap, the item tests which number went where in a passage of numbers, not what
 * happened. In a story of several outlets such a gap waits behind every other candidate
 * (select-misfit.ts), like a figure of the background: a short ten still takes it last.
 * A toll or a tally ("____ people killed and 53 wounded", "passed with ____ votes") is the
 * story's point however many figures stand beside it, and keeps its place.
 */
import type { Question } from '$lib/bank/schema';
import { aroundGap, asksForFigure } from './figure-aside';
import { TOLL_AND_TALLY_WORDS } from './lexicon';
import { findQuantities } from './quantities';

/** How many other figures the gap's sentence must print for the gap to wait. */
export const CROWDED_FIGURES = 2;

/**
 * The figures a piece of the gap's sentence prints: counts, sums and shares with their noun
 * (quantities.ts, which leaves out years, days of the month and the ends of a range).
 */
const figuresIn = (text: string) => findQuantities(text, () => 0, 'gap').length;

const TOLL = new RegExp(`\\b(?:${TOLL_AND_TALLY_WORDS.join('|')})\\b`, 'i');

/**
 * Does the gap count the dead, the hurt or the votes: a toll or tally word among the few words
 * right after it ("____ people killed", "____ others were wounded", "____ votes") or right
 * before it ("killed ____", "a death toll of ____")?
 */
function tollOrTally(before: string, after: string): boolean {
	const next = after
		.split(/[,;:.]/)[0]!
		.trim()
		.split(/\s+/)
		.slice(0, 4)
		.join(' ');
	const last = before.trim().split(/\s+/).slice(-4).join(' ');
	return TOLL.test(next) || TOLL.test(last);
}

/**
 * Does the gap ask for a figure while its sentence prints CROWDED_FIGURES others or more,
 * other than a toll or a tally?
 */
export function crowdedFigure(q: Question): boolean {
	if (!asksForFigure(q)) return false;
	const parts = aroundGap(q);
	if (!parts) return false;
	const { before, after } = parts;
	if (figuresIn(before) + figuresIn(after) < CROWDED_FIGURES) return false;
	return !tollOrTally(before, after);
}
