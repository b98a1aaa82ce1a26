/**
 * The same remark, introduced differently: one outlet writes that the speaker "charged" or
 * "falsely stated" what the others write he "said". Which verb a reporter puts before someone's
 * words is word choice a reader should notice (BASIL marks "went so far as to say", "complained"):
 * the outlet's own word, never the speaker's, so it is read only outside the quotation marks,
 * in the quote's own sentence, right after the speaker's name or pronoun.
 */
import { wordAlternatives } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { groupQuotes } from '../align';
import { choiceId, outletChoices, shortQuote, spanOf } from '../build';
import {
	countWordTitle,
	FALSITY_ADVERBS,
	FALSITY_WORDS,
	REPORTING_VERBS,
	STANCE_REPORTING_VERBS
} from '../lexicon';
import type { ArticleAnalysis, Quote } from '../types';
import { draftBase, type Candidate } from './candidate';
import { SAYING } from './fact';
import { plainWord, plainWords } from './quotation';
import { remarkKeys } from './source';

/** "falsely stated", "charged", "went so far as to say": a judgement in the words that introduce a quote. */
const STANCE = new RegExp(
	String.raw`\b(?:(?:${wordAlternatives(FALSITY_ADVERBS)})\s+(?:${wordAlternatives(REPORTING_VERBS)})|${wordAlternatives(STANCE_REPORTING_VERBS)})\b`,
	'g'
);

/** Any judgement of the words in an outlet's own: "making a false claim" as much as "falsely said". */
const JUDGED = new RegExp(
	String.raw`\b(?:${wordAlternatives([...FALSITY_ADVERBS, ...FALSITY_WORDS, ...STANCE_REPORTING_VERBS])})\b`,
	'i'
);

/** The quote's sentence as the outlet wrote it around the quote: quoted words blanked out. */
export function ownWords(a: ArticleAnalysis, q: Quote): string {
	let text = a.article.text.slice(q.context.start, q.context.end);
	for (const s of a.quoted)
		if (s.start < q.context.end && q.context.start < s.end) {
			const from = Math.max(0, s.start - q.context.start);
			const to = Math.min(text.length, s.end - q.context.start);
			text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
		}
	return text;
}

/**
 * The judging words an outlet introduces the quote with, as written, or undefined: only right
 * after the speaker as the sentence names them ("Bloomberg also charged that …", "he falsely
 * claimed"), at most three words between, so a verb of someone else in the sentence is not read.
 */
export function stanceOf(a: ArticleAnalysis, q: Quote): string | undefined {
	const own = ownWords(a, q);
	const who = q.speakerText.split(/\s+/).at(-1);
	if (!who) return undefined;
	for (const m of own.matchAll(STANCE)) {
		const before = own.slice(0, m.index);
		const at = before.lastIndexOf(who);
		if (at < 0) continue;
		const between = before.slice(at + who.length).trim();
		if (/[,;:.]/.test(between) || between.split(/\s+/).filter(Boolean).length > 3) continue;
		// "Roe admitted he had watched the show, and added: '…'": the judging verb tells of another
		// act and a plain verb introduces the quote. Read the stance only when it stands by the
		// quote: at most four words before the quote it introduces ("charged that Roe had '…'"),
		// or right after the quote and its speaker ("'…,' Roe charged"), with no clause between.
		const quoteAt = q.start - q.context.start;
		const quoteEnd = q.end - q.context.start;
		const stanceEnd = m.index! + m[0].length;
		const link =
			quoteAt >= stanceEnd
				? own.slice(stanceEnd, quoteAt)
				: quoteEnd >= 0 && quoteEnd <= at
					? own.slice(quoteEnd, at)
					: undefined;
		if (
			link === undefined ||
			/[;.?!]|\band\b|\bbut\b/i.test(link) ||
			SAYING.test(link) ||
			link.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 4
		)
			continue;
		return m[0];
	}
	return undefined;
}

/** Below this a shared run of words is too little to show as the remark. */
const LEAST_SHARED_WORDS = 5;

/**
 * The first run of at least `LEAST_SHARED_WORDS` words that every transcription prints (case and
 * punctuation aside), as long as it goes, as the first one writes it: the remark's opening reads
 * as the remark, where a longer run from its middle ("and contractors who …") reads as a piece.
 * The first transcription whole when no such run exists. Written here: a common run of words is
 * a few lines, and no library of ours offers one.
 */
export function sharedWording(texts: readonly string[]): string {
	const first = texts[0]!.split(/\s+/).filter(Boolean);
	const others = texts.slice(1).map((t) => ` ${plainWords(t).join(' ')} `);
	const printedByAll = (i: number, j: number) => {
		const run = ` ${first.slice(i, j).map(plainWord).filter(Boolean).join(' ')} `;
		return others.every((o) => o.includes(run));
	};
	for (let i = 0; i + LEAST_SHARED_WORDS <= first.length; i++) {
		if (!printedByAll(i, i + LEAST_SHARED_WORDS)) continue;
		let j = i + LEAST_SHARED_WORDS;
		while (j < first.length && printedByAll(i, j + 1)) j++;
		return first
			.slice(i, j)
			.join(' ')
			.replace(/^[“"‘']+|[“”"‘’',;:—–-]+$/g, '');
	}
	return texts[0]!;
}

export function describeQuoteVerbCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 2 || outlets.length !== view.analyses.length) return out;
	const byId = new Map(view.analyses.map((a) => [a.article.id, a]));
	for (const g of groupQuotes(view.analyses)) {
		// Each outlet's first quoting of the remark, in its own sentence.
		const first = new Map<string, Quote>();
		for (const q of g.quotes) if (!first.has(q.articleId)) first.set(q.articleId, q);
		if (first.size < 2) continue;
		const told = [...first.values()].map((q) => ({
			q,
			stance: stanceOf(byId.get(q.articleId)!, q)
		}));
		// One outlet judges the words; the others introduce them without a judgement anywhere in
		// their own words ("…, making a false claim" judges too: no "plain verb" contrast then).
		const judged = told.filter((t) => t.stance);
		if (judged.length !== 1) continue;
		if (told.some((t) => !t.stance && JUDGED.test(ownWords(byId.get(t.q.articleId)!, t.q))))
			continue;
		const key = judged[0]!;
		const label = (q: Quote) => view.label.get(q.articleId)!;
		// Shown as words every outlet prints: "angry shareholders" in one and "angry stockholders"
		// in another are two transcriptions, and the prompt would claim one.
		const quote = shortQuote(sharedWording(told.map((t) => t.q.text)), 14);
		const choices = outletChoices(outlets, label(key.q), 6, `${key.stance}:${quote}`);
		const others = told.filter((t) => t !== key).map((t) => label(t.q));
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					`${countWordTitle(told.length, 2, 'Several')} outlets quote ${g.speaker}: “${quote}”. Which outlet introduces these words with “${key.stance}” rather than a plain verb of saying?`,
					told.map((t) => spanOf(t.q.context)),
					`${label(key.q)} writes “${key.stance}”; ${others.join(' and ')} ${others.length > 1 ? 'introduce' : 'introduces'} the same words without a judgement of them.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, label(key.q))]
			},
			keyTexts: [key.stance!],
			hidden: [],
			answerKey: `describe:quote:${g.speaker}:${key.stance}`,
			subject: `describe-quote:${g.speaker}:${quote}`,
			// "Who said …?" on the same remark is answered by this prompt: the ten ask it once.
			quotations: remarkKeys(view, g.quotes, g.speaker),
			quality: 0.9,
			position: Math.min(...told.map((t) => t.q.sentence))
		});
	}
	return out;
}
