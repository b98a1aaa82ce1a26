/**
 * End to end through the real grader: answering correctly by keyboard/mouse
 * produces a Response that $lib/quiz/grade accepts as correct, for every type.
 */
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { grade } from '$lib/quiz/grade';
import {
	clozeQ,
	evidenceQ,
	matchingQ,
	multiQ,
	numericQ,
	orderingQ,
	singleQ,
	trueFalseQ
} from '../fixtures';
import { renderQuestion } from './testHarness';

vi.setConfig({ testTimeout: 20_000 });

describe('answers built in the UI grade as correct', () => {
	it('single, multi, true/false and two-part', async () => {
		const user = userEvent.setup();
		let view = renderQuestion(singleQ);
		await user.click(screen.getByRole('radio', { name: 'Monday' }));
		expect(grade(singleQ, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(multiQ);
		await user.click(screen.getByRole('checkbox', { name: 'Daily Planet' }));
		await user.click(screen.getByRole('checkbox', { name: 'Metro Wire' }));
		expect(grade(multiQ, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(trueFalseQ);
		await user.click(screen.getByRole('radio', { name: 'True' }));
		expect(grade(trueFalseQ, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(evidenceQ);
		await user.click(screen.getByRole('radio', { name: 'The U.S. Department of Transportation' }));
		await user.click(screen.getByRole('radio', { name: /paid for most of the work/ }));
		expect(grade(evidenceQ, view.latest())).toEqual({ correct: true, credit: 1 });
	});

	it('cloze and numeric', async () => {
		const user = userEvent.setup();
		let view = renderQuestion(clozeQ);
		await user.type(screen.getByRole('textbox', { name: 'Fill in the blank' }), 'Overdue');
		expect(grade(clozeQ, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(numericQ);
		await user.type(screen.getByRole('textbox', { name: numericQ.prompt }), '40,000');
		expect(grade(numericQ, view.latest()).correct).toBe(true);
	});

	it('matching by keyboard', async () => {
		const user = userEvent.setup();
		const view = renderQuestion(matchingQ);
		for (const pair of matchingQ.pairs) {
			await user.selectOptions(screen.getByRole('combobox', { name: pair.left }), pair.right);
		}
		expect(grade(matchingQ, view.latest()).correct).toBe(true);
	});

	it('ordering with the move buttons only', async () => {
		const user = userEvent.setup();
		const view = renderQuestion(orderingQ);
		// Bubble each item up to its place, reading the list as a student would.
		for (const [target, item] of orderingQ.items.entries()) {
			let rows = within(screen.getByRole('list')).getAllByRole('listitem');
			let index = rows.findIndex((row) => row.textContent?.includes(item.text));
			while (index > target) {
				await user.click(screen.getByRole('button', { name: `Move up: ${item.text}` }));
				rows = within(screen.getByRole('list')).getAllByRole('listitem');
				index = rows.findIndex((row) => row.textContent?.includes(item.text));
			}
		}
		expect(view.latest()).toEqual({ type: 'ordering', order: ['i1', 'i2', 'i3'] });
		expect(grade(orderingQ, view.latest()).correct).toBe(true);
	});
});
