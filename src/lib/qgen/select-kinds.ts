/**
 * What the set rules count (select.ts): the ranked question selection reads, what kind of
 * question it is, and how many of each kind a ten may hold.
 */
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { asksBackground, gapInApposition, gapSetsScene, namesYear } from './focus';
import { gapInPersonPast } from './person-past';
import { gapInCommonBelief } from './common-belief';
import { trivialQuote } from './candidates/quotation';
import { DANGLING_WORDS, EMPTY_QUOTE_WORDS, PERSONAL_PRONOUNS } from './lexicon';

export interface Ranked {
	candidate: Candidate;
	question: Question;
	/** The text of each evidence span, in order, when the caller has the articles. */
	evidenceText?: string[];
	/** A headline of the story prints the key with the words that ask for it (see giveaway.ts). */
	givenAway?: boolean;
	/**
	 * Its evidence is one outlet's aside, below its article's opening (focus.ts, sideDetail): as
	 * a fact, it waits behind every question on the main events (select-misfit.ts).
	 */
	sideDetail?: boolean;
	/**
	 * A fact keyed on someone the whole story names once (focus.ts, sideFigure): asked who they
	 * are or where they live, it is a stray detail (strayDetail).
	 */
	sideFigure?: boolean;
	/**
	 * A fact asking for a count another outlet gives as another number of the same kind of
	 * thing, unaligned (contested-figure.ts): it waits behind the facts no outlet contradicts.
	 */
	contestedFigure?: boolean;
	/**
	 * The paragraph of each evidence span, as `articleId:index` (paragraph-keys.ts): two figures
	 * of one paragraph are one passage asked twice (select-misfit.ts).
	 */
	paragraphs?: string[];
	/** Its key names one of the story's people (StoryView.people, names.person), not a body or a place. */
	keyIsPerson?: boolean;
	/**
	 * Its prompt quotes words only the key's headline prints (headline-copy.ts): found by
	 * matching, not reading. Blind readers marked such look-ups MINOR or REJECT, yet with none
	 * a story whose outlets differ in nothing else aligned had no comparison at all; so one
	 * takes a first ten's comparison slot only when no other comparison fits.
	 */
	headlineCopied?: boolean;
}

/** What a question asks for, as the set rules count it. */
export type Kind =
	'recall' | 'compare' | 'why' | 'main' | 'fact' | 'timeline' | 'vocabulary' | 'other';

export function kindOf({ candidate: c, question: q }: Ranked): Kind {
	if (c.family === 'quote') return 'recall';
	if (c.family === 'source')
		return /^(?:quote-outlet|quoted-by|said):/.test(c.answerKey) ? 'recall' : 'compare';
	if (c.family === 'compare' || q.skill === 'compare') return 'compare';
	if (c.family === 'main-idea') return 'main';
	if (q.skill === 'inference') return 'why';
	if (c.family === 'timeline' || q.skill === 'timeline') return 'timeline';
	if (q.skill === 'vocabulary') return 'vocabulary';
	if (q.skill === 'fact' || c.family === 'fact') return 'fact';
	return 'other';
}

/** The first ten hold at most this many recall items; later tens the same share. */
export const RECALL_PER_TEN = 4;
/**
 * The first ten of a story of several outlets ask at most this many words' meanings. When its
 * ten run short it is filled with words from below its leads (vocabulary.ts, bodySenses); more
 * than two would make a quiz on the news a word list.
 */
export const VOCABULARY_PER_TEN = 2;
/**
 * A first ten that nothing else can fill (every fact, comparison and quote spent or kept out by
 * a rule) may ask one word more: blind readers accepted every word item they rated (26 of 26),
 * and a third word is a better tenth question than none.
 */
export const VOCABULARY_SHORT_TEN = 3;
/**
 * A story's first ten ask at most this many figures as facts (select-pairs.ts, asksFigure)
 * while anything else fits: blind readers marked a third "how many?" or "how much?" in a row
 * (a paragraph of shares, a list of prices) as stray detail; a set spreads over the story.
 */
export const FIGURES_PER_TEN = 2;
/** The first ten key at most this many questions (who said, who did) to the same person. */
export const PER_PERSON = 2;
/** Kinds that get a slot in the first ten when any candidate of the kind exists. */
export const RESERVED: readonly Kind[] = ['compare', 'why', 'fact', 'timeline', 'vocabulary'];

/**
 * The reserved slot a kind fills. In a story of several outlets a main-idea item fills the why
 * slot: readers count "what is the story mainly about" with cause and effect as the question
 * on understanding a set needs, and without a slot the main-idea item (never reserved) lost
 * its lead sentence or a wrong answer's figure to a reserved fact picked first. One article
 * keeps its own mix (main-idea-single.ts's item is not reserved).
 */
export const slotOf = (k: Kind, several: boolean): Kind => (several && k === 'main' ? 'why' : k);
/** The questions of a story read together as a set: its first ten. */
export const SET = 10;
/**
 * A single article's first twelve are what a teacher reads of its quiz: no two of them cite
 * one evidence sentence (a "who said" and a true/false on its quote, a gap inside a quote and
 * its "who said"), even after the first ten, while any other question is left: a question that
 * would waits behind every one that does not, and comes only when nothing else can.
 */
export const SINGLE_FIRST = 12;
/**
 * A single article's quiz a teacher can use: eight questions. Recall past half of the quiz
 * (select-misfit.ts) is refused only once the quiz has this many.
 */
