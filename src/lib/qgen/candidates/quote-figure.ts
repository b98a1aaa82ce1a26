/**
 * A figure a speaker states inside a quotation, asked as that speaker's claim: "Roe said:
 * “We lost ____ workers in one year.” How many? …". An article that is mostly quotation (an
 * interview, a statement printed in full) gets few questions from detail.ts, which asks only
 * the writer's own figures: a figure inside quotation marks is someone's claim, not the
 * outlet's fact, so it is asked here with the speaker named, never as what happened.
 *
 * Only one article read alone (an imported single article): a story of several outlets has
 * the writers' own figures and comparisons to ask first.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, spanOf } from '../build';
import { boundsBoth, figureBounds, hedgeBounds, normalise, withinBounds } from '../distractors';
import { figureValue } from '../figure-rank';
import { introducedAsBody } from '../person-choices';
import type { ArticleAnalysis, Mention, Quote, Sentence } from '../types';
import { NUMBER_WORD_PATTERN } from '../lexicon';
import { draftBase, type Candidate } from './candidate';
import {
	askFigure,
	figureText,
	inList,
	partsAddUp,
	storyTextOf,
	usable,
	wrongAnswers
} from './detail';
import { ownsQuote, remarkKeys, speakerEvidence } from './source';

/** Quoted words shown: enough to read as a claim, short enough to read at a glance. */
const WORDS = { min: 8, max: 35 };

/**
 * Words that open a quoted sentence by pointing back ("That cost us 40 jobs", "It took 11
 * hours", "These 300 families"): what is counted is told in a sentence the prompt leaves out.
 */
