import { describe, expect, it } from 'vitest';
import { STUDENT_STORY, studentQuestions } from '$test-data';
import {
	attemptQuestionIds,
	attemptQuestions,
	nextAvailableIndex,
	sectionsByQuestion
} from './attempt-order';
import type { QuizSection } from './plan';
import type { Attempt } from './types';

const questions = studentQuestions();

const sections: QuizSection[] = [
	{ id: 's1', excerpts: [], questionIds: ['q-day', 'q-who'] },
	{ id: 's2', excerpts: [], questionIds: ['q-cars', 'q-day'] }
];

function attemptOf(questionIds: string[], currentIndex = 0): Attempt {
	return {
		id: 'a',
		storyId: STUDENT_STORY,
		startedAt: '2024-01-01T00:00:00Z',
		questionIds,
		answers: {},
		currentIndex
	};
}

describe('attempt order', () => {
	it('asks section by section, each question once', () => {
		expect(attemptQuestionIds(sections)).toEqual(['q-day', 'q-who', 'q-cars']);
	});

	it('maps each question to its section', () => {
		const map = sectionsByQuestion(sections.slice(0, 1));
		expect(map.get('q-who')?.id).toBe('s1');
		expect(map.has('q-cars')).toBe(false);
	});

	it('keeps the attempt order and drops questions that no longer exist', () => {
		const attempt = attemptOf(['q-who', 'gone', 'q-day']);
		expect(attemptQuestions(attempt, questions).map((q) => q.id)).toEqual(['q-who', 'q-day']);
	});

	it('skips missing questions when choosing where to continue', () => {
		const attempt = attemptOf(['q-who', 'gone', 'also-gone', 'q-day']);
		expect(nextAvailableIndex(attempt, questions, 1)).toBe(3);
		expect(nextAvailableIndex(attempt, questions, 0)).toBe(0);
		expect(nextAvailableIndex(attempt, [], 0)).toBe(4);
	});
});
