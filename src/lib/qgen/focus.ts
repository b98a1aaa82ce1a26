/**
 * What the story is mainly about: the words its headlines and leads share. A question whose
 * evidence sentence uses those words asks about the main events; one about a side detail
 * shares few of them. Several outlets putting a word up top counts more than one.
 */
import type { Question } from '$lib/bank/schema';
import { escapeRegExp } from '$lib/text/regexp';
import type { Candidate } from './candidates/candidate';
import { frontedClauseGap } from './candidates/stray-gaps';
import { figureAside } from './figure-aside';
import { figureAmongFigures } from './focus-figure-list';
import { aloneStrayFigure } from './focus-single';
import { sideSection } from './focus-section';
import { backgroundListEntries, gapInNameList } from './focus-list';
import {
	COMMON_WORDS,
	MONTHS,
	NEWS_STAFF_WORDS,
	NUMBER_WORDS,
	PERSON_TITLES,
	REPORTING_VERBS,
	WEEKDAYS
} from './lexicon';
import { memoByText } from './match-cache';
import { factWords } from './same-fact';
import type { Span } from './types';
import type { ArticleAnalysis } from './types';

/** Short, frequent words that say nothing about the story. */
const COMMON = new Set(
	'that this with from have has had were was will would their there they them than then when what which while about after before said says also into over more most some been being other could should where whose'.split(
		' '
	)
);

