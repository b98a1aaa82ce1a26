/**
 * Other ways news English writes a name a typed gap keys, which a reader of the story may type
 * and a teacher would accept: a government department by its short forms, a person with the
 * middle name or initial the story gives them, a landmark named for the building on it by that
 * building. Rules of English, never lists of particular names. cloze.ts `acceptedForms` adds
 * these to the forms it finds in the story itself.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { lexiconTags } from '../entities';
import { SUFFIX } from '../speakers';
import {
	COUNTRY_NAME_FORMS,
	INSTITUTION_NOUNS,
	LEGAL_SUFFIXES,
	NAMED_FOR_BUILDING_HEADS,
	NAMED_FOR_PERSON_HEADS
} from '../lexicon';
import { normalizeAnswer } from '$lib/quiz/normalize';

const WORD = String.raw`[A-Z][\p{L}'’-]+`;
/** "Department of Justice", "Department of the Interior", "Department of Homeland Security". */
const DEPARTMENT_OF = new RegExp(`^Department of (?:the )?((?:${WORD} ){0,3}${WORD})$`, 'u');
/** "Justice Department", "Homeland Security Department". */
const X_DEPARTMENT = new RegExp(`^((?:${WORD} ){0,3}${WORD}) Department$`, 'u');

/**
 * "Justice Department" and "Department of Justice" are also "Justice Dept." and "DOJ": the
 * abbreviated head noun, and the initials US news English gives a department written "Department
 * of X", with the letter of "of" when its field is one word ("DOJ", "DOD", "DOE") and without it
 * when the field is longer ("DHS" for Homeland Security). The initials only when the key or the
 * story writes "Department of X": a city's "Fire Department" is no "DOF". Both word orders are
 * added by cloze.ts (otherWordings).
 */
export function departmentForms(name: string, text: string): string[] {
	const field = (DEPARTMENT_OF.exec(name) ?? X_DEPARTMENT.exec(name))?.[1];
	if (!field) return [];
	const words = field.split(' ');
	const ofForm = new RegExp(`\\bDepartment of (?:the )?${escapeRegExp(field)}\\b`);
	const initials = !ofForm.test(`${name}\n${text}`)
		? []
		: words.length === 1
			? [`DO${field[0]}`]
			: [`D${words.map((w) => w[0]).join('')}`];
	return [`${field} Dept.`, ...initials];
}

/**
 * "Hillary Rodham Clinton" or "Robert D. Luskin" where the key is "Hillary Clinton" or "Robert
 * Luskin": the story writes the person with a middle name or initial, and a reader may type it.
 * Only the forms the story itself writes, between the key's own first and last words.
 */
