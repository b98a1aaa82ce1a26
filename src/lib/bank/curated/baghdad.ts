/**
 * The curated starter bank for the seed story (the storming of the U.S. Embassy in Baghdad,
 * 31 December 2019): source questions first, then facts, timeline, vocabulary and inference.
 */
import { baghdadFactQuestions } from './baghdad-facts';
import { baghdadSourceQuestions } from './baghdad-sources';
import type { CuratedQuestion } from './resolve';

export const baghdadQuestions: CuratedQuestion[] = [
	...baghdadSourceQuestions,
	...baghdadFactQuestions
];
