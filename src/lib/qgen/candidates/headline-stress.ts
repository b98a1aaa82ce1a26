/**
 * What each headline stresses: "What does Daily B's headline mention that the other headlines
 * do not?", the choices each headline's own content ("Cuts Food Stamps", "Late-Night Deal",
 * "Farmers Win Big"), so every choice is in some headline and only one in Daily B's. Blind
 * readers marked the look-up ("Which outlet's headline says '…'?", headline-lookup.ts) MINOR
 * as a string match and asked for this instead: to read what each outlet put in its headline
 * that the others left out.
 *
 * Conservative, because a choice another headline says in other words would be a second key:
 * a choice is a run of words no other headline has in any form (stem, word family, a verb
 * news uses for the same act), with two such words that are not names, and outside the
 * headline's main verb (the act every outlet reports, often in its own verb: "Bows Out",
 * "Pulling Out"). When every headline gives one, each choice is some outlet's own. When only
 * one or two do, the wrong choices are words another headline prints and the asked one does
 * not (wrongRunsFor): still plainly not the asked headline's alone. Blind readers found this
 * question in 2 stories of 20, and the bare look-up as the only comparison in 12.
 *
 * Every key and choice is a whole phrase, cut at the edges of compromise's chunks (phraseStart,
 * phraseEnds): never "Korean Leader", "magazines as part" or "Dem running"; and a word is no
 * headline's own when another headline says it by a headlinese short form or its full word
 * ("Dem", "Democratic") or as another word for standing for office ("running", "candidate"):
 * blind readers found one such wrong key and two fragment choices. Nor does a choice start right
 * after a modifier or inside the verb's object ("Firms of Discrimination Against Conservatives"
 * of "Accuses Tech Firms of …", "claims on budget cuts" of "Clinton claims on …"), or run from
 * one clause into the next ("Confirmed As Mass Protests Planned" is "Mass Protests Planned").
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import { parseHeadline, stripKicker } from '../headline-grammar';
import { CANDIDACY_WORDS, HEADLINE_SHORT_FORMS, SAME_EVENT_VERBS } from '../lexicon';
import nlp from 'compromise';
import { lexiconTags } from '../entities';
import type { Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { comparableHeadlines, headlineQuestion } from './headline';
import { backingSentences } from './headline-lookup';
import { FUNCTION, nearKey } from './headline-lookup-words';
import { topicLabel } from './headline-topic-label';

/** Pronouns, relative and degree words: no content of a headline's own ("who", "more"). */
const EMPTY =
	/^(?:who|whom|whose|which|what|where|when|why|how|he|she|they|we|you|him|them|us|his|hers|our|your|its|their|more|most|less|also|just|here|there|now|new|first|last|latest|even|never|not|won't|can't|don't|doesn't|isn't|can|could|may|might|must|should|shall|despite|amid|ahead|before|against|during|under|while|after|over|out|up|down|off|between|among|through|toward|towards|within|without|via|again|still|all|one|two|three)$/i;

/** A modal inside a run makes it a clause cut short, no phrase to offer. */
const MODAL = /^(?:may|might|can|could|must|should|shall|will|would|won't|can't)$/i;

interface Word {
	text: string;
	/** As the headline writes it, punctuation and all ("steel,"). */
	raw: string;
	/** Comma, colon, semicolon, dash or full stop after it: a run stops there. */
	breakAfter: boolean;
	/** Inside a quotation before and after this word (0 or 1). */
	depthBefore: number;
	depthAfter: number;
}

/** Opens a quotation: "'Deep", "“Sane". */
const opensQuote = (w: string) => /^['‘"“]/.test(w);
/** Closes one: "State,'", "Problems'.", not "They're" or "Trump's". */
const closesQuote = (w: string) =>
	/[^\s]['’"”][,:;.!?]?$/.test(w) && !/^[\p{L}]+['’][\p{L}]+$/u.test(w);

export function headWords(title: string): Word[] {
	const out: Word[] = [];
	let depth = 0;
	for (const raw of title.split(/\s+/).filter(Boolean)) {
		// "pledge -- Kim's talk", "Kill It – Even If": a dash alone ends the phrase before it.
		if (/^(?:[—–]|-{1,2})$/.test(raw)) {
			if (out.length) out[out.length - 1]!.breakAfter = true;
			continue;
		}
		const text = raw
			.replace(/^[^\p{L}\p{N}'‘"“]+/u, '')
			.replace(/[^\p{L}\p{N}'’"”]+$/u, '')
			.replace(/(?<=\p{L})[,:;.!?]+(?=['’"”]$)/u, '')
			// "U.S." keeps its last full stop ("U.S Attorney" is a misprint).
			.replace(/^(?:\p{Lu}\.)+\p{Lu}$/u, (x) => (raw.includes(`${x}.`) ? `${x}.` : x));
		if (!text) continue;
		const before = depth;
		if (opensQuote(raw)) depth = 1;
		if (closesQuote(raw) && (depth === 1 || !opensQuote(raw))) depth = 0;
		out.push({
			text,
			raw,
			breakAfter:
				/[,:;!?—–]['’"”]?$/.test(raw) || /(?<![A-Z]|\b[A-Z][a-z]{0,3})\.['’"”]?$/.test(raw),
			depthBefore: before,
			depthAfter: depth
		});
	}
	return out;
}

const bare = (w: string) =>
	w
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.toLowerCase()
		.replace(/[’']s$/, '');

/** Lower case, no plural s: "Stamps" → "stamp". */
const stem = (w: string) => bare(w).replace(/(?<=[a-z]{3})s$/, '');

/** A headline phrase's content words, by stem: what two runs or a run and a subject share. */
const contentStems = (s: string) =>
	new Set(
		headWords(s)
			.map((w) => w.text)
			.filter(isContent)
			.map(stem)
	);

/** A verb stem of SAME_EVENT_VERBS the word starts with: "Passes" and "Approved" are one act. */
const eventGroup = (w: string) => {
	const b = bare(w);
	return SAME_EVENT_VERBS.findIndex((g) => g.some((s) => b.startsWith(s)));
};

/** A word the word list knows as a verb form, or shaped like one ("-ed", "-ing"). */
function verbLike(word: string): boolean {
	const w = bare(word);
	const tags = lexiconTags(w);
	return (
		tags.has('Verb') ||
		tags.has('PastTense') ||
		tags.has('Gerund') ||
		tags.has('Infinitive') ||
		(!tags.has('Noun') && /(?:ed|ing)$/.test(w) && w.length > 4)
	);
}

const isContent = (w: string) => {
	const b = bare(w);
	return b.length > 2 && !FUNCTION.test(b) && !EMPTY.test(b);
};

const CANDIDACY = new Set(CANDIDACY_WORDS);

/**
 * What a word says, for "does another headline say it too?": its stem and word family, those of
 * the full words a headlinese short form stands for ("Dem" is "Democratic", "GOP" "Republican",
 * "Gov." "governor"), and one key for every word of standing for office ("running",
 * "candidate", "hopeful"). Two words that share a key say one thing.
 */
export function senseKeys(word: string): string[] {
	const b = bare(word).replace(/\./g, '');
	const keys = [`s:${stem(word)}`, `f:${nearKey(word)}`];
	for (const full of HEADLINE_SHORT_FORMS[b] ?? [])
		keys.push(`s:${stem(full)}`, `f:${nearKey(full)}`);
	if (CANDIDACY.has(b) || CANDIDACY.has(stem(word))) keys.push('g:candidacy');
	return keys;
}

/** Each word with its hyphen parts ("Late-Night" beside "Night"). */
const parts = (w: string) => [w, ...w.split(/-/)].filter(Boolean);

/** Every sense key of the headlines' words. */
const sensesOf = (titles: readonly string[]) =>
	new Set(
		titles.flatMap((o) =>
			headWords(stripKicker(o)).flatMap((w) => parts(w.text).flatMap(senseKeys))
		)
	);

/** Words that open a dependent clause or join two phrases: a run never starts or ends on one. */
const DEPENDENT =
	/^(?:whether|that|which|who|whom|whose|if|because|although|though|unless|whereas|and|or|nor|but|yet|so)$/i;
/** Words after which a new clause or phrase begins: a verb may end a run before one. */
const CLAUSE_OPENER =
	/^(?:as|while|after|before|when|because|but|amid|despite|since|if|until|though|although|so|then|ahead|even|yet|with|without|following|over)$/i;

interface Reading {
	/** compromise's chunk of each word (by index), and that chunk's kind: Noun, Verb, Pivot … */
	chunk: number[];
	kind: string[];
	/** compromise's tags of each word's last term, read in context. */
	tags: Set<string>[];
	/** The headline's main verb, as parsed (headline-grammar.ts): an edge of every phrase. */
	verb: boolean[];
	/** Names: a phrase never runs back over one into its noun phrase. */
	name: boolean[];
}

/**
 * compromise's chunks and tags of a headline, read in sentence case ("Iran nuclear files seized
 * by Israel"), since its tagger takes most Title Case words for proper nouns; names and
 * abbreviations keep their capitals.
 */
const readings = new Map<string, Reading>();
export function readHeadline(ws: readonly Word[], isName: (w: string) => boolean): Reading {
	const texts = ws.map((w) =>
		isName(w.text) || /^(?:\p{Lu}\.?){2,}$/u.test(w.text.replace(/[’']s$/, ''))
			? w.raw
			: w.raw.toLowerCase()
	);
	const text = texts.join(' ');
	const known = readings.get(text);
	if (known) return known;
	const starts: number[] = [];
	let at = 0;
	for (const t of texts) {
		starts.push(at);
		at += t.length + 1;
	}
	const reading: Reading = {
		chunk: ws.map(() => -1),
		kind: ws.map(() => ''),
		tags: ws.map(() => new Set<string>()),
		verb: ws.map(() => false),
		name: ws.map(() => false)
	};
	const doc = nlp(text);
	doc.compute('chunks');
	doc.compute('offset');
	// compromise's chunks, as its chunks() splits them: a new one where the kind changes or after
	// a comma ("Obama," | "Clinton over …"). Read from the terms, which costs a fifth of chunks().
	let chunk = -1;
	let prev: { chunk?: string; post: string } | undefined;
	for (const sentence of doc.docs as unknown as {
		tags: Set<string>;
		chunk?: string;
		post: string;
		offset?: { start: number };
	}[][])
		for (const t of sentence) {
			if (!prev || prev.chunk !== t.chunk || /[,;:.!?—–]/.test(prev.post)) chunk++;
			prev = t;
			// A word's last term: "Late-Night" reads as "night".
			const k = starts.findLastIndex((s) => s <= (t.offset?.start ?? -1));
			if (k < 0) continue;
			reading.tags[k] = t.tags;
			reading.chunk[k] = chunk;
			reading.kind[k] = t.chunk ?? '';
		}
	if (readings.size > 2000) readings.clear();
	readings.set(text, reading);
	return reading;
}

/** Prepositions the function-word list leaves out. */
const PREPOSITION =
	/^(?:against|amid|despite|ahead|before|during|under|while|after|over|out|up|down|off|between|among|through|toward|towards|within|without|via|until|since|near|across|behind|beyond|inside|outside|upon|per|like|unlike)$/i;

/** Joining words: compromise chunks "X over Y" or "a demagogue" as one noun phrase. */
const JOINING = ['Determiner', 'Preposition', 'Conjunction', 'Possessive', 'Pronoun'];

/**
 * Are word k and the next in one noun phrase, content words both ("North Korean", "Image
 * Problem", "June 1")? A joining word ("over", "a", "his") between two nouns is a phrase edge.
 */
function sameNounPhrase(ws: readonly Word[], r: Reading, k: number): boolean {
	if (r.verb[k] || r.verb[k + 1]) return false;
	const joining = (n: number) =>
		FUNCTION.test(bare(ws[n]!.text)) ||
		PREPOSITION.test(bare(ws[n]!.text)) ||
		JOINING.some((t) => r.tags[n]!.has(t));
	return (
		k + 1 < ws.length &&
		r.chunk[k] === r.chunk[k + 1] &&
		r.kind[k] === 'Noun' &&
		!joining(k) &&
		!joining(k + 1)
	);
}

/** Is word k a verb in context (compromise), not one the word list knows as an adjective? */
function verbAt(ws: readonly Word[], r: Reading, k: number): boolean {
	if (r.verb[k]) return true;
	const tags = r.tags[k]!;
	const known = lexiconTags(bare(ws[k]!.text));
	// "common ground": a word the list knows only as a noun, after an adjective, is its head.
	const nounAfterAdjective =
		known.has('Noun') &&
		!known.has('Verb') &&
		k > 0 &&
		!ws[k - 1]!.breakAfter &&
		r.tags[k - 1]!.has('Adjective');
	return (
		(r.kind[k] === 'Verb' ||
			['Verb', 'Gerund', 'Participle', 'PastTense', 'Infinitive'].some((t) => tags.has(t))) &&
		!known.has('Adjective') &&
		!nounAfterAdjective
	);
}

/**
 * Is the stretch of words from k to the next comma, dash or clause opener a bare item of a list,
 * with no verb ("Aluminum Tariffs Until June" of "Steel, Aluminum Tariffs Until June", "Clinton
 * over 'radical Islam'" of "Obama, Clinton over 'radical Islam' as …")?
 */
function listItemAt(ws: readonly Word[], r: Reading, k: number): boolean {
	for (let n = k; n < ws.length; n++) {
		if (n > k && CLAUSE_OPENER.test(bare(ws[n]!.text))) break;
		if (verbAt(ws, r, n)) return false;
		if (ws[n]!.breakAfter) break;
	}
	return true;
}

/** A comma after word k: "steel,", "'Deep State,'". */
const commaAfter = (ws: readonly Word[], k: number) => /,['’"”]?$/.test(ws[k]!.raw);

/**
 * Where a run of words that reads as a whole phrase starts: not on a word that opens a dependent
 * clause or joins phrases ("Whether Image …" starts at "Image"), not inside a noun phrase
 * ("Program Shutdown" of "Nuclear Program Shutdown" runs back to "Nuclear", over at most three
 * words and no name: "Divide Europe" of "Iran Divide Europe" is none), not on the verb of a
 * relative clause ("calls 'insane'" of "deal that Trump calls 'insane'"), and not on a later item
 * of a list ("Aluminum Tariffs" of "Steel, Aluminum Tariffs"). Undefined when it cannot start
 * cleanly.
 */
function phraseStart(
	ws: readonly Word[],
	r: Reading,
	from: number,
	to: number
): number | undefined {
	while (from < to && DEPENDENT.test(bare(ws[from]!.text))) from++;
	const inside = (k: number) => k > 0 && !ws[k - 1]!.breakAfter && sameNounPhrase(ws, r, k - 1);
	const first = from;
	while (
		inside(from) &&
		first - from < 3 &&
		!FUNCTION.test(bare(ws[from - 1]!.text)) &&
		!r.name[from - 1]
	)
		from--;
	if (inside(from) || DEPENDENT.test(bare(ws[from]!.text))) return undefined;
	// "… that Trump calls 'insane'": the verb's object is the noun before "that".
	const relative = [from - 1, from - 2].some(
		(k) =>
			k >= 0 &&
			/^(?:that|which|who|whom)$/i.test(bare(ws[k]!.text)) &&
			!ws.slice(k, from).some((w) => w.breakAfter)
	);
	if (relative && verbAt(ws, r, from)) return undefined;
	// "Firms of Discrimination" of "Accuses Tech Firms of …", "claims on budget cuts" of
	// "Clinton claims on …": right after a modifier the run starts inside its noun phrase. A
	// verb before "to" starts a phrase of its own ("aims to preserve pact" of "Macron aims …").
	const before = from > 0 ? ws[from - 1]! : undefined;
	if (
		before &&
		!before.breakAfter &&
		isContent(before.text) &&
		!r.verb[from - 1] &&
		!verbAt(ws, r, from - 1) &&
		!CLAUSE_OPENER.test(bare(before.text)) &&
		!DEPENDENT.test(bare(before.text)) &&
		!PREPOSITION.test(bare(before.text)) &&
		!/['’]s$/.test(before.text) &&
		!opensQuote(ws[from]!.raw) &&
		!startsVerbPhrase(ws, r, from)
	)
		return undefined;
	if (from > 0 && commaAfter(ws, from - 1) && !verbAt(ws, r, from - 1) && listItemAt(ws, r, from))
		return undefined;
	return from;
}

/**
 * Does a verb phrase start at word k, after its subject: a verb before "to" and another verb
 * ("aims to preserve pact"), or a word the word list knows as a verb and not as a noun ("spoke")?
 */
function startsVerbPhrase(ws: readonly Word[], r: Reading, k: number): boolean {
	// "Accuses Tech Firms of …": after the clause's own verb, with no clause opener, "and" or
	// break between, a word is in the verb's object, not a second verb.
	for (let j = k - 1; j >= 0 && !ws[j]!.breakAfter; j--) {
		const w = bare(ws[j]!.text);
		if (CLAUSE_OPENER.test(w) || DEPENDENT.test(w)) break;
		if (r.verb[j]) return false;
	}
	if (/^to$/i.test(ws[k + 1]?.text ?? '') && k + 2 < ws.length && verbAt(ws, r, k + 2)) return true;
	const tags = lexiconTags(bare(ws[k]!.text));
	return (tags.has('Verb') || tags.has('PastTense')) && !tags.has('Noun');
}

/** Words that open a clause with a subject of its own, where "over" or "after" may be prepositions. */
const SUBORDINATOR = /^(?:as|while|because|when|though|although|whereas)$/i;

/**
 * Does the run end where its phrase ends? Not on a function, joining or dependent word, nor before
 * "of", a number or "and" / "or" ("magazines as part" of "part of", "until June" of "June 1",
 * "Divide Europe" of "Europe and U.S."), nor inside a noun phrase ("Image" of "Image Problem"),
 * nor on a verb whose complement follows ("Dem running" of "running for Senate", "Files Seized"
 * of "Seized by Israel").
 */
function phraseEnds(ws: readonly Word[], r: Reading, to: number): boolean {
	const last = bare(ws[to]!.text);
	const tags = r.tags[to]!;
	if (FUNCTION.test(last) || DEPENDENT.test(last)) return false;
	if (JOINING.some((t) => tags.has(t))) return false;
	// "exemptions on steel, aluminum tariffs": a one-word item after a preposition, a list cut.
	if (
		to > 0 &&
		to + 1 < ws.length &&
		commaAfter(ws, to) &&
		(PREPOSITION.test(bare(ws[to - 1]!.text)) ||
			/^(?:of|to|in|on|at|for|by|with|from|into|about)$/i.test(bare(ws[to - 1]!.text))) &&
		listItemAt(ws, r, to + 1)
	)
		return false;
	if (to + 1 >= ws.length || ws[to]!.breakAfter) return true;
	const next = bare(ws[to + 1]!.text);
	if (/^(?:of|and|or|nor|&)$/.test(next) || /^\d/.test(next)) return false;
	if (sameNounPhrase(ws, r, to)) return false;
	// A verb in context that the word list does not know as an adjective ("'Dead Wrong' On" is
	// no verb cut from its object).
	return !verbAt(ws, r, to) || CLAUSE_OPENER.test(next);
}

/**
 * A headline's own runs of content: words no other headline has (by stem, word family or a
 * same-act verb), with function words between them, never across a comma, colon or dash, and
 * never the headline's main verb. Each run has at least two own content words that are not
 * names. The longest first.
 */
export function ownRuns(
	title: string,
	others: readonly string[],
	isName: (w: string) => boolean = () => false,
	mainVerb = '',
	minOwn = 2
): string[] {
	const otherWords = others.flatMap((o) => headWords(stripKicker(o)).map((w) => w.text));
	// Hyphenated compounds count by their parts too ("Late-Night" beside "Night"), short forms
	// by their full words ("Dem" beside "Democratic").
	const senses = sensesOf(others);
	const groups = new Set(otherWords.map(eventGroup).filter((g) => g >= 0));
	const verb = new Set(mainVerb.toLowerCase().split(/\s+/).filter(Boolean));
	const ws = headWords(stripKicker(title));
	const isVerb = (k: number) => verb.has(bare(ws[k]!.text));
	const reading = {
		...readHeadline(ws, isName),
		verb: ws.map((_, k) => isVerb(k)),
		name: ws.map((w) => isName(w.text) || /^(?:\p{Lu}\.?){2,}$/u.test(w.text.replace(/[’']s$/, '')))
	};
	const own = (k: number) =>
		isContent(ws[k]!.text) &&
		!isVerb(k) &&
		parts(ws[k]!.text).every((p) => !senseKeys(p).some((x) => senses.has(x))) &&
		!groups.has(eventGroup(ws[k]!.text));
	// A word a noun phrase may run on with: content, not the main verb, no name.
	const modifier = (k: number) =>
		isContent(ws[k]!.text) &&
		!isVerb(k) &&
		!isName(ws[k]!.text) &&
		(!verbLike(ws[k]!.text) || lexiconTags(bare(ws[k]!.text)).has('Noun'));
	const runs: string[] = [];
	let i = 0;
	while (i < ws.length) {
		if (!own(i)) {
			i++;
			continue;
		}
		let j = i;
		// Grow over own words, and over function words that lead to another own word.
		while (j + 1 < ws.length && !ws[j]!.breakAfter) {
			let k = j + 1;
			while (k < ws.length && !isContent(ws[k]!.text) && !ws[k]!.breakAfter && !isVerb(k)) k++;
			if (k < ws.length && own(k) && !ws.slice(j, k).some((w) => w.breakAfter)) j = k;
			else break;
		}
		const next = j + 1;
		let [from, to] = [i, j];
		// Never stop inside a noun phrase: "close nuke" of "close nuke test site" runs on to
		// "site", "Program Shutdown" of "Nuclear Program Shutdown" back to "Nuclear".
		while (to + 1 < ws.length && to - j < 2 && !ws[to]!.breakAfter && modifier(to + 1)) to++;
		if (!verbLike(ws[from]!.text))
			while (from > 0 && i - from < 2 && !ws[from - 1]!.breakAfter && modifier(from - 1)) from--;
		// A long run is cut before a function word, at most seven words in: a choice is a
		// phrase, not a clause ("Clinton over ‘radical Islam’", not "… as candidates condemn terror").
		if (to - from > 6) {
			let end = from + 6;
			while (
				end > from &&
				(!own(end) || ws[end]!.depthAfter !== 0 || isContent(ws[end + 1]?.text ?? ''))
			)
				end--;
			to = end;
		}
		i = Math.max(next, to + 1);
		// Still cut inside a phrase or a name ("close nuke" of "close nuke test site", "Ask
		// Donald" of "Ask Donald Trump"): no choice.
		if (to + 1 < ws.length && !ws[to]!.breakAfter && isContent(ws[to + 1]!.text) && !isVerb(to + 1))
			continue;
		// … or inside a name a function word ends: "meet with PM Theresa" of "PM Theresa May".
		if (
			to + 1 < ws.length &&
			!ws[to]!.breakAfter &&
			isName(ws[to]!.text) &&
			/^[A-Z]/.test(ws[to + 1]!.text) &&
			isName(ws[to + 1]!.text)
		)
			continue;
		// A phrase a reader understands alone: cut at its edges, never inside ("Korean Leader",
		// "magazines as part", "Dem running"); a run that starts on "whether" starts after it.
		// A run that ends inside its phrase is cut back to the last phrase edge ("Classified
		// Report" of "Classified Report Could Not Determine Causes Of Attacks").
		while (to > from && !phraseEnds(ws, reading, to)) to--;
		// "Confirmed As Mass Protests Planned": a clause opener with a verb after it starts a
		// clause of its own, and a choice is one phrase or one clause, not a stretch across two.
		// The clause after it is kept when it holds enough of the headline's own words.
		const opener = ws.findIndex(
			(w, k) =>
				k > from &&
				k < to &&
				SUBORDINATOR.test(bare(w.text)) &&
				w.depthBefore === 0 &&
				ws
					.slice(k + 1, to + 1)
					.some((x, n) => verbAt(ws, reading, k + 1 + n) && !/ing$/i.test(x.text))
		);
		if (opener > 0) {
			const after = ws.slice(opener + 1, to + 1).filter((_, n) => own(opener + 1 + n)).length;
			if (after >= minOwn) from = opener + 1;
			else to = opener - 1;
			while (to > from && !phraseEnds(ws, reading, to)) to--;
		}
		const start = phraseStart(ws, reading, from, to);
		if (start === undefined || !phraseEnds(ws, reading, to)) continue;
		from = start;
		const run = ws.slice(from, to + 1);
		// A quotation is taken whole or not at all: "Going to Have Big Problems'" is half of one.
		if (ws[from]!.depthBefore !== 0 || ws[to]!.depthAfter !== 0) continue;
		// The words run on from a pronoun or a question word ("What He Can Expect"): a fragment.
		if (
			from > 0 &&
			EMPTY.test(bare(ws[from - 1]!.text)) &&
			!FUNCTION.test(bare(ws[from - 1]!.text))
		)
			continue;
		const common = run.filter(
			(_, k) => own(from + k) && !isName(ws[from + k]!.text.replace(/[’']s$/, ''))
		);
		if (common.length < minOwn || run.length < 2) continue;
		runs.push(
			run
				.map((w) => w.text)
				.join(' ')
				// "'dangerous demagogue,'": a quotation's comma belongs to the sentence it stood in.
				.replace(/,(['’"”])$/, '$1')
		);
	}
	return runs.sort((a, b) => b.split(' ').length - a.split(' ').length);
}

/**
 * Wrong choices for "What does X's headline mention that the others do not?" when not every
 * headline has words of its own: runs of words another headline has that X's has in no form.
 * Each is printed in some other headline, so it is plainly not X's alone. At most one per
 * other headline: its own run if it has one, else its first run X's headline lacks; none that
 * names an outlet, none that overlaps the key or another choice.
 */
export function wrongRunsFor(
	i: number,
	titles: readonly string[],
	runs: readonly (string | undefined)[],
	verbs: readonly string[],
	isName: (w: string) => boolean,
	outletNames: readonly string[] = []
): { from: number; run: string }[] {
	const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
	const names = outletNames.map((o) => squash(o.replace(/^the\s+/i, ''))).filter(Boolean);
	const words = contentStems; // read below as "the words of"
	const taken = [words(runs[i] ?? '')];
	const out: { from: number; run: string }[] = [];
	const offer = (from: number, run: string | undefined) => {
		// One choice per other headline: two from one headline (both the NYT's) let a student
		// rule them out together, and a blind reader marked that MINOR.
		if (!run || out.some((o) => o.from === from)) return;
		if (names.some((n) => squash(run).includes(n))) return;
		// The asked headline says it too, in its own words: a second key (echoedIn).
		if (echoedIn(run, titles[i]!, titles)) return;
		// "Israeli Ambassador": a label of who or where, ruled out by matching it, not reading.
		if (topicLabel(run, isName)) return;
		// "Deal And May Kill" of "Hates The Iran Deal And May Kill It": a clause cut short.
		if (headWords(run).some((w) => MODAL.test(w.text))) return;
		// "Alleging Conspiracy In 2016 Election" beside "alleging conspiracy to influence the 2016
		// election": one choice twice. More than half its words in a choice already taken.
		const mine = words(run);
		if (taken.some((t) => [...mine].filter((w) => t.has(w)).length * 2 > mine.size)) return;
		taken.push(mine);
		out.push({ from, run });
	};
	const others = titles.map((_, j) => j).filter((j) => j !== i);
	const against = others.map((j) => ownRuns(titles[j]!, [titles[i]!], isName, verbs[j] ?? '', 1));
	others.forEach((j) => offer(j, runs[j]));
	others.forEach((j, k) => against[k]!.forEach((r) => offer(j, r)));
	return out.slice(0, 3);
}

/**
 * Does the run hold a content word another headline has in some form (stem, word family, a
 * short form's full word or a word for standing for office: senseKeys)?
 * "Sexual Harassment Allegations" beside "Settled Harassment Case": the harassment is in both.
 */
export function sharesWord(run: string, others: readonly string[]): boolean {
	const senses = sensesOf(others);
	return headWords(run).some(
		(w) => isContent(w.text) && parts(w.text).some((p) => senseKeys(p).some((x) => senses.has(x)))
	);
}

/**
 * Does the headline say the run's thing too, so the run would be a second key where it is
 * offered as not that headline's? Either its head, the word it is about ("Sister" of "older
 * sister", "Marriage" of "Same-Sex Marriage"), is one the headline has in some form (senseKeys);
 * or another of its words is, and not every headline of the story has that word ("Fiscal" of
 * "fiscal crisis" beside "Fiscal Cliff Meeting", in two headlines of three). A word every
 * headline prints ("Farm" in three farm-bill headlines) is the story's topic: sharing it makes
 * "Farm Aid" no claim of a headline that says "Farm Bill".
 */
export function echoedIn(run: string, title: string, titles: readonly string[]): boolean {
	const senses = sensesOf([title]);
	const says = (w: string) => parts(w).some((p) => senseKeys(p).some((k) => senses.has(k)));
	const words = headWords(run).map((w) => w.text);
	// The head closes the run's first phrase: the last content word before a function word.
	const cut = words.findIndex((w, k) => k > 0 && FUNCTION.test(bare(w)));
	const head = (cut < 0 ? words : words.slice(0, cut)).filter(isContent).at(-1);
	if (head && says(head)) return true;
	const everywhere = titles.map((t) => sensesOf([t]));
	const topic = (w: string) =>
		parts(w).some((p) => senseKeys(p).some((k) => everywhere.every((e) => e.has(k))));
	return words.some((w) => isContent(w) && says(w) && !topic(w));
}

/**
 * Does the run hold words of its headline's subject while another headline tells the same act
 * (its main verb, by stem or a same-act verb) with a subject in other words? Then the run names
 * the actor every outlet names ("Federal prosecutors" beside "U.S. Attorney"), not something
 * only this headline mentions.
 */
export function renamedSubject(
	i: number,
	run: string,
	parses: readonly ({ subject: string; verb: string } | undefined)[]
): boolean {
	const words = contentStems; // read below as "the words of"
	const subject = words(parses[i]?.subject ?? '');
	if (![...words(run)].some((w) => subject.has(w))) return false;
	const act = (v: string) => {
		const first = v.split(/\s+/)[0] ?? '';
		return { stem: stem(first).replace(/e?s$/, ''), group: eventGroup(first) };
	};
	const mine = act(parses[i]?.verb ?? '');
	if (!mine.stem) return false;
	return parses.some((p, j) => {
		if (j === i || !p?.verb || !p.subject) return false;
		const theirs = act(p.verb);
		const same = theirs.stem === mine.stem || (mine.group >= 0 && theirs.group === mine.group);
		return same && ![...words(p.subject)].some((w) => subject.has(w));
	});
}

export function headlineStressCandidates(view: StoryView): Candidate[] {
	const headlines = comparableHeadlines(view);
	if (!headlines) return [];
	const { arts, isName, titles } = headlines;
	const parses = titles.map((t) => parseHeadline(stripKicker(t), isName));
	const verbs = parses.map((p) => p?.verb ?? '');
	const runs = titles.map((t, i) => {
		const others = titles.filter((_, j) => j !== i);
		return ownRuns(t, others, isName, verbs[i]!)[0];
	});
	// Three choices at least, each some outlet's own; where not every headline has words of its
	// own, the wrong choices are words other headlines print that the asked one does not
	// (wrongRunsFor). Never what every headline says ("Birthright Citizenship"): the asked
	// headline prints it too, so a student who finds it there is marked wrong for reading well.
	const giving = arts.map((_, i) => i).filter((i) => runs[i]);
	const partial = giving.length < 3;
	if (!giving.length) return [];
	// A choice that names the outlet gives itself away.
	const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
	if (
		giving.some((i) =>
			squash(runs[i]!).includes(squash(arts[i]!.article.outlet.replace(/^the\s+/i, '')))
		)
	)
		return [];
	const listing = arts.map((a, i) => `${view.label.get(a.article.id)}: “${titles[i]}”`).join('; ');
	const out: Candidate[] = [];
	for (const i of giving) {
		const a = arts[i]!;
		const outlet = view.label.get(a.article.id)!;
		const others = titles.filter((_, j) => j !== i);
		const backing: Sentence[] = backingSentences(a.sentences, runs[i]!, others);
		const cited = backing[0] ?? a.sentences[0];
		if (!cited) continue;
		// "Federal prosecutors subpoena …" beside "U.S. Attorney Subpoenas …": the same act, its
		// actor named in other words. The subject's words are no key then (renamedSubject).
		if (renamedSubject(i, runs[i]!, parses)) continue;
		// Where not every headline has words of its own, the key has no word another headline
		// has: "Multi-Million Dollar Lawsuit" beside "new lawsuit" reads as said by both.
		if (partial && sharesWord(runs[i]!, others)) continue;
		// Where every headline has words of its own, still no key another headline says too:
		// "older sister" beside "Her Sister" is a claim of both.
		if (others.some((o) => echoedIn(runs[i]!, o, titles))) continue;
		// Nor a key that only labels who or where ("GOP Senator"): what the headline claims is asked.
		if (topicLabel(runs[i]!, isName)) continue;
		// The key and at most three other outlets' own words.
		const rest = (
			partial
				? wrongRunsFor(
						i,
						titles,
						runs,
						verbs,
						isName,
						arts.map((x) => x.article.outlet)
					)
				: giving
						// Nor a wrong choice the asked headline says too: "Same-Sex Marriage" asked
						// against "… 'Dead Wrong' On Gay Marriage" is a second key.
						.filter(
							(j) =>
								j !== i && !echoedIn(runs[j]!, titles[i]!, titles) && !topicLabel(runs[j]!, isName)
						)
						.slice(0, 3)
						.map((j) => ({ from: j, run: runs[j]! }))
		).map((r) => ({ outlet: view.label.get(arts[r.from]!.article.id)!, run: r.run }));
		if (rest.length < 2) continue;
		const choices = makeChoices([runs[i]!, ...rest.map((r) => r.run)], runs[i]!);
		const restSay = partial
			? `Each other choice is printed in another headline, not in ${outlet}'s`
			: `Each other choice is another headline's own`;
		// Each choice is printed in one headline: a student can answer by finding it there, so
		// it is a look-up (select.ts lets it wait for any other comparison).
		out.push({
			...headlineQuestion(
				{
					...draftBase(
						'compare',
						`What does ${outlet}'s headline mention that the other headlines do not?`,
						[spanOf(cited)],
						`Only ${outlet}'s headline has “${runs[i]}”${backing.length ? ', and its article says so in the sentence shown' : ''}. ${restSay}: ${listWords(rest.map((r) => `“${r.run}” (${r.outlet})`))}. The headlines: ${listing}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, runs[i]!)]
				},
				// Above the look-up, below every other headline question (grammar, word choice, a
				// credited report at 0.5, which cites five leads): what the headlines tell, read from their words; backed by
				// the article, first.
				0.38 + (backing.length ? 0.04 : 0) + Math.min(0.03, runs[i]!.split(' ').length * 0.01)
			),
			lookup: true
		});
	}
	return out;
}
