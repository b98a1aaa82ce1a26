/**
 * How headline-claim.ts says a headline's clause as a prompt's "that"-clause: headline case
 * undone, "to" read as "will", a bare participle given its "is". Split from headline-claim.ts,
 * which finds the clauses and decides which is a headline's own.
 */
import { lexiconTags } from '../entities';
import { PERSON_TITLES, ROLE_NOUNS } from '../lexicon';
import type { headWords } from './headline-stress';

export type Word = ReturnType<typeof headWords>[number];

/** Words that show a subject is more than a plain compound: "Members of …", "Head of …". */
const FUNCTION_WORD = /^(?:of|for|in|on|at|to|with|from|by|and|or)$/;

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
	/**
	 * A second predicate of the main clause's subject ("…, Hints He Won't Back Diaz"): its "he"
	 * is that subject, said just before it, so the claim reads whole.
	 */
	shared?: boolean;
	/** The main clause's object when it names a person: what "him" or "them" in a shared predicate stands for. */
	referent?: Word[];
	/** A relative clause ("Official Who Refused to Testify …"): its verb is a finite past, not a bare participle. */
	finite?: boolean;
	/** The clause after a topic and a colon ("Budget Scandal: Mayor Breaks Silence"): it tells the news. */
	topic?: boolean;
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
	const plural = pluralSubject(subject, isName);
	if (subject.some((w) => PRONOUN.test(bare(w.text)))) return undefined;
	const verb: string[] = [];
	for (const [k, w] of predicate.entries()) {
		const b = bare(w.text);
		if (!PRONOUN.test(b)) {
			verb.push(lower(w, k, predicate));
			continue;
		}
		// "Ruiz Blames Diaz for Delay, Hints He Won't Back Him": after the subject's own verb, "he"
		// (or "they" for a plural subject) is that subject, as English reads it; "him" or "them"
		// is the main clause's object, said in its place. Any other pronoun has no referent the
		// prompt can give.
		const agrees = /^(?:he|she)$/.test(b) ? !plural : b === 'they' && plural;
		if (clause.shared && k > 0 && agrees) verb.push(w.raw.toLowerCase());
		else if (clause.shared && clause.referent && b === 'him') {
			const ref = clause.referent.map(lower);
			ref[ref.length - 1] = ref.at(-1)!.replace(/[,:;.!?]+$/, '');
			// "the nominee": a role without a name takes "the", as the subject does.
			const bareRole = clause.referent.every((x, j) => !keep(x, clause.referent![j + 1]));
			if (bareRole && !/^(?:a|an|the|his|her|their|its)$/i.test(ref[0]!)) ref.unshift('the');
			verb.push(ref.join(' ') + w.raw.replace(/^\p{L}+/u, ''));
		} else return undefined;
	}
	const first = bare(predicate[0]!.text);
	const after = predicate[1] ? bare(predicate[1].text) : '';
	if (first === 'to') verb[0] = 'will';
	else if (clause.willed) verb.unshift('will');
	else if (clause.finite) {
		// "who settled", "who refused": the relative clause's own verb, said as written.
	} else if (/ing$/.test(first) && !lexiconTags(first).has('Noun'))
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
	// "the Texas congressman", "the IRS official": a common noun at the head of a plain compound
	// takes it too (not "Members of …", whose head is not its last word).
	const headCommon =
		!keep(subject.at(-1)!) &&
		subject.every(
			(w) =>
				!/['’]s$/.test(w.text) && !PRONOUN.test(bare(w.text)) && !FUNCTION_WORD.test(bare(w.text))
		);
	if ((common || role || headCommon) && !det && !plural) subj.unshift('the');
	return [...subj, ...verb]
		.join(' ')
		.replace(/[,:;.!?]+$/, '')
		.replace(/,(['’"”])$/, '$1');
}
