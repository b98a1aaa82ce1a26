/**
 * How headline-claim.ts says a headline's clause as a prompt's "that"-clause: headline case
 * undone, "to" read as "will", a bare participle given its "is". Split from headline-claim.ts,
 * which finds the clauses and decides which is a headline's own.
 */
import { lexiconTags } from '../entities';
import { PERSON_TITLES, ROLE_NOUNS } from '../lexicon';
import type { headWords } from './headline-stress';

export type Word = ReturnType<typeof headWords>[number];

/** A clause of a headline: its subject's words and its predicate's, as the headline writes them. */
export interface Clause {
	subject: Word[];
	predicate: Word[];
	/** The headline's main clause, or a second predicate or a clause of its own. */
	main: boolean;
	/** A second predicate after "to …," that shares its "to": "meet with" of "to visit …, meet with". */
	willed: boolean;
	/** The headline is written in sentence case: a capital there marks a name. */
	sentenceCase: boolean;
}

export const bare = (w: string) =>
	w
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.toLowerCase()
		.replace(/[’']s$/, '');

/** Pronouns: a clause about "it" or "he" needs a referent a prompt cannot give. */
export const PRONOUN = /^(?:he|she|it|they|we|i|you|him|them|us|me|this|these|those)$/i;
/** Past participles without "-ed" a bare passive headline uses ("Others Shot At Practice"). */
export const PARTICIPLE =
	/^(?:shot|hit|seen|told|taken|given|held|caught|beaten|hurt|killed|found)$/;

/** A word without the quotation marks around it: "‘radical" → "radical", "Islam’" → "Islam". */
export const unquoted = (w: string) =>
	w.replace(/^['‘"“]+/, '').replace(/(?<![sS])['’"”]+$|['’"”]{2,}$/, '');

/** A role's title ("President", "official"), not a name: "the president". Not personNoun, which takes surnames like "Boehner". */
export const TITLE_WORD = (w: string) =>
	PERSON_TITLES.includes(w) || ROLE_NOUNS.includes(w) || lexiconTags(w).has('Actor');

/** Is the subject plural: "Mass Protests", "Obama and Boehner", "Steve Scalise, Others"? */
export function pluralSubject(subject: readonly Word[], isName: (w: string) => boolean): boolean {
	if (subject.some((w) => /^(?:and|&)$/i.test(w.text) || /,$/.test(w.raw))) return true;
	const head = subject.at(-1)!.text;
	return !isName(head) && /[^su'’]s$/i.test(head);
}

/**
 * A clause in sentence case, as a prompt's "that"-clause says it: "mass protests are planned",
 * "Trump reserves right to run for president", "House Republicans will offer broad immigration
 * plan". Undefined when its verb's form is not read for sure ("Senate Voted On Bill" may be
 * active or passive) or it holds a pronoun.
 */
export function sayClause(clause: Clause, isName: (w: string) => boolean): string | undefined {
	const { subject, predicate } = clause;
	const keep = (w: Word, next?: Word, prev?: Word) => {
		const u = unquoted(w.text);
		// A headline in sentence case ("… as Hill debate rages") capitalises only its names.
		if (clause.sentenceCase && /^\p{Lu}/u.test(u)) return true;
		const tags = lexiconTags(u.toLowerCase().replace(/[’']s$/, ''));
		return (
			isName(u) ||
			u === 'I' ||
			/^(?:\p{Lu}\.?){2,}$/u.test(u.replace(/[’']s$/, '')) ||
			u.split('-').some((p) => p.length > 1 && isName(p)) ||
			tags.has('FirstName') ||
			tags.has('Place') ||
			// "in May", "on Tuesday": a month or a weekday keeps its capital.
			tags.has('Month') ||
			tags.has('WeekDay') ||
			(u === 'May' &&
				!!prev &&
				/^(?:in|since|until|by|early|late|mid|last|next|this|of)$/i.test(prev.text)) ||
			// "Rep. Blake Farenthold", "Mayor Ruiz": a title or its abbreviation before a name.
			((/^\p{Lu}\p{Ll}{1,4}\.$/u.test(u) || TITLE_WORD(u.toLowerCase())) &&
				!!next &&
				isName(unquoted(next.text)))
		);
	};
	const lower = (w: Word, k: number, ws: readonly Word[]) =>
		keep(w, ws[k + 1], ws[k - 1]) ? w.raw : w.raw.toLowerCase();
	const words = [...subject, ...predicate];
	if (words.some((w) => PRONOUN.test(bare(w.text)))) return undefined;
	const plural = pluralSubject(subject, isName);
	const verb = predicate.map(lower);
	const first = bare(predicate[0]!.text);
	const after = predicate[1] ? bare(predicate[1].text) : '';
	if (first === 'to') verb[0] = 'will';
	else if (clause.willed) verb.unshift('will');
	else if (/ing$/.test(first) && !lexiconTags(first).has('Noun'))
		verb.unshift(plural ? 'are' : 'is');
	else if (/[^e]ed$|ied$/.test(first) || PARTICIPLE.test(first)) {
		// A bare participle is a passive when nothing or "by" follows it ("Protests Planned",
		// "blasted by older sister"); before an object or another preposition it may be active.
		if (after && after !== 'by' && !(PARTICIPLE.test(first) && /^(?:at|in|on)$/.test(after)))
			return undefined;
		verb.unshift(plural ? 'are' : 'is');
	}
	const subj = subject.map(lower);
	// "Lois Lerner, IRS Scandal Figure, Will …": the apposition is left out, and its comma.
	subj[subj.length - 1] = subj.at(-1)!.replace(/,$/, '');
	// "the shooting", "the president": a subject of common words alone, or a role's title alone,
	// one thing, takes "the".
	const role = subject.length === 1 && TITLE_WORD(bare(subject[0]!.text));
	if (role) subj[0] = subj[0]!.toLowerCase();
	const common = subject.every((w, k) => !keep(w, subject[k + 1]) && !/['’]s$/.test(w.text));
	const det = /^(?:a|an|the|this|that|his|her|their|its|\d.*)$/i.test(subject[0]!.text);
	if ((common || role) && !det && !plural) subj.unshift('the');
	return [...subj, ...verb]
		.join(' ')
		.replace(/[,:;.!?]+$/, '')
		.replace(/,(['’"”])$/, '$1');
}
