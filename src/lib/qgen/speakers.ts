/**
 * Coreference for speakers: turns "Esper", "the president" or "he" into the
 * full name (with role) introduced earlier in the same article. When a
 * pronoun could point at more than one person we leave it unresolved, and no
 * question is asked about that quote.
 */
import { relativeUnsure } from './surname-sexes';
import { escapeRegExp } from '$lib/text/regexp';
import { sameName } from './align';
import { looksLikeHeadline } from './caption';
import { lexiconTags } from './entities';
import {
	AFFILIATION_WORDS,
	AGENT_NOUNS,
	FEMALE_KIN_NOUNS,
	INSTITUTION_NOUNS,
	KINSHIP_NOUNS,
	MALE_KIN_NOUNS,
	MESSAGE_NOUNS,
	PERSON_TITLES,
	RELATIVE_DAY_WORDS,
	REPORTING_VERBS,
	WEEKDAYS
} from './lexicon';
import { creditedToReferent } from './self-referent';
import { actedOn, describedPerson, speaksAsSelf } from './subject-speaker';
import type { Mention, Person, Quote, Sentence } from './types';

const PRONOUNS = /^(he|she|they)$/i;
/** A name right after these is where something happened, not who speaks. */
const PLACE_BEFORE = /\b(?:at|in|near|inside|outside|into)\s+(?:the\s+)?$/i;
/**
 * "left a voicemail for Rep. Roe", "a letter to Roe": the one a message went to did not say it.
 * Up to three capitalised words (a title, a given name) may stand between.
 */
const RECIPIENT_BEFORE = new RegExp(
	`\\b(?:${MESSAGE_NOUNS.map((n) => n.replace(/\s+/g, '\\s+')).join('|')})s?\\s+(?:[a-z]+\\s+){0,2}?(?:for|to)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}.'’-]*\\s+){0,3}$`,
	'iu'
);
const KINSHIP_BEFORE = new RegExp(`\\b(?:${KINSHIP_NOUNS.join('|')})\\s+$`, 'i');
/** Speaker words that name a body, not a person ("the agency", "the White House"). */
const ORG_SPEAKER = new RegExp(`\\b(?:${[...INSTITUTION_NOUNS, 'house'].join('|')})$`, 'i');
/** A kinship noun in a role: "First lady", "the wife of President Roe". */
const KIN_WORD = new RegExp(`\\b(?:${KINSHIP_NOUNS.join('|')})\\b`, 'i');
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss)\.?$/;
/** "Jesse Roe Jr." is a Roe: a generational suffix is not the surname. */
export const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?,?$/i;
const surnameOf = (name: string) => {
	const words = name.split(/\s+/);
	const last = words.length > 1 && SUFFIX.test(words.at(-1)!) ? words.at(-2)! : words.at(-1)!;
	return last
		.replace(/,$/, '')
		.replace(/^(al|el)-/i, '')
		.toLowerCase();
};

