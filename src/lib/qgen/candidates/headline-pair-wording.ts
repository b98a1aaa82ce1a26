/**
 * Word choice in two headlines. headline-wording.ts asks "Two of the headlines write 'gay
 * marriage'. Which outlet's headline words it differently?", which needs a majority wording and
 * so three headlines; a teacher who imports two reports got nothing where the two name one
 * thing in their own words ("Ruiz Reaffirms Belief …" beside "Ruiz Reaffirms Opposition …",
 * "fiscal crisis" beside "fiscal cliff"). Here, as headline-pair.ts does for verbs and
 * subjects, the choices are the two wordings, swapped, and one for both: knowing one headline
 * rules out half of them, only reading both finds the key.
 */
import { swappedPairItem } from '../build';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import { headlineQuestion, type Headed } from './headline';
import { FUNCTION, nearKey } from './headline-lookup-words';
import { inSpeakersWords } from './headline-speaker-words';
import { headlineTokens, nearKeys, wordingSlots } from './headline-wording';

/**
 * A phrase as a choice prints it: in lower case, so that one outlet's title case ("Reaffirms
 * Opposition", "Migrant Caravan") beside the other's sentence case gives no headline away. The
 * words of a wording slot are common words (wordingSlots), so only abbreviations ("U.S.",
 * "GOP") keep their capitals.
 */
export function choiceCase(phrase: string): string {
	return phrase
		.split(/(\s+|-)/)
		.map((w) => (/\./.test(w) || /^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
		.join('');
}

/** The word families of a wording's content words, to find them in the other headline. */
const families = (words: string) =>
	headlineTokens(words)
		.filter((t) => !FUNCTION.test(t.text.toLowerCase()) && t.key !== '')
		.map((t) => nearKey(t.text));

/**
 * Two headlines that share a word and put different words of their own beside it: which
 * words does each use? Not words a speaker's colon or quotation marks make the speaker's (no
 * outlet chose them), and not a wording the other headline prints elsewhere, by word family:
 * "Both headlines: …" would then be arguable.
 */
export function pairWording(
	heads: Headed[],
	evidence: Span[],
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length !== 2) return [];
	const [a, b] = heads as [Headed, Headed];
	for (const slot of wordingSlots([a.title, b.title], isName)) {
		const [wa, wb] = slot.words;
		const [pa, pb] = slot.phrases;
		if (!wa || !wb || !pa || !pb) continue;
		if (inSpeakersWords(a.title, wa, isName) || inSpeakersWords(b.title, wb, isName)) continue;
		if (families(wa).some((k) => nearKeys(b.title).has(k))) continue;
		if (families(wb).some((k) => nearKeys(a.title).has(k))) continue;
		const [ca, cb] = [choiceCase(pa), choiceCase(pb)];
		const pairItem = swappedPairItem(
			a.outlet,
			`“${ca}”`,
			b.outlet,
			`“${cb}”`,
			'Both headlines',
			`pair-wording:${a.title}`
		);
		const anchor = slot.anchor.toLowerCase();
		return [
			headlineQuestion(
				{
					...draftBase(
						'compare',
						// Not "each with words of its own": a prompt that says the wordings differ rules out both
						// "Both headlines: …" choices before any headline is read.
						`Both headlines use the word “${anchor}”. Which words does each headline write beside it?`,
						evidence,
						`${a.outlet}'s headline writes “${pa}”: “${a.title}”; ${b.outlet}'s writes “${pb}”: “${b.title}”. Beside the shared word “${anchor}”, each outlet chose its own.`,
						2
					),
					...pairItem
				},
				// Below the grammar contrasts of two headlines (headline-pair.ts): the first ten ask
				// one headline question, and this one only where none of those is asked.
				0.64
			)
		];
	}
	return [];
}
