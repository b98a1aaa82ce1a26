/**
 * A reason the actor states for their own act, told outside quotation marks:
 * - "Gov. Ann Roe vetoed the bill because she said it was unconstitutional": the reason is Roe's
 *   own account ("What reason did Gov. Ann Roe give?"), and the key is what she said, not "she
 *   said it was …", a lone saying among events that gives itself away;
 * - "When Mr. Roe ruled out running, he did so because …": "he did so" is the act the "when"
 *   clause told, and the effect is that clause ("Mr. Roe ruled out running").
 * Only when the pronoun can mean nobody but the act's subject: a named person of the pronoun's
 * sex (or a group named in the plural for "they"), and no other person named in the effect.
 */
import type { ArticleAnalysis } from '../types';
import { isClause, words } from './cause-clause';
import { sexOf } from './cause-readers';

/** A subject that is a name: "Gov. Ann Roe", "Mr. Roe", "Senate Democrats", "The White House". */
const NAMED_SUBJECT = /^((?:The\s+)?(?:[A-Z][\p{L}'’-]*\.?\s+){0,4}[A-Z][\p{L}'’-]*)\s+(?=[a-z])/u;

const SAID_REASON =
	/^(he|she|they)\s+(?:(?:has|have|had)\s+)?(?:said|says|argued|argues|explained|claimed|claims|contended|insisted)\s+(?:that\s+)?(\S.*)$/;

const DID_SO = /^When\s+([^,;:“”"]{8,120}),\s+(he|she|they)\s+did so$/;

/** Whether `pronoun` can only mean the named subject of `clause` (see the module comment). */
function pronounIsSubject(clause: string, pronoun: string, a: ArticleAnalysis): string | undefined {
	const m = NAMED_SUBJECT.exec(clause);
	if (!m) return undefined;
	const subject = m[1]!;
	const rest = clause.slice(m[0].length);
	const last = subject.split(/\s+/).at(-1)!.toLowerCase();
	const named = (w: string) => a.people.some((p) => p.surname === w.toLowerCase());
	// "… fired Ann Lee because she said …": a person named after the verb may be whom it means.
	if ((rest.match(/[A-Z][\p{L}'’-]+/gu) ?? []).some(named)) return undefined;
	if (pronoun === 'they')
		// "Senate Democrats", "Republicans": a group in the plural, not a person's surname.
		return /[^s']s$/.test(last) && !named(last) ? subject : undefined;
	const people = a.people.filter((p) => p.surname === last);
	const sex = pronoun === 'he' ? 'male' : 'female';
	return people.length === 1 && sexOf(people[0]!) === sex ? subject : undefined;
}

/**
 * "because she said it was unconstitutional" after "Gov. Ann Roe vetoed the bill": the speaker
 * (the effect's subject) and what she said, the reason she gives. Undefined when the reason is not
 * the subject's own saying or what was said is no clause of three words or more.
 */
export function saidReason(
	effect: string,
	cause: string,
	a: ArticleAnalysis
): { speaker: string; cause: string } | undefined {
	const m = SAID_REASON.exec(cause);
	if (!m || words(m[2]!).length < 3 || !isClause(m[2]!)) return undefined;
	const speaker = pronounIsSubject(effect, m[1]!, a);
	return speaker ? { speaker, cause: m[2]! } : undefined;
}

/** "When Mr. Roe ruled out running, he did so" → "Mr. Roe ruled out running". */
export function didSoEvent(effect: string, a: ArticleAnalysis): string | undefined {
	const m = DID_SO.exec(effect);
	if (!m || !isClause(m[1]!)) return undefined;
	return pronounIsSubject(m[1]!, m[2]!, a) ? m[1]! : undefined;
}
