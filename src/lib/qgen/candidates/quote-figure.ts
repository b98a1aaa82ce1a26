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
import { makeChoices } from '../build';
import { boundsBoth, figureBounds, hedgeBounds, normalise, withinBounds } from '../distractors';
import { figureValue } from '../figure-rank';
import type { ArticleAnalysis, Mention } from '../types';
import { NUMBER_WORD_PATTERN } from '../lexicon';
import type { Candidate } from './candidate';
import {
	askFigure,
	figureText,
	inList,
	partsAddUp,
	storyTextOf,
	usable,
	wrongAnswers
} from './detail';
import {
	askQuotations,
	claimCandidate,
	gappedClaim,
	quotedClaim,
	type SpeakerQuote
} from './quoted-claim';

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
	sq: SpeakerQuote,
	titles: string[]
): Candidate | undefined {
	const { a, q, outlet } = sq;
	const text = a.article.text;
	for (const m of a.mentions) {
		if (m.kind !== 'quantity' || m.start < q.start || m.end > q.end) continue;
		const s = a.sentences[m.sentence];
		if (!s || m.start < s.start || m.end > s.end) continue;
		const claim = quotedClaim(text, q, s);
		if (!claim || COUNT_POINTS_BACK.test(claim.claim)) continue;
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
		if (/^\d{4}$/.test(key) || (/^\p{Lu}/u.test(key) && at > claim.start + 2)) continue;
		// "60 percent or 70 percent", "three, four and even five hours", "$10 million in revenue,
		// but we spent $9.9 million": another figure of the same kind beside the key bounds it
		// or gives it away.
		if (sameKindBeside(a, m, claim) || LIST_BEFORE.test(before) || LIST_AFTER.test(after)) continue;
		const rel = at - s.start;
		if (inList(s.text, rel, key.length) || partsAddUp(m.value!, s.text, rel, key.length)) continue;
		const read = figureBounds(before, after);
		const bounds = boundsBoth(
			withinBounds(key, read) ? read : {},
			hedgeBounds(before, figureValue(key) ?? m.value!)
		);
		const wrong = wrongAnswers(view, a, m, key, s.text, undefined, bounds);
		if (wrong.length < 2) continue;
		const shown = gappedClaim(claim, at - claim.start, key.length);
		if (!shown.includes('____')) continue;
		// "The Group of Five, all ____ of them": the key written again beside the gap.
		if (new RegExp(`\\b${escapeRegExp(key)}\\b`, 'i').test(shown)) continue;
		const choices = makeChoices([key, ...wrong], shown);
		// Below the writer's own figures (detail.ts, 0.55): a claim is a lesser fact.
		return claimCandidate(
			sq,
			s,
			shown,
			askFigure(m, key, before, after),
			key,
			choices,
			`quote-figure:${normalise(key)}:${s.index}`,
			0.5
		);
	}
	return undefined;
}

export function quoteFigureCandidates(view: StoryView): Candidate[] {
	const titles = view.analyses.map((a) => a.article.title.toLowerCase());
	return askQuotations(view, (sq) => figureQuestion(view, sq, titles));
}
