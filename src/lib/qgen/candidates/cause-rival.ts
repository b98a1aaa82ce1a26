/**
 * How near a wrong reason stands to the act a why question asks about. Readers of the tuning
 * sets ruled out wrong reasons by elimination when they were sentences about other people or
 * other matters ("a newspaper published the story on Thursday" as the reason a witness lied):
 * the key was the only choice about that act. A rival reason a student has to weigh is about the
 * same people or things, or is itself given as a reason somewhere in the story.
 */
import { eventWords } from '../focus';
import { AGENT_NOUNS, PEOPLE_NOUNS } from '../lexicon';

/**
 * "officials", "lawmakers", "a spokesman": nouns for people in general name no one in
 * particular, so sharing one ("what officials said" in a key) ties a wrong reason to nobody.
 */
const ANYONE = new RegExp(
	`\\b(?:${[...PEOPLE_NOUNS, ...AGENT_NOUNS].filter((w) => !/\s/.test(w)).join('|')})(?:s|es)?\\b`,
	'gi'
);
const namedWords = (text: string) => eventWords(text.replace(ANYONE, ' '));

/**
 * The rank of a wrong reason among the others, higher first: one for being a reason the story
 * states for something else, and one for each of up to two people, things or acts it shares
 * with the act explained, its key or its agent (`about`).
 */
export function rivalRank(phrase: string, about: string, statedReason: boolean): number {
	const near = namedWords(about);
	const shared = [...namedWords(phrase)].filter((w) => near.has(w)).length;
	return (statedReason ? 1 : 0) + Math.min(shared, 2);
}

/** Orders wrong reasons by `rivalRank`, the story's order kept among equals. */
export function byRivalRank<T>(items: readonly T[], rank: (item: T) => number): T[] {
	return items
		.map((item, i) => ({ item, i, r: rank(item) }))
		.sort((a, b) => b.r - a.r || a.i - b.i)
		.map((x) => x.item);
}
