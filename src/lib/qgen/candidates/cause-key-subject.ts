/**
 * A why key that opens with "he" or "she" ("he did not want to contradict his testimony"), beside
 * wrong reasons that each name who acted ("the council published the audit"), is the one choice
 * that reads on from the prompt's sentence: a lower-case fragment a student picks by its form
 * (blind readers: "a key that is a clause fragment starting with a pronoun"). When the pronoun can
 * only be the effect's own subject, a named person of the sex the pronoun gives and the only person
 * the effect names, the key is written with that name ("Mr. Roe did not want to …").
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { Person } from '../types';
import { sexOf } from './cause-readers';

/** "Mr. Roe", "Jane Roe", "Roe": a person's name as a clause's whole subject. */
const NAME_SUBJECT =
	/^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}$/u;
const OPENING_PRONOUN = /^(he|she)\s+(?=[a-z])/;
/** Capitalised words of a name: "Mr. Roe" → Roe; titles tell no one apart. */
const nameWords = (text: string) =>
	(text.match(/[A-Z][\p{L}'’-]+/gu) ?? []).filter((w) => !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)$/.test(w));

/**
 * `key` with its opening "he"/"she" replaced by `subject` (the effect's subject, as the effect
 * writes it), or `key` unchanged when the pronoun may mean someone else: the subject is no name,
 * the article knows no single person by it, the person's sex is unknown or other, or the effect
 * names another person too ("Roe fired Doe because he lied": either may have lied).
 */
export function keyWithSubject(
	key: string,
	subject: string,
	effect: string,
	people: readonly Person[]
): string {
	const m = OPENING_PRONOUN.exec(key);
	const name = subject.replace(/,$/, '').trim();
	if (!m || !NAME_SUBJECT.test(name)) return key;
	const surname = nameWords(name).at(-1)?.toLowerCase();
	const person = people.filter((p) => p.surname === surname && !p.relative);
	if (person.length !== 1) return key;
	if (sexOf(person[0]!) !== (m[1] === 'he' ? 'male' : 'female')) return key;
	const others = people.filter(
		(p) =>
			p !== person[0] &&
			new RegExp(`\\b${escapeRegExp(p.surname)}\\b`, 'i').test(effect.replace(name, ' '))
	);
	if (others.length > 0) return key;
	return name + key.slice(m[1]!.length);
}
