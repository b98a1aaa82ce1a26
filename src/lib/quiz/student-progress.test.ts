import { describe, expect, it } from 'vitest';
import { STUDENT_STORY, studentQuestions } from '$test-data';
import {
	describeProgress,
	latestFinishedAttempt,
	openAttempt,
	summarizeProgress
} from './student-progress';
import type { AnswerRecord, Attempt } from './types';

const questions = studentQuestions();

function answer(questionId: string, credit: number): AnswerRecord {
	return {
		questionId,
		response: { type: 'cloze', text: 'x' },
		correct: credit === 1,
		credit,
		answeredAt: '2024-01-01T00:00:00.000Z'
	};
}

function attempt(id: string, answers: AnswerRecord[], finished: boolean): Attempt {
	return {
		id,
		storyId: STUDENT_STORY,
		startedAt: '2024-01-01T00:00:00.000Z',
		finishedAt: finished ? '2024-01-01T01:00:00.000Z' : undefined,
		questionIds: ['q-day', 'q-cars', 'q-who'],
		answers: Object.fromEntries(answers.map((a) => [a.questionId, a])),
		currentIndex: answers.length
	};
}

describe('summarizeProgress', () => {
	it('says not started when there is no attempt', () => {
		const summary = summarizeProgress({ storyId: STUDENT_STORY, attempts: [] }, questions);
		expect(summary).toEqual({ kind: 'not-started' });
		expect(describeProgress(summary)).toBe('Not started');
	});

	it('counts answers of the open attempt and remembers the best finished score', () => {
		const done = attempt('a1', [answer('q-day', 1), answer('q-cars', 0), answer('q-who', 1)], true);
		const open = attempt('a2', [answer('q-day', 1)], false);
		const progress = { storyId: STUDENT_STORY, attempts: [done, open] };
		const summary = summarizeProgress(progress, questions);
		// 2 of 3 credit in the finished attempt -> 67%.
		expect(summary).toEqual({ kind: 'in-progress', answered: 1, total: 3, bestPercent: 67 });
		expect(describeProgress(summary)).toBe('In progress: 1 of 3 answered · best score 67%');
		expect(openAttempt(progress)?.id).toBe('a2');
		expect(latestFinishedAttempt(progress)?.id).toBe('a1');
	});

	it('reports the best of several finished attempts, not the latest', () => {
		const good = attempt('a1', [answer('q-day', 1), answer('q-cars', 1), answer('q-who', 1)], true);
		const worse = attempt(
			'a2',
			[answer('q-day', 0), answer('q-cars', 0.5), answer('q-who', 0)],
			true
		);
		const summary = summarizeProgress(
			{ storyId: STUDENT_STORY, attempts: [good, worse] },
			questions
		);
		expect(summary).toEqual({ kind: 'finished', bestPercent: 100, finishedAttempts: 2 });
		expect(describeProgress(summary)).toBe('Best score 100%');
		expect(latestFinishedAttempt({ storyId: STUDENT_STORY, attempts: [good, worse] })?.id).toBe(
			'a2'
		);
	});
});
