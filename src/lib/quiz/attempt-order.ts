/**
 * How a planned quiz becomes an attempt's fixed question order, and how a stored attempt
 * is laid back out as sections when it resumes (even if the bank changed since).
 */
import type { Question } from '$lib/bank/schema';
import type { QuizSection } from './plan';
import type { Attempt } from './types';

/** A new attempt asks the sections' questions in the plan's order, each question once. */
export function attemptQuestionIds(sections: QuizSection[]): string[] {
	return [...new Set(sections.flatMap((s) => s.questionIds))];
}

/** Question id -> question. */
export function questionsById(questions: Question[]): Map<string, Question> {
	return new Map(questions.map((q) => [q.id, q]));
}

/** Question id -> its section, for the questions a plan covers. */
export function sectionsByQuestion(sections: QuizSection[]): Map<string, QuizSection> {
	const map = new Map<string, QuizSection>();
	for (const section of sections) for (const id of section.questionIds) map.set(id, section);
	return map;
}

/**
 * The attempt's questions that still exist, in the attempt's order. A teacher may delete a
 * question while a student is half-way through; the student then simply skips it.
 */
export function attemptQuestions(attempt: Attempt, questions: Question[]): Question[] {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return attempt.questionIds
		.map((id) => byId.get(id))
		.filter((q): q is Question => q !== undefined);
}

/**
 * The index to show from `from` onwards: the first question that still exists, or
 * `questionIds.length` when none is left (the attempt is ready to finish).
 */
export function nextAvailableIndex(attempt: Attempt, questions: Question[], from: number): number {
	const available = new Set(questions.map((q) => q.id));
	let index = Math.max(0, from);
	while (index < attempt.questionIds.length && !available.has(attempt.questionIds[index]!)) index++;
	return Math.min(index, attempt.questionIds.length);
}
