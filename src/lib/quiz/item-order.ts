/**
 * The order a student sees a question's items in. Stored order gives keys away (authors and
 * generators tend to put the right answer first), so choice lists, matching rows and their
 * options, and an ordering question's start are shuffled with a seed made of the attempt and the
 * question: a reload shows the same order, a new attempt a new one, and nothing needs storing.
 *
 * Only what is shown moves. Responses, grading and stored answers use item ids, never positions.
 */
import type {
	Choice,
	EvidenceQuestion,
	MatchingQuestion,
	OrderingQuestion,
	Question
} from '$lib/bank/model';
import { emptyResponse } from './grade';
import { seededShuffle, shuffleAwayFromOriginal } from './shuffle';
import type { Response } from './types';

/**
 * The seed for one question's order within one attempt. Without an attempt (a teacher's
 * preview) the question id alone keeps the order stable.
 */
export function orderSeed(attemptId: string | null | undefined, questionId: string): string {
	return attemptId ? `${attemptId}|${questionId}` : questionId;
}

function shuffled<T>(question: Question, items: readonly T[], seed: string): T[] {
	return question.fixedOrder ? items.slice() : seededShuffle(items, seed);
}

/**
 * The answer choices in the order shown. True/false always reads True, False; a question
 * marked `fixedOrder` ("all of the above") keeps its stored order.
 */
export function shownChoices(question: Question, seed: string): Choice[] {
	if (!('choices' in question)) return [];
	if (question.type === 'truefalse') return question.choices.slice();
	return shuffled(question, question.choices, `${seed}|choices`);
}

/** Part B of a two-part question: the candidate sentences in the order shown. */
export function shownEvidenceChoices(
	question: EvidenceQuestion,
	seed: string
): EvidenceQuestion['evidenceChoices'] {
	return shuffled(question, question.evidenceChoices, `${seed}|evidence`);
}

/** A matching question's rows (left items) in the order shown. */
export function shownPairs(question: MatchingQuestion, seed: string): MatchingQuestion['pairs'] {
	return shuffled(question, question.pairs, `${seed}|rows`);
}

/**
 * A matching question's right-hand options: distinct texts, always shuffled. Even with
 * `fixedOrder` (which keeps the rows), stored order would line the answers up with the rows.
 */
export function matchingOptions(question: MatchingQuestion, seed: string): string[] {
	const texts = [...question.pairs.map((p) => p.right), ...(question.extraRights ?? [])];
	return seededShuffle([...new Set(texts)], `${seed}|options`);
}

/** The item ids of an ordering question as the student first sees them: never already solved. */
export function startingOrder(question: OrderingQuestion, seed: string): string[] {
	return shuffleAwayFromOriginal(
		question.items.map((item) => item.id),
		`${seed}|items`
	);
}

/**
 * The answer a question starts with. Nothing is chosen, except that an ordering question
 * starts with its shown order, so a student who thinks it is already right can check it as is.
 */
export function startingResponse(question: Question, seed: string): Response {
	return question.type === 'ordering'
		? { type: 'ordering', order: startingOrder(question, seed) }
		: emptyResponse(question);
}
