/**
 * What a student's progress on a story amounts to, for the library and the story page:
 * not started, in progress (n of m answered), or finished with a best score.
 */
import { hasAnswer } from './answers';
import type { Question } from '$lib/bank/schema';
import { scoreAttempt } from './score';
import type { Attempt, StoryProgress } from './types';

export type ProgressSummary =
	| { kind: 'not-started' }
	| { kind: 'in-progress'; answered: number; total: number; bestPercent: number | null }
	| { kind: 'finished'; bestPercent: number; finishedAttempts: number };

/** The attempt the student is in the middle of, if any: only the last one can be open. */
export function openAttempt(progress: StoryProgress): Attempt | null {
	const last = progress.attempts.at(-1);
	return last && !last.finishedAt ? last : null;
}

export function finishedAttempts(progress: StoryProgress): Attempt[] {
	return progress.attempts.filter((a) => a.finishedAt !== undefined);
}

/** The newest finished attempt, the one the results page reports. */
export function latestFinishedAttempt(progress: StoryProgress): Attempt | null {
	return finishedAttempts(progress).at(-1) ?? null;
}

export function bestPercent(progress: StoryProgress, questions: Question[]): number | null {
	const scores = finishedAttempts(progress).map((a) => scoreAttempt(a, questions).percent);
	return scores.length > 0 ? Math.max(...scores) : null;
}

export function summarizeProgress(progress: StoryProgress, questions: Question[]): ProgressSummary {
	const open = openAttempt(progress);
	const best = bestPercent(progress, questions);
	if (open) {
		const answered = open.questionIds.filter((id) => hasAnswer(open.answers, id)).length;
		return { kind: 'in-progress', answered, total: open.questionIds.length, bestPercent: best };
	}
	if (best === null) return { kind: 'not-started' };
	return {
		kind: 'finished',
		bestPercent: best,
		finishedAttempts: finishedAttempts(progress).length
	};
}

export function describeProgress(summary: ProgressSummary): string {
	switch (summary.kind) {
		case 'not-started':
			return 'Not started';
		case 'in-progress': {
			const best = summary.bestPercent === null ? '' : ` · best score ${summary.bestPercent}%`;
			return `In progress: ${summary.answered} of ${summary.total} answered${best}`;
		}
		case 'finished':
			return `Best score ${summary.bestPercent}%`;
	}
}
