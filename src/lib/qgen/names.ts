/**
 * Named entities (people, organisations, places) with offsets.
 * compromise tags each word (FirstName, Place, Organization...), but its own
 * people()/places() chunks split names at titles and hyphens ("State Mike",
 * "al-Mahdi"), so we chunk capitalised runs ourselves and use its tags only as
 * hints, together with news conventions: a title before a name makes it a
 * person ("Defense Secretary Mark Esper"), org words make an organisation.
 */
import { escapeRegExp } from '$lib/text/regexp';
import {
	AFFILIATION_WORDS,
	BODY_NAME_ENDINGS,
	BROADCAST_WORDS,
	INSTITUTION_NOUNS,
	KINSHIP_NOUNS,
	LEGAL_INSTRUMENT_HEADS,
	MONTHS,
	MONTHS_AS_NAMES,
	NAME_AS_LABEL_HEADS,
	NAME_AS_LABEL_SUFFIXES,
	MONTH_ABBREVIATIONS,
	NEWS_ORG_WORDS,
	OFFICE_HEADS,
	PERSON_TITLES,
	RELATIVE_DAY_WORDS,
	REPORTING_VERBS,
	SEA_PLACE_NOUNS,
	WEEKDAYS
} from './lexicon';
import { lexiconTags } from './entities';
import type { Mention } from './types';

export interface Token {
	text: string;
	start: number;
	end: number;
	tags: Set<string>;
}

/** The words just before a name end with a title ("London Mayor", "North Korea's leader,"). */
export const endsWithTitle = (before: string) =>
	TITLES.includes(/([\w.]+)[\s,]*$/.exec(before)?.[1]?.toLowerCase() ?? '');

/** An appositive title follows the name: "Melania Trump, the first lady," or ", a spokesman for". */
export function titledAfter(after: string): boolean {
	const apposition = /^,\s+([^,]{2,40})/.exec(after)?.[1];
	if (!apposition) return false;
	return apposition
		.toLowerCase()
		.split(/\s+/)
		.slice(0, 4)
		.some((w) => TITLES.includes(w) || KINSHIP_NOUNS.includes(w));
}

/** A title in the plural ("Senators") names a group, never one person. */
export const isPluralTitle = (word: string) =>
	/s$/i.test(word) && TITLES.includes(word.toLowerCase().replace(/s$/, ''));

/** Title words that introduce a person's name; the longest match wins. */
const TITLES = PERSON_TITLES;
/** A chunk with an institution's head noun in it names a body ("Ministry of Defense", "Kataib Hezbollah militia"). */
const ORG_WORDS = new RegExp(`\\b(?:${INSTITUTION_NOUNS.join('|')})\\b`, 'i');
/** A news organisation's name ends in its kind ("… Times", "… News"); capitalised, so "Sun Yat-sen" stays a person. */
const NEWS_ORG_END = new RegExp(`\\b${NEWS_ORG_WORDS}$`);
/** "Secretary of the", "Chief of", "Secretary for": an office whose name follows in capitals. */
const OFFICE_OF = new RegExp(
	`\\b(?:${OFFICE_HEADS.join('|')})\\s+(?:of|for)\\s+(?:the\\s+)?$`,
	'i'
);
/** An acronym on its own ("NATO", "KCNA") is a body's short name, never a person's. */
const ACRONYM = /^[A-Z]{2,6}$/;
const isOrg = (chunk: string) =>
	ORG_WORDS.test(chunk) || NEWS_ORG_END.test(chunk) || ACRONYM.test(chunk);
/**
 * "the Reformation Church", "a Family Values Conference", "Our Principles PAC": a name that ends
 * in a body's kind is the body's. A given name and one such word ("Frank Church") is a person.
 */
function endsInBodyWord(words: Token[]): boolean {
	if (words.length < 2) return false;
	if (!BODY_NAME_ENDINGS.includes(lower(words.at(-1)!.text).replace(/[.,;:]$/, ''))) return false;
	return !(words.length === 2 && words[0]!.tags.has('FirstName'));
}
/** Chunks ending like this are places even when compromise tags a word as a name ("Middle East"). */
const PLACE_WORDS = new RegExp(
	`\\b(?:east|west|north|south|gulf|sea|river|zone|street|avenue|road|boulevard|parkway|highway|square|island|valley|county|province|region|city|state|states|kingdom|republic|beach|park|airport|base|bay|coast|lake|heights|mountains?|hills?|${SEA_PLACE_NOUNS.join('|')})$`,
	'i'
);
/** A person's name never ends in one of these. */
const NOT_PERSON_LAST = new Set([
	'president',
	'minister',
	'secretary',
	'general',
	'house',
	'office',
	'spokesman',
	'party',
	// "the Steve Roe Morning Show" is a programme named after a person.
	...BROADCAST_WORDS.filter((w) => w.ends).map((w) => w.word)
]);
/** "Roe-style", "Roe-era": the name's last word labels a manner or a time. */
const LABEL_SUFFIX = new RegExp(`-(?:${NAME_AS_LABEL_SUFFIXES.join('|')})$`, 'i');
/**
 * "Jim Crow laws", "the Ann Roe era", "a Tom Hale-style reformer": the name labels a system, a
 * period or a manner, so this mention is no person in the story (who could speak or act).
 */
