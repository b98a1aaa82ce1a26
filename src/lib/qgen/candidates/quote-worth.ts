/**
 * Is a quoted line worth a recall question? "Which outlet quoted Lee as saying 'We used to be
 * friends'?" asks a reader to remember small talk: a line that names nothing and says nothing
 * of the story's event, which any speaker of the story could have said ("It's a great day",
 * "The hard part starts now", "That's not an excuse, it's just a fact"). A teacher marks such
 * an item down as a stray detail; a line with a claim, a figure, a name or the event's own
 * words tests what happened and who took which side.
 */
import type { ArticleAnalysis } from '../types';
import { leadEventWeight } from '../focus';

/** A line this long or shorter can be small talk; a longer one carries a claim of its own. */
const SHORT_LINE_WORDS = 12;
/**
 * The least weight of headline-event words (focus.ts leadEventWeight) a short line that names
 * nothing must carry to be about the story's event: one word that half the outlets put up top.
 */
const ON_EVENT_WEIGHT = 0.5;

/**
 * A word that names something: a capitalised word or a figure ("Iran", "Congress", "40"), not
 * the speaker's own "I" or "I'm".
 */
export const isNameWord = (w: string) =>
	/^[@“‘"'(]?(?:\p{Lu}|\d)/u.test(w) && !/^I(?:['’]\p{L}+)?\W*$/u.test(w);

/**
 * Does the line name a person, place, body or figure? A sentence's first word is capitalised
 * whatever it is ("We would have done well. We would have …"), so it does not count.
 */
export function namesSomething(line: string): boolean {
	return line
		.split(/(?<=[.!?…])\s+/)
		.some((s) => s.split(/\s+/).filter(Boolean).slice(1).some(isNameWord));
}

/**
 * A speaker's denial ("I didn't use that language", "We never took the money", "There was no
 * such deal"): short and naming nothing, yet the speaker's side of the story's dispute, not
 * small talk. A blind reader preferred the set that asked one over the set without it.
 */
const DENIAL =
	/\b(?:I|we)\s+(?:(?:did|do|does|have|had|was|were|am|are|will|would)(?:n['’]t|\s+not|\s+never)|never)\b|\bthere\s+(?:is|was|were|are|has been|have been)\s+no\b/i;

/** leadEventWeight per story's analyses: it weighs every outlet's headline and lead each call. */
const weights = new WeakMap<readonly ArticleAnalysis[], (text: string) => number>();

/**
 * A short line that names nothing and none of the story's headline events: small talk, a
 * greeting, a quip or a bare reaction ("We used to be friends", "Hopefully that will be a
 * great success"). A long line or one naming something is left to the other checks.
 */
export function saysLittle(line: string, analyses: readonly ArticleAnalysis[]): boolean {
	if (line.split(/\s+/).filter(Boolean).length > SHORT_LINE_WORDS) return false;
	if (namesSomething(line) || DENIAL.test(line)) return false;
	let weigh = weights.get(analyses);
	if (!weigh) weights.set(analyses, (weigh = leadEventWeight(analyses)));
	return weigh(line) < ON_EVENT_WEIGHT;
}
