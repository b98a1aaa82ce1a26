import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import Excerpt from './Excerpt.svelte';
import { makeArticles } from '$test-data';

const [articleA, articleB] = makeArticles();

describe('Excerpt', () => {
	it('shows outlet and title in a heading, then only the chosen paragraphs', () => {
		render(Excerpt, { props: { article: articleB, paragraphs: [1], headingLevel: 2 } });
		expect(
			screen.getByRole('heading', {
				level: 2,
				name: 'Metro Wire: Traffic returns to Harbor Bridge'
			})
		).toBeInTheDocument();
		expect(screen.getByRole('article', { name: /Metro Wire/ })).toBeInTheDocument();
		expect(screen.getByText(/City engineer Tom Reyes/)).toBeInTheDocument();
		expect(screen.queryByText(/40,000 cars/)).not.toBeInTheDocument();
	});

	it('wraps exactly the cited text in <mark> with a hidden "evidence:" cue', () => {
		const start = articleA.text.indexOf('the U.S. Department');
		const end = articleA.text.indexOf(' paid for');
		const { container } = render(Excerpt, {
			props: { article: articleA, paragraphs: [0, 1], highlights: [{ start, end }] }
		});
		const marks = container.querySelectorAll('mark');
		expect(marks).toHaveLength(1);
		expect(marks[0]?.textContent).toBe(articleA.text.slice(start, end));
		expect(marks[0]?.textContent).toBe('the U.S. Department of Transportation');
		expect(marks[0]?.previousElementSibling?.textContent).toBe('evidence: ');
	});

	it('labels a correction paragraph visibly and marks skipped paragraphs', () => {
		const { container } = render(Excerpt, { props: { article: articleA, paragraphs: [0, 2] } });
		const label = screen.getByText('Correction', { selector: 'strong' });
		expect(label.closest('p')).toHaveTextContent('misstated the cost');
		expect(screen.getByText('Some paragraphs are left out here.')).toBeInTheDocument();
		expect(container.querySelectorAll('p:not(.meta):not(.gap)')).toHaveLength(2);
	});

	it('shows the whole article when no paragraphs are listed', () => {
		render(Excerpt, { props: { article: articleB, paragraphs: [] } });
		expect(screen.getByText(/40,000 cars/)).toBeInTheDocument();
		expect(screen.getByText(/City engineer/)).toBeInTheDocument();
	});

	it('renders markup in article text as plain text', () => {
		const hostile: Article = {
			...articleB,
			title: '<b>Bold</b> title',
			text: 'Before <img src=x onerror="window.__pwned=1"> after.'
		};
		const { container } = render(Excerpt, { props: { article: hostile, paragraphs: [0] } });
		expect(container.querySelector('img')).toBeNull();
		expect(container.querySelector('b')).toBeNull();
		expect(
			screen.getByText('Before <img src=x onerror="window.__pwned=1"> after.')
		).toBeInTheDocument();
		expect(screen.getByText('<b>Bold</b> title')).toBeInTheDocument();
	});
});
