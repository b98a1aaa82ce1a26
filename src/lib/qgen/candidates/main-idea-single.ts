/**
 * Main idea for one article read alone: "Which sentence best states the article's main point?"
 * With no other outlets to agree on the event, the key is the opening sentence that tells what
 * the headline tells (in the article's own words, a whole claim), and the wrong answers are true
 * statements from later in the article that share none of the headline's words: side details
 * or background, clearly not its point.
 */
import type { StoryView } from '../analyze';
import { notBodyProse } from '../caption';
import { NUMBER_WORD_PATTERN, ROUNDUP_LABELS, TURN_NOUNS, TURN_OPENERS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import type { Candidate } from './candidate';
import { datedBefore, pronounsResolved } from './cause';
import {
	ADDS_TO_EARLIER,
	CUT_BEFORE_POINT,
	NEGATION,
	clean,
	contentWords,
	byKeyLength,
	fittedParts,
	mainIdeaCandidate,
	selfContained,
	standsAlone,
	withoutAdditiveAlso,
	type MainIdeaKey
} from './main-idea';
import { cutBeforeVerb, mainClauseParts, subordinateOnly } from './main-clause';
import { cutsList, trailCut } from './main-idea-single-cut';
import { lastWordsOfNames, namesItsActors, readsAloneInArticle } from './main-idea-single-names';
import { tornChoice } from './torn-choice';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Below this an article has too few later sentences to offer three clear side details. */
const LEAST_ARTICLE_WORDS = 250;
/** The key is looked for in the first few sentences of reporting: the lead, or the one after it. */
const LEAD_SENTENCES = 3;
/** A wrong answer comes from past the opening: the first sentences restate the lead. */
const FIRST_DETAIL = 4;
/** The key may be longer than every wrong answer, but by no more than this many words. */
const KEY_LEAD_WORDS = 3;
/** How many of the article's last sentences are never offered. */
const TAIL_SENTENCES = 3;

const TURN = new RegExp(
	String.raw`^(?:(?:${TURN_OPENERS.join('|')})\b|(?:the|one)\s+(?:only\s+|big(?:gest)?\s+|real\s+)?(?:${TURN_NOUNS.join('|')})\b)`,
	'i'
);

/**
 * "Tuesday was a very good day for Roe. … But buried in the win was a problem": the lead sets
 * up what the next sentences overturn, and the article's point is the turn, not the setup.
 */
export function setsUpTurn(next: readonly string[]): boolean {
	return next.some((t) => TURN.test(clean(t)));
}

/** "I", "we", "you" outside quotation marks: a column's voice or an anecdote, not a report. */
const PERSONAL = /\b(?:I|we|us|our|you|your|my)\b/;
const outsideQuotes = (t: string) => t.replace(/“[^”]*”|"[^"]*"/g, ' ');

/** "in it", "they", "though", "the other": a sentence that leans on one the reader does not see. */
const LEANS_ON_CONTEXT = /\b(?:it|they|them|though|however|the other|here)\b/i;

/** A figure: "41 percent", "forty-one", "$5 million". */
const FIGURE = new RegExp(String.raw`\d|\bpercent\b|\b${NUMBER_WORD_PATTERN}\b`, 'i');

/** A quotation of more than three words: the lead or detail gives someone's words, not news. */
const LONG_QUOTE = /[“"][^”"]*(?:\s\S+){3,}[^”"]*[”"]/;

/** "praised" meets "praises", "voters" meets "voter": the first five letters stand for a word. */
const stems = (ws: Iterable<string>) => new Set([...ws].map((w) => w.slice(0, 5)));

/** Content words spelled in lower case: what happened, not who (names are capitalised). */
const plainWords = (text: string) => stems(contentWords(text.replace(/\b[A-Z][\p{L}’'-]*/gu, ' ')));

/** How many of the headline's words a sentence shares, and how many of them are not names. */
function sharedWithHeadline(text: string, headline: string): { all: number; plain: number } {
	const head = stems(contentWords(headline));
	const shared = [...stems(contentWords(lastWordsOfNames(text)))].filter((w) => head.has(w));
	const lower = plainWords(text);
	return { all: shared.length, plain: shared.filter((w) => lower.has(w)).length };
}

/** "X is not …" over a lead that says X is: the article sets the lead up to knock it down. */
const DENIES = new RegExp(`${NEGATION.source}|\\bcannot\\b`, 'i');

/** The opening sentence that states the headline's point as a whole claim, if any. */
export function singleKey(a: ArticleAnalysis): MainIdeaKey | undefined {
	const body = a.sentences.filter((s) => !notBodyProse(s, a.sentences));
	const headline = a.article.title;
	// A question headline is answered later; a roundup's headline tells one of its many items.
	if (/\?/.test(headline) || ROUNDUP_LABELS.some((l) => headline.toLowerCase().includes(l)))
		return undefined;
	// An opening that turns ("… But …") sets up a point made after it: no opening sentence
	// states it, and the sentence after the turn leans on the setup ("over that time").
	if (setsUpTurn(body.slice(1, LEAD_SENTENCES + 1).map((x) => x.text))) return undefined;
	const key = keyAmong(a, body, body.slice(0, LEAD_SENTENCES), headline);
	if (key || !/;\s*$/.test(headline)) return key;
	// "Jobs report gives Democrats a lift;" then "A more tangible upswing could help …": a headline
	// that ends in a semicolon may run on into a deck, the body's first line, which says what the
	// headline says in other words. Read as part of the headline, the deck lets a lead that
	// agrees with it be the key; the deck itself, a headline's shorthand, is not offered.
	const told = `${headline} ${body[0]?.text ?? ''}`;
	if (setsUpTurn(body.slice(2, LEAD_SENTENCES + 2).map((x) => x.text))) return undefined;
	const key2 = keyAmong(a, body, body.slice(1, LEAD_SENTENCES + 1), told);
	return key2 && namesItsActors(a, key2.text) ? key2 : undefined;
}

/** The first of `opening` that states what `headline` tells as a whole claim, if any. */
function keyAmong(
	a: ArticleAnalysis,
	body: Sentence[],
	opening: Sentence[],
	headline: string
): MainIdeaKey | undefined {
	const year = Number(a.article.date.slice(0, 4));
	for (const s of opening) {
		const whole = clean(s.text);
		// A question, a quotation or a column's "I" opens on a voice, not on the news.
		if (/\?/.test(whole) || /^[“"‘']/.test(whole) || LONG_QUOTE.test(whole)) continue;
		if (PERSONAL.test(outsideQuotes(whole))) continue;
		// A lead too long for a choice may still tell its event before a trail ("…, saying …").
		const parts = trailCut(fittedParts(mainClauseParts(whole)), headline);
		const text = parts.join(' ');
		if (!standsAlone(a, s, text, 8) || LONG_QUOTE.test(text)) continue;
		// Cut before what was said or done: "Roe said on Tuesday.", "Roe argued that some people."
		if (CUT_BEFORE_POINT.test(text) || cutBeforeVerb(text.replace(/\.$/, ''))) continue;
		// "When Roe learned that the mayor would visit Salem, Ore.": the opening clause alone.
		if (subordinateOnly(text)) continue;
		if (ADDS_TO_EARLIER.test(text) || LEANS_ON_CONTEXT.test(text) || !pronounsResolved(text))
			continue;
		// After the lead, "The information was …" points back to what the lead told.
		if (s !== body[0] && !selfContained(text)) continue;
		const shared = sharedWithHeadline(text, headline);
		// Two of the headline's words, one of them not a name: the lead tells what the headline does.
		if (shared.all < 2 || shared.plain < 1) continue;
		if (DENIES.test(headline) && !DENIES.test(text)) continue;
		// "Roe was once the most popular professor": a then that the article's now overturns.
		if (/\b(?:(?:was|were|had been) once|used to)\b/i.test(text)) continue;
		if (datedBefore(text, year)) continue;
		return { s, text, parts };
	}
	return undefined;
}

/**
 * True statements from later in the article that tell none of what the headline tells: no word
 * of the headline's, and at most one word of the key's, so no wrong answer restates the point.
 */
export function sideDetails(a: ArticleAnalysis, key: MainIdeaKey): { text: string; s: Sentence }[] {
	const body = a.sentences.filter((s) => !notBodyProse(s, a.sentences));
	// The last sentences often hold the writer's biography or a note on the piece.
	const ending = new Set(body.slice(-TAIL_SENTENCES));
	const headline = stems(contentWords(a.article.title));
	const keyWords = stems(contentWords(key.text));
	const year = Number(a.article.date.slice(0, 4));
	const out: { text: string; s: Sentence }[] = [];
	for (const s of body) {
		if (s.index < FIRST_DETAIL || s.index <= key.s.index + 2 || ending.has(s)) continue;
		// The whole sentence, or its main clause when it is too long to read as a choice (cut as
		// the key is cut), never one cut before what was said or done.
		const full = withoutAdditiveAlso(clean(s.text));
		const whole = standsAlone(a, s, full) ? full : fittedParts(mainClauseParts(full)).join(' ');
		if (cutsList(full, whole)) continue;
		if (
			!standsAlone(a, s, whole) ||
			!readsAloneInArticle(a, whole, `${a.article.title} ${key.text}`) ||
			!pronounsResolved(whole)
		)
			continue;
		if (CUT_BEFORE_POINT.test(whole) || cutBeforeVerb(whole.replace(/\.$/, ''))) continue;
		// A few quoted words ("called it a “modest success”") are the writer's statement; a quoted
		// saying is someone's words, and a question or a colon is no statement of fact.
		if (LONG_QUOTE.test(whole) || /^[“"]/.test(whole) || /[?!:;]/.test(whole)) continue;
		if (PERSONAL.test(outsideQuotes(whole))) continue;
		// "Q:", "Number two, …", "Here is …": interview and list furniture, not a statement.
		if (/^(?:Q\b|A\b|Here\b|Number\b|First\b|Second\b|Finally\b)/.test(whole)) continue;
		// "Some of those same activists", "such a tactic", "will speak there as well", "None
		// showed …": people, things or places named in a sentence before.
		if (/\b(?:those|these|such an?)\b|\s(?:there)\b|^(?:None|Neither|Either|Both)\b/i.test(whole))
			continue;
		if (ADDS_TO_EARLIER.test(whole)) continue;
		// "Shortly afterward, the board …", "One, Ann Roe, …": cut from its place, ruled out by form.
		if (tornChoice(whole)) continue;
		// "Celebrating the holiday with …", "The other, Roe, …": no subject of its own.
		if (/^(?:[A-Z][a-z]+ing|The other|Another)\b/.test(whole)) continue;
		// No word of the headline's but one name: the article's main person turns up everywhere.
		// Two of its names ("Roe lashed out at Hale") or a figure beside one ("Forty percent
		// would choose Roe") often tell the main point again, unless of an earlier year:
		// background ("Roe lost the 2008 primary to Hale").
		if ([...plainWords(whole)].some((w) => headline.has(w))) continue;
		const named = [...stems(contentWords(whole))].filter((w) => headline.has(w)).length;
		const figure = FIGURE.test(whole);
		if ((named > 1 || (named === 1 && figure)) && !datedBefore(whole, year)) continue;
		if ([...stems(contentWords(whole))].filter((w) => keyWords.has(w)).length > 1) continue;
		out.push({ text: whole, s });
	}
	return out;
}

export function singleMainIdeaCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	if (words(a.article.text).length < LEAST_ARTICLE_WORDS) return [];
	const key = singleKey(a);
	if (!key) return [];
	const keyLength = words(key.text).length;
	// Closest to the key's length first, so length does not point to the answer.
	const details = sideDetails(a, key).sort(byKeyLength(keyLength));
	const wrong: typeof details = [];
	for (const d of details) {
		if (wrong.length >= 3) break;
		const dw = contentWords(d.text);
		// Two wrong answers on one detail would let a reader rule out both together.
		if (wrong.some((w) => [...contentWords(w.text)].filter((x) => dw.has(x)).length > 1)) continue;
		wrong.push(d);
	}
	if (wrong.length < 3) return [];
	// The key far longer than every other choice is a known giveaway.
	if (Math.max(...wrong.map((w) => words(w.text).length)) < keyLength - KEY_LEAD_WORDS) return [];
	return [
		mainIdeaCandidate(
			key,
			wrong.map((w) => w.text),
			'Which sentence best states the main point of the article?',
			`The article opens with this, and its headline is about it too: “${a.article.title}”. The other sentences are also true in the article, but they are side details from later in it, not its main point.`
		)
	];
}
