/**
 * Offline question generator: turns one story (one or more outlets' articles)
 * into ranked, evidence-backed bank questions. Pure TypeScript, no DOM, so it
 * runs the same in Node, in tests and in a Web Worker.
 */
import type { Article, Question } from '$lib/bank/schema';
import { runPipeline } from './pipeline';

export interface GenerateInput {
	storyId: string;
	/** Articles of one story; `text` already cleaned (paragraphs split by "\n\n"). */
	articles: Article[];
}

export interface GenerateProgress {
	stage: string;
	done: number;
	total: number;
}

export interface GenerateOptions {
	/** Most questions to return (default 40). */
	max?: number;
	onProgress?: (p: GenerateProgress) => void;
	/** Polled between stages; when it returns true generation stops and returns what it has. */
	shouldCancel?: () => boolean;
}

/**
 * Questions for one story, best first, already diversified and validated
 * against QuestionSchema. Deterministic: the same input gives the same output.
 */
export function generateQuestions(input: GenerateInput, options: GenerateOptions = {}): Question[] {
	return runPipeline(input, options);
}
