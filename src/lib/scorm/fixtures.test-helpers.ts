/** Questions of every type and attempts over them, shared by the SCORM unit tests. */
import {
	clozeQ,
	evidenceQ,
	matchingQ,
	multiQ,
	numericQ,
	orderingQ,
	singleQ,
	STORY_ID,
	trueFalseQ
} from '$lib/components/fixtures';
import type { Question } from '$lib/bank/schema';
import { grade } from '$lib/quiz/grade';
import type { Attempt, Response } from '$lib/quiz/types';
import * as scorm12 from 'scorm-again/scorm12';
import { scormAttemptId } from './suspend';
import type Scorm12APIClass from 'scorm-again/scorm12';

export { STORY_ID };
export const EVERY_TYPE: Question[] = [
	singleQ,
	multiQ,
	trueFalseQ,
	clozeQ,
	numericQ,
	matchingQ,
	orderingQ,
	evidenceQ
];

export const START = '2026-03-02T09:00:00.000Z';

/** Seconds after START, as an ISO time. */
export const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();

/** An attempt over `questions` in order, with each given response graded as the quiz does. */
export function attemptWith(
	questions: Question[],
	responses: Record<string, Response>,
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
		id: scormAttemptId(START),
		storyId: questions[0]?.storyId ?? STORY_ID,
		startedAt: START,
		questionIds: questions.map((q) => q.id),
		answers,
		currentIndex: Object.keys(answers).length,
		...extra
	};
}

/**
 * scorm-again's LMS-side SCORM 1.2 runtime. Its type declarations name a default export while
 * its ES build exports the class by name, hence the cast.
 */
export const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12APIClass }).Scorm12API;
export type Scorm12API = Scorm12APIClass;
