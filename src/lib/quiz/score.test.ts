import { describe, expect, it } from 'vitest';
import type { Attempt, AnswerRecord } from './types';
import { scoreAttempt } from './score';
import { makeQuestion } from '$test-data';

const questions = [
	makeQuestion('single', { id: 'f1', skill: 'fact' }),
	makeQuestion('single', { id: 'f2', skill: 'fact' }),
	makeQuestion('single', { id: 'c1', skill: 'compare' }),
	makeQuestion('single', { id: 's1', skill: 'source' })
];

function answer(questionId: string, credit: number): AnswerRecord {
	return {
		questionId,
		response: { type: 'single', choiceId: 'x' },
		correct: credit === 1,
		credit,
		answeredAt: '2026-01-01T00:00:00Z'
	};
}

function attempt(answers: AnswerRecord[], questionIds = ['f1', 'f2', 'c1', 's1']): Attempt {
	return {
		id: 'at1',
		storyId: 's1',
		startedAt: '2026-01-01T00:00:00Z',
		questionIds,
		answers: Object.fromEntries(answers.map((a) => [a.questionId, a])),
		currentIndex: 0
	};
}

describe('scoreAttempt', () => {
	it('sums credit overall and per asked skill', () => {
		const score = scoreAttempt(
			attempt([answer('f1', 1), answer('f2', 0), answer('c1', 0.5)]),
			questions
		);
		expect(score).toEqual({
			asked: 4,
			answered: 3,
			credit: 1.5,
			percent: 38,
			bySkill: {
				fact: { asked: 2, credit: 1, percent: 50 },
				source: { asked: 1, credit: 0, percent: 0 },
				compare: { asked: 1, credit: 0.5, percent: 50 }
			}
		});
	});

	it('leaves out skills not asked and questions deleted from the bank', () => {
		const score = scoreAttempt(
			attempt([answer('f1', 1), answer('gone', 1)], ['f1', 'gone']),
			questions
		);
		expect(score.asked).toBe(1);
		expect(score.credit).toBe(1);
		expect(Object.keys(score.bySkill)).toEqual(['fact']);
	});

	it('scores an empty attempt as zero without dividing by zero', () => {
		expect(scoreAttempt(attempt([], []), questions)).toEqual({
			asked: 0,
			answered: 0,
			credit: 0,
			percent: 0,
			bySkill: {}
		});
	});
});
