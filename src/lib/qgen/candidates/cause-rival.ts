/**
 * How near a wrong reason stands to the act a why question asks about. Readers of the tuning
 * sets ruled out wrong reasons by elimination when they were sentences about other people or
 * other matters ("a newspaper published the story on Thursday" as the reason a witness lied):
 * the key was the only choice about that act. A rival reason a student has to weigh is about the
 * same people or things, or is itself given as a reason somewhere in the story.
 */
import { eventWords } from '../focus';
import { AGENT_NOUNS, PEOPLE_NOUNS } from '../lexicon';
import { weakReason } from './cause-weak';

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

/**
 * A wrong reason a student has to weigh: about a person, thing or act of the effect explained
 * (`about`), and told as an act like the key. A statistic or a state in another tense than the
 * key's is ruled out as fast as a sentence about other matters, however near its words.
 */
export function nearRival(phrase: string, about: string, key: string): boolean {
	return rivalRank(phrase, about, false) > 0 && weakReason(phrase, key) === undefined;
}

/**
 * The wrong reasons a why item offers, in the given order: up to `most` that are `related` to
 * the act explained, and unrelated ones only to reach the two a question needs. Readers said
 * that a reason about other people and matters ("a newspaper published the story on Thursday"
 * beside a witness's lie) is ruled out at a glance; a fourth choice like that only makes the key
 * easier to spot, so the item is asked with three.
 */
export function fewerUnrelated<T>(
	items: readonly T[],
	related: (item: T) => boolean,
	most = 3,
	least = 2
): T[] {
	const near = items.filter(related).slice(0, most);
	const fill = items.filter((x) => !related(x)).slice(0, Math.max(0, least - near.length));
	return items.filter((x) => near.includes(x) || fill.includes(x));
}