export const POINTS_BACK =
	/^(?:that|this|these|those|it|its|it['’]s|they|them|their|there|he|she|his|her|which|so|and|but|or|because|the\s+ones?)\b/i;
/** "Five are right of center": a count whose noun is in an earlier sentence. */
const COUNT_POINTS_BACK = new RegExp(
	`^(?:${NUMBER_WORD_PATTERN}|\\d[\\d,]*)\\s+(?:are|were|is|was|have|had|of)\\b`,
	'i'
);

/**
 * The figure sits in a score, a range or a compound ("won 3-2", "10-to-15", "a 4-year-old"):
 * its neighbour gives the answer away or the figure is part of a label.
 */
const JOINED_BEFORE = /[\d][-–—/]$|[-–—/]$/;
const JOINED_AFTER = /^[-–—/:]\s*\d|^-[a-z]/;

/** The quoted stretch of `s` that `q` covers, as article offsets; undefined when it is none. */
export function quotedPart(q: Quote, s: Sentence): { start: number; end: number } | undefined {
	const start = Math.max(q.start, s.start);
	const end = Math.min(q.end, s.end);
	return start < end ? { start, end } : undefined;
}

/** The quoted words as a sentence of their own: "We lost 40 jobs," → "We lost 40 jobs." */
export function asSentence(text: string): string {
	const t = text
		.replace(/^[\s“”"‘’']+|[\s“”"‘’']+$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return /[.!?]$/.test(t) ? t : `${t.replace(/[,;:—–-]+$/, '')}.`;
}

/** "for three, four and even ____ hours": a figure after other figures of a list. */
const LIST_BEFORE = new RegExp(
	`(?:\\d|\\b${NUMBER_WORD_PATTERN})\\s*(?:,|\\band\\b|\\bor\\b|\\bto\\b)(?:\\s+(?:even|maybe|perhaps|possibly|then))?\\s*$`,
	'i'
);
/** "____, four or five hours": a figure before others of a list (not "$2 billion, two-year"). */
const LIST_AFTER = new RegExp(
	`^\\s*(?:,|\\band\\b|\\bor\\b|\\bto\\b)\\s*(?:\\d[\\d,.]*|${NUMBER_WORD_PATTERN})(?![-\\w])`,
	'i'
);

/** Most words capitalised: a title of a book, a show or a campaign, not a remark. */
export function titleLike(text: string): boolean {
	const words = text.split(/\s+/).filter((w) => /^[\p{L}\d]/u.test(w) && w.length > 3);
	return (
		words.length > 0 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length / words.length > 0.6
	);
}

/** The first word of what a figure counts, singular: "percent", "hour", "dollar". */
const unitOf = (m: Mention) =>
	(m.noun ?? '').toLowerCase().split(/\s+/)[0]!.replace(/s$/, '') + (/\$/.test(m.text) ? '$' : '');

/** Another figure in the quoted words that counts what the key counts, or sits in a list with it. */
function sameKindBeside(a: ArticleAnalysis, m: Mention, part: { start: number; end: number }) {
	return a.mentions.some(
		(o) =>
			o !== m &&
			o.kind === 'quantity' &&
			o.start >= part.start &&
			o.end <= part.end &&
			(unitOf(o) === unitOf(m) ||
				Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) < 20)
	);
}

function figureQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	q: Quote,
	speaker: string,
	outlet: string,
	titles: string[]
): Candidate | undefined {
	const text = a.article.text;
	for (const m of a.mentions) {
		if (m.kind !== 'quantity' || m.start < q.start || m.end > q.end) continue;
		const s = a.sentences[m.sentence];
		if (!s || m.start < s.start || m.end > s.end) continue;
		const part = quotedPart(q, s);
		if (!part) continue;
		const shownText = text.slice(part.start, part.end);
		const claim = asSentence(shownText);
		const words = claim.split(/\s+/).length;
		// A quoted sentence's own start, not words cut from the middle of one ("“cut 500 jobs”").
		if (words < WORDS.min || words > WORDS.max || !/^\p{Lu}/u.test(claim)) continue;
		if (POINTS_BACK.test(claim) || COUNT_POINTS_BACK.test(claim)) continue;
		// "Big Laughs: 30 Years of Cartoons": a title in quotation marks, no one's words.
		if (titleLike(q.text)) continue;
		if (!usable(m, s, titles, outlet, storyTextOf(view))) continue;
		const key = figureText(m);
		const at = m.end - key.length;
		if (text.slice(at, m.end) !== key) continue;
		const before = text.slice(s.start, at);
		const after = text.slice(m.end, s.end);
		if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after)) continue;
		// "No. ____", "Route ____", "at ____ Elm Street": a number that labels something.
		if (/\b(?:No|Nos|Route|Room|Article|Section|Chapter|Flight|Highway)\.?\s*$/i.test(before))
			continue;
		if (/^\s+\p{Lu}\p{Ll}+\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd)\b/u.test(after))
			continue;
		// "a dozen", "two dozen": the made-up wrong counts run one way ("two, three, four dozen"),
		// and the key is guessed as the smallest.
		if (/\bdozens?\b/i.test(key)) continue;
		// "warming by 2100", "the Walk for Twenty drive": a year or a number in a name, no count.
		if (/^\d{4}$/.test(key) || (/^\p{Lu}/u.test(key) && at > part.start + 2)) continue;
		// "60 percent or 70 percent", "three, four and even five hours", "$10 million in revenue,
		// but we spent $9.9 million": another figure of the same kind beside the key bounds it
		// or gives it away.
		if (sameKindBeside(a, m, part) || LIST_BEFORE.test(before) || LIST_AFTER.test(after)) continue;
		const rel = at - s.start;
		if (inList(s.text, rel, key.length) || partsAddUp(m.value!, s.text, rel, key.length)) continue;
		const read = figureBounds(before, after);
		const bounds = boundsBoth(
			withinBounds(key, read) ? read : {},
			hedgeBounds(before, figureValue(key) ?? m.value!)
		);
		const wrong = wrongAnswers(view, a, m, key, s.text, undefined, bounds);
		if (wrong.length < 2) continue;
		const offset = at - part.start;
		const raw = text.slice(part.start, part.end);
		const gappedRaw = `${raw.slice(0, offset)}____${raw.slice(offset + key.length)}`;
		const shown = asSentence(gappedRaw);
		if (!shown.includes('____')) continue;
		// "The Group of Five, all ____ of them": the key written again beside the gap.
		if (new RegExp(`\\b${escapeRegExp(key)}\\b`, 'i').test(shown)) continue;
		const choices = makeChoices([key, ...wrong], shown);
		return {
			family: 'fact',
			draft: {
				...draftBase(
					'fact',
					`${speaker} said: “${shown}” ${askFigure(m as Mention, key, before)}`,
					[spanOf(q.context.start <= s.start && q.context.end >= s.end ? q.context : s)],
					`${outlet}: “${s.text.trim()}”`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, key)]
			},
			keyTexts: [key],
			hidden: [],
			excerpt: shown,
			answerKey: `quote-figure:${normalise(key)}:${s.index}`,
			quotations: remarkKeys(view, [q], speaker),
			// Below the writer's own figures (detail.ts, 0.55): a claim is a lesser fact.
			quality: 0.5,
			position: s.index
		};
	}
	return undefined;
}

export function quoteFigureCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const titles = [a.article.title.toLowerCase()];
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const q of a.quotes) {
		// A speaker the generator named, who surely said these words (quote.ts asks the same).
		const speaker = q.speaker;
		if (!speaker || !speaker.includes(' ') || q.partial) continue;
		if (!view.people.some((p) => sameName(p, speaker)) || introducedAsBody(speaker, view)) continue;
		if (!ownsQuote(a, q) || !speakerEvidence(a, q)) continue;
		// One figure per quotation, however many sentences it runs to.
		const keys = remarkKeys(view, [q], speaker);
		if (keys.some((k) => asked.has(k))) continue;
		const c = figureQuestion(view, a, q, speaker, outlet, titles);
		if (!c) continue;
		keys.forEach((k) => asked.add(k));
		out.push(c);
	}
	return out;
}
