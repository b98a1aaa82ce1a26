/**
 * Which wrong reasons a student weighs and which he rules out at a glance. Readers accepted a
 * why item when its wrong answers were other acts of the story told like the key: a clause with
 * its own subject and a verb in the key's tense ("the board closed the pier"). They marked it
 * down when a wrong answer was background: a statistic ("nearly 80 percent of visitors passed
 * the check") or a state told in another tense than the key's event ("the mayor has sought for
 * months to meet the board").
 * Such a reason is not dropped (a link with too few others would lose its question), only put
 * behind every act of the story.
 */
import { lexiconTags } from '../entities';
import { NUMBER_WORD_PATTERN } from '../lexicon';
import { tense } from './cause-choices';

/**
 * "nearly 80 percent of visitors passed the check", "28,000 people signed": a sentence whose
 * subject is a count or a share reports a statistic. "The navy fired 23 shells" is an act told
 * with a figure and passes.
 */
const STATISTIC = new RegExp(
	`^(?:(?:nearly|almost|about|some|roughly|only|just|more than|fewer than|less than|over|under)\\s+)?(?:\\d|${NUMBER_WORD_PATTERN}\\s+(?:percent|per cent|in|out|of)\\b)`,
	'i'
);
/** "has sought", "have already brought": a present perfect tells what holds now, not a past act. */
const PERFECT =
	/\b(?:has|have)\s+(?:(?:already|long|also|just|since|repeatedly|not|never)\s+)?([a-z]+)\b/i;

const participle = (w: string) => {
	const tags = lexiconTags(w.toLowerCase());
	return /(?:ed|en)$/i.test(w) || tags.has('PastTense') || tags.has('Participle');
};

/** The tense an event is told in: a present perfect apart from a simple past. */
export function eventTense(text: string): 'past' | 'present' | 'perfect' | undefined {
	const perfect = PERFECT.exec(text);
	if (perfect && participle(perfect[1]!)) return 'perfect';
	return tense(text);
}

/** Why `phrase` is a weak wrong reason beside `key`, or undefined when it is an act told like the key. */
export function weakReason(phrase: string, key: string): string | undefined {
	if (STATISTIC.test(phrase) && !STATISTIC.test(key)) return 'a statistic';
	const keyTense = eventTense(key);
	const own = eventTense(phrase);
	if (keyTense && own && own !== keyTense) return 'another tense';
	return undefined;
}

/** The acts told like the key first, then the weak ones; the given order is kept within each. */
export function actsFirst<T>(items: readonly T[], phrase: (item: T) => string, key: string): T[] {
	const weak = items.filter((x) => weakReason(phrase(x), key) !== undefined);
	return [...items.filter((x) => !weak.includes(x)), ...weak];
}
