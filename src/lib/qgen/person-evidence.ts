/**
 * Whether an article treats an untitled, unquoted full name ("Jane Roe") as a person, by what
 * English does with people and not with bodies, places or works: a pronoun or an honorific of
 * one sex (speakers.ts `sexesOf`), a relative or a campaign of theirs ("Roe's wife"), a role in
 * apposition ("Jane Roe, a former governor, …", "former governor Jane Roe"), or the surname
 * standing alone later, as news prose calls people and not "X Foundation" or "Y Action". The
 * story view (analyze.ts) lets such a name be a key or a wrong choice in a "who" question.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { lexiconTags } from './entities';
import {
	AGENT_NOUNS,
	GIVEN_NAMES_ALSO_WORDS,
	EXPERT_NOUNS,
	KINSHIP_NOUNS,
	PERSON_POSSESSIONS,
	PERSON_TITLES,
	REPORTING_VERBS,
	ROLE_MODIFIERS
} from './lexicon';
import type { ArticleAnalysis } from './types';

const alternatives = (words: readonly string[]) =>
	[...new Set(words)]
		.filter((w) => /^[a-z][a-z ]*$/.test(w))
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');
const KIN = alternatives(KINSHIP_NOUNS);
const OWNED = alternatives(PERSON_POSSESSIONS);
const ROLES = alternatives([...PERSON_TITLES, ...AGENT_NOUNS, ...EXPERT_NOUNS]);
const SAYING = alternatives(REPORTING_VERBS);
/** Words between an apposition's article and its role ("a former deputy press secretary"). */
const MODIFIERS = alternatives(ROLE_MODIFIERS);

/** A word the word list knows as a plain word ("Brown", "Earnest", "Research"), not as a name. */
const commonWord = (w: string) => {
	const tags = lexiconTags(w);
	return tags.size > 0 && !tags.has('LastName') && !tags.has('Person');
};

/**
 * A name's own words could be a person's: no word the article also writes in lower case or
 * the word list knows as a place or a people ("Crazy Roe", "Floridians Jane Roe", "Hail Roe"),
 * no hyphened description ("Ohio-based Roe"), and a given name the word list does not know as
 * a plain word unless it is a given name too (GIVEN_NAMES_ALSO_WORDS).
 */
function nameShaped(text: string, words: string[]): boolean {
	if (words.some((w) => !/^\p{Lu}/u.test(w) && !/^(?:de|da|del|van|von|bin|al|el|la|le)$/.test(w)))
		return false;
	if (words.some((w) => /-\p{Ll}/u.test(w))) return false;
	const lead = words[0]!;
	const tags = lexiconTags(lead);
	if (['Place', 'Country', 'City', 'Demonym', 'Organization'].some((t) => tags.has(t)))
		return false;
	if (GIVEN_NAMES_ALSO_WORDS.includes(lead.toLowerCase()) || tags.has('FirstName')) return true;
	if (/(?:s|ing|ed)$/.test(lead) && !tags.has('Person')) return false;
	return !new RegExp(`\\b${escapeRegExp(lead.toLowerCase())}\\b`, 'u').test(text);
}

export function treatedAsPerson(a: ArticleAnalysis, name: string): boolean {
	return !!personEvidence(a, name);
}

