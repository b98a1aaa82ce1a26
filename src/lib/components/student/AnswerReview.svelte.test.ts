import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { studentArticles, studentQuestions } from '$test-data';
import AnswerReview from './AnswerReview.svelte';

const articles = studentArticles();
const questions = studentQuestions();

const question = questions[0]!;

describe('AnswerReview', () => {
	it('shows the answer given, the right answer, the explanation and the quoted evidence', () => {
		render(AnswerReview, {
			number: 2,
			question,
			articles,
			record: {
				questionId: question.id,
				response: { type: 'single', choiceId: 'tue' },
				correct: false,
				credit: 0,
				answeredAt: '2024-01-01T00:00:00Z'
			}
		});
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Question 2: Incorrect');
		expect(screen.getByText('Tuesday')).toBeInTheDocument();
		expect(screen.getByText('Monday')).toBeInTheDocument();
		expect(screen.getByText('See the evidence.')).toBeInTheDocument();
		expect(screen.getByText('The Harbor Bridge reopened on Monday.')).toBeInTheDocument();
		expect(screen.getByText('— Daily Planet')).toBeInTheDocument();
		expect(screen.getByText('Skill: Facts')).toBeInTheDocument();
	});

	it('says when a question was never answered', () => {
		render(AnswerReview, { number: 1, question, articles, record: null });
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Not answered');
		expect(screen.getByText('No answer')).toBeInTheDocument();
	});
});