const contentWords = (text: string) =>
	new Set(
		(text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [])
			.map((w) => w.replace(/'s$/, '').replace(/(?<=[a-z]{4})s$/, ''))
			.filter((w) => !COMMON.has(w))
	);

/**
 * Each word `wordsOf` reads in an article's headline and lead (first two sentences), weighted by
 * the share of articles that use it up top: a word every outlet leads with weighs 1.
 */
function weighUpTop(
	analyses: readonly ArticleAnalysis[],
	wordsOf: (text: string) => Iterable<string>
): Map<string, number> {
	const weight = new Map<string, number>();
	for (const a of analyses) {
		const lead = a.sentences
			.slice(0, 2)
			.map((s) => s.text)
			.join(' ');
		for (const w of wordsOf(`${a.article.title} ${lead}`))
			weight.set(w, (weight.get(w) ?? 0) + 1 / analyses.length);
	}
	return weight;
}

/** A 0..1 score per evidence set: how much of the headlines' and leads' vocabulary it shares. */
export function storyFocus(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => number {
	const weight = weighUpTop(analyses, contentWords);
	const text = new Map(analyses.map((a) => [a.article.id, a.article.text]));
	return (evidence) => {
		let best = 0;
		for (const e of evidence) {
			const sentence = text.get(e.articleId)?.slice(e.start, e.end) ?? '';
			let sum = 0;
			for (const w of contentWords(sentence)) sum += weight.get(w) ?? 0;
			best = Math.max(best, Math.min(1, sum / 3));
		}
		return best;
	};
}

/**
 * What a sentence says, without the names every outlet repeats: its fact words (numbers and
 * words that carry meaning, see same-fact.ts) once capitalised words are taken out.
 */
const plainWords = (text: string) => factWords(text.replace(/\p{Lu}[\p{L}'’.-]*/gu, ' '));
/** A sentence with fewer plain words than this shares them with another article by chance. */
const FEW_WORDS = 4;

/**
 * How central each evidence set is, 0..1, from what its sentence says rather than whom it
 * names (a side detail names the story's main figure as often as the main event does):
 * - up top: its plain words (not names) that the headlines and leads use, several outlets'
 *   counting more than one's;
 * - told elsewhere: the share of its plain words another outlet's article also uses. The
 *   main events are told by several outlets; a side detail (a street, a car, a staff member,
 *   an aside about another story, a figure's biography) by one.
 */
export function storyCentrality(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => number {
	const weight = weighUpTop(analyses, contentWords);
	const vocab = new Map(
		analyses.map((a) => [a.article.id, factWords(`${a.article.title} ${a.article.text}`)])
	);
	const text = new Map(analyses.map((a) => [a.article.id, a.article.text]));
	return (evidence) => {
		let best = 0;
		for (const e of evidence) {
			const words = plainWords(text.get(e.articleId)?.slice(e.start, e.end) ?? '');
			if (!words.size) continue;
			let top = 0;
			for (const w of contentWords([...words].join(' '))) top += weight.get(w) ?? 0;
			let told = 0;
			for (const [id, other] of vocab) {
				if (id === e.articleId) continue;
				let shared = 0;
				for (const w of words) if (other.has(w)) shared++;
				told = Math.max(told, shared / Math.max(words.size, FEW_WORDS));
			}
			best = Math.max(best, Math.min(1, top / 2), analyses.length > 1 ? told : 1);
		}
		return best;
	};
}

/**
 * The opening of an article: its first sentences, where a report tells its news. A detail
 * told there is part of the news, whatever words the other outlets chose ("Mr. Trump has
 * threatened to scrap the deal as soon as May 12", a fifth sentence, reads as an aside by
 * its words alone when five outlets each tell it their own way).
 */
export const OPENING_SENTENCES = 5;
/**
 * Below this centrality (storyCentrality) a sentence's plain words are mostly neither up top
 * nor told by another outlet: one outlet's aside.
 */
export const SIDE_CENTRALITY = 0.5;

/**
 * Is every evidence sentence a side detail of a story of several outlets: below its article's
 * opening (OPENING_SENTENCES), and with few of its plain words up top or in another outlet's
 * report (centrality under SIDE_CENTRALITY)? "Reese is a senior fellow at the Woodstock
 * Theological Center", "Boehner is heading back to Ohio for the weekend", another politician's
 * remark on another subject: asked as a fact, it tests recall of an aside, not the news, and
 * waits in select.ts behind every question on the main events (Ranked.sideDetail).
 */
export function sideDetail(
	analyses: readonly ArticleAnalysis[],
	central = storyCentrality(analyses)
): (evidence: readonly Span[]) => boolean {
	const byId = new Map(analyses.map((a) => [a.article.id, a]));
	const inOpening = (e: Span) =>
		(byId.get(e.articleId)?.sentences ?? [])
			.slice(0, OPENING_SENTENCES)
			.some((s) => s.start <= e.start && e.start < s.end);
	// A sentence of another story told inside this one names the main figure as often as not,
	// and its words may be common enough to seem central: its section tells it (focus-section.ts).
	const section = leadSection(analyses);
	return (evidence) =>
		analyses.length > 1 &&
		evidence.length > 0 &&
		!evidence.some(inOpening) &&
		(central(evidence) < SIDE_CENTRALITY || section(evidence));
}

/** Families that ask a sentence's detail (who, when, how many, a gap): where stray details come from. */
const DETAIL_FAMILIES: ReadonlySet<string> = new Set(['fact', 'cloze']);
/** How far a detail nothing up top or in another outlet speaks of drops: below the main events. */
export const OFF_FOCUS_PENALTY = 0.15;

/**
 * Below this overlap with the headline events (leadEventOverlap), a sentence names none of
 * the people, things or acts any outlet puts up top, or one word of one outlet's lead only.
 */
export const OFF_STORY_OVERLAP = 0.5;
/** How far a question on such a sentence drops, whatever its family: below the main events. */
export const OFF_STORY_PENALTY = 0.2;

/**
 * Families whose question asks what its own evidence sentence says (a fact, a gap, a cause,
 * an order of events, how one sentence is sourced). Quotes are asked for their speaker, and
 * comparisons, headlines and main ideas cite leads: their sentences are not the fact asked.
 */
const asksWhatItCites = (c: Candidate) =>
	DETAIL_FAMILIES.has(c.family) ||
	c.family === 'cause' ||
	c.family === 'timeline' ||
	// Test doubles may leave the key out.
	!!c.answerKey?.startsWith('sourcing:');

/** How far a question keyed on a journalist or on part of a name drops: below every question about the event. */
export const NEWS_STAFF_PENALTY = 0.3;
const STAFF = new RegExp(`\\b${NEWS_STAFF_WORDS}\\b`, 'i');

/**
 * Is the gap's key a journalist? The words right beside the gap place it among the news
 * staff: "first reported by ____ at the Ledger", "said reporter ____", "____, a correspondent".
 */
export function asksForJournalist(q: Question): boolean {
	const at = q.prompt.indexOf('____');
	if (at < 0) return false;
	const before = q.prompt.slice(0, at).split(/\s+/).slice(-5).join(' ');
	const after = q.prompt
		.slice(at + 4)
		.split(/\s+/)
		.slice(0, 6)
		.join(' ');
	return STAFF.test(`${before} ____ ${after}`);
}

/** The key a gap question asks for: its accepted answer or its correct choice. */
export const keyOf = (q: Question): string | undefined =>
	q.type === 'cloze'
		? q.accepted?.[0]
		: q.type === 'single'
			? q.choices?.find((c) => q.correct?.includes(c.id))?.text
			: undefined;

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')));

/**
 * Does the gap cut a name in two? "chairman of the House Intelligence ____" keyed "Committee",
 * "the ____ Theological Center" keyed "Woodstock": a name for a key, and a capitalised word
 * right beside the gap (not a title before a person's name, not the sentence's first word)
 * that continues the name the key only begins or ends, so the question asks for a fragment.
 * A count before a name ("____ Senate seats") is whole.
 */
export function gapSplitsName(q: Question): boolean {
	const at = q.prompt.indexOf('____');
	const key = keyOf(q);
	// A date ("May 10") or a count ("Forty") is no name, whatever capital it starts with.
	if (at < 0 || !key || !/^\p{Lu}/u.test(key) || /\d/.test(key)) return false;
	if (
		key
			.toLowerCase()
			.split(/[\s-]+/)
			.every((w) => NUMBER_WORDS[w] !== undefined)
	)
		return false;
	const before = /(?:^|[\s(])([\p{L}’'-]+)\s+$/u.exec(q.prompt.slice(0, at))?.[1];
	const after = /^\s+([\p{L}’'-]+)/u.exec(q.prompt.slice(at + 4))?.[1];
	const beforeOpensSentence = /(?:[.:!?“"]\s*|^)[\p{L}’'-]+\s+$/u.test(q.prompt.slice(0, at));
	const capital = (w?: string) => !!w && /^\p{Lu}\p{Ll}/u.test(w);
	return (
		(capital(before) && !beforeOpensSentence && !TITLE_WORDS.has(before!.toLowerCase())) ||
		capital(after)
	);
}

/** How far a detail told in a sentence about an earlier year, or about who a side figure is, drops. */
export const PAST_YEAR_PENALTY = 0.2;
/** A year in running text: not part of an amount ("$2013"), a longer number or a percentage. */
const YEAR = /(?<![$\d.,])\b(?:19|20)\d{2}\b(?!,\d|\.\d|\s*%)/g;
/** Does a text name a year in running text (YEAR)? Read by select-kinds.ts, belowLineOnStory. */
export const namesYear = (text: string) => text.match(YEAR) !== null;
/**
 * A decade in running text ("in the 1990s", "the 2000s"): how a biography dates a person's
 * earlier job or office ("someone he had worked for on the council in the 1990s").
 */
const DECADE = /(?<![$\d.,])\b((?:19|20)\d)0s\b/g;

/**
 * Does an evidence sentence date what it tells to a year before its article's own ("Yahoo was
 * hacked in 2013", "the offer was made on March 26, 2009", "votes cast in 2012" in a later
 * year's report, "worked for the council in the 1990s")? News reports tell such earlier
 * events as background to the one in the headline; a figure from them belongs to a side story,
 * not to the news.
 */
export function pastYearDetail(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => boolean {
	const byId = new Map(analyses.map((a) => [a.article.id, a.article]));
	return (evidence) =>
		evidence.some((e) => {
			const article = byId.get(e.articleId);
			if (!article) return false;
			const year = Number(article.date.slice(0, 4));
			const text = article.text.slice(e.start, e.end);
			const years = text.match(YEAR) ?? [];
			// A decade is past once it has ended: "the 2010s" in a 2014 report is its own time.
			const decadesEnd = [...text.matchAll(DECADE)].map((m) => Number(m[1]) * 10 + 10);
			return years.some((y) => Number(y) < year) || decadesEnd.some((end) => end <= year);
		});
}

/**
 * Is the gap inside an apposition that tells who a named person is ("Matt Roe, a lobbyist for
 * ____;", "Ann Lee, the daughter of ____", "Lee is a fellow at the ____")? It asks a side
 * detail of a side figure: whom one of the people in the story works for, not what happened.
 */
export function gapInApposition(q: Question): boolean {
	return appositionGap(q.prompt);
}
/** gapInApposition by prompt, kept: ranking and every pick of selection ask it of one prompt. */
const appositionGap = memoByText(
	(prompt: string): boolean =>
		/\p{Lu}[\p{L}.'’-]+,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,3}(?:for|with|at|of|from)\s+____/u.test(
			prompt
		) ||
		// The same told as a sentence of its own: "Reese is a senior fellow at the ____", "Roe
		// was a lobbyist for ____".
		/\p{Lu}[\p{L}.'’-]+\s+(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,3}(?:for|with|at|of|from)\s+(?:the\s+)?____/u.test(
			prompt
		) ||
		// What a person is or has, told in a clause between commas after the name: "Roe, who has
		// an estimated net worth of $____, threw …", "Roe, who was a lawyer in ____ for years, …".
		// A clause that tells an act ("Roe, who spoke for ____ minutes, left") is left alone.
		/\p{Lu}[\p{L}.'’-]+,\s+who\s+(?:has|had|is|was)\s+(?:a|an|the|no)\s+[^,;:“”"]*____/u.test(
			prompt
		) ||
		// What a person used to be: "Roe, a former Democrat who left the party ____ years later".
		/\p{Lu}[\p{L}.'’-]+,\s+(?:a|an|the)\s+former\s+[^,;:“”"]*____/u.test(prompt)
);

/**
 * Is the gap a name in the clause that opens its sentence to set the scene ("While being
 * questioned at the ____ by Rep. Roe, the secretary urged …")? Where or before whom it
 * happened, beside what the main clause says happened (stray-gaps.ts frontedClauseGap).
 */
export function gapSetsScene(q: Question): boolean {
	return sceneGap(`${keyOf(q) ?? ''}\u0000${q.prompt}`);
}
/** gapSetsScene by key and prompt, kept: every pick of selection asks it (select-kinds.ts). */
const sceneGap = memoByText((id: string): boolean => {
	const cut = id.indexOf('\u0000');
	const key = id.slice(0, cut);
	const m = /^(?:.*?writes: “|Fill the gap \([^)]*\):\s*)(.*?)____(.*)$/s.exec(id.slice(cut + 1));
	if (!m || /\d/.test(key) || NUMBER_WORDS[key.toLowerCase()] !== undefined) return false;
	return frontedClauseGap(m[1]!, m[2]!, 'org');
});

/**
 * Does the question ask who someone is by their post or background ("According to Daily A, who
 * is a senior fellow at the river institute?", "____ was an aide to the governor.")? On a
 * side detail (Ranked.sideDetail) it is a side figure's biography: select-kinds.ts strayDetail.
 */
export function asksBackground(q: Question): boolean {
	return backgroundAsked(q.prompt);
}
/** asksBackground by prompt, kept: every pick of selection asks it of every fact (select-misfit.ts). */
const backgroundAsked = memoByText(
	(prompt: string): boolean =>
		/\bwho\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+(?:a|an|the|one\s+of)\s/i.test(
			prompt
		) ||
		/(?:“|\):\s*)____\s+(?:is|was|has\s+been)\s+(?:a|an|the|one\s+of)\s/.test(prompt) ||
		// Where someone lives or works: "who lives in a nearby apartment building …?"
		/\bwho\s+(?:lives|lived|works|worked)\s+(?:in|at|for|near|on)\s/i.test(prompt)
);

/**
 * Is the question keyed on someone the whole story names once, in a story of several outlets
 * ("Noah Roe, 47, lives near the park" and never again)? A passer-by or a side figure, whom no
 * other sentence makes part of the events: asked who they are or where they live
 * (asksBackground), the item tests recall of an aside (select-kinds.ts strayDetail).
 */
export function sideFigure(analyses: readonly ArticleAnalysis[]): (q: Question) => boolean {
	const texts = analyses.map((a) => a.article.text);
	return (q) => {
		const key = keyOf(q)?.trim();
		if (analyses.length < 2 || !key || !/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(key))
			return false;
		const surname = new RegExp(`\\b${escapeRegExp(key.split(/\s+/).at(-1)!)}\\b`, 'g');
		return texts.reduce((n, t) => n + (t.match(surname)?.length ?? 0), 0) === 1;
	};
}

/**
 * How far a figure its sentence tells in passing drops (figure-aside.ts): below the same
 * sentence asked for its point ("who has been more open to reform …?" beside "his district is
 * ____ percent Latino") and below the other facts of the story, yet not so far that a short ten
 * loses it (select-kinds.ts, STRAY_DETAIL).
 */
export const FIGURE_ASIDE_PENALTY = 0.1;

/** How far a gap keyed on a name every outlet prints drops: asked, it tests no reading. */
export const COMMON_KEY_PENALTY = 0.15;
/**
 * How far a figure asked beside another of its kind drops in an article read alone
 * (focus-figure-list.ts): below its questions on what happened, as a side figure does.
 */
export const FIGURE_LIST_PENALTY = 0.15;

/**
 * Is the gap's key a name every article prints ("the ____ state legislature" keyed on the
 * state every outlet names, "an interview with ____" keyed on the network all of them
 * credit)? A student fills it from the story's vocabulary, not from the sentence. Numbers and
 * dates are facts to check, not vocabulary: they are left alone, and so are stories of one article.
 */
export function keyEveryOutletPrints(
	analyses: readonly ArticleAnalysis[]
): (q: Question) => boolean {
	const texts = analyses.map((a) => a.article.text.toLowerCase());
	// Many gaps share a key: each key is looked for in the texts once (match-cache.ts).
	const printedByAll = memoByText((key: string) => {
		const word = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(key)}(?:[^\\p{L}]|$)`, 'u');
		return texts.every((t) => t.includes(key) && word.test(t)); // the plain look-up is much cheaper
	});
	return (q) => {
		const key = keyOf(q)?.trim().toLowerCase();
		if (texts.length < 2 || !q.prompt.includes('____') || !key || /\d/.test(key)) return false;
		return printedByAll(key);
	};
}

/**
 * The score change for how central a question's evidence is: up for the headlines' and leads'
 * words, and, for a detail question, down as its sentence strays from the main events, tells
 * an earlier year's side story, or its key is a journalist. Demoted, not dropped: a short story still uses it.
 */
export function focusAdjustment(
	analyses: readonly ArticleAnalysis[]
): (c: Candidate, q: Question) => number {
	const focus = storyFocus(analyses);
	const central = storyCentrality(analyses);
	const everyOutlet = keyEveryOutletPrints(analyses);
	const pastYear = pastYearDetail(analyses);
	const onStory = leadEventOverlap(analyses);
	const section = leadSection(analyses);
	const alone = aloneStrayFigure(analyses, onStory, OPENING_SENTENCES);
	const list = backgroundListEntries(analyses);
	const single = analyses.length === 1;
	return (c, q) => {
		const bonus = 0.08 * focus(q.evidence);
		// A quote from another story told inside this one (a sidebar, a figure's old case) drops
		// too, whatever its family: its speaker and words are that story's, not the headlines'.
		const offStory =
			(asksWhatItCites(c) && analyses.length > 1 && onStory(q.evidence) < OFF_STORY_OVERLAP) ||
			section(q.evidence) ||
			// An article read alone: a figure or day its headline and lead say nothing of (focus-single.ts).
			(DETAIL_FAMILIES.has(c.family) && alone(q)) ||
			// One entry of a list of other people's cases, or, in a story of several outlets, one
			// name of a roll of names (focus-list.ts): the news is the case the headline tells, not
			// a name or a figure of those set beside it. An article read alone has fewer facts to
			// spare: on PolNeAR train one quiz lost a question to the roll rule, nothing in its place.
			(DETAIL_FAMILIES.has(c.family) &&
				(list(q.evidence) || (analyses.length > 1 && gapInNameList(q.prompt))))
				? OFF_STORY_PENALTY
				: 0;
		if (!DETAIL_FAMILIES.has(c.family)) return bonus - offStory;
		return (
			bonus -
			offStory -
			OFF_FOCUS_PENALTY * (1 - central(q.evidence)) -
			(asksForJournalist(q) || gapSplitsName(q) ? NEWS_STAFF_PENALTY : 0) -
			(everyOutlet(q) ? COMMON_KEY_PENALTY : 0) -
			(pastYear(q.evidence) || gapInApposition(q) ? PAST_YEAR_PENALTY : 0) -
			(figureAside(q) ? FIGURE_ASIDE_PENALTY : 0) -
			(figureAmongFigures(q, single) ? FIGURE_LIST_PENALTY : 0)
		);
	};
}

/**
 * Words that name no part of an event: common and reporting words, titles (every politician
 * has one), months, weekdays and number words (any sentence may carry a date or a count).
 */
const NOT_EVENT_WORDS: ReadonlySet<string> = new Set([
	...COMMON_WORDS,
	...REPORTING_VERBS,
	...PERSON_TITLES.flatMap((t) => t.split(' ')),
	...MONTHS,
	...WEEKDAYS,
	...Object.keys(NUMBER_WORDS)
]);

/** A rough stem, so "resigned", "resigns" and "resignation" meet: an ending off, six letters kept. */
const eventStem = (w: string) =>
	w.replace(/(?:ations?|ions?|ments?|ings?|ed|es|s)$/, '').slice(0, 6);

/** The people, things and acts a text names: its words of four letters or more, names included. */
export function eventWords(text: string): Set<string> {
	const out = new Set<string>();
	for (const raw of text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []) {
		const w = raw.replace(/[’']s$/, '').replace(/[’'-]+$/, '');
		if (w.length < 4 || NOT_EVENT_WORDS.has(w)) continue;
		const stem = eventStem(w);
		if (stem.length >= 4) out.add(stem);
	}
	return out;
}

/**
 * How much of the headline events a phrase names: the people, things and acts of every outlet's
 * headline and lead among its words, each weighted by the share of outlets that put it up top.
 */
export function leadEventWeight(analyses: readonly ArticleAnalysis[]): (text: string) => number {
	const weight = weighUpTop(analyses, eventWords);
	return (text) => {
		let sum = 0;
		for (const w of eventWords(text)) sum += weight.get(w) ?? 0;
		return sum;
	};
}

/**
 * How much of the headline events an evidence set tells: the people, things and acts (names
 * included) of every outlet's headline and lead that its sentence names, each weighted by the
 * share of outlets that put it up top. A sentence that names none of them (another
 * politician's other issue, an earlier hack, a plane's maker) is background, whatever its
 * words share with the rest of an article.
 */
export function leadEventOverlap(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => number {
	let overlap = overlaps.get(analyses);
	if (!overlap) overlaps.set(analyses, (overlap = readLeadEventOverlap(analyses)));
	return overlap;
}

/**
 * leadEventOverlap and the side sections it finds (focus-section.ts), kept per story's analyses
 * while they live: focusAdjustment, sideDetail and others each asked for them, and each time
 * every sentence's words were read again.
 */
const overlaps = new WeakMap<readonly ArticleAnalysis[], (evidence: readonly Span[]) => number>();
const sections = new WeakMap<readonly ArticleAnalysis[], (evidence: readonly Span[]) => boolean>();
function leadSection(analyses: readonly ArticleAnalysis[]): (evidence: readonly Span[]) => boolean {
	let section = sections.get(analyses);
	if (!section)
		sections.set(
			analyses,
			(section = sideSection(analyses, leadEventOverlap(analyses), OPENING_SENTENCES))
		);
	return section;
}

function readLeadEventOverlap(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => number {
	const weight = weighUpTop(analyses, eventWords);
	const text = new Map(analyses.map((a) => [a.article.id, a.article.text]));
	// Many candidates cite one sentence: each is read once (match-cache.ts).
	const wordsOf = memoByText(eventWords);
	return (evidence) => {
		let best = 0;
		for (const e of evidence) {
			let sum = 0;
			for (const w of wordsOf(text.get(e.articleId)?.slice(e.start, e.end) ?? ''))
				sum += weight.get(w) ?? 0;
			best = Math.max(best, sum);
		}
		return best;
	};
}
