/**
 * Stray figures of an article read alone. A story of several outlets tells its main thread by
 * what the outlets share (focus.ts storyCentrality, sideDetail); one article has no other
 * outlet, so every sentence counted as central, and a figure from a poll aside ("Canada was
 * the runner up, gaining just ____ percent"), another candidate's plan or a crowd ("More than
 * ____ supporters roared") ranked beside the news. Blind readers of single articles rejected
 * such figures and days as stray details. The article's own headline and lead still say what
 * the news is: a sentence below the opening that names none of their people, things or acts
 * tells something else.
 *
 * Only figures and days: a "who" question on such a sentence (a critic's reply, a rally's
 * speaker) names the people the news is about as often as not, and tuning found those kept.
 */
import type { Question } from '$lib/bank/schema';
import { asksForFigure } from './figure-aside';
import type { ArticleAnalysis, Span } from './types';

/**
 * Below this overlap with the headline and lead (focus.ts leadEventOverlap, where each word of
 * an article alone weighs 1) a sentence names none of their people, things or acts.
 */
const ALONE_OFF_STORY = 1;

/**
 * Does the question, about an article read alone, ask a figure or a day from sentences all
 * below its opening (its first `opening` sentences, where a report tells its news) and off its
 * headline events (`overlap` under ALONE_OFF_STORY)? Always false for a story of several
 * outlets, which focus.ts reads by what the outlets share. focus.ts passes its own overlap and
 * opening length, and asks this of detail questions.
 */
export function aloneStrayFigure(
	analyses: readonly ArticleAnalysis[],
	overlap: (evidence: readonly Span[]) => number,
	opening: number
): (q: Question) => boolean {
	if (analyses.length !== 1) return () => false;
	const openingEnd = analyses[0]!.sentences[opening - 1]?.end ?? Infinity;
	return (q) =>
		(asksForFigure(q) || /\bWhen\?/.test(q.prompt)) &&
		q.evidence.length > 0 &&
		q.evidence.every((e) => e.start >= openingEnd) &&
		overlap(q.evidence) < ALONE_OFF_STORY;
}
