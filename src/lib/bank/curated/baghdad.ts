/**
 * The curated starter bank for the seed story (the storming of the U.S. Embassy in Baghdad,
 * 31 December 2019), in the order a teacher would read it: sources and disagreements first,
 * then quotes, facts, the timeline, words in context and inferences.
 */
import { baghdadCompareQuestions } from './baghdad-compare';
import { baghdadFactQuestions } from './baghdad-facts';
import { baghdadInferenceQuestions } from './baghdad-inference';
import { baghdadQuoteQuestions } from './baghdad-quotes';
import { baghdadSourceQuestions } from './baghdad-sources';
import { baghdadTimelineQuestions } from './baghdad-timeline';
import { baghdadVocabularyQuestions } from './baghdad-vocabulary';
import type { CuratedQuestion } from './resolve';

export const baghdadQuestions: CuratedQuestion[] = [
	...baghdadSourceQuestions,
	...baghdadCompareQuestions,
	...baghdadQuoteQuestions,
	...baghdadFactQuestions,
	...baghdadTimelineQuestions,
	...baghdadVocabularyQuestions,
	...baghdadInferenceQuestions
].sort((a, b) => a.id.localeCompare(b.id));