/** Role from an appositive right after the name: ", a top national security aide," / ", D-Conn.,". */
function appositiveRole(text: string, end: number): string | undefined {
	const after = text.slice(end, end + 120);
	const m =
		/^,\s+((?:a|an|the)\s+(?:[^,.“”"]|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|[A-Z]))\.){3,90}?|[A-Z]-[A-Z][\w.]*|[A-Z][\w.'’ -]{2,60}?)(?:,|(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|[A-Z]))\.|\s+(?:said|told|wrote|tweeted))/.exec(
			after
		);
	if (!m) return undefined;
	const role = m[1]!.trim();
	// "said" or a verb right after the comma is not a role.
	if (/^(who|which|said|says|and|but)\b/i.test(role)) return undefined;
	// "Roe, Ann Poe, Tom Hale and …": a list of names; a capitalised run with no title in it is
	// the next person, whose name is no role of this one.
	const words = role.split(/\s+/);
	if (
		words.length >= 2 &&
		words.every((w) => /^\p{Lu}/u.test(w)) &&
		!words.some((w) =>
			[w, w.replace(/,$/, ''), w.replace(/[.,]$/, '')].some((x) =>
				PERSON_TITLES.includes(x.toLowerCase())
			)
		)
	)
		return undefined;
	return role.replace(/^(a|an|the)\s+/i, '');
}

/** People named in one article, first full mention first, with the best role seen. */
/**
 * A word a title can stand before as a surname: "Obama", "LePage", "Price"; not a verb,
 * pronoun or function word a title's lower-case use runs into ("the president. Be …").
 */
export function titledSurname(word: string): boolean {
	if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word) || /['’](?:ve|ll|re|d|m|t|s)$/i.test(word)) return false;
	const tags = lexiconTags(word);
	if (tags.has('Person') || tags.has('LastName') || tags.has('FirstName')) return true;
	return ![
		'Verb',
		'Pronoun',
		'Determiner',
		'Preposition',
		'Conjunction',
		'Adverb',
		'Adjective',
		'Comparative'
	].some((t) => tags.has(t));
}

/** The sex an honorific gives: "Mrs.", "Ms.", "Miss" a woman, "Mr." a man; other titles none. */
function honorificSex(honorific: string): 'female' | 'male' | undefined {
	if (/^(?:Mrs|Ms|Miss)\.?$/.test(honorific)) return 'female';
	if (/^Mr\.?$/.test(honorific)) return 'male';
	return undefined;
}

/**
 * An honorific surely names someone else than this full name: a woman's for a given name only
 * men have, or the reverse ("Mrs." and "Tom Roe"). A name both sexes have ("Jesse") fits both.
 * The sex the article gives the full name (`Person.sex`) is sure as well.
 */
function clashes(honorific: string, name: string, sex?: Person['sex']): boolean {
	const own = honorificSex(honorific);
	if (sex && own) return sex !== own;
	const given = lexiconTags(name.split(/\s+/)[0]!);
	const female = /^(?:Mrs|Ms|Miss)\.?$/.test(honorific);
	return female
		? given.has('MaleName') && !given.has('FemaleName')
		: given.has('FemaleName') && !given.has('MaleName');
}

/**
 * An honorific fits a full name unless it is a man's for a woman's given name or the reverse,
 * or the article gives the full name the other sex (`sex`: "Barack Roe … he", beside "Mrs. Roe").
 */
export function fits(honorific: string, name: string, sex?: Person['sex']): boolean {
	const own = honorificSex(honorific);
	if (sex && own && sex !== own) return false;
	const given = lexiconTags(name.split(/\s+/)[0]!);
	if (/^(?:Mrs|Ms|Miss)\.?$/.test(honorific)) return !given.has('MaleName');
	if (/^Mr\.?$/.test(honorific)) return !given.has('FemaleName');
	return true;
}

const SAID_PRONOUN = new RegExp(
	`^(?:,[^,“”"]{1,90},)?\\s+(?:${REPORTING_VERBS.join('|')})\\s+(?:that\\s+)?(he|she)\\b`,
	'i'
);

/** "her husband, former President Tom Roe": a kinship noun right before the name, titles between. */
const kinBefore = (nouns: readonly string[]) =>
	new RegExp(`\\b(?:${nouns.join('|')}),?\\s+(?:(?:former|the|[A-Z][\\w.'’-]*)\\s+){0,4}$`);
const MALE_KIN_BEFORE = kinBefore(MALE_KIN_NOUNS);
const FEMALE_KIN_BEFORE = kinBefore(FEMALE_KIN_NOUNS);

/**
 * The sex the article gives each full name whose given name the word list does not know
 * ("Barack"): an honorific right before it ("Mrs. Ann Roe"), a kinship noun ("her husband, Tom Roe"), or the pronoun a reporting verb
 * right after it takes ("Barack Roe said he …", "Ann Roe, a lawyer, said she …"). Pronouns further
 * off ("her counterpart", "said she" of a wife) are too often someone else's. Only when all of it
 * agrees. A given name the word list knows keeps the list's sex.
 */
export function sexesOf(
	text: string,
	mentions: readonly Mention[]
): Map<string, 'female' | 'male'> {
	const votes = new Map<string, { female: number; male: number }>();
	const people = mentions.filter((m) => m.kind === 'person');
	for (const m of people) {
		if (!/\s/.test(m.text)) continue;
		const given = lexiconTags(m.text.split(/\s+/)[0]!);
		if (given.has('MaleName') || given.has('FemaleName')) continue;
		const vote = votes.get(m.text) ?? { female: 0, male: 0 };
		votes.set(m.text, vote);
		const before = /\b(Mrs|Ms|Miss|Mr)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start));
		const own = before && honorificSex(before[1]!);
		if (own) vote[own]++;
		const said = SAID_PRONOUN.exec(text.slice(m.end, m.end + 140))?.[1]?.toLowerCase();
		if (said) vote[said === 'he' ? 'male' : 'female']++;
		const lead = text.slice(Math.max(0, m.start - 60), m.start);
		if (MALE_KIN_BEFORE.test(lead)) vote.male++;
		if (FEMALE_KIN_BEFORE.test(lead)) vote.female++;
	}
	const out = new Map<string, 'female' | 'male'>();
	for (const [name, v] of votes)
		if (v.female > 0 !== v.male > 0) out.set(name, v.female > 0 ? 'female' : 'male');
	return out;
}

