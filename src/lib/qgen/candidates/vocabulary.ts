/**
 * Vocabulary in context, only where the text itself proves the meaning. No dictionary is
 * available offline, so a gloss is never guessed: the question is built from a definition the
 * writer gives ("The term 'X' refers to Y", "X, a term for Y", "X — that is, Y"), and asks
 * "Which term does the article use for Y?". The wrong choices are other short terms the same
 * story sets in quotation marks: words a reader sees in the articles, each meaning something else.
 */
import type { StoryView } from '../analyze';
import { looksLikeHeadline } from '../caption';
import { hash, makeChoices, choiceId, spanOf } from '../build';
import { COMMON_WORDS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';

export interface Definition {
	term: string;
	gloss: string;
}

const Q = `["“‘']`;
const QE = `["”’']`;
/** A term of one to four words; quoted or not, it is what the sentence explains. */
const TERM = `(?:${Q}([^"“”‘’']{2,40})${QE}|\\b([a-z][a-z-]{3,}))`;
const GLOSS = `([a-z][^;:.!?()]{6,160})`;

/**
 * The ways news English defines a word in passing. Each keeps the term and the gloss apart
 * by the writer's own words ("refers to", "a term for", "that is"), never by guessing.
 */
const DEFINING: readonly RegExp[] = [
	// The term "deep state" typically refers to a shadow government of …
	new RegExp(
		`\\b(?:the )?(?:term|phrase|word|expression) ${TERM},? (?:\\w+ly )?(?:refers to|means|describes|is used (?:for|to describe)) ${GLOSS}`,
		'i'
	),
	// "gerrymandering," a term for drawing districts to favour one party
	new RegExp(
		`${TERM},?${QE}?,? (?:a|the) (?:term|word|phrase) (?:for|used (?:for|to describe)) ${GLOSS}`,
		'i'
	),
	// filibustering — that is, talking a bill to death —
	new RegExp(`${TERM},? (?:—|–|--|,) ?that is,? ${GLOSS}`, 'i'),
	// "redlining" means refusing loans …   /   "redlining" is defined as …
	new RegExp(
		`${Q}([^"“”‘’']{2,40})${QE},? (?:means|is defined as|is the practice of) ${GLOSS}`,
		'i'
	)
];

/** The gloss up to its clause end, short enough for a prompt. */
function trimGloss(gloss: string): string | undefined {
	const words = gloss
		.split(/\s*(?:,|—|–|--)\s*/)[0]!
		.trim()
		.split(/\s+/);
	if (words.length < 2 || words.length > 16) return undefined;
	return words.join(' ');
}

/** A term worth asking: lower-case words (not a name), at least one of them less common. */
function askable(term: string): boolean {
	const words = term.toLowerCase().split(/\s+/);
	if (words.length > 4 || term !== term.toLowerCase()) return false;
	return words.some((w) => w.length >= 5 && !COMMON_WORDS.has(w));
}

/** Definitions the sentence itself gives, outside quotation marks that are someone's words. */
export function definitionsIn(text: string): Definition[] {
	const out: Definition[] = [];
	for (const pattern of DEFINING) {
		const m = pattern.exec(text);
		if (!m) continue;
		const term = (m[1] ?? m[2] ?? '').trim();
		const gloss = trimGloss(m[3] ?? m[2] ?? '');
		if (!term || !gloss || !askable(term)) continue;
		// A gloss that repeats the term explains nothing.
		if (gloss.toLowerCase().includes(term.toLowerCase())) continue;
		out.push({ term, gloss });
	}
	return out;
}

/** Short lower-case terms a story sets in quotation marks (scare quotes too): the wrong choices. */
function quotedTerms(analyses: ArticleAnalysis[]): string[] {
	const out = new Set<string>();
	for (const a of analyses)
		for (const q of a.quoted) {
			const t = a.article.text
				.slice(q.start, q.end)
				.replace(/^["“‘']|["”’']$/g, '')
				.trim()
				.replace(/[,.;:!?]+$/, '');
			if (/^[a-z][a-z -]*$/.test(t) && t.split(' ').length <= 3 && askable(t)) out.add(t);
		}
	return [...out];
}

export function vocabularyCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const asked = new Set<string>();
	const others = quotedTerms(view.analyses);
	for (const a of view.analyses) {
		for (const s of a.sentences) {
			// A sentence that opens inside a quote is the speaker's, not the writer's, definition;
			// one in lower case is the tail of a broken sentence. (The caption test is not used: a
			// definition is in the present tense and stands alone, as captions do.)
			if (/^\W*[“"]|^[a-z]/.test(s.text.trim()) || looksLikeHeadline(s, a.sentences)) continue;
			for (const d of definitionsIn(s.text)) {
				const key = d.term.toLowerCase();
				if (asked.has(key)) continue;
				const wrong = others.filter((t) => t.toLowerCase() !== key && !d.gloss.includes(t));
				if (wrong.length < 2) continue;
				asked.add(key);
				out.push(termQuestion(view, a, s, d, wrong.slice(0, 3)));
			}
		}
	}
	return out;
}

function termQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	d: Definition,
	wrong: string[]
): Candidate {
	const choices = makeChoices([d.term, ...wrong], d.term);
	return {
		family: 'vocabulary',
		draft: {
			...draftBase(
				'vocabulary',
				`Which term does ${view.label.get(a.article.id)} use for “${d.gloss}”?`,
				[spanOf(s)],
				`${view.label.get(a.article.id)} explains the term: “${s.text.trim()}”`,
				2
			),
			type: 'single',
			choices,
			correct: [choiceId(choices, d.term)]
		},
		keyTexts: [d.term, d.gloss],
		hidden: [d.term],
		answerKey: `vocabulary:${hash(d.term.toLowerCase())}`,
		quality: 0.8,
		position: s.index
	};
}
