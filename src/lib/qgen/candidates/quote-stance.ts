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
import { makeChoices } from '../build';
import type { Candidate } from './candidate';
import {
	askQuotations,
	claimCandidate,
	gappedClaim,
	quotedClaim,
	type SpeakerQuote
} from './quoted-claim';
import { formsOf, wordGapIn } from './word-gap';

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

function stanceQuestion(sq: SpeakerQuote): Candidate | undefined {
	const { a, q, speaker } = sq;
	const text = a.article.text;
	for (const s of a.sentences) {
		if (s.end <= q.start || s.start >= q.end) continue;
		const claim = quotedClaim(text, q, s);
		if (!claim || /\?\s*$/.test(claim.claim)) continue;
		const { raw } = claim;
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
		const shown = gappedClaim(claim, gap.at, gap.key.length);
		if (!shown.includes('____') || writesLemma(`${speaker} ${shown}`, gap.lemma, pos)) continue;
		const choices = makeChoices([gap.key, ...gap.wrong], shown);
		// Below the writer's own gaps (word-gap.ts, 0.45): a claim is a lesser fact.
		return claimCandidate(
			sq,
			s,
			shown,
			`Choose what belongs in the gap, as ${speaker} put it.`,
			gap.key,
			choices,
			`quote-stance:${gap.lemma}:${s.index}`,
			0.4
		);
	}
	return undefined;
}

export function quoteStanceCandidates(view: StoryView): Candidate[] {
	return askQuotations(view, stanceQuestion, MAX_PER_ARTICLE);
}
