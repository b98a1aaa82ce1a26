/**
 * Gaps a student fills without reading the article: the country the news happens in, a date
 * that only names a well-known event, a count the list after it adds up, and a person's gap
 * whose party tag in the sentence rules out choices of the other party. gap-checks.ts and
 * detail.ts ask these beside their own tests; a blind reader REJECTs each kind.
 */
import { escapeRegExp } from '$lib/text/regexp';
import {
	AFFILIATION_WORDS,
	CONTEST_ROLE_NOUNS,
	COUNTRY_NAME_FORMS,
	FIXED_PHRASES,
	NOUN_DETERMINERS,
	NUMBER_WORDS,
	PLACE_LABELLED_EVENT_NOUNS
} from '../lexicon';
import { lexiconTags } from '../entities';
import { perText } from '../per-text';

/** The forms of a country's name ("United States", "U.S.", "America"), or the name alone. */
function countryForms(name: string): readonly string[] | undefined {
	const bare = name.trim().replace(/^the\s+/i, '');
	const group = COUNTRY_NAME_FORMS.find((g) =>
		g.some((f) => f.toLowerCase() === bare.toLowerCase())
	);
	if (group) return group;
	return lexiconTags(bare.toLowerCase()).has('Country') ? [bare] : undefined;
}

/** How often any of the forms stands in the text as a word of its own. */
function timesNamed(forms: readonly string[], text: string): number {
	let n = 0;
	for (const f of forms)
		// The pattern keeps case: a form the text does not hold as written is not searched for.
		if (text.includes(f))
			n += (text.match(new RegExp(`(?<![\\p{L}.])${escapeRegExp(f)}(?![\\p{L}])`, 'gu')) ?? [])
				.length;
	return n;
}

/**
 * "ban Muslims from entering the ____", "immigrants in the ____ integrate poorly" → "United
 * States" in an article about that country: the country an article names most is where its news
 * happens, and every reader types it without reading. Asked only when the article names it at
 * least three times and no other country as often.
 */
export function homeCountryGap(answer: string, articleText: string): boolean {
	return homeCountryVerdict(answer, articleText);
}

const homeCountryVerdict = perText(isHomeCountry);

function isHomeCountry(answer: string, articleText: string): boolean {
	const forms = countryForms(answer);
	if (!forms) return false;
	const own = timesNamed(forms, articleText);
	if (own < 3) return false;
	// Every other capitalised name of one or two words the word list knows as a country.
	const others = new Set<string>();
	for (const m of articleText.matchAll(/\b\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?/gu))
		for (const name of [m[0], m[0].split(/\s+/)[0]!])
			if (!forms.includes(name) && lexiconTags(name.toLowerCase()).has('Country')) others.add(name);
	for (const other of others) {
		const otherForms = countryForms(other) ?? [other];
		if (otherForms.some((f) => forms.includes(f))) continue;
		if (timesNamed(otherForms, articleText) >= own) return false;
	}
	return true;
}

/**
 * "to influence the ____ U.S. presidential election", "until days before the ____ election" →
 * "Nov. 8": the date only says which election, as a label; the news is what happens before it,
 * and a reader knows the day of a national vote without the article.
 */
export function electionLabelDate(before: string, after: string): boolean {
	// "if he won the presidential election on ____": the same label after the noun.
	if (/\belections?\s+on\s+$/i.test(before)) return true;
	return (
		/\bthe\s+$/i.test(before) &&
		/^\s+(?:[A-Z][\w.]*\s+)?(?:(?:general|presidential|midterm|national|mid-term)\s+)*elections?\b/.test(
			after
		)
	);
}

/**
 * "at the ____ televised debate", "losing her ____ primary", "the state's ____ primary", "at a ____
 * rally in Raleigh" → "Oct. 28", "Aug. 30": a date between a determiner or a possessive and the
 * noun it qualifies names which occasion, as a label (part of the thing's name); the sentence's
 * news is what happens at or about it, and a wrong day reads as well to a reader as the key.
 * A date followed by "to", "and" or "of" is a span or a day of something else, not a label.
 */