export function peopleOf(
	text: string,
	mentions: Mention[],
	sentences: readonly Sentence[] = []
): Person[] {
	const bySurname = new Map<string, Person>();
	// News prose introduces a person by full name first; a bare surname used before that
	// ("Trump and first lady Melania Trump") is someone else the reader already knows.
	const bareBeforeFull = new Set<string>();
	const relatives = new Set<Person>();
	// A headline or deck kept at the top of the text ("Roe praises Poe after meeting") names
	// people by surname before the body introduces them in full: that surname is the same
	// person, and counting it as someone else dropped the body's full name from the people.
	const deck = new Set(
		sentences.filter((s) => looksLikeHeadline(s, sentences)).map((s) => s.index)
	);
	const sexes = sexesOf(text, mentions);
	// "his wife Ann Roe", "her husband, former President Tom Roe": a relative, titles between.
	const introducedAsKin = (start: number) => {
		const lead = text.slice(Math.max(0, start - 60), start);
		return (
			KINSHIP_BEFORE.test(lead.slice(-20)) ||
			MALE_KIN_BEFORE.test(lead) ||
			FEMALE_KIN_BEFORE.test(lead)
		);
	};
	for (const m of mentions) {
		if (m.kind !== 'person') continue;
		const words = m.text.split(/\s+/);
		const surname = surnameOf(m.text);
		const known = bySurname.get(surname);
		const role = m.role ?? appositiveRole(text, m.end);
		// "Mr. Roe" names someone as surely as "President Roe" does, with no role to tell.
		const title = words.length === 1 && titledSurname(m.text) ? m.title : undefined;
		if (!known && words.length === 1 && !role && !title && !deck.has(m.sentence))
			bareBeforeFull.add(surname);
		if (!known && words.length >= 2 && bareBeforeFull.has(surname)) continue;
		// A lone surname counts as a person when a title introduces it ("President Trump").
		if (!known && (words.length >= 2 || role || title)) {
			const person: Person = {
				name: m.text,
				role,
				titles: title ? [title] : undefined,
				surname,
				firstSpan: { articleId: m.articleId, start: m.start, end: m.end },
				...(sexes.has(m.text) ? { sex: sexes.get(m.text) } : {}),
				...(words.length >= 2 && introducedAsKin(m.start) ? { relative: true } : {})
			};
			bySurname.set(surname, person);
			// "First lady Ann Roe", "his wife Ann Roe": introduced as someone's relative.
			if (KINSHIP_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))
				relatives.add(person);
		} else if (known) {
			// "First lady Ann Roe … President Roe", "President Tom Roe … Mrs. Roe": a lone surname
			// whose title is an office beside someone introduced as a relative, or an honorific that
			// does not fit the given name already read, is the other one of a couple.
			const knownAsRelative = relatives.has(known) || (!!known.role && KIN_WORD.test(known.role));
			const honorific = !!title && HONORIFIC.test(title);
			if (
				words.length === 1 &&
				title &&
				known.name.split(/\s+/).length >= 2 &&
				(honorific
					? // Only "Mrs."/"Ms." beside a man's given name: the word list's women's names are
						// less sure ("Jesse" is one), and a wife is the one the blind readers found.
						// Any honorific of the other sex than the article's pronouns give the full name.
						(/^M(?:rs|s)\.?$/.test(title) && clashes(title, known.name)) ||
						(!!known.sex && clashes(title, known.name, known.sex))
					: knownAsRelative && !KIN_WORD.test(role ?? ''))
			) {
				// "Ghazala Roe … Khizr Roe … Mr. Roe": the one other full name of that surname the
				// honorific fits is the one it means.
				const fitting = honorific
					? [...bySurname.values()].filter(
							(p) =>
								p !== known &&
								p.surname === surname &&
								p.name.includes(' ') &&
								!clashes(title, p.name, p.sex)
						)
					: [];
				if (fitting.length === 1) {
					if (!fitting[0]!.titles?.includes(title)) (fitting[0]!.titles ??= []).push(title);
					continue;
				}
				const key = `${surname}#${title.toLowerCase()}`;
				const other = bySurname.get(key);
				if (other) {
					if (!other.role && role) other.role = role;
				} else
					bySurname.set(key, {
						name: honorific ? `${title} ${m.text}` : m.text,
						role,
						titles: [title],
						surname,
						firstSpan: { articleId: m.articleId, start: m.start, end: m.end }
					});
				continue;
			}
			// A fuller spelling names the same person only if it does not come with a different role:
			// "President Trump and Melania Trump, the first lady" are two people.
			// "first lady Melania Trump", "his son Eric Trump": a relative who shares the surname.
			const relative = KINSHIP_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
			// "his son Eric Roe": a relative with his own given name is a person of his own. So is
			// "Liz Roe" beside "Mary Roe" with no kinship word in front: two given names that are not
			// forms of one name ("Liz"/"Elizabeth") are two people, as sameName judges across outlets.
			const knownWords = known.name.split(/\s+/);
			const otherGiven =
				words.length >= 2 && knownWords.length >= 2 && !sameName(m.text, known.name);
			// "Mrs. Roe … John Roe": a man's given name is not the titled woman's, nor the reverse.
			const otherSex =
				words.length >= 2 &&
				knownWords.length === 1 &&
				!!known.titles?.some((t) => !fits(t, m.text, sexes.get(m.text)));
			if ((relative || otherGiven || otherSex) && words.length >= 2 && words[0] !== knownWords[0]) {
				const key = `${surname}#${words[0]!.toLowerCase()}`;
				if (!bySurname.has(key))
					bySurname.set(key, {
						name: m.text,
						role,
						surname,
						firstSpan: { articleId: m.articleId, start: m.start, end: m.end },
						...(sexes.has(m.text) ? { sex: sexes.get(m.text) } : {}),
						...(introducedAsKin(m.start) ? { relative: true } : {})
					});
				continue;
			}
			// "Mary Roe … former Gov. Tom Roe … Former Gov. Roe said": a lone surname with an office
			// is the one of that surname who holds it, not the first one named.
			const holder =
				words.length === 1 && title && !HONORIFIC.test(title) && role
					? [...bySurname.values()].filter(
							(p) => p.surname === surname && !!p.role && sameOffice(p.role, role)
						)
					: [];
			if (holder.length === 1 && holder[0] !== known) {
				if (!holder[0]!.titles?.includes(title!)) (holder[0]!.titles ??= []).push(title!);
				continue;
			}
			// Only now is the mention known to be this person: "Mary Roe, a daughter of former Gov. Tom
			// Roe": the governor's title is his, and read first it made her "Mary Roe, governor".
			if (!known.role && role) known.role = role;
			if (title && !known.titles?.includes(title)) (known.titles ??= []).push(title);
			const differentRole = relative || (role && known.role && role !== known.role);
			if (
				!differentRole &&
				words.length > known.name.split(/\s+/).length &&
				words.at(-1) === known.name.split(/\s+/).at(-1)
			) {
				known.name = m.text;
				if (!known.sex && sexes.has(m.text)) known.sex = sexes.get(m.text);
			}
		}
	}
	return [...bySurname.values()];
}

/** "former Vice President" and "Vice President": one office, held now or before. */
function sameOffice(a: string, b: string): boolean {
	const office = (r: string) =>
		r
			.toLowerCase()
			.replace(/^(?:former|ex-)\s*/, '')
			.trim();
	return office(a) === office(b);
}

/**
 * "she" never points to someone whose first name is a man's, nor "he" to a woman's: the
 * word list knows common given names' usual gender. Unknown names agree with both.
 */
export function agrees(pronoun: string, name: string, sex?: Person['sex']): boolean {
	if (sex && /^(?:he|she)$/i.test(pronoun)) return (sex === 'female') === /^she$/i.test(pronoun);
	const first = name.replace(/^(?:[A-Z][a-z]{0,3}\.\s+)+/, '').split(/\s+/)[0] ?? '';
	const tags = lexiconTags(first);
	if (/^she$/i.test(pronoun)) return !tags.has('MaleName');
	if (/^he$/i.test(pronoun)) return !tags.has('FemaleName');
	return true;
}

/**
 * Of several people who share a surname, the only one the text has named before `at` by a full
 * name or an office ("Ann Roe …", "President Roe …"): a bare "Roe" early in the story is not the
 * husband it names only later. With both named already, the office-holder rule below decides.
 */
