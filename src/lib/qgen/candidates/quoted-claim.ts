/**
 * What the families that ask inside a speaker's quotation share (quote-figure.ts: a figure;
 * quote-stance.ts: a stance word). In one article read alone, a quotation whose named speaker
 * surely said it gives one question, asked as that speaker's claim ("Jane Roe said: “…____…”"),
 * never as what happened: words in quotation marks are someone's claim, not the outlet's fact.
 * Only one article read alone: a story of several outlets has the writers' own facts and
 * comparisons to ask first.
 */
import type { Choice } from '$lib/bank/schema';
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, spanOf } from '../build';
import { introducedAsBody } from '../person-choices';
import type { ArticleAnalysis, Quote, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { ownsQuote, remarkKeys, speakerEvidence } from './source';

/** Quoted words shown: enough to read as a claim, short enough to read at a glance. */
const WORDS = { min: 8, max: 35 };

/**
 * Words that open a quoted sentence by pointing back ("That cost us 40 jobs", "It took 11
 * hours", "These 300 families"): what it is about is told in a sentence the prompt leaves out.
 */
const POINTS_BACK =
	/^(?:that|this|these|those|it|its|it['’]s|they|them|their|there|he|she|his|her|which|so|and|but|or|because|the\s+ones?)\b/i;

/** The quoted stretch of `s` that `q` covers, as article offsets; undefined when it is none. */
function quotedPart(q: Quote, s: Sentence): { start: number; end: number } | undefined {
	const start = Math.max(q.start, s.start);
	const end = Math.min(q.end, s.end);
	return start < end ? { start, end } : undefined;
}

/** The quoted words as a sentence of their own: "We lost 40 jobs," → "We lost 40 jobs." */
function asSentence(text: string): string {
	const t = text
		.replace(/^[\s“”"‘’']+|[\s“”"‘’']+$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return /[.!?]$/.test(t) ? t : `${t.replace(/[,;:—–-]+$/, '')}.`;
}

/** Most words capitalised: a title of a book, a show or a campaign, not a remark. */
function titleLike(text: string): boolean {
	const words = text.split(/\s+/).filter((w) => /^[\p{L}\d]/u.test(w) && w.length > 3);
	return (
		words.length > 0 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length / words.length > 0.6
	);
}

export interface QuotedClaim {
	/** Article offsets of the quoted stretch of the sentence. */
	start: number;
	end: number;
	/** The quoted words as the article writes them. */
	raw: string;
	/** The same as a sentence of its own (asSentence). */
	claim: string;
}

/**
 * The stretch of sentence `s` inside quotation `q` as a claim that stands alone: a quoted
 * sentence's own start (a capital, not words cut from the middle of one), of readable length,
 * not opening with a word that points back. Undefined otherwise.
 */
export function quotedClaim(text: string, q: Quote, s: Sentence): QuotedClaim | undefined {
	const part = quotedPart(q, s);
	if (!part) return undefined;
	const raw = text.slice(part.start, part.end);
	const claim = asSentence(raw);
	const words = claim.split(/\s+/).length;
	if (words < WORDS.min || words > WORDS.max || !/^\p{Lu}/u.test(claim)) return undefined;
	if (POINTS_BACK.test(claim)) return undefined;
	return { ...part, raw, claim };
}

/** The claim's words with `length` characters from `offset` (in `raw`) gapped, as a sentence. */
export const gappedClaim = (c: QuotedClaim, offset: number, length: number): string =>
	asSentence(`${c.raw.slice(0, offset)}____${c.raw.slice(offset + length)}`);

/** One quotation to ask about, with what every question on it needs. */
export interface SpeakerQuote {
	a: ArticleAnalysis;
	q: Quote;
	speaker: string;
	outlet: string;
	/** The quotation's keys (source.ts, remarkKeys): the set asks one question per quotation. */
	quotations: string[];
}

/**
 * Each quotation of one article read alone whose speaker the generator named in full and
 * surely said these words (quote.ts asks the same), titles in quotation marks left out, given
 * to `ask`; one question per quotation however many sentences it runs to, `max` in all.
 */
export function askQuotations(
	view: StoryView,
	ask: (sq: SpeakerQuote) => Candidate | undefined,
	max = Infinity
): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const q of a.quotes) {
		if (out.length >= max) break;
		const speaker = q.speaker;
		if (!speaker || !speaker.includes(' ') || q.partial) continue;
		if (!view.people.some((p) => sameName(p, speaker)) || introducedAsBody(speaker, view)) continue;
		if (!ownsQuote(a, q) || !speakerEvidence(a, q)) continue;
		// "Big Laughs: 30 Years of Cartoons": a title in quotation marks, no one's words.
		if (titleLike(q.text)) continue;
		const quotations = remarkKeys(view, [q], speaker);
		if (quotations.some((k) => asked.has(k))) continue;
		const c = ask({ a, q, speaker, outlet, quotations });
		if (!c) continue;
		quotations.forEach((k) => asked.add(k));
		out.push(c);
	}
	return out;
}

/**
 * The question on sentence `s` of a quotation, credited to its speaker: `ask` follows the
 * gapped words in the prompt. Its evidence is the whole quotation when it holds the sentence.
 */
export function claimCandidate(
	sq: SpeakerQuote,
	s: Sentence,
	shown: string,
	ask: string,
	key: string,
	choices: Choice[],
	answerKey: string,
	quality: number
): Candidate {
	const { q, speaker, outlet } = sq;
	return {
		family: 'fact',
		draft: {
			...draftBase(
				'fact',
				`${speaker} said: “${shown}” ${ask}`,
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
		answerKey,
		quotations: sq.quotations,
		quality,
		position: s.index
	};
}
