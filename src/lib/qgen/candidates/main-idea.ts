/**
 * Main idea: "Which sentence best states what the story is mainly about?" The key is an
 * opening sentence whose words the other outlets' headlines and leads share (a single
 * article is main-idea-single.ts's); the wrong answers are true sentences from later in the
 * articles that share almost none of those words, so the difference is clear: each is a
 * side detail, not what the story is about. Asked only when such a lead and three such
 * details exist.
 */
import { COMMON_WORDS, OCCASION_NOUNS, TITLE_ABBREVIATION_WORDS, WEEKDAYS } from '../lexicon';
import type { StoryView } from '../analyze';
import { makeChoices, choiceId, listWords, spanOf } from '../build';
import { notBodyProse } from '../caption';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { datedBefore, isClause, pronounsResolved } from './cause';
import { dateDisagreements, datedEvents } from './compare-dates';
import { laterOccasion } from './compare-later';
import { DATELINE as WIRE_DATELINE } from './detail';
import { normaliseSpace } from '$lib/content/space';
import {
	cutInContrast,
	mainClauseParts,
	sourceAndConditionOnly,
	subordinateOnly
} from './main-clause';
import { looksAhead, overtakesPreview, type LeadTense } from './main-idea-ahead';
import { dropsHeadlineReason } from './main-key-cut';
import { tornChoice } from './torn-choice';

/** Content words, with a plural or possessive "s" taken off so "protesters" meets "protester". */
export function contentWords(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? [])
			.map((w) => w.replace(/['’]s$/, '').replace(/(?<=[a-z]{4})s$/, ''))
			.filter((w) => !COMMON_WORDS.has(w))
	);
}

/** "WASHINGTON ―", "(Reuters) -": the dateline is not part of what the sentence says. */
const DATELINE =
	/^(?:[A-Z][A-Z.,' ]+(?:\([^)]*\))?|(?:[A-Z][A-Za-z.,' ]*\d{1,2}\s*)?\([^)]*\))\s*[―—–-]+\s*/;
export const clean = (text: string) =>
	normaliseSpace(text).replace(DATELINE, '').replace(WIRE_DATELINE, '');

/** A pronoun or linking word that needs the sentence before it. */
const LEANS_BACK =
	/^(?:he|she|they|it|this|that|these|those|his|her|their|its|there|but|and|so|then|also|which|who|however|instead|still|yet|meanwhile|moreover|indeed|the two|both)\b/i;
/** Page furniture and bylines that read like sentences ("Follow her on Twitter", "contributed reporting"). */
// A network's name alone is news ("criticized her sister in a Facebook post"); furniture asks
// the reader to do something there or gives the writer's handle.
const FURNITURE =
	/\b(?:follow (?:him|her|them|us)|(?:like|find|join) us on|on (?:twitter|facebook|instagram) (?:at|@)|contributed (?:to )?(?:this )?report(?:ing)?|reporting by|editing by|is a reporter|is a correspondent|sign up|newsletter|click here|this story has been updated|subscribe)\b|@\w/i;

/** Page furniture or a byline read as a sentence, not something the report tells. */
export const pageFurniture = (text: string) => FURNITURE.test(text);

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * A lead that gives one side's doubt or a stage the story has moved past rather than the event:
 * "critics question whether …", "… could face …", "is expected to …", "is heading to … for a
 * speech" (a preview of what the other outlets report), "plans to …", "hinted
 * that …", or another outlet's report ("…, the Los Angeles Times reports.").
 */
const SLANTED_LEAD =
	/\b(?:[Cc]ritics|[Oo]pponents|[Dd]etractors)\s+(?:say|said|question|questioned|argue|argued|charge|charged|contend|contended)\b|\bquestion(?:s|ed|ing)?\s+whether\b|\braise[sd]?\s+(?:questions|doubts|concerns)\b|\b(?:may|might|could|(?:is|are)\s+(?:expected|set|poised|likely|said|heading|headed)\s+to|plans?\s+to|intends?\s+to|hinted|signaled|signalled|reportedly|allegedly)\b|,\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+report(?:s|ed)\.$|\b(?:open(?:ed|s|ing)?\s+the\s+door|left\s+the\s+door\s+open|floated|toyed\s+with)\b/;