function onlyNamedBefore(
	hits: readonly Person[],
	near: { at: number; mentions: readonly Mention[] }
): Person | undefined {
	const named = new Set<Person>();
	for (const m of near.mentions) {
		if (m.kind !== 'person' || m.start > near.at) continue;
		const fit =
			m.text.split(/\s+/).length >= 2
				? hits.filter((p) => p.name === m.text || p.name.endsWith(` ${m.text}`))
				: m.title && !HONORIFIC.test(m.title)
					? hits.filter((p) => p.titles?.includes(m.title!))
					: [];
		if (fit.length === 1) named.add(fit[0]!);
	}
	return named.size === 1 ? [...named][0] : undefined;
}

/** "she" and a person the article or the word list knows as a woman; "he" and a man. */
function surelyAgrees(pronoun: string, p: Person): boolean {
	if (!/^(?:he|she)$/i.test(pronoun)) return false;
	const female = /^she$/i.test(pronoun);
	if (p.sex) return (p.sex === 'female') === female;
	const tags = lexiconTags(p.name.split(/\s+/)[0]!);
	return female
		? tags.has('FemaleName') && !tags.has('MaleName')
		: tags.has('MaleName') && !tags.has('FemaleName');
}

function personByText(
	people: Person[],
	speaker: string,
	near?: { at: number; mentions: readonly Mention[]; pronoun?: string }
): Person | undefined {
	const sur = surnameOf(speaker);
	let hits = people.filter((p) => p.surname === sur);
	// "Mrs. Roe" beside President Tom Roe and a Mrs. Roe: the honorific tells them apart.
	// Only a woman's honorific: a man's would trust the word list's women's names ("Jesse").
	const honorific = /^(Mrs|Ms)\.?\s/.exec(speaker)?.[1];
	if (honorific && hits.length > 1) {
		const female = (h: string) => h !== 'Mr';
		hits = hits.filter((p) => {
			const own = /^(Mr|Mrs|Ms|Miss)\.?\s/.exec(p.name)?.[1];
			return own ? female(own) === female(honorific) : !clashes(honorific, p.name, p.sex);
		});
	}
	if (hits.length === 1) return hits[0];
	// Relatives who share a surname: only the full name tells them apart; "Mr. Roe" does not.
	const given = speaker.split(/\s+/).filter((w) => /^[A-Z][a-z]/.test(w) && !/\.$/.test(w));
	if (given.length >= 2) return hits.find((p) => p.name.startsWith(given[0]!));
	// Only a bare surname: "Mr. Roe" beside a wife named in full is often a husband the text
	// never names in full, and a pronoun goes to the one named only if its sex is known to fit.
	const bare = !/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(speaker);
	const named = near && bare && hits.length > 1 ? onlyNamedBefore(hits, near) : undefined;
	if (named && (!near?.pronoun || surelyAgrees(near.pronoun, named))) return named;
	// "Her husband, Tom Roe, … Roe cast her rival as … “…,” she said": the pronoun's sex tells
	// the relatives apart where the office alone would pick the husband.
	const agreeing = near?.pronoun ? hits.filter((p) => agrees(near.pronoun!, p.name, p.sex)) : [];
	if (hits.length > 1 && agreeing.length === 1) return agreeing[0];
	// "President Roe … first lady Ann Roe … Roe said": the one with an office is the one a bare
	// surname means; with no such one, or two, we cannot tell.
	const kin = new RegExp(`\\b(?:${KINSHIP_NOUNS.join('|')})\\b`, 'i');
	// Not one introduced as a relative ("her husband, former President Tom Roe"): in a story
	// about his wife, her bare surname is hers.
	const titled = hits.filter((p) => p.role && !kin.test(p.role) && !p.relative);
	return titled.length === 1 ? titled[0] : undefined;
}
/** "my wife", "our son": the speaker talks about a relative, who may share their surname. */
// The list's "lady", "team" and "staff" stand before a name in a title, not for a relative.
const MY_RELATIVE = new RegExp(
	`\\b(?:my|our)\\s+(?:${KINSHIP_NOUNS.filter((n) => !['lady', 'team', 'staff'].includes(n)).join('|')})s?\\b`,
	'i'
);
/** Words about the speaker's own relative ("my wife"), who may share the speaker's surname. */
export const speaksOfOwnRelative = (text: string) => MY_RELATIVE.test(text);
const sharedSurname = (people: Person[], speaker: string) =>
	people.filter((p) => p.surname === surnameOf(speaker)).length > 1;

/**
 * Relatives and agents a speaker calls "my …" ("my wife", "our son", "my lawyer"): the one
 * the quote talks about, so never the one who says it.
 */
const OWN_NOUNS = [
	...KINSHIP_NOUNS.filter((n) => !['lady', 'team', 'staff'].includes(n)),
	...AGENT_NOUNS.filter((n) => !n.includes(' '))
];
const MY_NOUN = new RegExp(`\\b(?:my|our)\\s+(${OWN_NOUNS.join('|')})s?\\b`, 'gi');

/**
 * People the quote speaks of in the first person: "“I thank my wife,” he said" beside "his
 * wife, Ann Roe" is not Ann Roe's. The article introduces them by that noun, as "his wife, Ann
 * Roe", "her lawyer Ann Roe" or "Ann Roe, his wife".
 */
