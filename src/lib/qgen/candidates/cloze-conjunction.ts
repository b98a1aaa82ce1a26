/**
 * Gaps in the sentences of one article read alone that open "But" or "And". The cloze pass
 * leaves every such sentence out, its opening leaning on the sentence before; in a long
 * article some carry a plain fact ("But Roe lost the general election to Poe that November"),
 * and the prompt shows them without the conjunction (build.ts). Asked only when the quiz runs
 * short (pipeline.ts), and only when the word after the conjunction names its own subject:
 * "But he said", "And that was" lean on a referent the question does not show.
 */
import type { StoryView } from '../analyze';
import { withReferent } from '../pronoun-referent';
import type { Candidate } from './candidate';
import { CLOZE_SENTENCE, clozeCandidates } from './cloze';

/** "But" or "And", then a word that names its own subject (not "he", "it", "that", "I" …). */
const CONJUNCTION =
	/^(?:But|And)\s+(?!(?:he|she|they|it|its|this|that|these|those|his|her|their|them|we|our|I|you|your|so|yet|then)\b)\S/u;

export const conjunctionOpener = (text: string) => CONJUNCTION.test(text);

export function conjunctionClozeCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	// Only the sentences the cloze pass left out for their opening: no gap is proposed twice. A
	// later "his" the sentence before names is named in brackets, as in every single article.
	return clozeCandidates(view, view, { ...CLOZE_SENTENCE, only: conjunctionOpener }).map(
		(c) => withReferent(c, a) ?? c
	);
}