export function middleNameForms(name: string, text: string): string[] {
	const words = name.split(/\s+/);
	if (words.length !== 2 || !words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) return [];
	const [first, last] = words.map(escapeRegExp) as [string, string];
	const middle = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)`;
	const found = text.matchAll(
		new RegExp(`(?<![\\p{L}])${first}((?:\\s+${middle}){1,2})\\s+${last}(?![\\p{L}])`, 'gu')
	);
	return [
		...new Set([...found].map((m) => `${words[0]}${m[1]!.replace(/\s+/g, ' ')} ${words[1]}`))
	];
}

/**
 * "Zachary Roe" where another outlet writes "Zack Roe" (or the other way round): the story
 * writes the same surname after another form of the given name that begins with the same three
 * letters, and a reader of that outlet types that form. Only forms the story itself writes.
 */
export function givenNameForms(name: string, text: string): string[] {
	const words = name.split(/\s+/);
	if (words.length !== 2 || !words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) return [];
	const [first, last] = words as [string, string];
	if (first.length < 3) return [];
	const found = text.matchAll(
		new RegExp(
			`(?<![\\p{L}])(${escapeRegExp(first.slice(0, 3))}\\p{Ll}*)\\s+${escapeRegExp(last)}(?![\\p{L}])`,
			'gu'
		)
	);
	return [...new Set([...found].map((m) => m[1]!).filter((g) => g !== first))].map(
		(g) => `${g} ${last}`
	);
}

/** The story writes "the X" on its own, not as the first word of a longer name ("the X Police"). */
function writtenAlone(word: string, text: string): boolean {
	return new RegExp(`\\b[Tt]he\\s+${escapeRegExp(word)}\\b(?!\\s+\\p{Lu}|-)`, 'u').test(text);
}

/**
 * "Capitol Hill" is also "the Capitol": a hill or a building named for the one building on it or
 * the one it is, called by that building's name alone, when the story itself writes "the
 * Capitol" on its own (not as the first word of another name, "the Capitol Police").
 */
export function buildingForms(name: string, text: string): string[] {
	const m = new RegExp(`^(?:the\\s+)?(${WORD})\\s+(\\p{L}+)$`, 'iu').exec(name);
	if (!m || !NAMED_FOR_BUILDING_HEADS.includes(m[2]!.toLowerCase())) return [];
	return writtenAlone(m[1]!, text) ? [`the ${m[1]}`] : [];
}

const LEGAL_SUFFIX = new RegExp(`^(.+?),?\\s+(?:${LEGAL_SUFFIXES.join('|')})\\.?$`);

/** "American Widget Inc." is also "American Widget": a reader leaves out the company's legal form. */
export function withoutLegalSuffix(name: string): string[] {
	const m = LEGAL_SUFFIX.exec(name);
	return m && /\p{Lu}/u.test(m[1]!) ? [m[1]!] : [];
}

/**
 * "J. Ann Roe" typed "Ann Roe", "Ann Marie Roe" typed "Ann Roe": a reader gives a person of three
 * names by the first name they go by and the surname. Only a leading initial, or a middle word
 * that is a name (capitalised, no particle such as "de" or "van").
 */
export function shortPersonForms(name: string): string[] {
	const words = name.split(/\s+/);
	if (words.length !== 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return [];
	const [first, middle, last] = words as [string, string, string];
	// "Ann Roe III" is typed "Ann Roe", never "Ann III": a generational suffix is no surname.
	if (SUFFIX.test(last)) return /^\p{Lu}[\p{L}'’-]+$/u.test(first) ? [`${first} ${middle}`] : [];
	if (/^\p{Lu}\.$/u.test(first) && /^\p{Lu}[\p{L}'’-]+$/u.test(middle))
		return [`${middle} ${last}`];
	if (/^\p{Lu}[\p{L}'’-]+$/u.test(first) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(middle))
		return [`${first} ${last}`];
	return [];
}

/**
 * "Riverton Rovers" is also "the Rovers" when the story itself writes "the Rovers" on its own
 * (not as the first word of a longer name): the body's last word is what the story calls it.
 * Only a plural last word, a team's or a group's members: "the House" in a story that names the
 * White House is another body.
 */
export function lastWordForms(name: string, text: string): string[] {
	const m = new RegExp(`^(?:the\\s+)?(?:${WORD}\\s+){1,3}(${WORD})$`, 'u').exec(name);
	if (!m || !/[^s]s$/.test(m[1]!)) return [];
	return writtenAlone(m[1]!, text) ? [m[1]!, `the ${m[1]}`] : [];
}

/**
 * How many of a name's first words are one place of two or three words: 2 for "United States
 * Senate", "New York Police Department"; 0 when the name opens otherwise. A form of the name
 * never starts inside that place: "States Senate" is no one's word for the Senate.
 */
export function leadingPlaceLength(words: readonly string[]): number {
	for (let n = Math.min(3, words.length - 1); n >= 2; n--)
		if (lexiconTags(words.slice(0, n).join(' ').toLowerCase()).has('Place')) return n;
	return 0;
}

/**
 * "United States Senate" is also "U.S. Senate" and "US Senate": news English writes a country or
 * state of two or three words by its initials before the body's own words. A country's or
 * state's body is also its own word alone ("the Senate"), as its readers call it; another
 * place's only when the story itself writes it so (not as the first word of a longer name).
 */
export function placePrefixForms(name: string, text: string): string[] {
	const words = name.replace(/^the\s+/i, '').split(/\s+/);
	// "U.S. Senate": the place already by its initials, which a reader may type without stops.
	if (words.length > 1 && /^(?:\p{Lu}\.){2,3}$/u.test(words[0]!)) {
		const rest = words.slice(1).join(' ');
		return [`${words[0]!.replace(/\./g, '')} ${rest}`, rest, `the ${rest}`];
	}
	const n = leadingPlaceLength(words);
	if (!n) return [];
	const place = words.slice(0, n).join(' ').toLowerCase();
	const rest = words.slice(n).join(' ');
	const forms: string[] = [];
	if (['Country', 'Region'].some((t) => lexiconTags(place).has(t))) {
		const letters = words.slice(0, n).map((w) => w[0]!.toUpperCase());
		forms.push(`${letters.map((c) => `${c}.`).join('')} ${rest}`, `${letters.join('')} ${rest}`);
		// A blind reader's wrong key: a gap keyed "United States Senate" refused "Senate".
		forms.push(rest, `the ${rest}`);
	} else if (writtenAlone(rest, text)) forms.push(rest, `the ${rest}`);
	return forms;
}

/**
 * "Washington, D.C." is also "Washington", "Riverton, Ohio" also "Riverton": a city written with
 * its state or country after a comma is typed by its own name (a blind reader's wrong key: a gap
 * keyed "Washington, D.C." refused "Washington").
 */
export function cityOfStateForms(name: string): string[] {
	const m = /^(\p{Lu}[\p{L}.'’ -]*?),\s+\p{Lu}[\p{L}.'’ ]*$/u.exec(name.replace(/^the\s+/i, ''));
	return m ? [m[1]!] : [];
}

/**
 * "Ohio Otters" is also "Otters", "Ohio Senate" also "Senate": a body named for a place of one
 * word (a state, a city) goes by its own words without the place, as its readers call it (a blind
 * reader saw a team's short name refused). The place's initials never: "O. Otters" is no one's
 * word for it. The own words alone when the story writes them without the place, or when common
 * use has it: a team's plural name ("Otters", a word the lexicon does not know as common English)
 * or a state's or country's one-word chamber ("Senate").
 */
export function onePlaceWordForms(name: string, text: string): string[] {
	const words = name.replace(/^the\s+/i, '').split(/\s+/);
	if (words.length < 2 || words.length > 4) return [];
	if (!words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) return [];
	// A place of two or three words is placePrefixForms' ("New Hampshire Senate").
	if (leadingPlaceLength(words) > 0) return [];
	const place = lexiconTags(words[0]!.toLowerCase());
	if (!place.has('Place')) return [];
	const rest = words.slice(1).join(' ');
	const last = words.at(-1)!;
	// Inside a sentence, after a small word ("the Otters", "said Otters coach"), never opening one:
	// "City officials said" is no story's name for "Kansas City".
	const written = new RegExp(
		`(?<=(?:^|[^.!?])\\s\\p{Ll}[\\p{L}'’-]*,?\\s)${escapeRegExp(rest)}(?![\\p{L}])(?!\\s+\\p{Lu})`,
		'u'
	).test(text);
	const team = words.length === 2 && /[^s]s$/.test(last) && !lexiconTags(last.toLowerCase()).size;
	const chamber =
		words.length === 2 &&
		['Country', 'Region'].some((t) => place.has(t)) &&
		(INSTITUTION_NOUNS as readonly string[]).includes(last.toLowerCase());
	return written || team || chamber ? [rest, `the ${rest}`] : [];
}