function labelsSomething(text: string, end: number, next: Token | undefined): boolean {
	if (LABEL_SUFFIX.test(text.slice(Math.max(0, end - 8), end))) return true;
	if (!next || /\S/.test(text.slice(end, next.start))) return false;
	return NAME_AS_LABEL_HEADS.includes(next.text.replace(/[.,;:]$/, ''));
}
/** A name ending in one of these is a law's, bill's or order's: no body, no person. */
const LEGAL_INSTRUMENT = new Set(LEGAL_INSTRUMENT_HEADS);
const NAME_PARTICLES = new Set([
	'al',
	'el',
	'bin',
	'ibn',
	'abu',
	'de',
	'van',
	'von',
	'der',
	'la',
	'da',
	'di',
	'of'
]);

/**
 * "Mr. de Vos", "Ms. van der Berg": the lower-case particles the text writes right before a
 * surname, with their spaces ("de ", "van der "), or "". They belong to the surname: a swap
 * that keeps them names no one ("Mr. de Poe").
 */
export function particlesBefore(before: string): string {
	const words = [...NAME_PARTICLES].filter((w) => w !== 'of').join('|');
	return new RegExp(`(?<![\\p{L}])(?:(?:${words})\\s+)+$`, 'u').exec(before)?.[0] ?? '';
}
const NOT_NAMES = new Set([
	...WEEKDAYS,
	...MONTHS,
	...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
	'the',
	'a',
	'an',
	'he',
	'she',
	'it',
	'they',
	'we',
	'i',
	'you',
	'his',
	'her',
	'their',
	'our',
	'this',
	'that',
	'these',
	'those',
	'but',
	'and',
	'or',
	'in',
	'on',
	'at',
	'after',
	'before',
	'when',
	'while',
	'as',
	'if',
	'some',
	'many',
	'there',
	'here',
	'what',
	'who',
	'why',
	'how',
	'then',
	'still',
	'also',
	'photo',
	'read',
	'more',
	'related',
	'update',
	'with',
	'for',
	'from',
	'by',
	'during',
	'despite',
	'under',
	'over',
	'about',
	'into',
	'amid',
	'among',
	'later',
	'earlier',
	'meanwhile',
	'since',
	'until',
	'after',
	'before',
	'last',
	'next',
	'both',
	'all',
	'most',
	'several',
	// Words that open a sentence or a question in front of a name ("So Kim is…", "Has Trump…").
	'so',
	'yet',
	'now',
	'thus',
	'instead',
	'indeed',
	'however',
	'because',
	'although',
	'though',
	'even',
	'only',
	'just',
	'not',
	'no',
	'once',
	'has',
	'have',
	'had',
	'is',
	'was',
	'are',
	'were',
	'did',
	'does',
	'do',
	'will',
	'would',
	'can',
	'could',
	'should',
	'said',
	'says',
	'asked',
	'told'
]);

/** "Mr." alone tells nothing about a person, so it is a way to address them, not a role. */
const HONORIFIC_ONLY = /^(Mr|Mrs|Ms|Miss|Dr)\.?$/;

