/**
 * Whose act a stated reason explains, when its sentence tells acts of more than one person.
 * Blind readers rejected why items whose key was a reason the text gives for someone else's act:
 * "Roe was fired in March and Poe resigned in September amid questions about her travel" asked
 * about both acts (or the first) with "questions about her travel" as the key, though the reason
 * belongs to Poe's resignation alone. A reason after the last of coordinated clauses with
 * different subjects belongs to the last clause; a reason with "his" or "her" belongs to the one
 * person that pronoun can mean there: to no act of two people, and to no one when the clauses
 * name two people of that sex.
 */
import { isClause, words } from './cause-clause';
import { sexOf } from './cause-readers';
import { escapeRegExp } from '$lib/text/regexp';
import type { Person } from '../types';
import { DOTTED_HONORIFICS } from '../lexicon';

/** "Mr. ", "Dr. ": an honorific before a name, as a pattern's source. */
const HONORIFIC = `(?:${DOTTED_HONORIFICS.join('|')})\\.\\s+`;

/** ", and", "but", "; ", ", while": what joins two main clauses. */
const COORDINATOR = /(?:,?\s+(?:and|but|while|whereas|yet)\s+|;\s+)/g;
/** A clause that opens on its own subject: a name, a title, a determiner or a possessive. */
const SUBJECT_OPENING = new RegExp(
	`^(?:${HONORIFIC}[A-Z]|[A-Z][\\p{L}'’-]*\\s|(?:the|a|an|his|her|their|its|some|many|most|other|several|both|each|all|no)\\s)`,
	'u'
);
/** Where a clause's own subject and verb have ended: what follows times, explains or describes it. */
const SUBORDINATOR =
	/\s(?:as|when|while|after|before|because|since|until|if|though|although|that|who|which|whose|where)\s.*$/;
/** "… in which she and Lady Roe met": a head ending on a subject is half of a compound subject. */
const SUBJECT_END = /\b(?:he|she|they|we|I|who|which|that)$/;
/** "Mr. Tom Roe", "Roe": the capitalised words a clause opens with. */
const NAME_OPENING = new RegExp(
	`^(?:${HONORIFIC})?[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*)*`,
	'u'
);
/** "Roe said the board cut the grant and Poe resigned": the clauses are Roe's words, not two acts. */
const REPORTING_HEAD =
	/\b(?:said|says|told|tells|announced|reported|added|argued|claimed|wrote)\b/i;

/**
 * The last of two or more coordinated main clauses with different subjects ("Tom Roe was fired
 * in March and Ann Poe resigned in September" → "Ann Poe resigned in September"); undefined when
 * `text` is one clause, a compound subject ("Roe and Poe resigned"), one subject with two
 * predicates ("Roe was fired and left town"), a second clause whose subject is a pronoun, or
 * anything the test cannot read for sure (a comma inside the last clause, a last join between
 * phrases: "French and British support as …"). `null` when the clauses are someone's reported
 * words: no one act can be named.
 */
export function lastCoordinatedClause(text: string): string | null | undefined {
	const m = [...text.matchAll(COORDINATOR)].at(-1);
	if (!m) return undefined;
	const head = text.slice(0, m.index).trim();
	const tail = text.slice(m.index + m[0].length).trim();
	const headPiece = head.split(/,\s+/).at(-1)!;
	if (
		!SUBJECT_OPENING.test(tail) ||
		/[,;:—–()]/.test(tail) ||
		words(tail.replace(SUBORDINATOR, '')).length < 2 ||
		!isClause(tail.replace(SUBORDINATOR, '')) ||
		words(headPiece).length < 3 ||
		!isClause(headPiece) ||
		SUBJECT_END.test(head)
	)
		return undefined;
	// One name opening both clauses is one subject told twice, whose acts share the reason.
	const name = NAME_OPENING.exec(tail)?.[0];
	if (name !== undefined && NAME_OPENING.exec(headPiece)?.[0] === name) return undefined;
	return REPORTING_HEAD.test(head) ? null : tail;
}

const POSSESSIVE = /\b(his|her)\b/i;
/** "Tom Roe and Ann Poe resigned …": a subject of two named people. */
const NAMED_PAIR = new RegExp(
	`^(?:${HONORIFIC})?[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3},?\\s+and\\s+(?:${HONORIFIC})?[A-Z]`,
	'u'
);

/**
 * True when a reason with "his" or "her" cannot be credited to the act `effect`: the act is two
 * named people's ("Roe and Poe resigned amid questions about his travel": about one of them
 * only), or the sentence told acts of several people (`coordinated`, the effect its last clause)
 * and names two people the pronoun may mean (of its sex, or of a sex unknown) in `before` (the
 * sentence up to the connective) or in the reason before the pronoun. One act with two people in
 * it ("Roe fired Lane over his remarks") keeps the text's own words for its reason.
 */
export function possessiveUnclear(
	reason: string,
	before: string,
	effect: string,
	people: readonly Person[],
	coordinated: boolean
): boolean {
	const m = POSSESSIVE.exec(reason.replace(/“[^”]*”|"[^"]*"/g, ' '));
	if (!m) return false;
	if (NAMED_PAIR.test(effect.trim())) return true;
	if (!coordinated) return false;
	const sex = m[1]!.toLowerCase() === 'his' ? 'male' : 'female';
	const text = `${before} ${reason.slice(0, m.index)}`;
	const named = people.filter(
		(p) =>
			!p.relative &&
			p.surname.length > 1 &&
			// Surnames are kept in lower case; the name is the capitalised word ("Rose", not "rose").
			[
				...text.matchAll(
					new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(p.surname)}(?![\\p{L}-])`, 'giu')
				)
			].some((x) => /^\p{Lu}/u.test(x[0]))
	);
	const may = new Set(named.filter((p) => (sexOf(p) ?? sex) === sex).map((p) => p.surname));
	return may.size >= 2;
}
