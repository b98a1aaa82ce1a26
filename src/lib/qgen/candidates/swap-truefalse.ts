/**
 * True or false on a plain reported sentence, where the false form swaps one named item for
 * another of the same kind that the article itself names: a person for another person, a
 * figure for another figure of the same unit, a date for another date, an organisation for
 * another. "According to Daily A, Ann Roe defeated Tom Poe in the primary": true as written,
 * false with "Ed Lane" (named elsewhere in the article) in Tom Poe's place.
 *
 * A statement is made only when its false form is such a clean swap, whichever form is asked
 * (chosen by hash, so about half are true). Asked of one article read alone: a single import
 * has few quotes or people to build other questions on; a story of several outlets has enough.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { hash, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { hedgeBounds, normalise } from '../distractors';
import { figureValue } from '../figure-rank';
import { lexiconTags } from '../entities';
import { PERSON_TITLES } from '../lexicon';
import { endsWithTitle, particlesBefore } from '../names';
import { choosablePeople } from '../person-choices';
import type { ArticleAnalysis, Mention, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import {
	DATELINE,
	datelineEnd,
	inList,
	partsAddUp,
	cutAtAbbreviation,
	figureText,
	quotedRanges,
	storyTextOf,
	usable,
	usableSurname,
	wrongAnswers
} from './detail';
import { attributionTail } from './attribution-tail';
import { BACK_REFERENCE, LINKING, TRIVIAL_ACT, sexOf } from './fact';
import { contestant, setAgainstSomeone } from './contest';
import { statementSpeaksOf } from './swap-person-clue';

/** Statement length that reads as one claim. */
const WORDS = { min: 7, max: 40 };
/** The most words a quotation inside the statement may have: a phrase, not the speaker's point. */
const QUOTED_WORDS = 8;

/**
 * Swapped first: a person or a figure is what a reader checks, a date or a place less often.
 * Not an organisation: the name chunker's bodies mix parties, agencies, countries and shows,
 * and one swapped for another is most often absurd rather than wrong.
 */
const ORDER: Mention['kind'][] = ['person', 'quantity', 'date', 'place'];

/**
 * A place's class: a city, a state or region, a country. Two places of one class never hold
 * each other, so the swapped one is surely wrong ("Iowa" for "Ohio", not "Des Moines" for "Iowa").
 */
export function placeClass(place: string): string | undefined {
	const tags = lexiconTags(place.toLowerCase());
	return ['City', 'Region', 'Country'].find((t) => tags.has(t));
}

/** Words that point outside the sentence or speak as the writer ("it", "they", "this", "we"). */
const OUTSIDE =
	/\b(?:it|its|they|them|their|theirs|we|us|our|you|your|my|me)\b|\bI\b|^(?:this|that|these|those|such|there)\b/i;

/**
 * The sentence as a statement of its own: no dateline, no opening "But" or "However,", no
 * quotation, question, list after a colon, or pronoun that points to an earlier sentence.
 * Returns the statement and where it starts in the sentence, or undefined.
 */
