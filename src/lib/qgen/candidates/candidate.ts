/** What every question family produces, before checks, ranking and selection. */
import type { Question, Skill } from '$lib/bank/schema';
import type { Span } from '../types';

export type Family =
	| 'source'
	| 'compare'
	| 'quote'
	| 'fact'
	| 'cloze'
	| 'timeline'
	/** Why and what-led-to questions from the text's own connectives. */
	| 'cause'
	/** Which sentence best states what the story is mainly about. */
	| 'main-idea'
	/** A term the text itself defines (see candidates/vocabulary.ts). */
	| 'vocabulary';

/** Question fields that depend only on the family; id and score are set when ranked. */
export type Draft = Question extends infer Q
	? Q extends Question
		? Omit<Q, 'id' | 'score' | 'storyId' | 'origin' | 'status'>
		: never
	: never;

export interface Candidate {
	family: Family;
	draft: Draft;
	/** Each must occur in at least one evidence span: proves the key is in the text. */
	keyTexts: string[];
	/** Must not occur in the prompt: the answer would leak. */
	hidden: string[];
	/** Normalised answer, so selection can avoid asking the same thing twice. */
	answerKey: string;
	/** Family-specific confidence, 0..1 (clear evidence, good distractors). */
	quality: number;
	/** Article text copied into the prompt; checked for pronouns that lost their antecedent. */
	excerpt?: string;
	/**
	 * Who or what a source question is about; the set asks about each subject once, so
	 * "which outlets quote X" never stands beside "which outlet does not mention X".
	 */
	subject?: string;
	/**
	 * The quotations a quote question draws on (see quotation.ts): the first ten ask about each
	 * quotation once, whichever of its sentences a question shows.
	 */
	quotations?: string[];
	/** Earliest sentence index the question draws on; earlier facts are more central. */
	position: number;
	/** Made by the fill stage (one article read through) when the story's first ten ran short. */
	fill?: boolean;
	/**
	 * Answered by finding words in one headline (headline-lookup.ts, headline-stress.ts), not by
	 * reading what they say: counted by scripts/qgen-eval/headline-debug.ts. (A prompt that quotes
	 * the key's own words is a last resort in selection: Ranked.headlineCopied.)
	 */
	lookup?: boolean;
	/**
	 * Asks which verb each headline uses for one act (headline.ts verbMatching;
	 * headline-pair.ts pairVerbs): answered by spotting a word in each headline, not by reading
	 * what they say. Blind readers mark it a look-up, and a trivial synonym spot when the verbs
	 * mean the same ("bows out", "pulling out"), so it gives way to a comparison between the
	 * outlets (select-misfit.ts, verbSpotWaits).
	 */
	verbSpot?: boolean;
	/**
	 * Wrong answers a sentence-choice item did not use, taken by its own rules: one of its wrong
	 * answers that prints what another item of the first ten asks trades for one of these once
	 * the set is chosen (spare-choices.ts).
	 */
	spares?: string[];
}

export function draftBase(
	skill: Skill,
	prompt: string,
	evidence: Span[],
	explanation: string,
	difficulty: 1 | 2 | 3
) {
	return {
		skill,
		prompt,
		evidence: evidence.map((e) => ({ articleId: e.articleId, start: e.start, end: e.end })),
		explanation,
		difficulty,
		tags: ['generated']
	};
}
