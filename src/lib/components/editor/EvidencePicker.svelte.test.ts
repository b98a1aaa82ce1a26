import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Evidence } from '$lib/bank/schema';
import EvidencePicker from './EvidencePicker.svelte';
import { makeArticles } from '$test-data';

const [articleA, articleB] = makeArticles();

// user-event typing through a full form is slow on a shared, loaded CI machine; 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

function renderPicker(value: Evidence[] = []) {
	const changes: Evidence[][] = [];
	const result = render(EvidencePicker, {
		props: {
			articles: [articleA, articleB],
			value,
			idPrefix: 'ev',
			onchange: (v: Evidence[]) => {
				changes.push(v);
				void result.rerender({ value: v });
			}
		}
	});
	return { ...result, changes };
}

describe('EvidencePicker', () => {
	it('turns a pressed sentence into offsets that slice back to that sentence', async () => {
		const user = userEvent.setup();
		const { changes } = renderPicker();
		const sentence =
			'Sen. Maria Lopez, D-Calif., said the U.S. Department of Transportation paid for most of the work.';
		const button = screen.getByRole('button', { name: sentence });
		expect(button).toHaveAttribute('aria-pressed', 'false');
		await user.click(button);
		const picked = changes.at(-1)?.[0];
		expect(picked?.articleId).toBe('art-a');
		expect(articleA.text.slice(picked!.start, picked!.end)).toBe(sentence);
		expect(screen.getByRole('button', { name: sentence })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByText('Selected (1)')).toBeInTheDocument();
	});

	it('switches article and unselects with a second press', async () => {
		const user = userEvent.setup();
		const { changes } = renderPicker();
		await user.selectOptions(screen.getByRole('combobox', { name: 'Article' }), 'art-b');
		const sentence = 'City engineer Tom Reyes said the deck was replaced.';
		await user.click(screen.getByRole('button', { name: sentence }));
		const picked = changes.at(-1)?.[0];
		expect(picked?.articleId).toBe('art-b');
		expect(articleB.text.slice(picked!.start, picked!.end)).toBe(sentence);
		await user.click(screen.getByRole('button', { name: sentence }));
		expect(changes.at(-1)).toEqual([]);
	});

	it('lists evidence that is not a whole sentence and lets it be removed', async () => {
		const user = userEvent.setup();
		const { changes } = renderPicker([{ articleId: 'art-b', start: 6, end: 12 }]);
		const selected = screen.getByText('Selected (1)').parentElement!
			.nextElementSibling as HTMLElement;
		expect(within(selected).getByText('“40,000”', { exact: false })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Remove evidence 1' }));
		expect(changes.at(-1)).toEqual([]);
	});

	it('copes with the same span cited twice, removing only the chosen copy', async () => {
		const user = userEvent.setup();
		const span = { articleId: 'art-b', start: 0, end: 10 };
		const { changes } = renderPicker([span, { ...span }]);
		expect(screen.getByText('Selected (2)')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Remove evidence 2' }));
		expect(changes.at(-1)).toEqual([span]);
	});

	it('shows validation messages attached to the group', () => {
		render(EvidencePicker, {
			props: {
				articles: [articleA],
				value: [],
				idPrefix: 'ev',
				messages: ['Add at least 1 piece of evidence.'],
				onchange: () => {}
			}
		});
		expect(screen.getByRole('group', { name: 'Evidence' })).toHaveAccessibleDescription(
			'Add at least 1 piece of evidence.'
		);
	});
});
