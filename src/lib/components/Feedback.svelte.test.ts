import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Feedback from './Feedback.svelte';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

const evidence = [
	{ articleId: 'art-a', outlet: 'Daily Planet', text: 'The Harbor Bridge reopened on Monday.' }
];

describe('Feedback', () => {
	it('says "Correct" and shows the answer, explanation and evidence with its outlet', () => {
		render(Feedback, {
			props: {
				question: kinds.single,
				grade: { correct: true, credit: 1 },
				evidence,
				correctAnswer: 'Monday'
			}
		});
		expect(screen.getByRole('heading', { name: 'Correct' })).toBeInTheDocument();
		expect(screen.getByText('Answer:').closest('p')).toHaveTextContent(/^Answer: Monday$/);
		expect(screen.getByText(kinds.single.explanation)).toBeInTheDocument();
		expect(screen.getByRole('listitem')).toHaveTextContent(
			'Daily Planet: “The Harbor Bridge reopened on Monday.”'
		);
	});

	it('says "Not quite" with the partial credit percentage', () => {
		render(Feedback, {
			props: {
				question: kinds.multi,
				grade: { correct: false, credit: 0.5 },
				evidence,
				correctAnswer: 'Daily Planet, Metro Wire'
			}
		});
		expect(
			screen.getByRole('heading', { name: 'Not quite — partial credit 50%' })
		).toBeInTheDocument();
	});

	it('nests quotes inside evidence instead of doubling them', () => {
		render(Feedback, {
			props: {
				question: kinds.single,
				grade: { correct: true, credit: 1 },
				evidence: [
					{ articleId: 'art-a', outlet: 'Daily Planet', text: '"It was overdue," she said.' }
				],
				correctAnswer: 'Monday'
			}
		});
		expect(screen.getByRole('listitem')).toHaveTextContent(
			"Daily Planet: “'It was overdue,' she said.”"
		);
	});

	it('leaves out partial credit when there is none', () => {
		render(Feedback, {
			props: {
				question: kinds.single,
				grade: { correct: false, credit: 0 },
				evidence: [],
				correctAnswer: 'Monday'
			}
		});
		expect(screen.getByRole('heading', { name: 'Not quite' })).toBeInTheDocument();
		expect(screen.queryByRole('list')).not.toBeInTheDocument();
	});

	it('can take focus through its focus() method and has no live region of its own', () => {
		const { component, container } = render(Feedback, {
			props: {
				question: kinds.single,
				grade: { correct: true, credit: 1 },
				evidence,
				correctAnswer: 'Monday'
			}
		});
		component.focus();
		const region = screen.getByRole('region', { name: 'Correct' });
		expect(region).toHaveFocus();
		expect(region).toHaveAttribute('tabindex', '-1');
		expect(container.querySelector('[aria-live]')).toBeNull();
	});
});
