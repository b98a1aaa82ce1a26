/**
 * People to offer as wrong answers to a "who" question. The story's list of people comes from
 * a name chunker that also lets through a town ("in Fort Lee") or a capitalised modifier
 * ("Roman Catholic leaders"); offered among people, such a choice is absurd and rules itself out.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from './analyze';
import { sameName, surnameOf } from './align';
import { modifies } from './candidates/detail';
import {
	ACCUSED_NOUNS,
	AGENT_NOUNS,
	EXPERT_NOUNS,
	INSTITUTION_NOUNS,
	JOURNALIST_NOUNS,
	PERSON_TITLES,
	REPORTING_VERBS
} from './lexicon';
import { articleMatches } from './match-cache';
import { perStory } from './per-text';
import { partyOf } from './person-party';
import { wholeNameMatches } from './name-matches';

const chosen = new WeakMap<StoryView, string[]>();

/** The story's people without the names it only ever writes as a place or as a modifier. */
export function choosablePeople(view: StoryView): string[] {
	let people = chosen.get(view);
	if (!people) {
		people = view.people.filter(
			(p) =>
				!notAPerson(p, view) &&
				!namedOnlyInQuotes(p, view) &&
				!namedOnlyInAside(p, view) &&
				!cutFromLongerName(p, view)
		);
		chosen.set(view, people);
	}
	return people;
}

/**
 * A name the story never writes on its own, only as a piece of a longer one: an initial before
 * it ("J. Robert Oppenheimer" read as "Robert Oppenheimer") or a hyphen or dash joining a second
 * surname after it ("Jane Q. Roe–Smith" read as "Jane Q. Roe"). Offered as a choice, the cut
 * form is one no article uses, and a student can tell it was made up.
 */
