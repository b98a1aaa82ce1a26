/**
 * What only one outlet reports: "Only one outlet reports that <sentence>. Which outlet?" A
 * story whose headlines share no claim to compare still differs in what each outlet tells of
 * the event: who else was there, what happened next. A false "only one" is a wrong key, so
 * the sentence is asked only when its own words (names, figures, rare words, by a loose stem
 * that also meets "state" in "statewide") are absent from every other article, while it
 * still names the headline events; and only when the other outlets could have reported it
 * (none was filed before the key's outlet, unless the sentence dates the fact by then).
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { isPublisherLine } from '../boilerplate';
import { eventWords, leadEventWeight } from '../focus';
import { NOT_ONLY_ONE } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { earlierEvent } from './detail';
import { clean, selfContained, standsAlone } from './main-idea';

/**
 * The least weight of headline-event words (focus.ts leadEventWeight: each word of the
 * headlines and leads, weighted by the share of outlets that put it up top) a sentence must
 * name: below it the sentence is a side story, not a detail of the event.
 */
const LEAST_EVENT = 1.5;
/** The fewest words of its own (absent from every other article) the sentence must hold. */
const LEAST_OWN = 3;
/** Sentences after this place are background and reaction more than the event. */
const LAST_SENTENCE = 14;

/** A loose stem: five letters, so "statewide" meets "state" and "attended" "attendance". */
const loose = (stem: string) => stem.slice(0, 5);

/** The loose stems and figures of a text: the words by which it may be said to report a fact. */
const reportedWords = (text: string): string[] => [
	...[...eventWords(text)].map(loose),
	...(text.match(/\d[\d,.]*\d|\d/g) ?? [])
];

/** Every loose stem and figure of an article, title included: what it could be said to report. */
function articleWords(a: ArticleAnalysis): Set<string> {
	return new Set(reportedWords(`${a.article.title}. ${a.article.text}`));
}

const day = (iso: string | undefined) => (iso ?? '').slice(0, 10);

/**
 * The other outlets could have reported the sentence's fact: none of them was filed before the
 * key's outlet, or the sentence dates its fact on or before the day the earliest was filed.
 */
export function reportableByAll(
	a: ArticleAnalysis,
	s: Sentence,
	others: ArticleAnalysis[]
): boolean {
	const dates = a.mentions.filter((m) => m.sentence === s.index && m.kind === 'date' && m.iso);
	const earliest = others.map((b) => day(b.article.date)).sort()[0] ?? '';
	if (dates.some((m) => day(m.iso) > earliest)) return false;
	if (!earliest || day(a.article.date) <= earliest) return true;
	return dates.length > 0 && dates.every((m) => day(m.iso) <= earliest);
}

/**
 * The sentence said as a that-clause: a first word that is plainly common ("The", "After",
 * "Some") in lower case; anything else may be a name ("Americans", "Mr. Roe") and is kept.
 */
export function asClause(text: string): string {
	const body = text.replace(/\.$/, '');
	return /^(?:The|A|An|In|On|At|After|Before|During|Later|Some|Several|Many|More|Most|About|Nearly|Almost|Police|Officials|Hundreds|Thousands|Dozens)\b/.test(
		body
	)
		? body[0]!.toLowerCase() + body.slice(1)
		: body;
}

export function onlyOneCandidates(view: StoryView): Candidate[] {
	const outlets = [...new Set(view.label.values())];
	// One article per outlet, three or more: "only one outlet" needs others that could tell it.
	if (outlets.length < 3 || outlets.length !== view.analyses.length) return [];
	const words = new Map(view.analyses.map((a) => [a, articleWords(a)]));
	const headlines = new Set(
		view.analyses.flatMap((a) => [...eventWords(a.article.title)].map(loose))
	);
	// One per story: two outlets' own details in one set read as one question asked twice, and
	// the second is more often a reading of the event that the first outlet gives otherwise.
	let found: { a: ArticleAnalysis; s: Sentence; text: string; weight: number } | undefined;
	for (const a of view.analyses) {
		const others = view.analyses.filter((b) => b !== a);
		// The headline events as the other outlets put them up top: the key's own lead would
		// count its own detail as a headline event.
		const weigh = leadEventWeight(others);
		let best: { s: Sentence; text: string; weight: number } | undefined;
		for (const s of a.sentences) {
			if (s.index === 0 || s.index > LAST_SENTENCE) continue;
			const text = clean(s.text);
			if (
				/["“”]/.test(text) ||
				NOT_ONLY_ONE.test(text) ||
				isPublisherLine(text) ||
				!standsAlone(a, s, text, 12) ||
				!selfContained(text)
			)
				continue;
			const weight = weigh(text);
			if (weight < LEAST_EVENT) continue;
			// A day months or years back, or an earlier year: background the others may leave out.
			const year = Number(day(a.article.date).slice(0, 4));
			if (
				a.mentions.some(
					(m) => m.sentence === s.index && m.kind === 'date' && earlierEvent(m.iso, a.article.date)
				) ||
				(text.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => Number(y) < year)
			)
				continue;
			// Each word (loosely stemmed) and figure of the sentence is the story's, named in a
			// headline or by every other outlet, or its own, named by none: one that some other
			// outlet names may be the same detail told in other words, and "only one" is false.
			const all = reportedWords(text);
			const story = (w: string) => headlines.has(w) || others.every((b) => words.get(b)!.has(w));
			const own = all.filter((w) => !story(w));
			const told = own.filter((w) => others.some((b) => words.get(b)!.has(w)));
			if (own.length < LEAST_OWN || told.length) continue;
			// An anchor the reader can check: a name or figure that only this outlet prints
			// (who else was there, how many). Without one the sentence is most often the
			// outlet's own reading of the event, which another may give in words of its own.
			const anchored = a.mentions.some(
				(m) =>
					m.sentence === s.index &&
					m.kind !== 'date' &&
					reportedWords(m.text).some((w) => own.includes(w))
			);
			if (!anchored) continue;
			if (!reportableByAll(a, s, others)) continue;
			if (!best || weight > best.weight) best = { s, text, weight };
		}
		if (!best || (found && found.weight >= best.weight)) continue;
		found = { a, ...best };
	}
	if (!found) return [];
	const { a, s, text } = found;
	const label = view.label.get(a.article.id)!;
	const choices = makeChoices(outlets.slice(0, 6), text);
	const rest = outlets.filter((o) => o !== label);
	return [
		{
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					`Only one outlet reports that ${asClause(text)}. Which outlet?`,
					[spanOf(s)],
					`${label} reports it: “${text}” ${rest.join(' and ')} do not report it.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, label)]
			},
			keyTexts: [text.slice(0, 30)],
			hidden: [],
			answerKey: `only-one:${label}`,
			quality: 0.6,
			position: s.index
		}
	];
}