/** "won't resign", "is not running", "rules out": a headline that says what will not happen. */
export const NEGATION =
	/\b(?:not|never|no\s+longer|won['’]t|wo\s+n['’]t|isn['’]t|aren['’]t|doesn['’]t|didn['’]t|can['’]t|rul(?:es|ed|ing)\s+out|den(?:y|ies|ied)|reject(?:s|ed)?|refus(?:es|ed))\b/i;

/**
 * The other outlets have moved past this lead: it hedges ("hinted he might step down") while
 * another headline or lead says what will not happen ("says he won't resign"), it previews an
 * act another headline tells as done (tellsPreviewDone), or it says plainly what most other
 * headlines deny. It is an earlier stage, not the story's main idea.
 */
export function overtaken(lead: string, slanted: boolean, otherHeadlines: string[]): boolean {
	if (NEGATION.test(lead)) return false;
	if (slanted)
		return (
			otherHeadlines.some((t) => NEGATION.test(t)) ||
			otherHeadlines.some((t) => tellsPreviewDone(lead, t))
		);
	// A plain lead gives way only where most headlines deny its own verb ("will resign" beside
	// "won't resign"); "bows out" beside "won't go forward" tells the same event.
	const leadStems = new Set(words(lead.toLowerCase()).map((w) => w.slice(0, 5)));
	const denying = otherHeadlines.filter((t) => {
		const m = new RegExp(
			`${NEGATION.source}\\s+(?:(?:be|to|going|have)\\s+)*([a-z]{4,})`,
			'i'
		).exec(t);
		return !!m && leadStems.has(m[1]!.toLowerCase().slice(0, 5));
	}).length;
	return otherHeadlines.length > 0 && denying * 2 > otherHeadlines.length;
}
/** "is expected to reach", "plans to invoke": the act a preview lead says is still to come. */
const PREVIEWED_ACT =
	/\b(?:(?:is|are)\s+(?:expected|set|poised|likely|heading|headed)|plans?|intends?)\s+to\s+([a-z]{3,})\b/;

/**
 * Another headline tells as done the act a preview lead says is to come: "A caravan is expected
 * to reach the border on Sunday" beside "Caravan Reaches U.S. Border". The outlets published
 * after it happened; the preview is an earlier stage, not what the story is about. A headline
 * that previews it too ("Will Invoke", "Prepare to Reach") has not moved past it.
 */
export function tellsPreviewDone(lead: string, headline: string): boolean {
	const verb = PREVIEWED_ACT.exec(lead)?.[1];
	if (!verb) return false;
	const base = verb.replace(/e$/, '');
	const done = new RegExp(
		`(?<!\\b(?:to|will|would|could|may|might|shall|can)\\s+)\\b${base}(?:e?s|e?d|e|ing)?\\b`,
		'i'
	);
	return done.test(headline);
}

/** "Roe said on Tuesday.", "… announced that.": the lead was cut before what was said. */
export const CUT_BEFORE_POINT =
	/^[^,]*\b(?:said|says|told|announced|declared|reported|that|whether)(?:\s+(?:on\s+)?\w+)?\.$/i;

/** "also", "too", "again", "as well": the sentence adds to one the reader does not see. */
export const ADDS_TO_EARLIER = /\b(?:also|too|again|as well)\b/i;

/** The fewest words of a lead offered as the key; a wrong answer needs ten to stand alone. */
const LEAST_LEAD = 8;
/** The longest sentence offered as a choice: a longer one is hard to read beside the others. */
export const MAX_WORDS = 38;
const MAX_CHARS = 200;
/** Side details kept beside the three wrong answers, to trade for one another item's key gives away. */
const SPARES = 2;

/**
 * A comma before an afterthought: an appositive ("…, a victory for the governor", "…, the
 * daughter of …") or a when or a scope ("…, minutes after the ruling", "…, one day before
 * the convention", "…, from … to …"). What comes before it still says what happened.
 */
const AFTERTHOUGHT =
	/,\s+(?:a|an|the|just|only|minutes|months|years|one|two|three|from|including|even|despite)\s/g;

/**
 * A main clause too long to offer as a choice, cut at its last afterthought that leaves a
 * whole clause of a choice's length; unchanged when it fits or no such cut exists. Only the
 * last piece is cut, so every piece is still the lead's own words.
 */
export function fittedParts(parts: string[]): string[] {
	const text = parts.join(' ');
	if (words(text).length <= MAX_WORDS && text.length <= MAX_CHARS) return parts;
	const last = parts[parts.length - 1]!;
	const before = parts.slice(0, -1).join(' ');
	const cuts = [...last.matchAll(AFTERTHOUGHT)].map((m) => m.index).reverse();
	for (const at of cuts) {
		const piece = `${last.slice(0, at)}.`;
		const whole = `${before} ${piece}`.trim();
		if (
			words(whole).length >= 10 &&
			words(whole).length <= MAX_WORDS &&
			whole.length <= MAX_CHARS &&
			// An unclosed quotation or bracket: the cut fell inside it.
			(whole.match(/[“"(]/g) ?? []).length === (whole.match(/[”")]/g) ?? []).length &&
			// "Though Roe had long opposed the plan, the council …" cut at ", the council": the
			// opening clause alone, without the news.
			!subordinateOnly(whole) &&
			!cutInContrast(piece.replace(/\.$/, '')) &&
			isClause(whole)
		)
			return [...parts.slice(0, -1), piece];
	}
	return parts;
}

/**
 * The key's pieces: the lead cut to fit, else its whole main clause, else the whole lead, the
 * first that keeps the reason the headlines share (a cut that drops ", following allegations
 * of harassment" loses the news). A whole lead too long for a choice then fails standsAlone: no
 * key rather than one that misstates the event.
 */
export function keyParts(lead: string, headlines: Set<string>[]): string[] {
	const main = mainClauseParts(lead);
	for (const parts of [fittedParts(main), main, [lead]]) {
		const text = parts.join(' ');
		if (!dropsHeadlineReason(lead, text, headlines, contentWords)) return parts;
	}
	return [lead];
}

/** A sentence that reads as a statement on its own, fit to be offered as a choice. */
export function standsAlone(a: ArticleAnalysis, s: Sentence, text: string, least = 10): boolean {
	const n = words(text).length;
	return (
		n >= least &&
		n <= MAX_WORDS &&
		text.length <= MAX_CHARS &&
		/[a-z0-9”’)]\.$/.test(text) &&
		!/^[“"‘']/.test(text) &&
		!a.quoted.some((q) => q.start <= s.start + 1 && s.start + 1 <= q.end) &&
		!LEANS_BACK.test(text) &&
		!pageFurniture(text) &&
		!notBodyProse(s, a.sentences) &&
		pronounsResolved(text) &&
		isClause(text)
	);
}

/**
 * A side detail offered as a choice is read without the sentences around it: no opening
 * clause that points back ("Since then", "At the time", "When prosecutors charged …"), no
 * "though" or "also" answering an earlier sentence, and no pronoun without a name before it.
 */
export function selfContained(text: string): boolean {
	if (
		/^(?:since|at the time|among other|by then|even so|when|while|after|as|though|although|if|because|before|until|once|despite|instead|in (?:the|that|this) )\b/i.test(
			text
		) ||
		// "for example": an example of a claim made before it, read without that claim.
		/\b(?:though|however|also|too|again|either|the same|for (?:example|instance))\b|\b(?:him|them|they|their|it|its)\b/i.test(
			text
		) ||
		// "… would counter those gains": a contrast kept whole may point back to what it answers;
		// so do "the two leaders" and "such states", counted or kinded by an earlier sentence.
		/\b(?:those|these|the (?:two|three|four)|such(?!\s+as\b))\s+[a-z]/i.test(text) ||
		// "Roe continued, calling out …", "Roe added that …": more of a speech told before it.
		/^(?:\S+\s+){1,4}(?:continued|added|went on)\b/.test(text)
	)
		return false;
	// "In Harlow for example, where the vote waits until June.": the only verb hangs in a clause
	// off a place or time, and nothing before the comma is a clause; no statement on its own.
	const hanging =
		/^((?:in|at|on|for|like|among|across|from)\s[^,]+),\s*(?:where|when|which|who)\b[^,]*\.$/i.exec(
			text
		);
	if (hanging && !isClause(hanging[1]!)) return false;
	// "The latest meeting gave rise to …", "The closures, which lasted …": a subject that names
	// no one points back to an event of the story, maybe the main one itself.
	if (/^The\s/.test(text) && !/[A-Z]/.test(text.split(/\s+/).slice(1, 5).join(' '))) return false;
	const p = /\b(?:he|she|his|her)\b/i.exec(text);
	return (
		!p ||
		/\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z]|\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+/.test(
			text.slice(0, p.index)
		)
	);
}