export function cutFromLongerName(name: string, view: StoryView): boolean {
	const words = name.split(/\s+/);
	// The name is matched as written, so an article without its first word is skipped, and the
	// search starts at that word (name-matches.ts: no Unicode pattern compiled per name).
	let seen = false;
	for (const a of view.analyses) {
		const text = a.article.text;
		const first = text.indexOf(words[0]!);
		if (first < 0) continue;
		const matches =
			wholeNameMatches(text, words, first) ??
			[...text.matchAll(namePatternFrom(words, first))].map((m) => ({
				index: m.index,
				length: m[0].length
			}));
		for (const m of matches) {
			seen = true;
			// An initial on the same line, after a space or a bracket ("DEBATE.\n\nAnn Roe" has none).
			const from = Math.max(0, m.index - 8);
			const before = text.slice(from, m.index);
			const after = text.slice(m.index + m.length, m.index + m.length + 2);
			const initialBefore = (from === 0 ? /(?:^|[\s(“"])\p{Lu}\. +$/u : /[\s(“"]\p{Lu}\. +$/u).test(
				before
			);
			const joinedAfter = /^[-–‐]\p{Lu}/u.test(after);
			if (!initialBefore && !joinedAfter) return false;
		}
	}
	return seen;
}

/** The whole name as a pattern, for words wholeNameMatches leaves to it; matchAll starts at `from`. */
function namePatternFrom(words: readonly string[], from: number): RegExp {
	const re = new RegExp(
		`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
		'gu'
	);
	re.lastIndex = from;
	return re;
}

/**
 * Someone the story names only inside a speaker's quotation ("as Jefferson wrote, …", "I told
 * Roe") neither speaks nor acts in its event: as a wrong "who" they are ruled out on sight.
 */
export function namedOnlyInQuotes(name: string, view: StoryView): boolean {
	return unquotedAndEveryMention(
		name,
		view,
		(a, m) =>
			a.quoted.some((s) => s.start <= m.start && m.end <= s.end) ||
			singleQuoted(a.article).some((s) => s.start <= m.start && m.end <= s.end)
	);
}

/**
 * A nickname, a character or a title in single quotation marks in the writer's own words ("my
 * uncle called him ‘Reverend Bob Slick’", "the so-called 'Judge Bob'"): the opening mark follows
 * a space, a bracket or a double mark and the closing one comes before a space or punctuation,
 * so an apostrophe ("O'Hara", "the Roes' house") opens or closes none.
 */
const SINGLE_QUOTED = /(?<=^|[\s(“"—–-])(?:‘[^‘’\n]{1,80}’|'[^'\n]{1,80}')(?=$|[\s,.;:!?)”"—–-])/g;

const singleSpans = new WeakMap<Analysis['article'], { start: number; end: number }[]>();
function singleQuoted(article: Analysis['article']): { start: number; end: number }[] {
	let spans = singleSpans.get(article);
	if (!spans) {
		spans = [...article.text.matchAll(SINGLE_QUOTED)].map((m) => ({
			start: m.index,
			end: m.index + m[0].length
		}));
		singleSpans.set(article, spans);
	}
	return spans;
}

type Analysis = StoryView['analyses'][number];
type Mention = Analysis['mentions'][number];

/** Never a speaker, named at least once, and every mention of the name passes `holds`. */
function unquotedAndEveryMention(
	name: string,
	view: StoryView,
	holds: (a: Analysis, m: Mention) => boolean
): boolean {
	if (view.quoteGroups.some((g) => sameName(g.speaker, name))) return false;
	let named = false;
	for (const a of view.analyses)
		for (const m of a.mentions) {
			if (m.kind !== 'person' || !sameName(m.text, name)) continue;
			named = true;
			if (!holds(a, m)) return false;
		}
	return named;
}

/**
 * The object of a preposition, with at most a title or a few words of role before the name:
 * "allegiance to ISIS leader Ana Roe", "the legacy of President Roe", "a letter for Roe".
 * Not "by" or "with": "shot by Roe" and "met with Roe" make Roe an actor of the event.
 */
const ASIDE_BEFORE =
	/\b(?:to|of|for|about|against|toward|towards|under|like)\s+(?:(?:the|a|an|late|former|then)\s+)?(?:(?:[A-Z][a-z]{0,3}\.|[A-Za-z'’-]+)\s+){0,2}$/;

/**
 * Someone the story never quotes and names only as the object of a preposition ("pledged
 * allegiance to the group's leader, Ana Roe"; "the legacy of President Roe") neither speaks
 * nor acts in its event: offered as a wrong "who said" or "who did", such a name (often a
 * famous one from an aside) is absurd for the role and rules itself out.
 */
export function namedOnlyInAside(name: string, view: StoryView): boolean {
	return unquotedAndEveryMention(name, view, (a, m) => {
		// Within the paragraph: a title's stop ("Gov.") may stand before the name, no other.
		let before = a.article.text
			.slice(Math.max(0, m.start - 120), m.start)
			.split('\n')
			.at(-1)!;
		// A name further on in a list the preposition governs ("memorabilia of Ana Roe, Bo
		// Poe and Cy Lee") is as much its object as the first: read back past the names before it.
		for (let i = 0; i < 6 && !ASIDE_BEFORE.test(before); i++) {
			const cut = before.replace(LIST_ITEM_BEFORE, '');
			if (cut === before) break;
			before = cut;
		}
		// A mention that only modifies a noun ("Ana Roe memorabilia") makes no actor either.
		const after = a.article.text.slice(m.end, m.end + 30);
		if (modifies(after, before)) return true;
		// A verb word between the preposition and the name ("to say Roe") would end the
		// phrase; two words of role at most keep this to titles and roles.
		// "According to Roe" makes Roe a source, who may well be asked about.
		return ASIDE_BEFORE.test(before) && !/\baccording to\s+\S*\s*$/i.test(before);
	});
}

/** One capitalised name of a list, with the comma or "and" that follows it: "Bo Poe, ", "Ana Roe Jr. and ". */
const LIST_ITEM_BEFORE =
	/(?<=\s)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * Someone quoted is a person whatever else the text does with the name. A name the story puts
 * after "in" or "near", or calls a town, is a place; a name with no title that the story only
 * ever writes before a noun or inside a longer name is a modifier.
 */
export function notAPerson(name: string, view: StoryView): boolean {
	if (introducedAsBody(name, view)) return true;
	if (view.quoteGroups.some((g) => sameName(g.speaker, name))) return false;
	// Both patterns below are case-sensitive and hold the name as written: only the articles
	// that write it are searched (a person named in one outlet of several was searched in all).
	const texts = view.analyses.map((a) => a.article.text).filter((t) => t.includes(name));
	const n = escapeRegExp(name);
	const place = new RegExp(
		`\\b(?:in|near)\\s+(?:the\\s+)?${n}\\b(?!['’]s)|\\b${n},\\s+(?:the|a)\\s+(?:\\w+\\s+)?(?:town|city|village|borough|county|district|state|province|region|capital)\\b`
	);
	if (texts.some((t) => place.test(t))) return true;
	// A role the chunker read from "Fort Lorne, the town at …" is no title; on any other name it is.
	if (
		view.analyses.some((a) => a.people.some((p) => !!p.role && sameName(view.canon(p.name), name)))
	)
		return false;
	const uses = texts.flatMap((t) =>
		[...t.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({
			before: t.slice(Math.max(0, m.index - 20), m.index),
			after: t.slice(m.index + name.length, m.index + name.length + 30)
		}))
	);
	return (
		uses.length > 0 &&
		uses.every(({ before, after }) => /^\s+[A-Z]/.test(after) || modifies(after, before))
	);
}

const BODY_NOUNS = [
	...INSTITUTION_NOUNS,
	'newspaper',
	'news agency',
	'wire service',
	'broadcaster',
	'magazine',
	'website',
	'tabloid',
	'daily'
]
	.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'))
	.join('|');

/**
 * A name the story introduces as a body, not a person: "a South Korean newspaper, Munhwa Ilbo,"
 * or "Ilbo Daily, a newspaper in Seoul,". Quoted or not, it is no "who".
 */
export function introducedAsBody(name: string, view: StoryView): boolean {
	const n = escapeRegExp(name);
	// Words before the noun are its modifiers ("South Korean"), never "head of the"; the noun
	// ends its phrase ("a police officer" is a person).
	const modifiers = `(?:(?!(?:of|for|at|to|in|on|with|by)\\b)[\\w’'-]+\\s+){0,3}?`;
	const re = new RegExp(
		`\\b(?:a|an|the)\\s+${modifiers}(?:${BODY_NOUNS}),?\\s+${n}\\b(?!\\s+[A-Z])|\\b${n},\\s+(?:a|an|the)\\s+${modifiers}(?:${BODY_NOUNS})(?=\\s*[,.;)]|\\s+(?:in|of|based|that|which|owned|run)\\b)`,
		'i'
	);
	// Both alternatives hold the name, matched ignoring case. Under /i without /u an ASCII
	// letter matches only an ASCII letter, so for a name in plain ASCII an article whose
	// lower-cased text lacks the lower-cased name cannot match and is not read.
	const plain = /^[\x20-\x7e]*$/.test(name);
	const lower = name.toLowerCase();
	return view.analyses.some(
		(a) => (!plain || lowerText(a.article).includes(lower)) && articleMatches(a.article, re)
	);
}

/** An article's text in lower case, kept while the article lives. */
const lowerTexts = new WeakMap<{ text: string }, string>();
function lowerText(article: { text: string }): string {
	let lower = lowerTexts.get(article);
	if (lower === undefined) lowerTexts.set(article, (lower = article.text.toLowerCase()));
	return lower;
}

/**
 * What kind of person the story makes someone, for wrong answers of the same kind: a journalist
 * offered for a senator's act, or a gunman among the officials who answered him, is ruled out on
 * sight. Read from the words around the name: a title before it ("Sen. Roe"), an apposition after
 * it ("Roe, a spokesman for the board,"), a party label ("(R-Ohio)"), a credit ("reported by Roe").
 * An expert (a professor, a fellow, an analyst) studies the event: among officials it stands out.
 */
export type PersonKind = 'journalist' | 'agent' | 'official' | 'accused' | 'expert' | 'unknown';

const kinds = new WeakMap<StoryView, Map<string, PersonKind>>();

const wordsPattern = (list: readonly string[]) =>
	list
		.filter((w) => !/^(?:mr|mrs|ms|dr|miss)\.?$/.test(w))
		.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'))
		.sort((a, b) => b.length - a.length)
		.join('|');

/** "Representative" is a congressman's title far more often than a spokesperson's noun. */
const AGENTS = AGENT_NOUNS.filter((w) => w !== 'representative');
const OFFICIALS = PERSON_TITLES.filter((t) => !AGENTS.includes(t));

/**
 * A party-and-state tag after a name, in brackets or between commas: "(R-Ohio)", ", D-N.Y.,",
 * "(I-Vt.)". One capital letter for the party, whatever the party is, then the state.
 */
const PARTY_STATE_TAG = /^\(?[A-Z]-[A-Z][a-z]*\.?(?:[A-Z]\.)*\)?$/;

/** Nouns a party name modifies in news English: "Republican lawmakers", "the Labour Party". */
const PARTY_HEADS =
	'(?:lawmakers?|legislators?|senators?|congressional|whip|congressm[ae]n|congresswom[ae]n|MPs?|members\\s+of\\s+(?:Congress|Parliament)|caucus|leadership|[Pp]arty|colleagues|-controlled|-led)';

/** "Democratic" and "Democrats" read as "Democrat", "Tories" as "Tory": one stem per party. */
export const partyStem = (word: string) =>
	word
		.replace(/ies$/, 'y')
		.replace(/(?<=[a-z])s$/, '')
		.replace(/(?<=[a-z]{4})ic$/, '');

const partyWords = new WeakMap<StoryView, Set<string>>();
/**
 * The story's party names, read from how it uses them rather than from a list: a capitalised
 * word that modifies a legislator noun ("Republican senators", "the Green Party",
 * "Republican-controlled") and also names its members ("Republicans", "a Democrat,"). A state
 * ("Ohio lawmakers") names no members, so it is no party.
 */
export function partyNames(view: StoryView): Set<string> {
	let words = partyWords.get(view);
	if (!words) {
		const modifiers = new Set<string>();
		const members = new Set<string>();
		const modifier = new RegExp(`\\b([A-Z][a-z]{3,})\\s*${PARTY_HEADS}\\b`, 'g');
		const member =
			/\b([A-Z][a-z]{3,}(?:s|ies))\b(?!\s+[A-Z])|\b(?:a|an)\s+([A-Z][a-z]{3,})(?=\s*[,.;]|\s+(?:of|from|who|and|in)\b)/g;
		for (const a of view.analyses) {
			for (const m of a.article.text.matchAll(modifier))
				if (!PERSON_TITLES.includes(m[1]!.toLowerCase())) modifiers.add(partyStem(m[1]!));
			for (const m of a.article.text.matchAll(member)) members.add(partyStem((m[1] ?? m[2])!));
		}
		// "Kansas" looks like a plural, but no "Kansa" stands beside it as its singular.
		const texts = view.analyses.map((a) => a.article.text);
		const singular = (w: string) => texts.some((t) => new RegExp(`\\b${w}(?:ic)?\\b`).test(t));
		words = new Set([...modifiers].filter((w) => members.has(w) && singular(w)));
		partyWords.set(view, words);
	}
	return words;
}

/**
 * Is someone labelled by party: "Roe, a Democrat,", "Roe, a Texas Republican,", "Democrat Ann
 * Roe", where the capitalised word is one the story uses as a party's name.
 */
function partyLabelled(words: string, view: StoryView): boolean {
	const parties = partyNames(view);
	return (words.match(/\b[A-Z][a-z]{3,}\b/g) ?? []).some((w) => parties.has(partyStem(w)));
}

type Patterns = Record<Exclude<PersonKind, 'unknown'>, RegExp> & { anyRole: RegExp };
let patterns: Patterns | undefined;
/** Each kind's words, anchored at the end of the title before a name (`…$`) or found in an apposition. */
function kindPatterns(): Patterns {
	const make = (list: readonly string[], extra = '') =>
		new RegExp(`(?:\\b(?:${wordsPattern(list)})s?${extra})(?=[\\s,]*$|[\\s,])`, 'i');
	patterns ??= {
		journalist: make(JOURNALIST_NOUNS),
		accused: make(ACCUSED_NOUNS),
		agent: make(AGENTS),
		official: make(OFFICIALS),
		expert: make(EXPERT_NOUNS),
		anyRole: new RegExp(
			`^(?:${wordsPattern([...JOURNALIST_NOUNS, ...ACCUSED_NOUNS, ...AGENT_NOUNS, ...PERSON_TITLES, ...EXPERT_NOUNS])})s?,?$`,
			'i'
		)
	};
	return patterns;
}

/**
 * The kind a role's words name, with no name beside them: "aide to" → 'agent', "law
 * professor" → 'expert'; `anchored` reads only the words' end ("whose aide"). Undefined for
 * words of no listed role ("lobbyist for").
 */
export function roleWordKind(words: string, anchored = false): PersonKind | undefined {
	const p = kindPatterns();
	// Built once: personKind asks this of every mention's title.
	ends ??= Object.fromEntries(
		ROLE_KINDS.map((k) => [k, new RegExp(`(?:${p[k].source})\\s*$`, 'i')])
	) as Record<(typeof ROLE_KINDS)[number], RegExp>;
	const endOf = ends;
	return ROLE_KINDS.find((k) => (anchored ? endOf[k] : p[k]).test(words));
}

const ROLE_KINDS = ['journalist', 'accused', 'agent', 'official', 'expert'] as const;
let ends: Record<(typeof ROLE_KINDS)[number], RegExp> | undefined;

/**
 * The words right before a name, less its given names: "… nominee Donald J." → "… nominee",
 * "the gunman, Omar Mir" → "the gunman,". Words of a sentence that only precede the name
 * ("fired at") keep no role word at their end.
 */
function titleBefore(before: string): string {
	// A semicolon ends the list item before: "injured Sen. Ann Roe; Lena Cruz" gives Cruz no title.
	const tokens = before.split(';').at(-1)!.split(/\s+/).filter(Boolean);
	while (
		tokens.length > 0 &&
		/^[A-Z]/.test(tokens.at(-1)!) &&
		!kindPatterns().anyRole.test(tokens.at(-1)!)
	)
		tokens.pop();
	return tokens.slice(-4).join(' ');
}

/** The words that tell what someone is, on either side of each mention of their surname. */
function contexts(name: string, view: StoryView): { before: string; after: string }[] {
	const surname = surnameOf(name);
	const re = new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'g');
	return view.analyses.flatMap((a) =>
		[...a.article.text.matchAll(re)].map((m) => ({
			before: a.article.text.slice(Math.max(0, m.index - 40), m.index),
			after: a.article.text.slice(m.index + surname.length, m.index + surname.length + 70)
		}))
	);
}

const descriptors = new WeakMap<StoryView, Map<string, string[]>>();

/**
 * The words the story uses to say what someone is: each title before a mention of the name
 * and each apposition after it ("a spokesman for the board", "(R-Ohio)"), as `personKind`
 * reads them (read with it, so no second scan of the text).
 */
export function personDescriptors(name: string, view: StoryView): readonly string[] {
	personKind(name, view);
	return descriptors.get(view)?.get(name) ?? [];
}

export function personKind(name: string, view: StoryView): PersonKind {
	let known = kinds.get(view);
	if (!known) kinds.set(view, (known = new Map()));
	const cached = known.get(name);
	if (cached) return cached;
	let told = descriptors.get(view);
	if (!told) descriptors.set(view, (told = new Map()));
	const words: string[] = [];
	told.set(name, words);
	const p = kindPatterns();
	const votes: Record<PersonKind, number> = {
		journalist: 0,
		agent: 0,
		official: 0,
		accused: 0,
		expert: 0,
		unknown: 0
	};
	for (const { before, after } of contexts(name, view)) {
		// The title right before the name ("Sen.", "White House press secretary", "the gunman,"),
		// anchored at its end; the apposition right after (", a spokesman for the board,", "(R-Ohio)").
		const title = titleBefore(before);
		// A label with no article counts too: ", R-Ohio,", ", Democrat of Georgia,".
		const apposition =
			/^[’']?s?\s*(?:,\s+(?:a|an|the|who is|who was)\s+([^,.;]{2,60})|\s*(\([^)]{2,20}\))|,\s+([A-Z]-[A-Z][\w.]*|[A-Z][a-z]+\s+(?:of|from)\s+[A-Z][^,.;]{1,30})(?=[,.;]|\s+[a-z]))/.exec(
				after
			);
		const side = apposition?.[1] ?? apposition?.[2] ?? apposition?.[3] ?? '';
		// The words before a name are a description only when they end in a role's word ("New
		// York City Mayor"); else they are the sentence that leads to the name.
		if (side) words.push(side);
		// A sentence's end ("… the city’s office. Deputy Mayor") starts it; a title's stop ("Sen.") does not.
		if (roleWordKind(title, true)) words.push(title.replace(/^.*\p{Ll}{3}[.!?][”"’]?\s+/u, ''));
		const is = (re: RegExp) =>
			new RegExp(`(?:${re.source})[\\s,]*$`, 'i').test(title) || re.test(side);
		// "Democrat Ann Roe": the capitalised words right before the name, which titleBefore drops.
		// Words of one line, and no sentence's end ("… the Party. Ann Roe"); an initial keeps its stop.
		const namedBefore = /((?:\b[A-Z](?:[\w'’-]*|\.) )+)$/.exec(before)?.[1] ?? '';
		const partisan =
			PARTY_STATE_TAG.test(side.trim()) ||
			partyLabelled(side, view) ||
			partyLabelled(namedBefore, view);
		// "first reported by Roe at the Daily", "wrote Roe": credited with the reporting.
		const credited =
			/\b(?:reported by|written by|by|wrote|writes)\s+(?:[A-Z][\w.'’-]*\s+){0,2}$/.test(before) &&
			/^\s+(?:at|of|for|in)\s+(?:the\s+)?[A-Z]/.test(after);
		if (credited || is(p.journalist)) votes.journalist++;
		else if (is(p.accused)) votes.accused++;
		else if (is(p.agent)) votes.agent++;
		else if (is(p.official) || partisan) votes.official++;
		else if (is(p.expert)) votes.expert++;
	}
	const best = (['journalist', 'accused', 'agent', 'official', 'expert'] as const)
		.filter((k) => votes[k] > 0)
		.sort((a, b) => votes[b] - votes[a])[0];
	const kind = best ?? 'unknown';
	known.set(name, kind);
	return kind;
}

/**
 * `people` ordered for wrong answers to a question whose key is `key`: people of the key's kind
 * first, then people of no known kind (with spokespeople for an official, officials for a
 * spokesperson), then the rest. A journalist or an accused is never offered for someone of
 * another kind, and a journalist never for a key of no known kind; a journalist key takes
 * others only after other journalists. An expert key ("a law professor") takes other experts,
 * then people of no known kind, before any official or spokesperson, who would stand out
 * by role; an expert goes after the unknowns for any other key.
 */
/** A person's party as the story gives it (person-party.ts), read once per story and name. */
const partyIn = perStory((name: string, view: StoryView) =>
	partyOf(
		name,
		view.analyses.map((a) => a.article.text),
		partyNames(view),
		partyStem
	)
);

export function peopleLike(key: string, people: string[], view: StoryView): string[] {
	const keyKind = personKind(key, view);
	if (keyKind === 'unknown') return people.filter((p) => personKind(p, view) !== 'journalist');
	const rank = (p: string) => {
		const k = personKind(p, view);
		if (k === keyKind) return 0;
		if (k === 'unknown') return 1;
		if (k === 'expert') return 2;
		// An official's spokesperson or lawyer speaks and acts for officials: as likely as a stranger.
		if (k === 'agent' && keyKind === 'official') return 1;
		if (k === 'official' || k === 'agent') return keyKind === 'agent' ? 1 : 2;
		return 9;
	};
	// Of one kind, the key's own party first and another party's people last, where the story
	// gives parties (person-party.ts): wrong answers all from the other side rule themselves out.
	const keyParty = partyIn(key, view);
	const party = (p: string) => partyIn(p, view);
	const side = (p: string) => {
		if (!keyParty) return 0;
		const other = party(p);
		return other === keyParty ? 0 : other ? 2 : 1;
	};
	return people
		.map((p, i) => ({ p, i, r: rank(p), s: side(p) }))
		.filter(({ r }) => r < 9)
		.sort((a, b) => a.r - b.r || a.s - b.s || a.i - b.i)
		.map(({ p }) => p);
}

/**
 * Wrong answers listed in tiers (speakers first, then the rest: see fact.ts, quote.ts), with
 * an expert key's fellow experts moved ahead of every tier: "who said the amendment's reading
 * was common sense?" keyed on a law professor is better asked among scholars the story only
 * cites than among the president and senators who speak in it, whom their office rules out.
 */
export function expertsFirst(key: string, ordered: string[], view: StoryView): string[] {
	if (personKind(key, view) !== 'expert') return ordered;
	const expert = (p: string) => personKind(p, view) === 'expert';
	return [...ordered.filter(expert), ...ordered.filter((p) => !expert(p))];
}

const REPORTED = REPORTING_VERBS.filter((v) => !/ing$/.test(v)).join('|');

/**
 * Does the story give this person words: quoted, or the subject of a verb of saying ("Roe
 * said", "said Ann Roe", "Roe told reporters", "according to Roe")? A wrong answer to "who
 * said …" is weak when the story never has that person say anything (a leader named only as
 * the president's guest): it is ruled out on sight.
 */
export const speaksInStory = perStory((name: string, view: StoryView): boolean => {
	const written = surnameOf(name);
	const surname = escapeRegExp(written);
	// "Roe said", "Roe, the mayor, said", "Roe, also told", "said Roe", "according to Ann Roe".
	const says = new RegExp(
		`\\b${surname}(?:['’]s\\s+(?:spokes\\w+|office|lawyer|attorney)\\b)?(?:,[^,.;]{1,60},|,(?=\\s+(?:also|later|then)\\b))?\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${REPORTED})\\b|\\b(?:${REPORTED}|[Aa]ccording\\s+to)\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}${surname}\\b`,
		'u'
	);
	return (
		view.quoteGroups.some((g) => sameName(g.speaker, name)) ||
		// The pattern holds the surname as written, case kept: an article without it is not read.
		view.analyses.some((a) => a.article.text.includes(written) && says.test(a.article.text))
	);
});

/**
 * Someone the story never gives words to and names only once, in passing: a historical figure
 * ("since George Washington"), a victim of an earlier event, a rival named in a list. Offered
 * as a wrong "who said", such a name is ruled out on sight, since nothing in the story has
 * them speak or even come back. Read from the mentions the analysis keeps, not the text.
 */
export const namedInPassing = perStory((name: string, view: StoryView): boolean => {
	let named = 0;
	for (const a of view.analyses)
		for (const m of a.mentions) if (m.kind === 'person' && sameName(m.text, name)) named++;
	return named <= 1 && !speaksInStory(name, view);
});
