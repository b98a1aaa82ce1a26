/**
 * Reading and writing an attempt's answers by question id. Question ids come from files, and
 * the id pattern allows "__proto__", "constructor" and "hasOwnProperty": on a plain object
 * `answers[id]` would find Object.prototype's members and call such a question answered (and
 * score NaN), and `answers["__proto__"] = x` would change the object's prototype instead of
 * storing an answer. So reads check own properties only, and writes build null-prototype
 * objects where every id is an ordinary key.
 */
import type { AnswerRecord, Attempt } from './types';

export function answerFor(
	answers: Attempt['answers'],
	questionId: string
): AnswerRecord | undefined {
	return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

export function hasAnswer(answers: Attempt['answers'], questionId: string): boolean {
	return answerFor(answers, questionId) !== undefined;
}

/** A copy of `answers` (null prototype) with `record` stored under its question id. */
export function withAnswer(answers: Attempt['answers'], record: AnswerRecord): Attempt['answers'] {
	const next: Attempt['answers'] = Object.create(null);
	for (const key of Object.keys(answers)) next[key] = answers[key]!;
	next[record.questionId] = record;
	return next;
}
