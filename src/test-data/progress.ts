import type { Question } from '$lib/bank/schema';
import { grade } from '$lib/quiz/grade';
import type { AnswerRecord, Attempt, Response, StoryProgress } from '$lib/quiz/types';
import { STORY_ID } from './article';

/** When a test attempt starts, unless a test says otherwise. */
export const START = '2026-03-02T09:00:00.000Z';

/** `seconds` after START, as an ISO time. */
export const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();

/**
 * An attempt over `questions` in that order. Each given response is graded by the real grader
 * (so a test reads "the student answered this") and answered 30 s after the one before it.
 * Unfinished unless `extra` says otherwise; the student is on the first unanswered question.
 */
export function makeAttempt(
	questions: Question[],
	responses: Partial<Record<string, Response>> = {},
	extra: Partial<Attempt> = {}
): Attempt {
	const answers: Attempt['answers'] = {};
	questions.forEach((q, i) => {
		const response = responses[q.id];
		if (!response) return;
		const { correct, credit } = grade(q, response);
		answers[q.id] = { questionId: q.id, response, correct, credit, answeredAt: at(30 * (i + 1)) };
	});
	return {
		id: 'attempt-1',
		storyId: questions[0]?.storyId ?? STORY_ID,
		startedAt: START,
		questionIds: questions.map((q) => q.id),
		answers,
		currentIndex: Object.keys(answers).length,
		...extra
	};
}

/**
 * An unfinished attempt holding answer records as a device stored them (see makeAnswer), one per
 * question, in the order given; it starts when the first was answered unless `startedAt` says.
 */
export function makeRecordedAttempt(
	storyId: string,
	records: AnswerRecord[],
	startedAt = records[0]?.answeredAt ?? START
): Attempt {
	return {
		id: `${storyId}-1`,
		storyId,
		startedAt,
		questionIds: [...new Set(records.map((r) => r.questionId))],
		answers: Object.fromEntries(records.map((r) => [r.questionId, r])),
		currentIndex: 0
	};
}

/** A student's progress on one story: its attempts, oldest first. */
export function makeProgress(
	attempts: Attempt[],
	storyId = attempts[0]?.storyId ?? STORY_ID
): StoryProgress {
	return { storyId, attempts };
}