const LABEL_DATE_DETERMINER = new RegExp(
	`\\b(?:${NOUN_DETERMINERS.filter((w) => w !== 'no' && w !== 'any').join('|')})\\s+$`,
	'i'
);
/** "Florida's ____ primary", "the senators’ ____ hearing": a named possessor's occasion. */
const LABEL_DATE_POSSESSOR = /\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+$/u;
const LABEL_DATE_AFTER =
	/^\s+(?:\p{Lu}[\p{L}.-]*\s+)*(?!(?:to|through|thru|until|till|and|or|of|at|on|in|for|from|by)\b)[a-z][a-z-]+/u;

export function occasionLabelDate(before: string, after: string): boolean {
	return (
		(LABEL_DATE_DETERMINER.test(before) || LABEL_DATE_POSSESSOR.test(before)) &&
		LABEL_DATE_AFTER.test(after)
	);
}

/**
 * "During the ____ debate" → "Miami", "win the ____ primary" → "Northland Labour": a city,
 * state or country after "the" and before a lower-case word can only qualify that word (no
 * such place takes "the" alone), so the gap asks a piece of an occasion's name, and any place
 * of the story reads as well. Places whose name takes "the" ("the United States") stay.
 */
export function placeModifierGap(before: string, answer: string, after: string): boolean {
	if (!/\b(?:the|a|an)\s+$/i.test(before) || !/^\s+[a-z][a-z-]+/.test(after)) return false;
	const first = answer.trim().split(/\s+/)[0]!.toLowerCase();
	const tags = lexiconTags(first);
	return tags.has('City') || tags.has('Region') || tags.has('Country');
}

/**
 * "____ Republican hopefuls: Jane Roe, Tom Poe and Ann Coe": a count the list after its colon
 * spells out, item by item; the reader counts the names instead of reading the story.
 */