/**
 * "Ann Roe Park" is also "Roe Park": a place named for a person, typed by the surname and the
 * place's own word. Only a given name and a surname before the head (neither a place, nor a
 * head word itself: "Union Square Park" is no "Square Park").
 */
export function namedForPersonForms(name: string): string[] {
	const words = name.replace(/^the\s+/i, '').split(/\s+/);
	if (words.length !== 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return [];
	const [given, surname, head] = words as [string, string, string];
	if (!NAMED_FOR_PERSON_HEADS.includes(head.toLowerCase())) return [];
	if (NAMED_FOR_PERSON_HEADS.includes(surname.toLowerCase())) return [];
	return namesAPlace([given, surname]) ? [] : [`${surname} ${head}`];
}

/**
 * "Drexel University" is also "Drexel", "Johns Hopkins University" "Johns Hopkins": a school
 * named for a person or a founder goes by that name alone (two blind readers found the gap
 * refusing it). Not a school named for a place ("Boston University" is no "Boston", "New York
 * University" no "New York"). A place's state school goes by the place and "State" ("Exeter
 * State"), and a name of two words or more that is no place as a whole is the school's own
 * ("Mount Vale" for "Mount Vale University"; blind readers found both refused).
 */
export function schoolNameForms(name: string): string[] {
	const m = /^(?:the\s+)?((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3})(?:University|College)$/u.exec(name);
	if (!m) return [];
	const own = m[1]!.trim();
	const words = own.split(/\s+/);
	if (words.length >= 2 && words.at(-1) === 'State') return [own];
	if (words.length >= 2) return namesAPlace([own]) ? [] : [own];
	return namesAPlace(words) ? [] : [own];
}

/** The words, together or any one of them, name a place ("New Hampshire", "Boston"). */
function namesAPlace(words: readonly string[]): boolean {
	return [words.join(' '), ...words].some((w) => lexiconTags(w.toLowerCase()).has('Place'));
}

/**
 * "United States" is also "America", "USA" and "U.S."; "Britain" is also "United Kingdom": a
 * country's common names, any of which a reader types for the one the gap keys (a blind reader
 * saw "America" refused for "United States"). The key may be any form of its group.
 */
export function countryNameForms(name: string): string[] {
	const key = normalizeAnswer(name);
	const group = COUNTRY_NAME_FORMS.find((forms) => forms.some((f) => normalizeAnswer(f) === key));
	return group ? [...group] : [];
}
