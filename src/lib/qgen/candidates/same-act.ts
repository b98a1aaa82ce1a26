/**
 * "According to X, who visited the state?" has two right answers when the text tells another
 * person visiting it too ("Obama did visit the state, but …"), and "who asked Roe a question?"
 * when the moderator asked a follow-up (a blind reader found the second right choice). A
 * who-did-it item is asked only when no other person in the text does the same act: the same
 * verb, by its base form, right after another person's name, on the same thing (a word of what
 * the question's verb takes in the other's clause too, every name among them: "won 27 percent" is
 * not "won 13 contests", "won Georgia" not "won Arkansas").
 */
import type { ArticleAnalysis } from '../types';
import { sameName } from '../align';
import { lexiconTags } from '../entities';
import { REPORTING_VERBS } from '../lexicon';
import { baseForm } from './object-fact';

const REPORTING = new RegExp(`^(?:${REPORTING_VERBS.join('|')})$`);

/** Words between a subject and its verb that leave the act the same: "did visit", "also asked". */
const BETWEEN =
	/^(?:\s*\([^)]{1,30}\))?(?:,[^,“”"]{2,90},)?\s+(?:(?:also|later|then|once|too|again|never|did|does|do|had|has|have|will|would)\s+)*([a-z]+)\b([^.;:!?“”"]{0,80})/u;
/** States, not acts: anyone "is", "has" or "becomes" something, which a second subject shares by chance. */
const STATES = /^(?:be|have|become|seem|remain|get|go|come|say|tell)$/;
/** Words too common to say what the act is done to. */
const COMMON =
	/^(?:that|this|these|those|with|from|about|their|there|them|they|then|than|been|more|most|also|into|over|after|before|when|what|which|while|would|could|should|will|just|only|some|such|very|much|many|time|year|years|week|last|first|next)$/i;
/** The helpers and linking verbs a predicate may open with: the act is the verb after them. */
const HELPERS = /^(?:also|later|then|once|did|does|do|had|has|have|will|would|never|again)$/;

const bases = new Map<string, string | undefined>();
function base(word: string): string | undefined {
	if (!bases.has(word)) bases.set(word, baseForm(word));
	return bases.get(word);
}

/** An act: the verb's base form and what it is done to. */
export interface Act {
	verb: string;
	/** Words of what the verb takes ("state", "Roe"): one must recur in the other's clause. */
	objects: string[];
}

/**
 * The act a "who …?" predicate asks about: "did visit the state" → visit; "asked Roe a question"
 * → ask, put to Roe. Everyone in a story says and tells something: a verb of speech is the same
 * act only put to the same one ("asked Roe"), never "said" alone.
 */
export function actOf(predicate: string): Act | undefined {
	const words = predicate.trim().split(/\s+/);
	const at = words.findIndex((w) => !HELPERS.test(w));
	const word = words[at];
	if (!word || !/^[a-z]+$/.test(word)) return undefined;
	const verb = base(word);
	// Only a verb: an inflected form, or one whose base differs ("won"); "is the mayor" is a state.
	if (!verb || STATES.test(verb) || (verb === word && !/(?:ed|s)$/.test(word))) return undefined;
	// A verb of speech is put to someone: only the same one ("asked Roe …") makes the same act.
	if (REPORTING.test(word) && !/^\p{Lu}/u.test(words[at + 1] ?? '')) return undefined;
	const objects = words
		.slice(at + 1)
		.map((w) => w.replace(/[^\p{L}'’-]/gu, '').replace(/['’]s$/, ''))
		.filter((w) => (w.length >= 4 || /^\p{Lu}\p{Ll}{2}/u.test(w)) && !COMMON.test(w))
		.slice(0, 4);
	return objects.length ? { verb, objects } : undefined;
}

/**
 * Another person of the article (not `name`, nor someone of the same name) is the subject of the
 * same act: their name, then (after an aside or a helper verb) a form of the verb.
 */
export function anotherDoesAct(act: Act, name: string, a: ArticleAnalysis): boolean {
	for (const m of a.mentions) {
		if (m.kind !== 'person' || sameName(name, m.text) || sameName(m.text, name)) continue;
		// The canonical name may be fuller than the mention ("Obama" for "Barack Obama").
		const surname = name.split(/\s+/).pop()!;
		if (m.text.split(/\s+/).pop() === surname) continue;
		const found = BETWEEN.exec(a.article.text.slice(m.end, m.end + 140));
		if (!found || base(found[1]!) !== act.verb) continue;
		const taken = found[2]!.toLowerCase();
		const recurs = (w: string) => new RegExp(`\\b${w.toLowerCase()}\\b`, 'u').test(taken);
		// A name the question's act is done to ("won Arkansas", "asked Roe") must be the other's
		// too: Trump winning Georgia is not a second answer to who won Arkansas. A day is not such
		// a name: "visited the state Aug. 19" and "did visit the state" are one act to a reader.
		const proper = act.objects.filter(
			(w) => /^\p{Lu}/u.test(w) && !lexiconTags(w.toLowerCase()).has('Date')
		);
		if (proper.length ? proper.every(recurs) : act.objects.some(recurs)) return true;
	}
	return false;
}