export function colonListCounts(answer: string, after: string): boolean {
	const word = answer.trim().toLowerCase();
	const target = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
	if (typeof target !== 'number' || target < 2) return false;
	// The list runs to the sentence's end ("Jeb!" keeps its mark).
	const list = /^\s+[^:;.!?]{1,40}?:\s+([^;:?]+)$/.exec(after)?.[1];
	if (!list) return false;
	const items = list
		.replace(/[.!?"”’)\s]+$/u, '')
		.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
		.map((s) => s.trim())
		.filter(Boolean);
	// Names or short items, not a clause after the colon ("three states: that is the news").
	return items.length === target && items.every((s) => s.split(/\s+/).length <= 4);
}

const AFFILIATION = new RegExp(
	`\\b(?:fellow\\s+)?(?:${AFFILIATION_WORDS.filter((w) => w !== 'gop')
		.map((w) => w[0]!.toUpperCase() + w.slice(1))
		.join('|')}|GOP)\\s+$`
);

/**
 * "the disgust of Democrat ____", "defeating moderate Republican ____": the party tag right
 * before a person's gap rules out every choice of another party, so the wrong names (drawn
 * from the story's people, whose parties the gap does not check) are given away. The gap is
 * not offered with choices then; typed, the tag is no giveaway and the cloze stays. A role of
 * the race ("rival", "hopeful") does the same.
 */
export function partyTagBefore(before: string): boolean {
	return AFFILIATION.test(before) || CONTEST_ROLE.test(before) || PARTY_LIST.test(before);
}

/**
 * "such senior Republicans as Arizona's Jane Roe and Iowa's ____", "Democrats including Roe,
 * ____": the gap closes a list of a party's members, which rules out the story's people of
 * another party as a tag right before the gap does.
 */
const PARTY_LIST = new RegExp(
	`\\b(?:${AFFILIATION_WORDS.filter((w) => w !== 'gop').join('|')})s\\s+(?:such\\s+as|as|like|including)\\s+[^.;:!?]{1,60}?(?:,|\\s+and|\\s+or)\\s+(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?$`,
	'iu'
);

/**
 * "toward rival ____", "presidential hopeful ____": a role of the race right before the gap
 * rules out the story's people who are not in it, as a party tag does.
 */
const CONTEST_ROLE = new RegExp(`\\b(?:${CONTEST_ROLE_NOUNS.join('|')})\\s+$`, 'i');

/** "corporate ____" → "America": the word before and the key make a fixed phrase (FIXED_PHRASES). */
export function fixedPhraseGap(before: string, answer: string): boolean {
	const key = answer.trim();
	// Most keys end no fixed phrase: the word before the gap (a pattern run over all the text
	// before it) is read only for one that does.
	const phrases = FIXED_PHRASES.filter(([, k]) => k === key);
	if (!phrases.length) return false;
	const word = /([\p{L}-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
	return phrases.some(([w]) => w === word);
}

/**
 * "emails from her time at the ____", "during his tenure with the ____": where someone served
 * before is a side detail of who they are, and the post is the one every reader knows them by.
 */
export function pastPostGap(before: string): boolean {
	return /\b(?:his|her|their|its)\s+(?:time|tenure|stint|years|days)\s+(?:at|in|with)\s+(?:the\s+)?$/i.test(
		before
	);
}

/**
 * "the luckiest pol in ____", "the richest man in ____" → "America": a country after a
 * superlative is only its scope, and the country the story is about fits it without reading.
 * Asked of a country gap after "in" with a superlative among the four words before it ("best"
 * too, which the word list does not tag; not "most", which also counts people: "most voters
 * in …"). A state or city there ("the largest rally in Ohio") is news and stays; so does "the
 * latest poll in …", an order in time, not a scope.
 */
export function superlativeScopeGap(before: string, answer: string): boolean {
	if (!countryForms(answer)) return false;
	const tail = /((?:[\p{L}'’-]+\s+){1,4})in\s+(?:the\s+)?$/u.exec(before)?.[1];
	if (!tail) return false;
	const words = tail.trim().toLowerCase().split(/\s+/);
	return words.some((w) => w === 'best' || (w !== 'latest' && lexiconTags(w).has('Superlative')));
}

/**
 * "the Syrian migrant crisis in ____", "the civil war in ____": the place names which event,
 * as a label every reader of the news knows; the sentence's news is what happens about it.
 */
const PLACE_LABEL = new RegExp(
	`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${PLACE_LABELLED_EVENT_NOUNS.join('|')})\\s+in\\s+$`,
	'iu'
);

export function placeLabelledEvent(before: string): boolean {
	return PLACE_LABEL.test(before);
}

/**
 * "He isn't ____", "She is no ____": a negated identity sets the subject against the one
 * person the story's readers compare them with (the rival of the race), so the key stands out
 * by kind among the story's other people, and a reader of the news names it unread.
 */
export function negatedIdentityGap(before: string): boolean {
	return /\b(?:is|was|are|were)(?:n['’]t|\s+not|\s+no)\s+$|\b(?:isn|wasn|aren|weren)['’]t\s+$/i.test(
		before
	);
}

/**
 * "beating rival ____", "his opponent ____", "front-runner ____": the one person across the
 * race from the subject is the story's other main name, typed without reading; the gap is
 * dropped typed too, not only with choices (partyTagBefore). "hopeful" and "contender" name
 * one of many and stay for a typed gap.
 */
const ONE_RIVAL = new RegExp(
	`\\b(?:${CONTEST_ROLE_NOUNS.filter((w) => w !== 'hopeful' && w !== 'contender').join('|')})\\s+$`,
	'i'
);

export function rivalBefore(before: string): boolean {
	return ONE_RIVAL.test(before);
}
