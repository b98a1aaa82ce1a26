/**
 * Link readers added beside cause.ts's linkAt: each lets a sound link through that an older rule
 * lost on the way, without widening what counts as a cause.
 * - `saidWhole`: "Roe said she lied because …" was taken for a clause cut before its verb.
 * - `demandWhole`: "Roe demanded that Mr. Poe resign because …" was taken for one cut too.
 * - `withoutRelativeAside`: ", which …, because …" and ", who …, so that …": a relative aside at
 *   the end of the effect kept the whole link out ("which" in the effect reads as nesting).
 * - `resolvedOpening`: "He resigned because …" right after a sentence whose subject is the one
 *   person it names.
 * - `sinceGivesReason`: "Since she will not testify, …" opening a sentence gives a reason; the
 *   older rule read "since" as a reason only after a comma.
 * - `withoutWhoQualifier`: "because the plan would be paid for with higher fares on those with
 *   incomes of more than …": a reason too long to offer loses the phrase telling whom it falls on.
 * - `withoutNounClause`: "amid scrutiny over the payment and complaints from aides that he …": a
 *   reason named by nouns, too long to offer, loses the clause telling what the last noun says.
 */
import { lexiconTags } from '../entities';
import type { ArticleAnalysis, Person, Sentence } from '../types';
import { firstClause, isClause } from './cause-clause';

/**
 * "Mr. Roe said he initially lied": what follows the verb of saying is a pronoun subject and its
 * own verb, a whole clause, although only three words ("officials said Roe" is cut short).
 */
export function saidWhole(clause: string): boolean {
	const m =
		/\b(?:say|says|said|told \S+|believe|believes|believed)\s+(?:that\s+)?((?:he|she|they|we|I)\s+(?:\S+\s+){0,1}\S+)$/.exec(
			clause
		);
	return m !== null && isClause(m[1]!);
}

/**
 * "Roe demanded that Mr. Poe resign", "asked that Poe leave": after "that", a name and a bare verb
 * (the form a demand takes) make a whole clause, though only a few words ("concern that Poe" is
 * cut short: no verb came). The verb must be one the word list knows in that form.
 */
export function demandWhole(clause: string): boolean {
	const m =
		/\bthat\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\p{L}'’-]+\s+){1,2}([a-z]+)$/u.exec(
			clause
		);
	return m !== null && lexiconTags(m[1]!).has('Infinitive');
}

/**
 * "Republicans oppose the plan, which includes tax cuts, because …": with a comma before the
 * connective, the reason belongs to the main clause, and the relative aside ending the effect is
 * left out of the question. Without that comma ("the plan, which was shelved because …") the reason
 * is the relative clause's own, and the effect is returned as it was (linkAt then refuses it).
 */
export function withoutRelativeAside(effect: string, commaBefore: boolean): string {
	if (!commaBefore) return effect;
	const m = /,\s+(?:who|which)\s/.exec(effect);
	if (!m) return effect;
	return effect.slice(0, m.index);
}

/**
 * "the plan would be paid for with higher fares on those with incomes of more than $200,000 a
 * year": a reason over 18 words whose tail only says whom it falls on ("on those who …", "for
 * anyone with …") keeps the clause before it, which is still true and the outlet's own words.
 * Only the whole qualifier goes: cutting inside it ("on those with incomes") would change what
 * it says. A reason that is no whole clause without it stays as it was (and is too long to ask).
 */
export function withoutWhoQualifier(cause: string): string {
	if (cause.split(/\s+/).length <= 18) return cause;
	const m =
		/\s+(?:on|for|to|from|among|of|by)\s+(?:those|anyone|people|families|households|workers|residents)\s+(?:who|with|whose|earning|making|paying|living|in|over|under|above|below)\b.*$/i.exec(
			cause
		);
	if (!m) return cause;
	const kept = cause.slice(0, m.index).replace(/,$/, '');
	return kept.split(/\s+/).length >= 5 && isClause(kept) ? kept : cause;
}

/**
 * "scrutiny over the fee and complaints from other aides that he ran a chaotic office": a noun
 * phrase reason over 18 words keeps the nouns before the clause that spells out the last one
 * ("scrutiny over the fee and complaints from other aides"), still what the outlet names as the
 * reason and short enough for a choice. A reason that is a clause before its "that" ("the board
 * found that …") is not cut here.
 */
