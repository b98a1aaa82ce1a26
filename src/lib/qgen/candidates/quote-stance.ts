/**
 * A stance word inside a speaker's quotation, asked as that speaker's words: "Jane Roe said:
 * “Most of the council will ____ the new bridge plan next week.” Choose what belongs in the gap,
 * as Jane Roe put it." (support / oppose / ignore). An interview or a statement printed in full
 * is mostly one person's words; word-gap.ts asks only the writer's own sentences (a quoted word is
 * a claim, not the outlet's fact), so such an article got few gaps. Here the gap is credited to
 * the speaker, with the same contrasts (WORD_CONTRASTS, lexicon.ts: stances, judgements, outcomes
 * a speaker claims, "a victory for …") and the same tests of form and sense as word-gap.ts, and
 * the guards of quote-figure.ts on the quotation.
 *
 * Only one article read alone, as quote-figure.ts: a story of several outlets has comparisons to
 * ask first.
 */
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, spanOf } from '../build';
import { introducedAsBody } from '../person-choices';
import type { ArticleAnalysis, Quote } from '../types';
import { draftBase, type Candidate } from './candidate';
import { POINTS_BACK, asSentence, quotedPart, titleLike } from './quote-figure';
import { ownsQuote, remarkKeys, speakerEvidence } from './source';
import { formsOf, wordGapIn } from './word-gap';

/** Quoted words shown: enough to read the speaker's position, short enough to read at a glance. */
const WORDS = { min: 8, max: 35 };
/** Up to two per article: more would make an interview's quiz one kind of question. */
const MAX_PER_ARTICLE = 2;
/**
 * "The last two terrorist ____ on our soil": a form in -s after a word that is no subject is a
 * plural noun, and the verbs offered beside it ("praises", "defends") would not fit the sentence.
 */
const NOUN_IN_S = /(?:^|\s)(?!(?:he|she|it|who|that|which|also|now|still)\s+$)[a-z]+\s+$/;

/**
 * Whether `text` writes any form of `lemma`, or a word built on it ("endorsement" for
 * "endorse"): a headline or a neighbouring sentence that does tells the key.
 */
function writesLemma(text: string, lemma: string, pos: 'verb' | 'noun' | 'adjective'): boolean {
	const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
	const stem = lemma.length > 4 ? lemma.replace(/e$/, '') : lemma;
	const forms = [lemma, ...Object.values(formsOf(pos, lemma))].filter((f): f is string => !!f);
	return words.some((w) => forms.includes(w) || (stem.length > 3 && w.startsWith(stem)));
}

function stanceQuestion(
	a: ArticleAnalysis,
	q: Quote,
	speaker: string,
	outlet: string,
	quotations: string[]
): Candidate | undefined {
	const text = a.article.text;
	for (const s of a.sentences) {
		if (s.end <= q.start || s.start >= q.end) continue;
		const part = quotedPart(q, s);
		if (!part) continue;
		const raw = text.slice(part.start, part.end);
		const claim = asSentence(raw);
		const words = claim.split(/\s+/).length;
		// A quoted sentence's own start, not words cut from the middle of one.
		if (words < WORDS.min || words > WORDS.max || !/^\p{Lu}/u.test(claim)) continue;
		if (POINTS_BACK.test(claim) || /\?\s*$/.test(claim)) continue;
		const gap = wordGapIn(raw, text);
		// "____ in New Hampshire amplifies …": a key opening the sentence shows by its capital.
		if (!gap || gap.at === 0) continue;
		const pos = /^an?\s/.test(gap.key) ? 'noun' : 'verb';
		if (pos === 'verb' && /s$/.test(gap.key) && NOUN_IN_S.test(raw.slice(0, gap.at))) continue;
		// A word the sentence before or after repeats, or the headline prints, gives the key away.
		const near = a.sentences
			.filter((x) => Math.abs(x.index - s.index) === 1)
			.map((x) => x.text)
			.join(' ');
		if (writesLemma(`${near} ${a.article.title}`, gap.lemma, pos)) continue;
		const gappedRaw = `${raw.slice(0, gap.at)}____${raw.slice(gap.at + gap.key.length)}`;
		const shown = asSentence(gappedRaw);
		if (!shown.includes('____') || writesLemma(`${speaker} ${shown}`, gap.lemma, pos)) continue;
		const choices = makeChoices([gap.key, ...gap.wrong], shown);
		return {
			family: 'fact',
			draft: {
				...draftBase(
					'fact',
					`${speaker} said: “${shown}” Choose what belongs in the gap, as ${speaker} put it.`,
					[spanOf(q.context.start <= s.start && q.context.end >= s.end ? q.context : s)],
					`${outlet}: “${s.text.trim()}”`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, gap.key)]
			},
			keyTexts: [gap.key],
			hidden: [],
			excerpt: shown,
			answerKey: `quote-stance:${gap.lemma}:${s.index}`,
			quotations,
			// Below the writer's own gaps (word-gap.ts, 0.45): a claim is a lesser fact.
			quality: 0.4,
			position: s.index
		};
	}
	return undefined;
}

export function quoteStanceCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const q of a.quotes) {
		if (out.length >= MAX_PER_ARTICLE) break;
		// A speaker the generator named, who surely said these words (quote-figure.ts asks the same).
		const speaker = q.speaker;
		if (!speaker || !speaker.includes(' ') || q.partial) continue;
		if (!view.people.some((p) => sameName(p, speaker)) || introducedAsBody(speaker, view)) continue;
		if (!ownsQuote(a, q) || !speakerEvidence(a, q)) continue;
		// "Big Laughs: 30 Years of Cartoons": a title in quotation marks, no one's words.
		if (titleLike(q.text)) continue;
		// One gap per quotation, however many sentences it runs to.
		const keys = remarkKeys(view, [q], speaker);
		if (keys.some((k) => asked.has(k))) continue;
		const c = stanceQuestion(a, q, speaker, outlet, keys);
		if (!c) continue;
		keys.forEach((k) => asked.add(k));
		out.push(c);
	}
	return out;
}