/** Which evidence makes the article's `name` a person's (for the scripts), if any. */
export function personEvidence(a: ArticleAnalysis, name: string): string | undefined {
	if (!name.includes(' ')) return undefined;
	const text = a.article.text;
	const words = name.split(/\s+/);
	const surname = words.at(-1)!;
	if (!nameShaped(text, words)) return undefined;
	// "Getty Images … at Getty", "the Roe Center … Roe": a name the article also writes as a
	// body's or a place's is not surely a person.
	if (
		a.mentions.some(
			(m) =>
				(m.kind === 'org' || m.kind === 'place') &&
				(m.text.includes(name) || m.text.split(/\s+/).some((w) => words.includes(w)))
		)
	)
		return undefined;
	// "Donald Roe … Crazy Roe": the surname alone may be the other one's.
	const sharedSurname = a.people.some(
		(p) => p.name !== name && p.name.split(/\s+/).at(-1) === surname
	);
	const person = a.people.find((p) => p.name === name);
	if (person?.sex) return `sex ${person.sex}`;
	const full = escapeRegExp(name);
	const sur = escapeRegExp(surname);
	// The surname alone: no capitalised word right before or after it ("Roe", not "Ann Roe").
	// Not after "the" ("the Klan", "the Chamber"), nor before a number ("Flight 12"): a body's.
	const bare = `(?<!\\p{Lu}[\\p{L}.'’-]*\\s+|\\b[Tt]he\\s+)\\b${sur}\\b(?!\\s+(?:\\p{Lu}|\\d))`;
	const either = sharedSurname ? full : `(?:${full}|${bare})`;
	const kin = new RegExp(`${either}['’]s?\\s+(?:${KIN})\\b`, 'u').exec(text);
	if (kin) return `kin: ${kin[0]}`;
	// A surname that is a plain word ("Brown", "Chamber", "Flight") needs a pronoun, a relative
	// or its lone use as a speaker: a body's name ends in such words as often.
	const plain = commonWord(surname);
	const saying = sharedSurname
		? undefined
		: new RegExp(
				`${bare}(?:,[^,.;]{1,80},)?\\s+(?:${SAYING})\\b|\\b(?:${SAYING})\\s+${bare}`,
				'u'
			).exec(text.slice(text.indexOf(name) + name.length));
	if (saying) return `says: ${saying[0]}`;
	if (plain) return undefined;
	const owned = new RegExp(`${either}['’]s?\\s+(?:${OWNED})\\b`, 'u').exec(text);
	if (owned) return `owns: ${owned[0]}`;
	// "Jane Roe, the former press secretary,", "former governor Jane Roe": a person's role.
	const apposition = `${full},\\s+(?:(?:a|an|the)\\s+)?(?:(?:${MODIFIERS}|\\p{Lu}[\\p{L}.&-]*)\\s+){0,4}?(?:${ROLES})\\b`;
	const before = `\\b(?:${ROLES})\\s+${full}\\b`;
	const role = new RegExp(`${apposition}|${before}`, 'u').exec(text);
	if (role) return `role: ${role[0]}`;
	// The surname recurs alone, after the full name: how news prose calls a person again.
	// "Crazy Jane": a given name alone is no surname. "Subtitle D": nor is a letter.
	const givenOnly = lexiconTags(surname).has('FirstName') && !lexiconTags(surname).has('LastName');
	if (givenOnly || surname.length < 2) return undefined;
	if (!sharedSurname && new RegExp(bare, 'u').test(text.slice(text.indexOf(name) + name.length)))
		return 'surname recurs';
	return undefined;
}

/**
 * "the Sharon Statement", "The Kelly File": a name every one of whose mentions in the article
 * follows "the", at least once as the head of its phrase (no lower-case noun after it, as in
 * "the Ann Roe campaign"), is a document's, a show's or a place's: never one person to offer
 * as an answer to "who". Undefined when the article does not write the name.
 */
export function alwaysAfterThe(text: string, name: string): boolean | undefined {
	const all = [...text.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'gu'))];
	if (all.length === 0) return undefined;
	const afterThe = (at: number) => /\b[Tt]he\s+$/.test(text.slice(Math.max(0, at - 5), at));
	const modifier = (end: number) =>
		/^\s+[a-z]/.test(text.slice(end, end + 3)) &&
		!/^\s+(?:is|was|has|had|says|said|will|would)\b/.test(text.slice(end, end + 8));
	return all.every((m) => afterThe(m.index)) && all.some((m) => !modifier(m.index + m[0].length));
}