/**
 * "Daily A also reported that …", "Roe's voters also turned out": a named subject, then "also"
 * before its verb. The "also" adds the sentence to one before it; without it the statement is the
 * same and true, and reads alone. A subject that itself points back ("The other", "Those") or a
 * clause before the subject is left as it is, for the later tests to judge.
 */
const ADDITIVE_ALSO =
	/^((?!(?:The\s+[a-z]|(?:Other|Those|These|Such|He|She|They|It|This|That)\b))[A-Z][^,;:“"]{0,60}?) also (?=(?:[a-z]+ed|[a-z]+s|said|told|has|have|had|will|would|was|were|is|are|can|could)\b)/;
export const withoutAdditiveAlso = (text: string) => text.replace(ADDITIVE_ALSO, '$1 ');

/**
 * The one full name the story's outlets give each surname ("roe" → "Jane Roe");
 * a surname two people share (two sisters, a father and son) is left out: alone it names neither.
 */
export function storyFullNames(analyses: readonly ArticleAnalysis[]): Map<string, string> {
	const names = new Map<string, Set<string>>();
	for (const a of analyses)
		for (const p of a.people)
			if (p.surname && p.name.includes(' '))
				names.set(p.surname, (names.get(p.surname) ?? new Set()).add(p.name));
	return new Map([...names].filter(([, n]) => n.size === 1).map(([k, n]) => [k, [...n][0]!]));
}

/**
 * selfContained, reading an opening lone surname as the full name the story gives it. After the
 * first mention a report names its people by surname ("Roe was sued by his former aide in
 * 2014"); read beside a key that names Roe in full, "his" is Roe's. A surname the story never
 * completes, or shares between two people, still leaves "his" unresolved. Whether such a
 * sentence retells the key is retellsKey's and topScore's to judge.
 */
export function readsAloneInStory(text: string, fullNames: ReadonlyMap<string, string>): boolean {
	if (selfContained(text)) return true;
	const m = /^([A-Z][\p{L}’'-]+)(?=\s)/u.exec(text);
	const full = m && fullNames.get(m[1]!.toLowerCase());
	return !!full && selfContained(full + text.slice(m[1]!.length));
}

/**
 * The outlets whose opening sentences (the two the key is weighed against) tell of another
 * occasion than the key's lead: the same kind of act by the same people on a different day,
 * either way round (compare-later.ts), as one meeting in a Sunday paper and the next in a
 * Thursday one. Their openings share the lead's subject, not its event. With the noun for the
 * act ("meeting"), or "occasion".
 */
export function otherOccasions(
	view: StoryView,
	key: ArticleAnalysis,
	lead: Sentence
): { outlets: string[]; noun: string } {
	const mine = datedEvents(key).filter((e) => e.mention.sentence === lead.index);
	const outlets: string[] = [];
	for (const a of view.analyses) {
		if (a === key) continue;
		const theirs = datedEvents(a).filter((e) => e.mention.sentence <= 1);
		if (mine.some((x) => theirs.some((y) => laterOccasion(x, y) || laterOccasion(y, x))))
			outlets.push(view.label.get(a.article.id)!);
	}
	const noun =
		mine.flatMap((e) => [...e.verbs].map((v) => OCCASION_NOUNS[v]?.[0])).find(Boolean) ??
		'occasion';
	return { outlets, noun };
}

/** The key as both main-idea families read it: its sentence, its text, the parts it was cut into. */
export interface MainIdeaKey {
	s: Sentence;
	text: string;
	parts: string[];
}

/**
 * Closest to the key's length first (then earliest), so length does not point to the answer:
 * the order both families take wrong answers in.
 */
export const byKeyLength =
	(keyLength: number) => (x: { text: string; s: Sentence }, y: { text: string; s: Sentence }) =>
		Math.abs(words(x.text).length - keyLength) - Math.abs(words(y.text).length - keyLength) ||
		x.s.index - y.s.index;

/** The main-idea question itself, for a story (main-idea.ts) or one article (main-idea-single.ts). */
export function mainIdeaCandidate(
	key: MainIdeaKey,
	wrong: readonly string[],
	prompt: string,
	explanation: string
): Candidate {
	const choices = makeChoices([key.text, ...wrong], key.text);
	return {
		family: 'main-idea',
		draft: {
			...draftBase('inference', prompt, [spanOf(key.s)], explanation, 2),
			type: 'single',
			choices,
			correct: [choiceId(choices, key.text)]
		},
		keyTexts: key.parts.map((p) => p.replace(/\.$/, '')),
		hidden: [],
		answerKey: 'main-idea',
		quality: 0.85,
		position: 0
	};
}

/**
 * A title in front of a name, with the one word that may qualify it ("Republican Sens. Ann Roe",
 * "Gov. Roe", "Former Rep. Poe"): it says who someone is, not what happened, so its words are
 * no sign that a sentence retells the key. Abbreviated titles only, singular or plural; a
 * spelled-out one ("Senator") may be the act itself ("named senator").
 */
const TITLE_BEFORE_NAME = new RegExp(
	`(?:\\b[A-Z][a-z]+\\s+)?\\b(?:${TITLE_ABBREVIATION_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})s?\\.\\s+(?=[A-Z])`,
	'g'
);

/** What ranks one outlet's lead against another's as the main-idea key. */
interface LeadRank extends LeadTense {
	/** Other outlets whose headline and opening share three of its words or more; all words shared. */
	agree: number;
	shared: number;
	slanted: boolean;
	/** It prints a day another outlet gives differently for the same event. */
	contested: boolean;
}

/**
 * Is `lead` a better key than `best`? The tests in order of weight: a done act overtakes a
 * preview of it; a plain lead beats a slanted one; a lead without a contested day beats one with
 * it; then the most agreement, then the most shared words.
 */
function betterLead(lead: LeadRank, best: LeadRank | undefined): boolean {
	if (!best) return true;
	if (overtakesPreview(lead, best, !lead.slanted)) return true;
	if (overtakesPreview(best, lead, !best.slanted)) return false;
	if (best.slanted !== lead.slanted) return best.slanted;
	if (best.contested !== lead.contested) return best.contested;
	return lead.agree > best.agree || (lead.agree === best.agree && lead.shared > best.shared);
}

/**
 * The two tests a later sentence must pass to be a wrong answer beside the key: how much of the
 * headlines' and leads' vocabulary it uses (the key's main person's name aside), and whether it
 * retells the key. Exported for scripts/qgen-eval/main-idea-why.ts.
 */
export function keyVocabulary(
	analyses: ArticleAnalysis[],
	weight: Map<string, number>,
	keyText: string
): { topScore: (text: string) => number; retellsKey: (text: string) => boolean } {
	// The words of the name of the person the key is about (the first it names): every event
	// of the story names its main person, so the name says nothing of whether a sentence tells
	// the main event or a side one ("Roe was sued in 2014" beside "Roe resigned"). Another
	// person the key names still counts: "before backing Poe" beside "endorsed Poe"
	// retells the key. A person the headlines name and the key does not ("The official who
	// refused to testify") may be the key's own subject, and counts too.
	const surname = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
	const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const named = [...new Set(analyses.flatMap((a) => a.people.map((p) => p.name)))]
		.map((name) => ({ name, at: keyText.toLowerCase().search(`\\b${escaped(surname(name))}\\b`) }))
		.filter((x) => x.at >= 0)
		.sort((x, y) => x.at - y.at);
	const subject = named[0] && surname(named[0].name);
	const nameWords = new Set(
		named.filter((x) => surname(x.name) === subject).flatMap((x) => [...contentWords(x.name)])
	);
	// "Mrs. Roe …", "Roe's aides …": the capitalised words the sentence opens with name the key's person.
	const opensOnKeyPerson = (text: string) =>
		[...contentWords(/^(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*/.exec(text)?.[0] ?? '')].some((w) =>
			nameWords.has(w)
		);
	const topScore = (text: string) => {
		let sum = 0;
		for (const w of contentWords(text)) if (!nameWords.has(w)) sum += weight.get(w) ?? 0;
		return sum;
	};
	// The key's words by stem, names and weekdays aside: "resignation" retells "resigned".
	const stems = (text: string) =>
		new Set(
			[...contentWords(text)]
				.filter((w) => !nameWords.has(w) && !(WEEKDAYS as readonly string[]).includes(w))
				.map((w) => w.slice(0, 5))
		);
	const keyStems = stems(keyText);
	// Headline stems: what most headlines say happened ("resigns", "debate").
	const headlineStems = new Map<string, number>();
	for (const a of analyses)
		for (const w of stems(a.article.title)) headlineStems.set(w, (headlineStems.get(w) ?? 0) + 1);
	/**
	 * "Macron's visit underscored deep differences …" beside the key "Macron tried to persuade
	 * Trump … during his White House visit": the subject is the key's person's own act, named
	 * by a word of the key, so the sentence sums up the main event: a second fair main idea.
	 */
	const namesKeyActAsSubject = (text: string) => {
		const m = /^((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)['’]s\s+([a-z]{4,})\b/.exec(text);
		if (!m || ![...contentWords(m[1]!)].some((w) => nameWords.has(w))) return false;
		return [...stems(m[2]!)].some((w) => keyStems.has(w));
	};
	/**
	 * A wrong answer that retells the key ("Roe's resignation took effect at 5 p.m." beside
	 * "Roe resigned on Friday") would be right too: two of the key's stems, or one that half the
	 * headlines print, and it is the main event again.
	 */
	const retellsKey = (text: string) => {
		const shared = [...stems(text.replace(TITLE_BEFORE_NAME, ''))].filter((w) => keyStems.has(w));
		return (
			shared.length >= 2 ||
			shared.some((w) => (headlineStems.get(w) ?? 0) * 2 >= analyses.length) ||
			// "Mrs. Roe defended Ms. Poe" beside the key "Roe defended her handling of the attack"
			// and one headline's "Roe Defends Her Actions": the key's person doing what the key
			// and a headline tell is that outlet's main event, a rival to the key, not a side
			// detail. A detail of someone else ("The committee opened an inquiry into the
			// allegations") may share a headline's word and still be a side event.
			(opensOnKeyPerson(text) && shared.some((w) => headlineStems.has(w))) ||
			namesKeyActAsSubject(text)
		);
	};
	return { topScore, retellsKey };
}

/**
 * Each body sentence after an article's lead (past its first four, not its last) with the text a
 * wrong answer would show: its main clause, cut as the key is, so the choices read alike and
 * form does not point to the key. Shared with scripts/qgen-eval/main-idea-why.ts.
 */
export function* laterSentences(
	analyses: readonly ArticleAnalysis[]
): Generator<{ a: ArticleAnalysis; s: Sentence; text: string }> {
	for (const a of analyses) {
		const body = a.sentences.filter((s) => !notBodyProse(s, a.sentences));
		const last = body[body.length - 1];
		for (const s of body) {
			if (s.index < 4 || s === last) continue;
			yield {
				a,
				s,
				text: withoutAdditiveAlso(fittedParts(mainClauseParts(clean(s.text))).join(' '))
			};
		}
	}
}

export function mainIdeaCandidates(view: StoryView): Candidate[] {
	const analyses = view.analyses;
	// One article read alone has no outlets to agree on its lead: main-idea-single.ts asks it.
	if (analyses.length < 2) return [];
	// How strongly each word is "up top": the share of outlets that put it in the headline or lead.
	const topTexts = analyses.map(
		(a) =>
			`${a.article.title} ${a.sentences
				.slice(0, 2)
				.map((s) => s.text)
				.join(' ')}`
	);
	const top = topTexts.map(contentWords);
	const weight = new Map<string, number>();
	for (const t of top) for (const w of t) weight.set(w, (weight.get(w) ?? 0) + 1 / analyses.length);

	// The key: an opening sentence that the other outlets' headlines and leads agree with.
	let best:
		(LeadRank & { a: ArticleAnalysis; s: Sentence; text: string; parts: string[] }) | undefined;
	let otherCount = 0;
	// The other outlets' headlines: where a later stage of the story shows first.
	const otherHeadlines = (i: number) =>
		analyses.filter((_, j) => j !== i).map((a) => a.article.title);
	const headlineWords = analyses.map((a) => contentWords(a.article.title));
	// Days of an event two outlets give differently ("closed on Monday" / "on Tuesday"), in an
	// opening sentence: a key that prints one is wrong to a reader of the other outlet.
	const contestedDays = dateDisagreements(view)
		.flat()
		.filter((e) => e.mention.sentence <= 1);
	analyses.forEach((a, i) => {
		// The lead is the first sentence of reporting; a later one is background ("Roe, 73, took over …").
		const s = a.sentences.find((x) => !notBodyProse(x, a.sentences));
		if (!s || s.index > 1) return;
		const parts = keyParts(clean(s.text), headlineWords);
		const text = parts.join(' ');
		// A lead may be short ("Rep. Jane Roe resigned from Congress on Friday."): the event is all it says.
		if (!standsAlone(a, s, text, LEAST_LEAD) || /[“”"]/.test(text) || subordinateOnly(text)) return;
		const mine = contentWords(text);
		const others = top.filter((_, j) => j !== i);
		// A lead cut before its point ("Roe said on Tuesday.") says nothing happened.
		if (CUT_BEFORE_POINT.test(text)) return;
		// "The questions also show …": a sentence that adds to one before it (the outlet's real
		// lead, skipped as a dateline or a credit to another outlet) is a detail, not the event.
		if (ADDS_TO_EARLIER.test(text)) return;
		// "Mueller, 73, took over the probe in May 2017" in a 2018 article: background, not the news.
		// Only the main clause counts: "resigned on Monday after an inquiry that began in 2016" is news.
		const mainPart = text.replace(
			/\s+(?:after|because|when|since|following|amid|as|which|who|that)\s.*$/,
			''
		);
		if (datedBefore(`${mainPart}.`, Number(a.article.date.slice(0, 4)))) return;
		const overlapWith = (t: Set<string>) => [...mine].filter((w) => t.has(w)).length;
		// Several outlets open on the same event: each shares at least three of its words.
		const agree = others.filter((t) => overlapWith(t) >= 3).length;
		const shared = others.reduce((n, t) => n + overlapWith(t), 0);
		const needed = Math.min(2, others.length);
		if (agree < needed) return;
		// One outlet's angle ("critics question …") or a stage the story has moved past ("is
		// expected to", "could"): another lead that tells the event itself is preferred.
		const slanted = SLANTED_LEAD.test(text);
		// "… opened the door to an early exit" beside headlines that say "won't resign".
		if (overtaken(text, slanted, otherHeadlines(i))) return;
		// "Roe will step down on March 1" beside a lead no earlier that tells "Roe resigned": the
		// done act is the news; a preview only where no outlet reports it done.
		const ahead = looksAhead(text);
		const date = a.article.date;
		// A lead that leaves the contested day out (or was cut before it) is the safer key.
		const contested = contestedDays.some(
			(e) => e.analysis === a && e.mention.sentence === s.index && text.includes(e.mention.text)
		);
		if (betterLead({ agree, shared, slanted, ahead, date, contested }, best)) {
			best = { a, s, text, parts, agree, shared, slanted, ahead, date, contested };
			otherCount = others.length;
		}
	});
	if (!best) return [];
	const key = best;
	const { topScore, retellsKey } = keyVocabulary(analyses, weight, key.text);

	const fullNames = storyFullNames(analyses);
	// Wrong answers: true side details from later in the articles, sharing little with the headlines.
	const details: { text: string; s: Sentence; article: string }[] = [];
	for (const { a, s, text } of laterSentences(analyses)) {
		if (!standsAlone(a, s, text) || /[“”"]/.test(text) || !readsAloneInStory(text, fullNames))
			continue;
		if (sourceAndConditionOnly(text)) continue;
		// "Shortly afterward, the board …", "One, Ann Roe, …": cut from its place, ruled out by form.
		if (tornChoice(text)) continue;
		// A side detail: next to nothing of the headlines' and leads' vocabulary but the names
		// of the story's people ("Roe was sued by a former aide in 2014" beside "Roe resigned"),
		// so it is a real event of the story, not an off-topic line, yet not the main one.
		if (topScore(text) > 1.4 || retellsKey(text)) continue;
		details.push({ text, s, article: a.article.id });
	}
	const keyLength = words(key.text).length;
	// Close to the key's length, so length does not point to the answer; one per article first.
	details.sort(byKeyLength(keyLength));
	const wrong: typeof details = [];
	const apart = (d: (typeof details)[number], taken: typeof details) => {
		const dw = contentWords(d.text);
		return !taken.some((w) => [...contentWords(w.text)].filter((x) => dw.has(x)).length > 1);
	};
	for (const pass of [true, false])
		for (const d of details) {
			if (wrong.length >= 3 || wrong.includes(d)) continue;
			if (pass && wrong.some((w) => w.article === d.article)) continue;
			if (apart(d, wrong)) wrong.push(d);
		}
	if (wrong.length < 3) return [];
	// Two more side details, apart from the three, for a wrong answer that prints another item's
	// key ("… repay the $84,000" beside a gap keyed 84,000) to trade for (spare-choices.ts).
	const spares: typeof details = [];
	for (const d of details)
		if (spares.length < SPARES && !wrong.includes(d) && apart(d, [...wrong, ...spares]))
			spares.push(d);
	// A sentence far shorter or longer than all the others stands out as the key.
	if (wrong.every((w) => Math.abs(words(w.text).length - keyLength) > 12)) return [];

	const outlet = view.label.get(key.a.article.id)!;
	const prompt = 'Which sentence best states what the story is mainly about?';
	// Only as many outlets as share the lead's words are said to report it, and none that
	// tells of another occasion is said to report the same event.
	const occasions = otherOccasions(view, key.a, key.s);
	const sharing =
		key.agree >= otherCount
			? "the other outlets' headlines and opening sentences share its subject"
			: `${key.agree} of the other ${otherCount} outlets open on its subject`;
	const verb = occasions.outlets.length > 1 ? 'tell' : 'tells';
	const support = occasions.outlets.length
		? `${sharing}, though ${listWords(occasions.outlets)} ${verb} of a different ${occasions.noun}, on another day`
		: key.agree >= otherCount
			? // "About", not "report the same": one headline may tell the event the other way round
				// ("opens door to early exit" beside "resigns"), and a reader holds the feedback to it.
				"the other outlets' headlines and opening sentences are about the same event, each in its own words"
			: `${key.agree} of the other ${otherCount} outlets open on the same event`;
	const explanation = `${outlet} opens with this, and ${support}. The other sentences are true details from later in the articles, not the main idea.`;
	return [
		{
			...mainIdeaCandidate(
				key,
				wrong.map((w) => w.text),
				prompt,
				explanation
			),
			spares: spares.map((d) => d.text)
		}
	];
}
