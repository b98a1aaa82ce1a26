/**
 * Pure progress rules, kept apart from storage so they are easy to test and
 * to reason about when two tabs touch the same story.
 *
 * Rules:
 * - Only the LAST attempt of a story can be in progress. Starting a new
 *   attempt while one is unfinished keeps the old one as history, unfinished:
 *   an unfinished attempt that is not last is an abandoned attempt.
 * - Answers merge per question, last writer wins by `answeredAt`
 *   (ties go to the incoming answer). Two tabs answering different questions
 *   therefore both keep their answers, and a re-answer replaces an older one.
 * - `currentIndex` is whatever was saved last, clamped to the attempt.
 */
import { answerFor, withAnswer } from '$lib/quiz/answers';
import type { AnswerRecord, Attempt, StoryProgress } from '$lib/quiz/types';

export class ProgressRuleError extends Error {
	override name = 'ProgressRuleError';
}

export function emptyProgress(storyId: string): StoryProgress {
	return { storyId, attempts: [] };
}

/** The attempt a student resumes: the last one, if it is not finished. */
export function inProgressAttempt(progress: StoryProgress): Attempt | undefined {
	const last = progress.attempts.at(-1);
	return last && !last.finishedAt ? last : undefined;
}

/** Attempts left unfinished when a newer one was started. */
export function isAbandoned(progress: StoryProgress, attempt: Attempt): boolean {
	return !attempt.finishedAt && progress.attempts.at(-1)?.id !== attempt.id;
}

export function clampIndex(attempt: Pick<Attempt, 'questionIds'>, index: number): number {
	if (!Number.isFinite(index)) return 0;
	return Math.min(Math.max(0, Math.trunc(index)), attempt.questionIds.length);
}

export function newAttempt(
	storyId: string,
	questionIds: string[],
	id: string,
	now: string
): Attempt {
	if (questionIds.length === 0)
		throw new ProgressRuleError('An attempt needs at least one question.');
	if (new Set(questionIds).size !== questionIds.length) {
		throw new ProgressRuleError('An attempt lists the same question twice.');
	}
	return {
		id,
		storyId,
		startedAt: now,
		questionIds: [...questionIds],
		answers: {},
		currentIndex: 0
	};
}

function replaceAttempt(progress: StoryProgress, attempt: Attempt): StoryProgress {
	return {
		...progress,
		attempts: progress.attempts.map((a) => (a.id === attempt.id ? attempt : a))
	};
}

export function findAttempt(progress: StoryProgress, attemptId: string): Attempt {
	const attempt = progress.attempts.find((a) => a.id === attemptId);
	if (!attempt) {
		throw new ProgressRuleError(
			`This attempt no longer exists for story "${progress.storyId}" (it may have been reset in another tab).`
		);
	}
	return attempt;
}

/** Keeps the later of two answers to the same question. */
export function laterAnswer(
	current: AnswerRecord | undefined,
	incoming: AnswerRecord
): AnswerRecord {
	if (!current) return incoming;
	return Date.parse(incoming.answeredAt) >= Date.parse(current.answeredAt) ? incoming : current;
}

export function mergeAnswer(
	progress: StoryProgress,
	attemptId: string,
	record: AnswerRecord,
	nextIndex: number
): { progress: StoryProgress; attempt: Attempt } {
	const attempt = findAttempt(progress, attemptId);
	if (attempt.finishedAt)
		throw new ProgressRuleError('This attempt is already finished; start a new one.');
	if (!attempt.questionIds.includes(record.questionId)) {
		throw new ProgressRuleError(`Question "${record.questionId}" is not part of this attempt.`);
	}
	const answers = withAnswer(
		attempt.answers,
		laterAnswer(answerFor(attempt.answers, record.questionId), record)
	);
	const updated: Attempt = { ...attempt, answers, currentIndex: clampIndex(attempt, nextIndex) };
	return { progress: replaceAttempt(progress, updated), attempt: updated };
}

export function moveTo(progress: StoryProgress, attemptId: string, index: number) {
	const attempt = findAttempt(progress, attemptId);
	const updated: Attempt = { ...attempt, currentIndex: clampIndex(attempt, index) };
	return { progress: replaceAttempt(progress, updated), attempt: updated };
}

/** Finishing twice keeps the first finish time. */
export function finish(progress: StoryProgress, attemptId: string, now: string) {
	const attempt = findAttempt(progress, attemptId);
	const updated: Attempt = attempt.finishedAt ? attempt : { ...attempt, finishedAt: now };
	return { progress: replaceAttempt(progress, updated), attempt: updated };
}

/**
 * Undo of a reset: brings back the saved attempts and keeps any attempt made
 * since (for example in another tab), so undo never deletes work.
 */
export function mergeRestored(saved: StoryProgress, current: StoryProgress): StoryProgress {
	const savedIds = new Set(saved.attempts.map((a) => a.id));
	const newer = current.attempts.filter((a) => !savedIds.has(a.id));
	return { storyId: saved.storyId, attempts: [...saved.attempts, ...newer] };
}