export function spokenOfAsOwn(
	quote: string,
	sentences: Sentence[],
	mentions: Mention[],
	nameOf: (m: Mention) => string
): Set<string> {
	const nouns = [...quote.matchAll(MY_NOUN)].map((m) => m[1]!.toLowerCase());
	const out = new Set<string>();
	if (nouns.length === 0) return out;
	const noun = `(?:${nouns.map(escapeRegExp).join('|')})s?`;
	const owner = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\p{L}'’-]*['’]s?)`;
	// "his wife, Ann Roe", "her longtime lawyer Ann Roe", up to a title before the name.
	const before = new RegExp(
		`\\b${owner}\\s+(?:[a-z-]+\\s+)?${noun},?\\s+(?:[A-Z][\\p{L}.]*\\s+){0,2}$`,
		'u'
	);
	const after = new RegExp(`^,\\s+${owner}\\s+(?:[a-z-]+\\s+)?${noun}\\b`, 'u');
	for (const m of mentions) {
		if (m.kind !== 'person') continue;
		// Apposition stays inside the sentence, whose text is sliced by article offsets.
		const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
		if (!s) continue;
		const at = m.start - s.start;
		if (
			before.test(s.text.slice(Math.max(0, at - 60), at)) ||
			after.test(s.text.slice(m.end - s.start, m.end - s.start + 40))
		)
			out.add(nameOf(m));
	}
	return out;
}

function personByRole(people: Person[], roleWords: string, before: number): Person | undefined {
	const want = roleWords
		.replace(/^the\s+/i, '')
		.toLowerCase()
		.split(/\s+/)
		.pop()!;
	// "Ann Roe, the wife of President Roe": "the president" is not the one whose role names him.
	const kin = KINSHIP_NOUNS.includes(want);
	const hits = people.filter(
		(p) =>
			p.role &&
			p.role.toLowerCase().includes(want) &&
			(kin || !KIN_WORD.test(p.role)) &&
			p.firstSpan.start < before
	);
	return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Ian Read" when the text writes this exact surname after one given name and after no other
 * capitalised word ("President Read", "Ann Read" would make it unsure), else undefined.
 */
function fullNameSpelled(surname: string, sentences: Sentence[]): string | undefined {
	const escaped = escapeRegExp(surname);
	const re = new RegExp(`([A-Z][\\p{L}'’-]*\\.?)\\s+(?:[A-Z]\\.\\s+)?${escaped}\\b`, 'gu');
	const before = new Map<string, string>();
	for (const s of sentences) for (const m of s.text.matchAll(re)) before.set(m[1]!, m[0]);
	if (before.size !== 1) return undefined;
	const [given, full] = [...before][0]!;
	return lexiconTags(given.toLowerCase()).has('FirstName') ? full : undefined;
}

/** Capitalised words that open a sentence without being its subject. */
const OPENERS =
	/^(?:But|And|Yet|So|Still|However|Meanwhile|Now|Then|Also|Instead|Later|Earlier|In|On|At|After|Before|During|When|While|As|If|Since|Although|Though|Because|Asked|Speaking|It|There|This|That|These|Those|Such)$/;

/** A day word opening a sentence before its subject: "Yesterday Varley mocked …". */
const DAY_LEAD = new RegExp(
	`^(?:${[...RELATIVE_DAY_WORDS, ...WEEKDAYS, 'earlier', 'later']
		.map((w) => w[0]!.toUpperCase() + w.slice(1))
		.join('|')})\\s+(?=\\p{Lu})`,
	'u'
);
/**
 * A longer phrase of time, place or occasion before the subject and its comma: "At a fundraiser
 * in Denver on Tuesday night, the businessman mocked …", "Speaking to donors after the debate,
 * he attacked …". It opens with a word that never is the subject (a preposition, "Speaking") and
 * holds no quotation; undefined when the sentence opens otherwise.
 */
function openingPhrase(text: string): string | undefined {
	const phrase = /^([\p{L}’'-]+)\s[^,;:“”"]{1,90}?,\s+/u.exec(text);
	return phrase &&
		OPENERS.test(phrase[1]!) &&
		!/^(?:It|There|This|That|These|Those|Such)$/.test(phrase[1]!)
		? phrase[0]
		: undefined;
}

/**
 * A subject with a relative clause or an appositive between commas, then its verb: "Varley, who
 * is running for the Senate, mocked", "The senator, a Republican, attacked". Group 1 is the
 * subject: capitalised words, or "The" and up to two lower-case words.
 */
const APPOSED_SUBJECT =
	/^((?:The|A|An)\s+[a-z-]+(?:\s+[a-z-]+)?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}),\s+(?:who|whose|a|an|the)\s[^,;“”"]{1,90}?,\s+(?=(?:\w+ly\s+)?[a-z]+(?:ed|s)\b)/u;

/**
 * Who the sentence before a pronoun's quote is about, when every name the pronoun could point
 * to there comes after its verb: 'pronoun' when it opens with the same pronoun ("He mocked
 * Ben Smith …", "Last week, he mocked …"), 'unknown' when it opens with a singular noun phrase
 * that is no name we read as a person ("Varley mocked Ben Smith", "The senator mocked …"),
 * else undefined (nothing to change). Names in the quote's own sentence leave it undefined.
 */
export function previousSubject(
	sentence: Sentence | undefined,
	nearby: Mention[],
	pronoun: string
): 'pronoun' | 'unknown' | undefined {
	return readPreviousSubject(sentence, nearby, pronoun)?.kind;
}

/**
 * A party word standing as the noun after "the", before a verb in the past: "The Republican
 * mocked …", "the Democrat attacked …"; not "The Republican senators mocked …" (a group).
 */
const PARTY_SUBJECT = new RegExp(
	`^[Tt]he\\s+(${AFFILIATION_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\s+(?:\\w+ly\\s+)?[a-z]+ed\\b`,
	'u'
);

/**
 * previousSubject with, for a described subject ("the businessman", "the Republican"), its head
 * noun in lower case: who it is may be told by the sentence before it.
 */
export function readPreviousSubject(
	sentence: Sentence | undefined,
	nearby: Mention[],
	pronoun: string
): { kind: 'pronoun' } | { kind: 'unknown'; head?: string } | undefined {
	if (!sentence || nearby.length === 0) return undefined;
	if (nearby.some((m) => m.sentence !== sentence.index)) return undefined;
	// "Yesterday Varley mocked …": a day word before the subject, with no comma.
	const day = DAY_LEAD.exec(sentence.text)?.[0] ?? '';
	// An opening phrase of a few words before a comma ("Last week,", "On Monday,"), unless it is
	// the subject with a clause or an appositive after it ("Varley, who is running for the
	// Senate, mocked …", "The senator, a Republican, mocked …"): that clause is left out.
	const body = sentence.text.slice(day.length);
	const apposed = APPOSED_SUBJECT.exec(body);
	const lead = apposed
		? ''
		: (/^(?:[\p{L}\d’'-]+\s+){0,3}[\p{L}\d’'-]+,\s+/u.exec(body)?.[0] ?? openingPhrase(body) ?? '');
	const rest = apposed ? `${apposed[1]} ${body.slice(apposed[0].length)}` : body.slice(lead.length);
	const first = /^[\p{L}’'-]+/u.exec(rest)?.[0];
	if (!first) return undefined;
	const subjectAt = sentence.start + day.length + lead.length;
	if (nearby.some((m) => m.start <= subjectAt)) return undefined;
	if (first.toLowerCase() === pronoun.toLowerCase()) return { kind: 'pronoun' };
	if (/^(?:he|she|they|we|i|you|it)$/i.test(first)) return undefined;
	// "The senator mocked …", "Varley mocked …": a singular subject before the named objects.
	// The head noun stands right before the verb ("The senator mocked"), not "A few of his …".
	// After an opening phrase "the" is lower case, and a party or a place may qualify the noun
	// ("the Republican businessman mocked"); the head itself stays lower case, but for a party
	// word that is the noun itself ("The Republican mocked …").
	const party = PARTY_SUBJECT.exec(rest)?.[1];
	if (party) return { kind: 'unknown', head: party.toLowerCase() };
	const head =
		/^(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}?([a-z-]+)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b/u.exec(
			rest
		)?.[1];
	if (head) {
		const tags = lexiconTags(head);
		const noun =
			!tags.has('Plural') &&
			!/s$/.test(head) &&
			!['Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Adverb', 'Adjective'].some((t) =>
				tags.has(t)
			);
		return noun ? { kind: 'unknown', head } : undefined;
	}
	if (!/^\p{Lu}/u.test(first) || OPENERS.test(first) || /^(?:The|A|An)$/.test(first))
		return undefined;
	const tags = lexiconTags(first);
	if (tags.has('Plural') || /s$/.test(first) || tags.has('Place') || tags.has('Organization'))
		return undefined;
	// A capitalised word straight before a lower-case verb: the subject's name.
	return /^[\p{L}’'-]+\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b/u.test(rest)
		? { kind: 'unknown' }
		: undefined;
}

/**
 * Words that name a person by surname speak to or of that person, not as them: "“I apologize to
 * Sen. Roe,” he wrote" is not Roe's, though Roe is the nearest name. People do speak of
 * themselves in the third person, but far more rarely than the nearest name is the one addressed.
 */
export function namedInQuote(quote: string, name: string): boolean {
	const surname =
		name
			.trim()
			.split(/\s+/)
			.filter((w) => !/^(?:Jr|Sr|I{2,3}|IV)\.?,?$/.test(w))
			.at(-1) ?? '';
	if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) return false;
	return new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}(?![\\p{L}-])`, 'u').test(quote);
}

/**
 * Words that speak of someone else with the pronoun of "he said" (or "she said") and never in
 * the first person: "He has never run anything," not "He asked me to stay."
 */
export function speaksOfAnother(quote: string, pronoun: string): boolean {
	const third = /^she$/i.test(pronoun)
		? /\b(?:she|her|hers|herself)\b/i
		: /^he$/i.test(pronoun)
			? /\b(?:he|him|his|himself)\b/i
			: undefined;
	if (!third?.test(quote)) return false;
	return !/\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|us|[Oo]ur|ours)\b/.test(
		quote
	);
}

/**
 * A name that opens its sentence or the clause after a comma, with its title before it:
 * "Ben Smith praised …", "After the game, Sen. Ben Smith said …"; not "Asked about Ben Smith,"
 * nor "Varley criticized Ben Smith".
 */
function opensClause(m: Mention, sentence: Sentence | undefined): boolean {
	if (!sentence) return false;
	let before = sentence.text.slice(0, Math.max(0, m.start - sentence.start));
	if (m.role && before.trimEnd().endsWith(m.role))
		before = before.trimEnd().slice(0, -m.role.length);
	// "…, said Alan Roe, a demographer": the one a reporting verb credits speaks.
	if (REPORTED_BEFORE.test(before)) return true;
	const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 120);
	if (REPORTED_AFTER.test(after)) return true;
	before = before.replace(/(?:\b(?:former|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u, '');
	return before.trim() === '' || /,\s*$/.test(before) || DAY_LEAD.test(before);
}
const REPORTED_BEFORE = new RegExp(
	`\\b(?:${REPORTING_VERBS.join('|')})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`,
	'u'
);
const REPORTED_AFTER = new RegExp(
	`^(?:,[^,“”"]{1,90},)?\\s+(?:${REPORTING_VERBS.join('|')})\\b`,
	'u'
);

/**
 * Fill `speaker`/`role` on each quote. A pronoun resolves to the one person
 * named in the quote's sentence or the sentence before; failing that, to the
 * previous quote's speaker when that quote is within two sentences.
 */
export function resolveSpeakers(
	quotes: Quote[],
	people: Person[],
	mentions: Mention[],
	sentences: Sentence[] = []
): void {
	let previous: Quote | undefined;
	const text = sentences.map((x) => x.text).join(' ');
	for (const q of quotes) {
		const at = (q as Quote & { speakerAt?: number }).speakerAt ?? q.context.start;
		const s = q.speakerText;
		let person: Person | undefined;
		let orgName: string | undefined;
		if (PRONOUNS.test(s)) {
			if (/^they$/i.test(s)) person = undefined;
			else if (
				previous?.speaker &&
				previous.speakerText.toLowerCase() === s.toLowerCase() &&
				q.sentence - previous.sentence <= 1
			) {
				// "He said he is 'looking forward' to questions by Mueller. He's said …": the same
				// pronoun in the very next sentence goes on with the same speaker, not the name in between.
				person = people.find((p) => p.name === previous!.speaker);
				if (!person) orgName = previous.speaker;
			} else if (
				previous &&
				!previous.speaker &&
				previous.speakerText.toLowerCase() === s.toLowerCase() &&
				q.sentence - previous.sentence <= 1 &&
				!mentions.some(
					(m) =>
						m.kind === 'person' &&
						m.sentence === q.sentence &&
						m.start < at &&
						!quotes.some((x) => m.start >= x.start && m.end <= x.end)
				)
			) {
				// "Doe, he said, “has never run anything.” “If you help me win …,” he added": the same
				// pronoun goes on with the same speaker, and when that one could not be told, the name
				// in between (the one spoken of) is no better a guess. No speaker.
				previous = q;
				continue;
			} else {
				// Names inside quotes are what someone said, not who is speaking.
				const spoken = (m: Mention) =>
					m.kind === 'person' && !quotes.some((x) => m.start >= x.start && m.end <= x.end);
				// "She described being at Joint Base Andrews": a name after "at" or "in" is a place;
				// one after "a voicemail for" is who got the message.
				const place = (m: Mention) => {
					const sentence = sentences.find((x) => x.start <= m.start && m.start < x.end);
					if (!sentence) return false;
					const lead = sentence.text.slice(0, m.start - sentence.start);
					return PLACE_BEFORE.test(lead) || RECIPIENT_BEFORE.test(lead);
				};
				// "Mr. Khan" read as its surname: the honorific goes with it, so no bare-surname guess.
				const nameOf = (m: Mention) =>
					personByText(
						people,
						m.title && HONORIFIC.test(m.title) ? `${m.title} ${m.text}` : m.text,
						{
							at: m.start,
							mentions,
							pronoun: s
						}
					)?.name ?? m.text;
				// "Barack Roe said he …": the article's own pronouns for a full name count too.
				const fits = (n: string) =>
					agrees(s, n, (people.find((p) => p.name === n) ?? personByText(people, n))?.sex);
				// "he said in an appearance with Mr. Macron": whoever the attribution names is not "he".
				const others = new Set(
					mentions.filter((m) => spoken(m) && m.start > at && m.start < q.context.end).map(nameOf)
				);
				// "He was joined by his wife, Ann Roe. “I thank my wife,” he said": the one the quote
				// calls "my wife" is the nearest name but not the speaker.
				const own = spokenOfAsOwn(q.text, sentences, mentions, nameOf);
				const allowed = (n: string) =>
					!others.has(n) && !own.has(n) && !namedInQuote(q.text, n) && fits(n);
				const candidates = (ms: Mention[]) => ms.map(nameOf).filter(allowed);
				// "Smith, he said, is “a farmer …”": a name right before the words that credit the quote
				// is what the pronoun talks about.
				const creditedAbout = (m: Mention) => {
					const sentence = sentences[m.sentence];
					return (
						!!sentence &&
						m.sentence === q.sentence &&
						/^['’]?s?,\s*$/.test(sentence.text.slice(m.end - sentence.start, at - sentence.start))
					);
				};
				const nearby = mentions.filter(
					(m) =>
						spoken(m) &&
						!place(m) &&
						!creditedAbout(m) &&
						m.sentence >= q.sentence - 1 &&
						m.start < at
				);
				// "He mocked Ben Smith as a farmer. “If you help me win …,” he told donors": names
				// only after the verb of the sentence before are its objects; the pronoun goes on
				// with that sentence's subject: the same pronoun (then further back), or someone the
				// text names in a way we did not read as a person (then no one).
				const read = readPreviousSubject(sentences[q.sentence - 1], nearby, s);
				const subject = read?.kind;
				// "Tom Roe is running … The businessman mocked Ben Smith. “Help me win …,” he said": a
				// described subject is the person the sentence before it names as its subject, and
				// words in the first person are that person's; never someone the described one acts on.
				const described =
					read?.kind === 'unknown' && read.head && speaksAsSelf(q.text)
						? describedPerson(
								read.head,
								mentions
									.filter((m) => spoken(m) && !place(m) && m.sentence === q.sentence - 2)
									.map((m) => ({
										name: nameOf(m),
										opens: opensClause(m, sentences[m.sentence])
									})),
								people
							)
						: undefined;
				// Everyone the described one's sentence names is an object it acts on ("mocked Senator
				// Ben Smith"), not someone asked or met, who may be the one answering.
				const tied =
					described &&
					allowed(described) &&
					nearby.every((m) => nameOf(m) !== described && actedOn(m, sentences[m.sentence]!))
						? described
						: undefined;
				// "Varley criticized Ben Smith. “He has never run anything,” he said": words that
				// speak of a "he" and never of "I" or "we" are about the one named only after a
				// verb, not his.
				const aboutObject =
					subject === undefined &&
					nearby.length > 0 &&
					speaksOfAnother(q.text, s) &&
					nearby.every((m) => !opensClause(m, sentences[m.sentence]));
				if ((subject === 'unknown' && !tied) || aboutObject) {
					previous = q;
					continue;
				}
				const objectsOnly = subject === 'pronoun';
				// "Tom Roe mocked Senator Ben Smith. “Help me win …,” he said": first-person words go on
				// with the subject; the one a verb of acting on a person names after it is its object.
				const subjectOpens = nearby.some(
					(m) => opensClause(m, sentences[m.sentence]) && !actedOn(m, sentences[m.sentence]!)
				);
				const speakers =
					subjectOpens && speaksAsSelf(q.text)
						? nearby.filter((m) => !actedOn(m, sentences[m.sentence]!))
						: nearby;
				const near = new Set(tied ? [tied] : objectsOnly ? [] : candidates(speakers));
				// With the only nearby name ruled out, the pronoun points further back, to the
				// nearest sentence that names exactly one other person.
				const ruledOut =
					objectsOnly ||
					others.size > 0 ||
					nearby.some((m) => own.has(nameOf(m)) || namedInQuote(q.text, nameOf(m)));
				for (let back = 2; near.size === 0 && ruledOut && back <= 3; back++) {
					const named = new Set(
						candidates(
							mentions.filter((m) => spoken(m) && !place(m) && m.sentence === q.sentence - back)
						)
					);
					if (named.size === 1) near.add([...named][0]!);
					if (named.size > 0) break;
				}
				const only = [...near][0];
				if (near.size === 1 && only) {
					person = people.find((p) => p.name === only) ?? personByText(people, only);
					// Named in passing without a full introduction: keep the name; the story view may complete it.
					if (!person && /^[A-Z]/.test(only)) orgName = only;
				} else if (
					near.size === 0 &&
					previous?.speaker &&
					q.sentence - previous.sentence <= 2 &&
					!namedInQuote(q.text, previous.speaker) &&
					agrees(s, previous.speaker, people.find((p) => p.name === previous!.speaker)?.sex)
				) {
					person = people.find((p) => p.name === previous!.speaker);
				}
			}
		} else if (/^the\s/i.test(s)) {
			// "the White House press secretary, Sarah Huckabee Sanders, said": the name in
			// apposition says who, before any guess from the title.
			const named = mentions.find((m) => m.kind === 'person' && m.start - (at + s.length) === 2);
			// "the agency said" is a body speaking, never a person whose title mentions an agency.
			const body =
				// "The DNC", "the F.B.I.": an acronym is a body too.
				ORG_SPEAKER.test(s) || /^[Tt]he\s+[A-Z][A-Z.]+$/.test(s);
			person = named
				? (personByText(people, named.text) ?? people.find((p) => p.name === named.text))
				: body
					? undefined
					: personByRole(people, s, at);
			if (named && !person) orgName = named.text;
			if (!person && !named && body) orgName = s.replace(/^the\s+/i, 'The ');
		} else {
			person = personByText(people, s, { at, mentions });
			// "“I am protecting my wife,” Roe said" beside Rep. Ann Roe and her husband: words about
			// one's own relative are not surely the office-holder's, whom a bare surname otherwise means.
			if (
				person &&
				sharedSurname(people, s) &&
				/^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{L}'’-]+$/u.test(s.trim()) &&
				MY_RELATIVE.test(q.text)
			)
				person = undefined;
			// "President Roe … his wife, Jane Roe … Roe said": the people list holds one Roe, but the
			// text writes the surname for a man and a woman; keying either would be a guess.
			const held = people.filter((p) => p.surname === surnameOf(s)).map((p) => p.name);
			if (person && relativeUnsure(s, held, text)) {
				previous = q;
				continue;
			}
			const ambiguous = !person && sharedSurname(people, s);
			// "Ian Read … Read said" beside "Paul Reid": the text names the speaker in full with this
			// very spelling, though the name finder read "Read" as a verb; the story view would
			// otherwise merge the bare surname into the near spelling.
			const spelledInFull =
				!person && !ambiguous && /^[A-Z][\p{L}'’-]+$/u.test(s)
					? fullNameSpelled(s, sentences)
					: undefined;
			if (spelledInFull) orgName = spelledInFull;
			else if (
				!person &&
				!ambiguous &&
				/^[A-Z][\p{L}'’-]+$/u.test(s) &&
				mentions.some((m) => m.kind === 'person' && m.text === s)
			)
				orgName = s;
			if (!person && !orgName && !ambiguous) {
				const m = mentions.find(
					(x) =>
						x.start <= at + 1 &&
						x.end >= at + s.length - 1 &&
						x.kind !== 'quantity' &&
						x.kind !== 'date'
				);
				if (m && (m.kind === 'org' || (m.kind === 'person' && s.includes(' ')))) orgName = m.text;
			}
		}
		// "he" carried on from the quote before, when this quote calls that person "my wife".
		if (
			person &&
			PRONOUNS.test(s) &&
			spokenOfAsOwn(
				q.text,
				sentences,
				mentions,
				(m) => personByText(people, m.text)?.name ?? m.text
			).has(person.name)
		)
			person = undefined;
		// "Roe … “he said.” “Our enemies take advantage of Roe's weakness.”": words naming the one
		// credited are a critic's, unless the quote's own sentence names that person as its speaker.
		const credited =
			person?.name ??
			(orgName && mentions.some((m) => m.kind === 'person' && m.text === orgName)
				? orgName
				: undefined);
		if (credited && creditedToReferent(q, credited, sentences)) {
			person = undefined;
			orgName = undefined;
		}
		if (person) {
			q.speaker = person.name;
			q.role = person.role;
		} else if (orgName) q.speaker = orgName;
		// Evidence for the answer: the last sentence before the quote that names the speaker.
		const surname = q.speaker ? surnameOf(q.speaker) : undefined;
		const names = (span: { start: number; end: number } | undefined) =>
			!!span &&
			mentions.some(
				(m) =>
					m.kind === 'person' &&
					m.start >= span.start &&
					m.end <= span.end &&
					surnameOf(m.text) === surname
			);
		if (surname && !q.speakerText.toLowerCase().includes(surname) && !names(q.speakerSpan)) {
			const named = mentions
				.filter((m) => m.kind === 'person' && m.start < q.end && surnameOf(m.text) === surname)
				.at(-1);
			const s = named && sentences[named.sentence];
			if (s) q.speakerSpan = { articleId: s.articleId, start: s.start, end: s.end };
		}
		previous = q;
	}
}