const isCap = (t: Token) =>
	/^[A-Z][\p{L}'’.-]*$/u.test(t.text) ||
	/^[A-Z]{2,}s?$/.test(t.text) ||
	// Arabic names keep their particle joined: "al-Mahdi", "bin-Salman".
	/^(al|el|bin|ibn|abu)-[A-Z]/.test(t.text);
const lower = (s: string) => s.toLowerCase();

/** Strip a trailing possessive or punctuation from a chunk's end offset. */
function trimEnd(text: string, start: number, end: number): number {
	let e = end;
	const slice = () => text.slice(start, e);
	if (/['’]s$/.test(slice())) e -= 2;
	while (
		e > start &&
		/[.,;:'’"”)]$/.test(slice()) &&
		!/\b[A-Z]\.$|\b(Jr|Sr|Inc|Co)\.$/.test(slice())
	)
		e--;
	return e;
}

function titleBefore(
	text: string,
	tokens: Token[],
	i: number
): { role: string; from: number; title?: string } | undefined {
	for (let len = 4; len >= 1; len--) {
		if (i - len < 0) continue;
		const words = tokens.slice(i - len, i).map((t) => lower(t.text));
		// "ex-Vice President Roe": the prefix joins the title's first word and means "former".
		const ex = /^ex-(?=\p{L})/u.test(words[0]!);
		if (ex) words[0] = words[0]!.slice(3);
		if (TITLES.includes(words.join(' '))) {
			// The title as the text writes it, capitalised and right before the name ("President",
			// "Gov.", "Mr."): with it a surname alone is a person ("President Obama").
			const written = text.slice(tokens[i - len]!.start, tokens[i - 1]!.end);
			const title =
				/^[A-Z]/.test(written) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))
					? written
					: undefined;
			// Include a capitalised qualifier before the title ("Iraqi Prime Minister", "U.S. Ambassador").
			let from = i - len;
			while (
				from > 0 &&
				isCap(tokens[from - 1]!) &&
				!NOT_NAMES.has(lower(tokens[from - 1]!.text)) &&
				!openingFunctionWord(text, tokens[from - 1]!) &&
				// One space or a joining hyphen: "WASHINGTON -- State Sen." is a dateline, then a title.
				/^(?:\s+|-)$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) &&
				!/[a-z]\.$/.test(tokens[from - 1]!.text) &&
				i - from < 6
			)
				from--;
			const role = tokens
				.slice(from, i)
				.map((t) => t.text)
				.join(' ')
				.replace(/^ex-/, '');
			const before = text.slice(Math.max(0, tokens[from]!.start - 12), tokens[from]!.start);
			// "a President Roe" imagines an office; "former President Roe" no longer holds it.
			if (/\b(?:a|an)\s+$/i.test(before)) return { role: '', from };
			return { role: ex || /\bformer\s+$/i.test(before) ? `former ${role}` : role, from, title };
		}
	}
	return undefined;
}

/**
 * Capitalised words with no name in the word list can still be a name ("Yoon Young-chan"), but
 * not when they are ordinary words in title case, as in a quoted tweet's "all Nuclear Tests" or a
 * show's "Special Report": a verb or plural at the end, or every word a known common word.
 */
function looksLikeTitleCasePhrase(words: readonly Token[]): boolean {
	const last = words.at(-1)!.tags;
	if (last.has('Verb') || last.has('Plural')) return true;
	return words.every((w) => w.tags.size > 0 && !w.tags.has('Person') && !w.tags.has('ProperNoun'));
}

/**
 * "Following Trump's visit, …", "Despite Macron's plea, …": a sentence's first word is
 * capitalised whatever it is, so a gerund, preposition, adverb or a day word ("Yesterday")
 * there starts no name.
 */
function openingFunctionWord(text: string, t: Token): boolean {
	if (!/(?:^|[.!?"”]\s+|\n\s*)$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
	// "Yesterday Ann Roe said": the day the sentence opens with is not part of her name.
	if (RELATIVE_DAY_WORDS.includes(lower(t.text))) return true;
	const tags = t.tags;
	if (tags.has('FirstName') || tags.has('Person')) return false;
	return (
		['Gerund', 'Preposition', 'Conjunction', 'Adverb'].some((x) => tags.has(x)) ||
		sentenceAdverb(t.text)
	);
}

/** ", Calif.," / ", Ohio." after a name: the state or country a town is in. */
function placeAfterComma(text: string, end: number, next: Token | undefined): boolean {
	if (!next || !/^,\s+$/.test(text.slice(end, next.start))) return false;
	const tags = next.tags;
	const place =
		(tags.has('Abbreviation') && tags.has('Place')) || tags.has('Region') || tags.has('Country');
	return place && /^(?:\.?[,;:]|\.(?:\s|$)|$)/.test(text.slice(next.end, next.end + 2));
}

/**
 * "Interestingly Roe, a wealthy farmer, …", "Reportedly Roe …": an adverb in -ly that the word
 * list lacks, opening the sentence without a comma, is no part of the name after it. Read from
 * its ending ("-ingly", "-edly", "-ously" …) or from an adjective it is made of ("sadly",
 * "notably", "happily"), so that surnames in -ly ("Kelly", "Connolly", "McNally") stay names.
 */
export function sentenceAdverb(word: string): boolean {
	const w = lower(word);
	if (w.length < 5 || !w.endsWith('ly')) return false;
	if (/(?:ingly|edly|ically|fully|ously|ively|ently|antly|ably|ibly)$/.test(w)) return true;
	const stems = [w.slice(0, -2), `${w.slice(0, -3)}le`, `${w.slice(0, -3)}y`, `${w.slice(0, -2)}e`];
	return stems.some((s) => s.length >= 3 && lexiconTags(s).has('Adjective'));
}

/**
 * "Parks and Transport Authority", "Department of Parks and Recreation": an "and" inside one
 * body's name. True when the capitalised words after the "and" (at tokens[and]) end in an
 * institution's head noun and the words before it have none ("Parks and Transport
 * Authority", not "Senate and House Committee"), or when the words before it already name a
 * body "of" something and one plain capitalised word closes it ("… of Parks and Recreation",
 * not "… of Justice and FBI" nor "… and Congress").
 */
function joinsOneBody(text: string, tokens: Token[], from: number, and: number): boolean {
	// "Roe and Justice Department" are a person and a body.
	if (
		tokens
			.slice(from, and)
			.some((t) => ['FirstName', 'LastName', 'Person'].some((x) => t.tags.has(x)))
	)
		return false;
	const before = tokens.slice(from, and).map((t) => t.text);
	const after: Token[] = [];
	for (let k = and + 1; k < tokens.length && isCap(tokens[k]!); k++) {
		if (/\S/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
		after.push(tokens[k]!);
		if (/[.,;:]$/.test(tokens[k]!.text)) break;
	}
	if (!after.length || NOT_NAMES.has(lower(after[0]!.text))) return false;
	const isHead = (w: string) => INSTITUTION_NOUNS.includes(lower(w).replace(/[.,;:]$/, ''));
	if (after.length >= 2 && isHead(after.at(-1)!.text) && !isOrg(before.join(' '))) return true;
	// "Department of Health and Human Services": two words may close it, unless the text names
	// them as a body of their own ("the Department of Homeland Security" beside "Justice and
	// Homeland Security officials").
	const closing = after.map((t) => t.text.replace(/[.,;:]$/, ''));
	const ownBody =
		closing.length > 1 &&
		new RegExp(
			`\\b(?:${INSTITUTION_NOUNS.join('|')}) of (?:the )?${closing.map(escapeRegExp).join('\\s+')}\\b|\\b${closing.map(escapeRegExp).join('\\s+')} (?:${INSTITUTION_NOUNS.join('|')})\\b`,
			'i'
		).test(text);
	return (
		after.length <= 2 &&
		before.some((w) => lower(w) === 'of') &&
		isOrg(before.join(' ')) &&
		!after.some((t) => isHead(t.text) || ACRONYM.test(t.text) || TITLES.includes(lower(t.text))) &&
		!after.some((t) =>
			['FirstName', 'Person', 'Place', 'Country', 'City'].some((x) => t.tags.has(x))
		) &&
		!ownBody
	);
}

/**
 * "Young Kim": a given name that is also an adjective, with a capitalised word after it, is a
 * name when the article uses it as one elsewhere: the pair before a reporting verb ("Young Kim
 * said"), or the second word alone as a speaker ("Kim said", "said Kim") when no other full name
 * ends in it ("Republican Trump" beside "Donald Trump" is an adjective before Trump). Not when a
 * lower-case noun follows the pair here ("Former Hale aide Ann Poe": Hale's aide).
 */
function pairNamesSomeone(text: string, pair: readonly Token[], next: Token | undefined): boolean {
	if (
		next &&
		/^\s+$/.test(text.slice(pair[1]!.end, next.start)) &&
		/^[a-z]/.test(next.text) &&
		!['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner'].some((t) => next.tags.has(t))
	)
		return false;
	// "Young Democrats", "Daily Caller", "Western Journalism": the second word must be one the word
	// list knows as a name.
	const own = pair[1]!.tags;
	if (!['FirstName', 'LastName', 'Person'].some((t) => own.has(t))) return false;
	// "Young Democrats", "Young Republicans": a group's plural ending.
	if (/(?:ans|ats|ists|ites|ers|ics)$/.test(pair[1]!.text)) return false;
	if (/^\p{Lu}{2,}$/u.test(pair[1]!.text)) return false;
	const [first, second] = pair.map((t) => escapeRegExp(t.text.replace(/[.,;:]$/, '')));
	const verbs = REPORTING_VERBS.join('|');
	// "Republican Trump", "Half Clinton": another full name ends in the word ("Donald Trump"), so
	// the word alone is that person's surname, not this pair's.
	const otherFull = new RegExp(`\\b(?!${first}\\s)\\p{Lu}[\\p{L}.'’-]*\\s+${second}\\b`, 'u');
	if (otherFull.test(text)) return false;
	// "Rep. Butterfield of North Carolina said": after "of", "in" or "from" the pair is a place.
	const pairSpeaks = `(?<!\\b(?:of|in|from|at)\\s+)\\b${first}\\s+${second}\\s+(?:${verbs})\\b`;
	if (new RegExp(pairSpeaks, 'u').test(text)) return true;
	// The second word alone as someone who speaks: "Kim said", "said Kim", "Kim, who …".
	const alone = `(?<!\\p{Lu}[\\p{L}'’.-]*\\s+)\\b${second}\\b`;
	return new RegExp(
		`${alone}(?:\\s+(?:${verbs})\\b|,\\s+(?:who|a|an|the)\\s)|\\b(?:${verbs})\\s+${alone}`,
		'u'
	).test(text);
}

const AFFILIATIONS = new Set(AFFILIATION_WORDS);
/** Party words that are also surnames ("Al Green", "Jo Labour") or no noun for a member ("Democratic"). */
const SURNAME_AFFILIATIONS = /^(?:green|labour|democratic)$/i;
/** "Democrat", "Republicans", "Libertarian": a kind of political affiliation, never a given name. */
const isAffiliation = (t: Token) =>
	/^[A-Z]/.test(t.text) &&
	(AFFILIATIONS.has(lower(t.text)) || AFFILIATIONS.has(lower(t.text).replace(/s$/, '')));

/**
 * "Crooked Jane Roe", "“Crooked Jane” Roe": an epithet before a name, a word shaped like an
 * adjective or participle ("crooked", "sleazy", "shifty", "lyin'") that the article also writes
 * in lower case or that opens a quotation with the name. A given name that is also a word ("Hope
 * Hicks", "Will Poe") is no adjective's shape; one that is ("Sandy", "Rusty") is tagged a name.
 */
function isEpithet(text: string, t: Token, rest: string[] = []): boolean {
	if (['FirstName', 'LastName', 'Person', 'Honorific'].some((x) => t.tags.has(x))) return false;
	// "Lady Roe", "Every Roe": a noun or a determiner the word list knows is no epithet.
	if (t.tags.size && !t.tags.has('Adjective') && !t.tags.has('Verb')) return false;
	// "Lyin' Tom Hale": the apostrophe stays outside the token; "Captain", "Latin" have none.
	const dropped = /^in['’]/.test(text.slice(t.end - 2, t.end + 1));
	if (!dropped && !/^[A-Z][a-z]+(?:ed|y|ous|ful|less|ish)$/.test(t.text)) return false;
	if (/["“‘']$/.test(text.slice(Math.max(0, t.start - 1), t.start))) return true;
	if (new RegExp(`\\b${escapeRegExp(lower(t.text))}(?!\\p{L})`, 'u').test(text)) return true;
	// "… than working Crooked Jane Roe": a nickname written only capitalised, often inside a
	// quotation, is still an epithet when the article names the same person without it elsewhere.
	return rest.length >= 2 && namedWithout(text, t, rest.join(' '));
}

/** The article writes `name` somewhere not straight after the token `t`. */
function namedWithout(text: string, t: Token, name: string): boolean {
	const pattern = new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'gu');
	for (const m of text.matchAll(pattern)) if (m.index !== t.end + 1) return true;
	return false;
}

/** Panels whose names take "on" ("Committee on Taxation", "Council on Foreign Relations"). */
const PANEL_HEADS = new Set(['committee', 'subcommittee', 'commission', 'council']);

/**
 * The words at tokens[j] go on with the body's name started at tokens[i]: "of the" after a body
 * ("Department of the Interior", "Court of the Federal Circuit") or "on" after a panel's head
 * noun ("Joint Committee on Taxation"), then a capitalised word that is no weekday, month,
 * place or person ("the committee on Monday", "the Commission on Russia's …" stay apart).
 */
function bodyNameRunsOn(tokens: Token[], i: number, j: number): boolean {
	const word = lower(tokens[j]!.text);
	const name = tokens.slice(i, j).map((x) => x.text);
	const ofThe = word === 'of' && lower(tokens[j + 1]?.text ?? '') === 'the';
	const on = word === 'on' && PANEL_HEADS.has(lower(name.at(-1)!));
	if (!(ofThe ? isOrg(name.join(' ')) : on)) return false;
	const next = tokens[j + (ofThe ? 2 : 1)];
	return (
		!!next &&
		isCap(next) &&
		!NOT_NAMES.has(lower(next.text)) &&
		!/['’]s$/.test(next.text) &&
		!['Place', 'Country', 'City', 'FirstName', 'LastName', 'Person'].some((t) => next.tags.has(t))
	);
}

const MONTH_NAMES = new Set<string>(MONTHS_AS_NAMES);
const monthWord = (t: Token) => MONTH_NAMES.has(lower(t.text).replace(/[.,;:]$/, ''));

/**
 * "May 5", "June, 2019", "in May", "last June", "mid-April": the month word dates something.
 * Without one of these around it, after a given name or a title it is a surname ("Theresa May").
 */
export function monthReadsAsDate(text: string, start: number, end: number): boolean {
	if (/^(?:\s*\d|,\s*\d{4})/.test(text.slice(end, end + 7))) return true;
	// "Trump May Skip Debate": a headline's modal verb before another capitalised word.
	if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return true;
	return /(?:\b(?:in|of|on|since|until|till|last|next|this|early|late|by|from|through|before|after|during|between|and|or|to|each|every)\s+|-)$/i.test(
		text.slice(Math.max(0, start - 12), start)
	);
}

/**
 * `Robert C. "Bobby" Roe`, `Tom “Tig” Hale`: a nickname in quotation marks between a given
 * name and a surname is no quotation, and the name runs on past it. Returns the surname's
 * token index, or -1. The run so far (tokens[from..j-1]) must hold a given name or end in an
 * initial, so a quoted word after a surname ("Roe “Crooked” …") is left alone.
 */
function surnameAfterNickname(text: string, tokens: Token[], from: number, j: number): number {
	const nick = tokens[j];
	const surname = tokens[j + 1];
	if (!nick || !surname || !isCap(nick) || !isCap(surname)) return -1;
	if (!/^\s+["“]$/.test(text.slice(tokens[j - 1]!.end, nick.start))) return -1;
	if (!/^["”]\s+$/.test(text.slice(nick.end, surname.start))) return -1;
	if (NOT_NAMES.has(lower(surname.text)) || TITLES.includes(lower(surname.text))) return -1;
	const run = tokens.slice(from, j);
	const named = run.some((t) => t.tags.has('FirstName')) || /^[A-Z]\.$/.test(run.at(-1)!.text);
	return named ? j + 1 : -1;
}

/**
 * Where the role of the name after a run ending at tokens[j] begins: past the title words at
 * tokens[j] ("Gen." of "Lt. Gen."), a capitalised name whose title reaches back into the run.
 */
function roleBeforeNextName(text: string, tokens: Token[], j: number): number | undefined {
	if (j === 0 || !/[a-z]\.$/.test(tokens[j - 1]!.text)) return undefined;
	let k = j;
	while (k < tokens.length && TITLES.includes(lower(tokens[k]!.text))) k++;
	const name = tokens[k];
	if (!name || !isCap(name) || NOT_NAMES.has(lower(name.text))) return undefined;
	return titleBefore(text, tokens, k)?.from;
}

export function findNames(
	text: string,
	tokens: Token[],
	sentenceAt: (offset: number) => number,
	articleId: string
): Mention[] {
	const out: Mention[] = [];
	/** "Prime Minister May", "Mrs. May": a month word after a title, dating nothing, is a surname. */
	const titledMonth = (k: number) =>
		monthWord(tokens[k]!) &&
		!monthReadsAsDate(text, tokens[k]!.start, tokens[k]!.end) &&
		!!titleBefore(text, tokens, k)?.title;
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		if (
			!isCap(t!) ||
			(NOT_NAMES.has(lower(t!.text)) && !titledMonth(i)) ||
			TITLES.includes(lower(t!.text)) ||
			openingFunctionWord(text, t!)
		) {
			i++;
			continue;
		}
		let j = i + 1;
		let nickname = false;
		while (j < tokens.length) {
			const n = tokens[j];
			const prevEnd = text.slice(tokens[j - 1]!.start, tokens[j - 1]!.end);
			const gap = text.slice(tokens[j - 1]!.end, n!.start);
			const surname = surnameAfterNickname(text, tokens, i, j);
			if (surname > 0) {
				nickname = true;
				j = surname + 1;
				continue;
			}
			// "Cohen -- Trump", "Roe - Hale": a dash between words separates two names.
			if (/\S/.test(gap) || (/[.]$/.test(prevEnd) && !/\b[A-Z]\.$/.test(prevEnd))) break;
			// "Jane Roe’s Thanksgiving": a possessive ends the name; what follows is hers, not her.
			if (/['’]s$/.test(prevEnd)) break;
			if (isCap(n!) && !NOT_NAMES.has(lower(n!.text))) j++;
			// "Theresa May", "Jill June": a month word after a given name, dating nothing.
			else if (
				isCap(n!) &&
				tokens[j - 1]!.tags.has('FirstName') &&
				monthWord(n!) &&
				!/^(?:\s*\d|,\s*\d{4})/.test(text.slice(n!.end, n!.end + 7))
			)
				j++;
			else if (
				NAME_PARTICLES.has(lower(n!.text)) &&
				j + 1 < tokens.length &&
				isCap(tokens[j + 1]!) &&
				lower(n!.text) !== 'of'
			)
				j++;
			else if (
				lower(n!.text) === 'of' &&
				j + 1 < tokens.length &&
				isCap(tokens[j + 1]!) &&
				isOrg(
					tokens
						.slice(i, j)
						.map((x) => x.text)
						.join(' ')
				)
			)
				j++;
			// "Department of the Interior", "Joint Committee on Taxation": the body's name runs on
			// after "of the" or, for a panel, "on" ("U.S. Department" and "Joint Committee" are
			// pieces of it).
			else if (bodyNameRunsOn(tokens, i, j)) j += lower(n!.text) === 'of' ? 2 : 1;
			else if (lower(n!.text) === 'and' && joinsOneBody(text, tokens, i, j)) j++;
			else break;
		}
		// "Army Gen. Jack Roe", "Marine Corps Maj. Gen. Tom Lee": an abbreviated title's period
		// ends the run, so the service word and rank before it would stand as a body ("Army Gen").
		// They are the next person's role (titleBefore reads them as its qualifier), no name.
		const roleFrom = roleBeforeNextName(text, tokens, j);
		if (roleFrom !== undefined && roleFrom < j) {
			if (roleFrom <= i) {
				i = j;
				continue;
			}
			j = roleFrom;
		}
		// A title inside the run starts the name after it ("Defense Secretary Mark Esper").
		let title = titleBefore(text, tokens, i);
		for (let k = j - 1; k > i; k--) {
			const inner = titleBefore(text, tokens, k);
			if (inner) {
				title = inner;
				i = k;
				break;
			}
		}
		// "Secretary of the Interior Jane Roe", "Director of National Intelligence Tom Hale": the
		// office's name runs on in capitals until the given name; without one we cannot tell where.
		let officeOnly = false;
		const office = title
			? undefined
			: OFFICE_OF.exec(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start));
		if (office) {
			let given = -1;
			for (let k = i + 1; k < j; k++)
				if (tokens[k]!.tags.has('FirstName')) {
					given = k;
					break;
				}
			// An unfamiliar given name: offices are short ("Staff", "Homeland Security"), so
			// three words or more end in a two-word name.
			if (given < 0 && j - i >= 3) given = j - 2;
			if (given > i) {
				const from = tokens[i]!.start - office[0].length;
				title = {
					role: text.slice(from, tokens[given - 1]!.end).replace(/^\s+/, ''),
					from: i
				};
				i = given;
			} else officeOnly = true;
		}
		let start = tokens[i]!.start;
		const end = trimEnd(text, start, tokens[j - 1]!.end);
		let chunk = text.slice(start, end);
		// The name as one person is called, without the nickname between its parts.
		const dropNickname = (c: string) => (nickname ? c.replace(/\s+["“][^"”]+["”]\s+/, ' ') : c);
		chunk = dropNickname(chunk);
		const words = tokens.slice(i, j);
		const tagged = (tag: string) => words.some((w) => w.tags.has(tag));
		const previous = tokens[i - 1];
		// "Mr. Trump": a title's period does not start a sentence.
		const sentenceInitial =
			!previous ||
			(/[.!?]["”]?$/.test(previous.text) &&
				!TITLES.includes(lower(previous.text)) &&
				!/^[A-Z]\.$/.test(previous.text));
		let kind: Mention['kind'] | undefined;
		const lastWord = lower(words.at(-1)!.text);
		// "the Kataib Hezbollah militia", "the Likud party": a lower-case head noun after the name.
		const headAfter = tokens[j]?.text.replace(/['’]s$/, '');
		const namesBody =
			!!headAfter &&
			/^[a-z]/.test(headAfter) &&
			INSTITUTION_NOUNS.includes(headAfter) &&
			// "the Hillary Roe campaign" is still about a person.
			!tagged('FirstName') &&
			!tagged('Person');
		// "Senate Bill" (of "Senate Bill 5"), "House Resolution", "the Affordable Care Act": a text
		// a body passes, named after the body or a cause, is neither the body nor a person.
		if (words.length >= 2 && LEGAL_INSTRUMENT.has(lastWord.replace(/[.,;:]$/, '')))
			kind = undefined;
		else if (isOrg(chunk) || tagged('Organization') || namesBody || endsInBodyWord(words))
			kind = 'org';
		else if (PLACE_WORDS.test(chunk)) kind = 'place';
		else if (
			// "the Roe Show.": a sentence's full stop stays on a short word's token.
			NOT_PERSON_LAST.has(lastWord.replace(/[.,;:]$/, '')) ||
			TITLES.includes(lastWord) ||
			/\b(year|day|eve|christmas)\b/i.test(chunk)
		)
			kind = undefined;
		else if (title && words.length >= 1) kind = 'person';
		else if (
			words.length >= 2 &&
			(tagged('FirstName') || tagged('LastName') || tagged('Person')) &&
			!tagged('Country')
		)
			kind = 'person';
		else if (tagged('Place') || tagged('Country') || tagged('City')) kind = 'place';
		else if (
			words.length >= 2 &&
			!sentenceInitial &&
			!words.some((w) => w.tags.has('Demonym')) &&
			!looksLikeTitleCasePhrase(words)
		)
			kind = 'person';
		// "Democrat Jane Roe", "Liberal Democrat Tom Hale", "Republicans Ann Poe and …": an
		// affiliation describes the person and is no part of the name, which starts after it.
		// With no word the word list knows as a name after it, the run is a body's or an event's
		// name ("Democratic National Convention", "Republican Presidential candidate").
		while (kind === 'person' && !title && j - i >= 2 && isAffiliation(tokens[i]!)) {
			i++;
			start = tokens[i]!.start;
			chunk = dropNickname(text.slice(start, end));
			words.shift();
			if (!words.some((w) => ['FirstName', 'LastName', 'Person'].some((x) => w.tags.has(x))))
				kind = undefined;
		}
		// "Former Roe aide Ann Poe", "Social Security", "Crooked Jane Roe": a plain adjective or an
		// epithet opens no person's name (a given name that is also an adjective, "Rich", is tagged
		// as one). What follows it is a name only when two words are left.
		const opener = words[0]!.tags;
		if (
			kind === 'person' &&
			!title &&
			(opener.has('Adjective') ||
				isEpithet(
					text,
					words[0]!,
					words.slice(1).map((w) => w.text)
				)) &&
			// "Rich Lowry": a comparative adjective is a given name as often.
			!['FirstName', 'LastName', 'Person', 'Comparative'].some((x) => opener.has(x))
		) {
			if (words.length >= 3) {
				i++;
				start = tokens[i]!.start;
				chunk = dropNickname(text.slice(start, end));
			} else if (!pairNamesSomeone(text, words, tokens[j])) kind = undefined;
		}
		// "a South Carolina Democrat", "a Texas Republican": a place and a party describe someone
		// the article leaves unnamed. A party word ends no one's name, except the colour and the
		// adjective that are also surnames ("Al Green") or read as one ("Democratic").
		const last = tokens[j - 1]!;
		if (
			kind === 'person' &&
			!title &&
			words.length >= 2 &&
			isAffiliation(last) &&
			!SURNAME_AFFILIATIONS.test(last.text)
		)
			kind = undefined;
		if (officeOnly) kind = undefined;
		// "paid for by Our Principles PAC": a capitalised "Our" inside a sentence opens the body's
		// name; without it a gap would ask for part of the name ("Our ____").
		const opensName = tokens[i - 1];
		if (
			kind === 'org' &&
			opensName?.text === 'Our' &&
			!/(?:^|[.!?:]["”]?)\s*$/.test(
				text.slice(Math.max(0, opensName.start - 4), opensName.start)
			) &&
			/^\s+$/.test(text.slice(opensName.end, start))
		) {
			start = opensName.start;
			chunk = text.slice(start, end);
		}
		if (kind === 'person' && labelsSomething(text, end, tokens[j])) kind = undefined;
		// "the shooting in San Bernardino, Calif., last week", "Dover, Del.": news English writes
		// a town with its state or country after a comma; a person gets a role there, not a state.
		if (kind === 'person' && !title && placeAfterComma(text, end, tokens[j])) kind = 'place';
		if (kind && chunk.length > 1 && !(sentenceInitial && words.length === 1 && kind !== 'place')) {
			out.push({
				kind,
				text: chunk,
				start,
				end,
				articleId,
				sentence: sentenceAt(start),
				role:
					kind === 'person' && title && !HONORIFIC_ONLY.test(title.role)
						? title.role || undefined
						: undefined,
				// "President FranÃ§ois": a word the text's encoding broke is no surname.
				title:
					kind === 'person' && title?.role && /^(?:[\s\p{P}]|$)/u.test(text.slice(end, end + 1))
						? title.title
						: undefined
			});
		}
		i = j;
	}
	// "in San Bernardino and Paris" after "San Bernardino, Calif.": a town the article places in
	// its state once is that town wherever else the name stands bare.
	const towns = new Set(out.filter((m) => m.kind === 'place').map((m) => m.text));
	for (const m of out) if (m.kind === 'person' && !m.title && towns.has(m.text)) m.kind = 'place';
	return out;
}