export function statementOf(text: string): { statement: string; offset: number } | undefined {
	let offset = DATELINE.exec(text)?.[0].length ?? 0;
	const link = /^\s*(?:(?:but|and|yet|so)\s+|([^,]{2,30}),\s+)/i.exec(text.slice(offset));
	if (link && (!link[1] || LINKING.test(link[1].trim()))) offset += link[0].length;
	const statement = text.slice(offset).trim();
	offset = text.indexOf(statement, offset);
	if (!/^\p{Lu}/u.test(statement) || !/[^.]\.$/.test(statement)) return undefined;
	const words = statement.split(/\s+/).length;
	if (words < WORDS.min || words > WORDS.max) return undefined;
	// A few words quoted inside the reporter's sentence ("called it a “disgrace”") stay; what
	// the checks read is the reporter's own wording around them.
	const quotes = [...statement.matchAll(/“([^“”]*)”|"([^"]*)"/g)];
	if (quotes.some((q) => (q[1] ?? q[2] ?? '').split(/\s+/).length > QUOTED_WORDS)) return undefined;
	const own = statement
		.replace(/“[^“”]*”|"[^"]*"/g, ' quoted ')
		.replace(/(?<=\p{L})['’](?=\p{L}|\s)/gu, '');
	if (/["“”‘’()?!:;]|''|\s[-—–―]\s|—|―/.test(own)) return undefined;
	if (OUTSIDE.test(own) || BACK_REFERENCE.test(own) || TRIVIAL_ACT.test(own)) return undefined;
	return { statement, offset };
}

/** How a date is written, without its values: "Sept. 11, 2001" and "May 3, 2016" alike. */
const dateShape = (d: string) =>
	d.replace(/\d+/g, (n) => (n.length === 4 ? 'Y' : 'D')).replace(/[A-Za-z.]+/g, 'M');

/**
 * The word before a name is a role, a title or a noun the name is set beside ("businessman",
 * "Sen.", "The insurance executive"): it would stand beside the swapped name too.
 */
function roleBefore(before: string): boolean {
	const word = /(\S+)\s*$/.exec(before)?.[1] ?? '';
	if (endsWithTitle(before)) return true;
	if (!/^[a-z]+$/.test(word)) return false;
	const tags = lexiconTags(word);
	// Any word but a function word or a verb: "executive" is read as an adjective, yet names a role.
	return tags.has('Actor') || !NOT_A_ROLE.some((t) => tags.has(t));
}

/** Words before a name that are no role: "by", "and", "the", "said". */
const NOT_A_ROLE = ['Preposition', 'Conjunction', 'Determiner', 'Verb', 'Adverb', 'Pronoun'];

/** "Collins’ endorsement" with "Hunter" in Collins's place reads "Hunter’s endorsement". */
/**
 * The article a swapped name needs where the key stood: "Trump was in Scotland" swapped for a
 * place the article writes "the United States" reads "in the United States", since "in United
 * States" gives the swap away by its grammar. A name the article writes bare cannot take the
 * key's "the" ("the Senate" → "the Ohio"): undefined, no swap.
 */
export function theFor(swap: string, before: string, text: string): string | undefined {
	const name = escapeRegExp(swap.toLowerCase());
	const all = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
	const withThe = text.match(new RegExp(`\\bthe\\s+${name}\\b`, 'g'))?.length ?? 0;
	const takesThe = all > 0 && 2 * withThe > all;
	const hasThe = /\bthe\s+$/i.test(before);
	// "a New York congressional candidate": after another determiner the name is a modifier,
	// written bare whatever the article writes elsewhere ("a the Vermont …" is no English).
	if (!hasThe && /\b(?:a|an|this|that|his|her|its|their|our|your)\s+$|['’]s\s+$/i.test(before))
		return '';
	if (takesThe === hasThe) return '';
	return takesThe ? 'the ' : undefined;
}

export function possessiveFor(swap: string, after: string): string {
	const bare = /^(['’])(?![\p{L}])/u.exec(after);
	return bare && !/s$/.test(swap) ? `${bare[1]}s${after.slice(1)}` : after;
}

function swapQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	statement: string,
	offset: number,
	m: Mention,
	outlet: string,
	body: string
): Candidate | undefined {
	const key = m.kind === 'quantity' ? figureText(m) : m.text.trim();
	const at = m.end - key.length - s.start - offset;
	if (at < 0 || statement.slice(at, at + key.length) !== key) return undefined;
	const after = statement.slice(at + key.length);
	// "Tom Poe, who …", "Tom Poe, the mayor,", "businessman Tom Poe", "Tom Poe of Ohio": the
	// words beside the name describe the real one, and would stand beside the swapped name too.
	// "Song is a health care activist": who someone is, asked of another name, is only silly.
	if (
		m.kind === 'person' &&
		(/^(?:,\s|\s+(?:is|was)\s+(?:a|an|the)\s|\s+of\s+\p{Lu})/u.test(after) ||
			roleBefore(statement.slice(0, at)))
	)
		return undefined;
	// Only a name the story surely uses for a person ("Sporting Goods" is a name chunk, no one).
	if (m.kind === 'person' && key.includes(' ') && !choosablePeople(view).includes(view.canon(key)))
		return undefined;
	let sex: 'm' | 'f' | undefined;
	// "Mr. de Vos noted": an honorific before the name gives its sex as a pronoun does, and a
	// woman swapped in ("Mr. Clinton") is another person, or none.
	const honorific = /\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[a-z]+\s+)*$/.exec(statement.slice(0, at))?.[1];
	if (m.kind === 'person' && honorific) sex = honorific === 'Mr' ? 'm' : 'f';
	else if (
		m.kind === 'person' &&
		/\b(?:he|she|him|her|his|hers|himself|herself)\b/i.test(statement)
	) {
		sex = sexOf(view.canon(key));
		if (!sex) return undefined;
	}
	// "33 seats …, with 23 held by one party and 10 by the other": the sum tells a swap.
	if (
		m.kind === 'quantity' &&
		m.value !== undefined &&
		partsAddUp(m.value, statement, at, key.length)
	)
		return undefined;
	// "Citizens for America", "Friends of Ohio": a place that ends a capitalised name is part of an
	// organisation's name, and "Citizens for Libya" is no claim a reader could check. An office
	// ("Governor of Texas") names a real post: its place is swapped like any other.
	if (m.kind === 'place') {
		const before = /(\p{Lu}[\p{L}.'’-]*)\s+(?:for|of)\s+(?:the\s+)?$/u.exec(statement.slice(0, at));
		if (before && !PERSON_TITLES.includes(before[1]!.toLowerCase() as never)) return undefined;
	}
	// One name of a list ("Roe, Poe and Lane"): swapping it may name another on the list.
	if (m.kind !== 'quantity' && inList(statement, at, key.length)) return undefined;
	const text = a.article.text.toLowerCase();
	// A lone surname is swapped for another the article writes alone for a person, not for the
	// last word of any name ("Carolina" of a state the name chunker read as a person).
	const alone = new Set(
		a.mentions.filter((o) => o.kind === 'person' && !o.text.includes(' ')).map((o) => o.text)
	);
	// "more than 1,300 emails" swapped to "more than 1,000" is still true: only a figure on the
	// side the hedge leaves open makes a false statement.
	const bounds =
		m.kind === 'quantity' && m.value !== undefined
			? hedgeBounds(statement.slice(0, at), figureValue(key) ?? m.value)
			: {};
	const against = m.kind === 'person' && setAgainstSomeone(statement, at, key);
	// Only items the article names in its prose: a figure or a day made up for the swap is no
	// clean swap, and a place only its dateline names ("WASHINGTON (AP) —", where the wire
	// filed from) is no part of the events: "Sanders won his home state of WASHINGTON".
	const swap = wrongAnswers(view, a, m, key, s.text, sex, bounds).find(
		(w) =>
			body.includes(w.toLowerCase()) &&
			(m.kind !== 'place' || (!!placeClass(key) && placeClass(w) === placeClass(key))) &&
			// "April 5" for "Sept. 11, 2001": a date written in another form stands out.
			(m.kind !== 'date' || dateShape(w) === dateShape(key)) &&
			(m.kind !== 'person' ||
				(key.includes(' ') ? choosablePeople(view).includes(w) : alone.has(w))) &&
			(m.kind !== 'person' || !against || contestant(w, a.article.text)) &&
			// Not someone the sentence names or means by "he" or "she": the swap would speak of
			// itself ("Tom Poe said Poe's plan …"), false at a glance.
			(m.kind !== 'person' || !statementSpeaksOf(w, statement, at, key.length, a, s.index)) &&
			!new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(statement) &&
			normalise(w) !== normalise(key) &&
			(m.kind === 'person' || theFor(w, statement.slice(0, at), text) !== undefined)
	);
	if (!swap) return undefined;
	const the = m.kind === 'person' ? '' : theFor(swap, statement.slice(0, at), text)!;
	const truth = hash(statement).charCodeAt(0) % 2 === 0;
	// "Mr. de Vos noted": the particle goes with the surname it belongs to, or the false
	// statement names "Mr. de Poe", a person no one is, false at a glance.
	const lead =
		m.kind === 'person' && !key.includes(' ') ? particlesBefore(statement.slice(0, at)) : '';
	const shown = (
		truth
			? statement
			: `${statement.slice(0, at - lead.length)}${the}${withParticles(swap, a.article.text, at - lead.length === 0)}${possessiveFor(swap, after)}`
	).replace(/\s+/g, ' ');
	const sentence = s.text.trim();
	return {
		family: 'fact',
		draft: {
			...draftBase(
				'fact',
				`According to ${outlet}, is this true or false? ${shown}`,
				[spanOf(s)],
				truth
					? `True. ${outlet}: “${sentence}”`
					: `False: ${outlet} names ${lead}${key}, not ${swap}: “${sentence}”`,
				1
			),
			type: 'truefalse',
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: [truth ? 'true' : 'false']
		},
		keyTexts: [key],
		hidden: truth ? [] : [key],
		excerpt: shown,
		answerKey: `truefalse:${a.article.id}:${s.index}`,
		// Half of the answers are a guess away: asked after the questions with four choices.
		quality: 0.35,
		position: s.index,
		// A filler: selection takes it only where the article's other questions leave a place
		// (it ranked beside gap questions and took a place from one in most single sets).
		fill: true
	};
}

/**
 * "de Vos" for a surname the article writes only after its particles ("Mr. de Vos"), so the
 * swapped-in name is the one the article uses; capitalised to open the statement.
 */
function withParticles(surname: string, text: string, opens: boolean): string {
	if (surname.includes(' ')) return surname;
	const leads = [...text.matchAll(new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'g'))].map((m) =>
		particlesBefore(text.slice(Math.max(0, m.index - 12), m.index))
	);
	const lead = leads.length && leads.every((l) => l && l === leads[0]) ? leads[0]! : '';
	const named = `${lead.replace(/\s+/g, ' ')}${surname}`;
	return opens ? named.charAt(0).toUpperCase() + named.slice(1) : named;
}

export function swapTrueFalseCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const titles = [a.article.title.toLowerCase()];
	const story = storyTextOf(view);
	// The article's prose without its datelines, read once (swapQuestion).
	const body = a.sentences
		.map((s) => s.text.slice(datelineEnd(s.text)))
		.join(' ')
		.toLowerCase();
	const out: Candidate[] = [];
	for (const s of a.sentences) {
		if (notBodyProse(s, a.sentences) || cutAtAbbreviation(s, a.sentences)) continue;
		const made = statementOf(s.text);
		if (!made || attributionTail(made.statement, s, a.sentences)) continue;
		// Only the reporter's words are swapped: never a name or figure inside a quotation.
		const quoted = quotedRanges(s, a);
		const inside = a.mentions.filter(
			(m) =>
				m.start >= s.start + made.offset &&
				m.end <= s.end &&
				!quoted.some((q) => q.start < m.end && m.start < q.end) &&
				(usable(m, s, titles, outlet, story) || usableSurname(view, m, s, titles))
		);
		const question = ORDER.flatMap((k) => inside.filter((m) => m.kind === k))
			.map((m) => swapQuestion(view, a, s, made.statement, made.offset, m, outlet, body))
			.find((c) => c !== undefined);
		if (question) out.push(question);
	}
	return out;
}