export function withoutNounClause(cause: string): string {
	if (cause.split(/\s+/).length <= 18) return cause;
	const m = /\s+(?:that|who|which)\s+/.exec(cause);
	if (!m) return cause;
	const kept = cause.slice(0, m.index).replace(/,$/, '');
	const n = kept.split(/\s+/).length;
	// "… and complaints from aides": it must end on a noun of its own, not on "and" or "of".
	return n >= 3 && n <= 18 && !isClause(kept) && !/\b(?:and|or|of|the|a|an|to)$/i.test(kept)
		? kept
		: cause;
}

/**
 * A person's sex when something says it: the article ("Ann Roe said she …"), an honorific the
 * article gives the surname ("Mr. Roe"), or a given name the word list knows for one sex only.
 */
export function sexOf(p: Person): Person['sex'] {
	if (p.sex) return p.sex;
	const titles = p.titles ?? [];
	if (titles.some((t) => /^Mr\.?$/.test(t))) return 'male';
	if (titles.some((t) => /^(?:Mrs|Ms|Miss)\.?$/.test(t))) return 'female';
	const given = lexiconTags(p.name.split(/\s+/)[0]!);
	if (given.has('MaleName') && !given.has('FemaleName')) return 'male';
	if (given.has('FemaleName') && !given.has('MaleName')) return 'female';
	return undefined;
}

const OPENING_PRONOUN = /^(He|She)\s+(?=[a-z])/;

/**
 * "She said she had not revealed it sooner because she was never asked.": a sentence that opens
 * with "He" or "She" read with the person's name in the pronoun's place, when the sentence before,
 * in the same paragraph, opens with that person as its subject, names no one else, and the
 * person's sex is known to match (`sexOf`). A paragraph break, or a person named only as an
 * object ("… he told Sen. Roe."), leaves the pronoun to someone else. The full name is used
 * ("Ann Fields", not "Fields", which reads as a plural noun). Undefined when it cannot tell.
 */
export function resolvedOpening(text: string, a: ArticleAnalysis, s: Sentence): string | undefined {
	const m = OPENING_PRONOUN.exec(text);
	const prev = a.sentences[s.index - 1];
	if (!m || !prev || prev.paragraph !== s.paragraph) return undefined;
	const sex = m[1] === 'He' ? 'male' : 'female';
	const named = a.mentions.filter((x) => x.kind === 'person' && x.sentence === prev.index);
	if (named.length === 0) return undefined;
	// The subject: the first mention opens the sentence, after a title at most ("Sen. Ann Roe").
	const lead = a.article.text.slice(prev.start, named[0]!.start);
	if (!/^\s*(?:[A-Z][\p{L}.]*\s+){0,3}$/u.test(lead)) return undefined;
	const surnames = new Set(named.map((x) => x.text.split(/\s+/).at(-1)!.toLowerCase()));
	if (surnames.size !== 1) return undefined;
	const [surname] = surnames;
	const people = a.people.filter((p) => p.surname === surname);
	if (people.length !== 1 || sexOf(people[0]!) !== sex) return undefined;
	const name = people[0]!.name;
	if (!/^[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*)*$/u.test(name)) return undefined;
	return name + text.slice(m[1]!.length);
}

/**
 * "Since she will be pleading the Fifth, her lawyer asked …": "Since" opening the sentence, with a
 * clause in the present or future ("will", "is", "cannot"), gives a reason. A past or perfect verb
 * ("Since he took office, …", "Since she has served, …"), a year or a gerund tells time instead.
 */
export function sinceGivesReason(before: string, after: string): boolean {
	if (before.trim() !== '' || !after.includes(',')) return false;
	const clause = firstClause(after);
	// The clause's first verb decides: "will stay closed" is a reason, "the pier closed" a time.
	const verb =
		/\b(will|would|can|cannot|can't|could|must|is|are|isn't|aren't|does|do|doesn't|don't|has|have|had|was|were|did|[a-z]{3,}ed)\b/.exec(
			clause
		)?.[1];
	return (
		/^(?:he|she|they|it|we|the|this|that|[A-Z])/.test(clause) &&
		!/^(?:then|\d|the (?:end|start|beginning)\b)/i.test(clause) &&
		verb !== undefined &&
		!/^(?:has|have|had|was|were|did|[a-z]{3,}ed)$/.test(verb) &&
		isClause(clause)
	);
}
