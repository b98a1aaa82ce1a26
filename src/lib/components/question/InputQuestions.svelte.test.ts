import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startingOrder } from '$lib/quiz/item-order';
import { renderQuestion } from './testHarness';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

// user-event typing through a full form is slow on a shared, loaded CI machine; 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

describe('Cloze', () => {
	it('puts a labelled input in the gap and reports what is typed', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.cloze);
		const input = screen.getByRole('textbox', { name: 'Fill in the blank' });
		expect(input).toHaveAccessibleDescription(
			'Lopez said the repairs were " blank ," according to the Daily Planet.'
		);
		expect(input.closest('p')).toHaveTextContent('Lopez said the repairs were "');
		await user.type(input, 'overdue');
		expect(changes.at(-1)).toEqual({ type: 'cloze', text: 'overdue' });
		expect(input).toHaveValue('overdue');
	});

	it('shows whether the answer was right once graded', () => {
		renderQuestion(kinds.cloze, {
			response: { type: 'cloze', text: 'late' },
			disabled: true,
			grade: { correct: false, credit: 0 }
		});
		const input = screen.getByRole('textbox', { name: 'Fill in the blank' });
		expect(input).toBeDisabled();
		expect(input).toHaveAccessibleDescription(expect.stringContaining('Not correct'));
	});
});

describe('Numeric', () => {
	it('labels the input with the prompt, shows the unit and keeps the raw text', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.numeric);
		const input = screen.getByRole('textbox', { name: kinds.numeric.prompt });
		expect(input).toHaveAttribute('inputmode', 'decimal');
		expect(input).toHaveAccessibleDescription('cars');
		await user.type(input, '40,000');
		expect(changes.at(-1)).toEqual({ type: 'numeric', value: '40,000' });
	});

	it('marks a correct answer', () => {
		renderQuestion(kinds.numeric, {
			response: { type: 'numeric', value: '40000' },
			disabled: true,
			grade: { correct: true, credit: 1 }
		});
		expect(screen.getByRole('textbox', { name: kinds.numeric.prompt })).toHaveAccessibleDescription(
			'cars Correct'
		);
	});
});

describe('Matching', () => {
	it('has one labelled select per left item offering every right item and the extras', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.matching);
		const quote = screen.getByRole('combobox', { name: '"It was overdue"' });
		const options = within(quote)
			.getAllByRole('option')
			.map((o) => o.textContent);
		expect(options[0]).toBe('Choose…');
		expect(options.slice(1).sort()).toEqual(['A bridge inspector', 'Maria Lopez', 'Tom Reyes']);
		await user.selectOptions(quote, 'Maria Lopez');
		expect(changes.at(-1)).toEqual({ type: 'matching', matches: { p1: 'Maria Lopez' } });
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'The deck was replaced' }),
			'A bridge inspector'
		);
		expect(changes.at(-1)).toEqual({
			type: 'matching',
			matches: { p1: 'Maria Lopez', p2: 'A bridge inspector' }
		});
		await user.selectOptions(quote, 'Choose…');
		expect(changes.at(-1)).toEqual({ type: 'matching', matches: { p2: 'A bridge inspector' } });
	});

	it('marks each row after grading, naming the right match when wrong', () => {
		renderQuestion(kinds.matching, {
			response: { type: 'matching', matches: { p1: 'Maria Lopez', p2: 'A bridge inspector' } },
			disabled: true,
			grade: { correct: false, credit: 0.5 }
		});
		expect(screen.getByRole('combobox', { name: '"It was overdue"' })).toHaveAccessibleDescription(
			'Correct'
		);
		expect(
			screen.getByRole('combobox', { name: 'The deck was replaced' })
		).toHaveAccessibleDescription('Not correct — the answer is Tom Reyes');
	});
});

describe('Ordering', () => {
	const itemTexts = () =>
		within(screen.getByRole('list'))
			.getAllByRole('listitem')
			.map((li) => li.querySelector('.text')?.textContent);

	it('starts shuffled, never in the right order', () => {
		renderQuestion(kinds.ordering);
		const start = startingOrder(kinds.ordering, kinds.ordering.id).map(
			(id) => kinds.ordering.items.find((i) => i.id === id)?.text
		);
		expect(itemTexts()).toEqual(start);
		expect(itemTexts()).not.toEqual(kinds.ordering.items.map((i) => i.text));
	});

	it('moves items with labelled buttons, keeps focus on the moved item and announces it', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.ordering, {
			response: { type: 'ordering', order: ['i2', 'i3', 'i1'] }
		});
		expect(screen.getByRole('button', { name: 'Move up: The bridge reopens' })).toBeDisabled();
		await user.click(screen.getByRole('button', { name: 'Move up: Repairs begin' }));
		expect(changes.at(-1)).toEqual({ type: 'ordering', order: ['i2', 'i1', 'i3'] });
		expect(itemTexts()).toEqual(['The bridge reopens', 'Repairs begin', 'Cars cross again']);
		expect(screen.getByRole('button', { name: 'Move up: Repairs begin' })).toHaveFocus();
		expect(screen.getByText('“Repairs begin” moved to position 2 of 3.')).toHaveAttribute(
			'aria-live',
			'polite'
		);
		// At the top, "Move up" is disabled, so focus moves to the same item's "Move down".
		await user.keyboard('{Enter}');
		expect(changes.at(-1)).toEqual({ type: 'ordering', order: ['i1', 'i2', 'i3'] });
		expect(screen.getByRole('button', { name: 'Move down: Repairs begin' })).toHaveFocus();
	});

	it('marks each position after grading', () => {
		renderQuestion(kinds.ordering, {
			response: { type: 'ordering', order: ['i1', 'i3', 'i2'] },
			disabled: true,
			grade: { correct: false, credit: 0.33 }
		});
		const rows = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(rows[0]).toHaveTextContent('Correct');
		expect(rows[1]).toHaveTextContent('Not correct — belongs at position 3');
		for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
	});
});

describe('QuestionView', () => {
	it('replaces a response of another type with an empty one', () => {
		renderQuestion(kinds.single, { response: { type: 'cloze', text: 'stale' } });
		for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
	});

	it('uses no positive tabindex', () => {
		const { container } = renderQuestion(kinds.ordering);
		const positive = [...container.querySelectorAll('[tabindex]')].filter(
			(el) => Number(el.getAttribute('tabindex')) > 0
		);
		expect(positive).toEqual([]);
	});
});
