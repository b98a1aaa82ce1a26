/**
 * "According to X, who visited the state?" has two right answers when the text tells another
 * person visiting it too ("Obama did visit the state, but …"), and "who asked Roe a question?"
 * when the moderator asked a follow-up (a blind reader found the second right choice). A
 * who-did-it item is asked only when no other person in the text does the same act: the same
 * verb, by its base form, right after another person's name.
 */
import type { ArticleAnalysis } from '../types';
import { sameName } from '../align';
import { REPORTING_VERBS } from '../lexicon';
import { baseForm } from './object-fact';

const REPORTING = new RegExp(`^(?:${REPORTING_VERBS.join('|')})$`);

/** Words between a subject and its verb that leave the act the same: "did visit", "also asked". */
const BETWEEN =
	/^(?:\s*\([^)]{1,30}\))?(?:,[^,“”"]{2,90},)?\s+(?:(?:also|later|then|once|too|again|never|did|does|do|had|has|have|will|would)\s+)*([a-z]+)\b(?:\s+([\p{L}'’-]+))?/u;
/** The helpers and linking verbs a predicate may open with: the act is the verb after them. */
const HELPERS = /^(?:also|later|then|once|did|does|do|had|has|have|will|would|is|was|never|again)$/;

const bases = new Map<string, string | undefined>();
function base(word: string): string | undefined {
	if (!bases.has(word)) bases.set(word, baseForm(word));
	return bases.get(word);
}

/** An act: the verb's base form, and for a verb of speech the word after it (whom it is put to). */
export interface Act {
	verb: string;
	object?: string;
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
	if (!verb) return undefined;
	if (!REPORTING.test(word)) return { verb };
	const object = words[at + 1];
	return object && /^\p{Lu}/u.test(object) ? { verb, object } : undefined;
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
		if (!act.object || found[2] === act.object) return true;
	}
	return false;
}
