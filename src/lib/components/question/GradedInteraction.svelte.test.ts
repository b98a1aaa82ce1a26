/**
 * End to end through the real grader: answering correctly by keyboard/mouse
 * produces a Response that $lib/quiz/grade accepts as correct, for every type.
 */
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { grade } from '$lib/quiz/grade';
import { renderQuestion } from './testHarness';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

vi.setConfig({ testTimeout: 20_000 });

describe('answers built in the UI grade as correct', () => {
	it('single, multi, true/false and two-part', async () => {
		const user = userEvent.setup();
		let view = renderQuestion(kinds.single);
		await user.click(screen.getByRole('radio', { name: 'Monday' }));
		expect(grade(kinds.single, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(kinds.multi);
		await user.click(screen.getByRole('checkbox', { name: 'Daily Planet' }));
		await user.click(screen.getByRole('checkbox', { name: 'Metro Wire' }));
		expect(grade(kinds.multi, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(kinds.truefalse);
		await user.click(screen.getByRole('radio', { name: 'True' }));
		expect(grade(kinds.truefalse, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(kinds.evidence);
		await user.click(screen.getByRole('radio', { name: 'The U.S. Department of Transportation' }));
		await user.click(screen.getByRole('radio', { name: /paid for most of the work/ }));
		expect(grade(kinds.evidence, view.latest())).toEqual({ correct: true, credit: 1 });
	});

	it('cloze and numeric', async () => {
		const user = userEvent.setup();
		let view = renderQuestion(kinds.cloze);
		await user.type(screen.getByRole('textbox', { name: 'Fill in the blank' }), 'Overdue');
		expect(grade(kinds.cloze, view.latest()).correct).toBe(true);
		view.unmount();

		view = renderQuestion(kinds.numeric);
		await user.type(screen.getByRole('textbox', { name: kinds.numeric.prompt }), '40,000');
		expect(grade(kinds.numeric, view.latest()).correct).toBe(true);
	});

	it('matching by keyboard', async () => {
		const user = userEvent.setup();
		const view = renderQuestion(kinds.matching);
		for (const pair of kinds.matching.pairs) {
			await user.selectOptions(screen.getByRole('combobox', { name: pair.left }), pair.right);
		}
		expect(grade(kinds.matching, view.latest()).correct).toBe(true);
	});

	it('ordering with the move buttons only', async () => {
		const user = userEvent.setup();
		const view = renderQuestion(kinds.ordering);
		// Bubble each item up to its place, reading the list as a student would.
		for (const [target, item] of kinds.ordering.items.entries()) {
			let rows = within(screen.getByRole('list')).getAllByRole('listitem');
			let index = rows.findIndex((row) => row.textContent?.includes(item.text));
			while (index > target) {
				await user.click(screen.getByRole('button', { name: `Move up: ${item.text}` }));
				rows = within(screen.getByRole('list')).getAllByRole('listitem');
				index = rows.findIndex((row) => row.textContent?.includes(item.text));
			}
		}
		expect(view.latest()).toEqual({ type: 'ordering', order: ['i1', 'i2', 'i3'] });
		expect(grade(kinds.ordering, view.latest()).correct).toBe(true);
	});
});