export const SINGLE_ENOUGH = 8;
/**
 * A fact or gap question scored this low has lost most of its rank to focus.ts: its sentence
 * is off the headline events, an earlier year's side story, a side figure's biography. In a
 * story of several outlets it stays out of the first ten even when the ten run short: a
 * missing question costs the set less than a trivial one. A single article keeps it.
 */
export const STRAY_DETAIL = 0.45;
/**
 * A gap that tells who a person is or what they own (gapInApposition: "Roe, a lobbyist for
 * ____", "Roe, who has a net worth of $____") is a side figure's biography however central its
 * sentence, and counts as a stray detail too; so does a gap in a person's earlier job, office
 * or school (gapInPersonPast: "someone Roe had worked for on the ____"), a name in a clause that sets the
 * sentence's scene (gapSetsScene: "While being questioned at the ____ by Rep. Roe, …"), and a
 * side detail, or a fact keyed on someone the story names once (sideFigure), that asks who
 * holds a post or where someone lives ("who is a senior fellow at …?", asksBackground).
 */
export const strayDetail = (e: Ranked) =>
	kindOf(e) === 'fact' && ((e.question.score ?? 0) < STRAY_DETAIL || strayByKind(e));

/** A stray detail by what it asks (see strayDetail), whatever its score. */
const strayByKind = (e: Ranked) =>
	gapInApposition(e.question) ||
	// "… is widely believed to be the only ____": general knowledge, not the story (common-belief.ts).
	gapInCommonBelief(e.question) ||
	gapInPersonPast(e.question) ||
	gapSetsScene(e.question) ||
	((!!e.sideDetail || !!e.sideFigure) && asksBackground(e.question)) ||
	// A fact keyed on a person the whole story names once ("Roe also criticised the diplomat
	// ____", "suggested a job to ____ in another state's primary"): recall of a name seen once,
	// a side figure's, not of what happened (blind readers: MINOR, REJECT). Not a body named once
	// ("alongside the ____" keyed on an agency): on tuning, what came in its place was weaker.
	(!!e.sideFigure && !!e.keyIsPerson);

/**
 * A fact the focus rules ranked below the line (STRAY_DETAIL), yet neither an outlet's aside
 * (sideDetail: below its opening and told by no other outlet), nor keyed on someone the story
 * names once (sideFigure), nor anyone's biography (strayByKind), nor in a sentence that names
 * a year: news tells an earlier year's events ("In 2007, when …", "the port was flooded in
 * 2013") as background, and a year may be the report's own, so any year keeps it out. A ten
 * still short after every other question, side details included, takes it last (select.ts):
 * what is left is the story's own detail ranked low for its place far down one article
 * ("with $4 billion in cuts to kick in at the deadline"), and then a missing question costs
 * the set more than that one does.
 */
export const belowLineOnStory = (e: Ranked) =>
	kindOf(e) === 'fact' &&
	!e.sideDetail &&
	!e.sideFigure &&
	!strayByKind(e) &&
	!(e.evidenceText ?? []).some(namesYear);

/**
 * A quotation this short ("a valid question", "true to his word") is a fragment: whoever said
 * it, knowing so tests recall of a phrase, not of what anyone argued about the news.
 */
export const FRAGMENT_WORDS = 5;

/** The words a recall item asks about: the first quotation its prompt prints, if any. */
const askedQuote = (q: Question) => /“([^”]+)”/.exec(q.prompt)?.[1];

/**
 * A recall item on a fragment of under FRAGMENT_WORDS words, or on a thank-you, sign-off or
 * other line with nothing of its own (quotation.ts, trivialQuote): in a story of several
 * outlets it stays out of the first ten (select-misfit.ts), even a short one.
 */
export function slightRecall(e: Ranked): boolean {
	if (kindOf(e) !== 'recall') return false;
	const quote = askedQuote(e.question);
	if (!quote) return false;
	const words = quote
		.replace(/…$/, '')
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w));
	return words.length < FRAGMENT_WORDS || trivialQuote(quote) || leansOnContext(quote);
}

/** A quote this short may be a reply that leans on its question (see leansOnContext). */
const REPLY_WORDS = 9;
const EMPTY = new Set([...DANGLING_WORDS, ...EMPTY_QUOTE_WORDS]);
const POINTER = new Set([...PERSONAL_PRONOUNS, 'this', 'that', 'these', 'those']);

/**
 * A short line made only of pronouns, auxiliaries and light verbs, with a pronoun or "that" to
 * lean on ("I would if I knew who they were", "You obviously cannot do that"): out of its
 * sentence it names nothing of the news, so knowing who said it tests recall of a phrase.
 * An adverb in -ly adds manner, not matter; one noun or name of its own ("it's just a fact")
 * keeps the line.
 */
export function leansOnContext(quote: string): boolean {
	const words = quote
		.toLowerCase()
		.replace(/…/g, ' ')
		.replace(/\bcan['’]t\b/g, 'can')
		.replace(/\bwon['’]t\b/g, 'will')
		.replace(/n['’]t\b/g, ' not')
		.replace(/['’](?:s|re|ve|ll|d|m)\b/g, '')
		.split(/[^\p{L}]+/u)
		.filter(Boolean);
	if (!words.length || words.length >= REPLY_WORDS) return false;
	return (
		words.some((w) => POINTER.has(w)) &&
		words.every((w) => EMPTY.has(w) || (w.length > 4 && w.endsWith('ly')))
	);
}

/** A word's meaning from below the leads: the fill's vocabulary (vocabulary.ts, bodySenses). */
export const fillWord = (e: Ranked) => kindOf(e) === 'vocabulary' && !!e.candidate.fill;
