/**
 * A chosen gap on one outlet's sentence ("<Outlet> writes: “… ____ …” <ask>", choices of the
 * key and its wrong answers): the shape word-gap.ts and figure-tally.ts both ask, written once.
 */
import { choiceId, makeChoices, spanOf } from '../build';
import type { Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';

/** The sentence with the key's span at `at` made a gap, its spacing tidied. */
export const gapSentence = (text: string, at: number, key: string): string =>
	`${text.slice(0, at)}____${text.slice(at + key.length)}`.replace(/\s+/g, ' ').trim();

export interface ChosenGap {
	/** The sentence asked and the outlet that writes it. */
	s: Sentence;
	outlet: string;
	/** The sentence as shown, with its gap. */
	gapped: string;
	key: string;
	wrong: readonly string[];
	/** What the prompt asks after the shown sentence. */
	ask: string;
	answerKey: string;
	quality: number;
}

export function chosenGapCandidate(g: ChosenGap): Candidate {
	const choices = makeChoices([g.key, ...g.wrong], g.gapped);
	return {
		family: 'fact',
		draft: {
			...draftBase(
				'fact',
				`${g.outlet} writes: “${g.gapped}” ${g.ask}`,
				[spanOf(g.s)],
				`${g.outlet}: “${g.s.text.trim()}”`,
				2
			),
			type: 'single',
			choices,
			correct: [choiceId(choices, g.key)]
		},
		keyTexts: [g.key],
		hidden: [],
		excerpt: g.gapped,
		answerKey: g.answerKey,
		quality: g.quality,
		position: g.s.index
	};
}
