/**
 * Pure helpers the question components share: list moves and cloze splitting
 * (the shown order of items is $lib/quiz/item-order's business). No DOM here, so the quiz page and
 * tests can use them too. The empty answer per type is grading's business
 * ($lib/quiz/grade), so there is one definition of "unanswered".
 */
import { CLOZE_GAP, type OrderingQuestion, type Question } from '$lib/bank/model';
import { emptyResponse } from '$lib/quiz/grade';
import { startingOrder } from '$lib/quiz/item-order';
import type { Response } from '$lib/quiz/types';

/** The response if it fits the question's type, otherwise a fresh one. */
export function responseFor(question: Question, response: Response | null | undefined): Response {
	return response && response.type === question.type ? response : emptyResponse(question);
}

/**
 * The order to display: the student's order when it is a permutation of the
 * items, else the shuffled start order. An unanswered ordering has an empty
 * order, and a stored answer may predate an edit to the question.
 */
export function displayedOrder(
	question: OrderingQuestion,
	order: readonly string[],
	seed: string
): string[] {
	const ids = question.items.map((item) => item.id);
	const isPermutation =
		order.length === ids.length &&
		ids.every((id) => order.includes(id)) &&
		new Set(order).size === order.length;
	return isPermutation ? order.slice() : startingOrder(question, seed);
}

/** A copy of `list` with the element at `from` moved by `delta` places (clamped to the ends). */
export function moveItem<T>(list: readonly T[], from: number, delta: number): T[] {
	const out = list.slice();
	const to = Math.min(out.length - 1, Math.max(0, from + delta));
	if (from < 0 || from >= out.length || to === from) return out;
	const [item] = out.splice(from, 1);
	out.splice(to, 0, item as T);
	return out;
}

/** A cloze prompt split around its gap. A prompt without a gap puts the input at the end. */
export function splitCloze(prompt: string): { before: string; after: string } {
	const gap = new RegExp(CLOZE_GAP.source).exec(prompt);
	if (!gap) return { before: prompt, after: '' };
	return { before: prompt.slice(0, gap.index), after: prompt.slice(gap.index + gap[0].length) };
}
