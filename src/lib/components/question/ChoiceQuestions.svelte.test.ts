import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderQuestion } from './testHarness';
import { makeEveryKind } from '$test-data';

const kinds = makeEveryKind();

// user-event typing through a full form is slow on a shared, loaded CI machine; 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

describe('SingleChoice', () => {
	it('is a labelled radio group that answers by keyboard', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.single);
		const group = screen.getByRole('group', { name: kinds.single.prompt });
		const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
		expect(radios).toHaveLength(3);
		await user.tab();
		expect(radios[0]).toHaveFocus();
		await user.keyboard(' ');
		// Answers are choice ids, whatever position the choice is shown in.
		expect(changes.at(-1)).toEqual({ type: 'single', choiceId: radios[0]!.value });
		await user.keyboard('{ArrowDown}');
		expect(changes.at(-1)).toEqual({ type: 'single', choiceId: radios[1]!.value });
		expect(radios[1]).toBeChecked();
	});

	it('shows the choices in the order its seed fixes: same seed same order, stored order when fixed', () => {
		const shownWith = (seed: string, fixedOrder = false) => {
			const view = renderQuestion({ ...kinds.single, fixedOrder }, { orderSeed: seed });
			const texts = within(view.container)
				.getAllByRole('radio')
				.map((r) => r.closest('.choice')?.textContent?.trim());
			view.unmount();
			return texts.join(',');
		};
		const seeds = Array.from({ length: 12 }, (_, i) => `attempt-${i}|${kinds.single.id}`);
		const orders = seeds.map((s) => shownWith(s));
		expect(new Set(orders).size).toBeGreaterThan(1);
		expect(shownWith(seeds[0]!)).toBe(orders[0]);
		for (const s of seeds.slice(0, 4)) expect(shownWith(s, true)).toBe('Monday,Tuesday,Friday');
	});

	it('marks the chosen wrong answer and the correct one in words after grading', () => {
		renderQuestion(kinds.single, {
			response: { type: 'single', choiceId: 'tue' },
			disabled: true,
			grade: { correct: false, credit: 0 }
		});
		const tuesday = screen.getByRole('radio', { name: 'Tuesday' });
		expect(tuesday).toBeDisabled();
		expect(tuesday).toHaveAccessibleDescription('Your answer — not correct');
		expect(screen.getByRole('radio', { name: 'Monday' })).toHaveAccessibleDescription(
			'Correct answer'
		);
		expect(screen.getByRole('radio', { name: 'Friday' })).not.toHaveAccessibleDescription();
		// The icon is shown next to the words, hidden from screen readers, which read the words.
		expect(screen.getByText('✗')).toHaveAttribute('aria-hidden', 'true');
	});

	it('shows no marks while the question is still open', () => {
		renderQuestion(kinds.single, {
			response: { type: 'single', choiceId: 'tue' },
			grade: { correct: false, credit: 0 }
		});
		expect(screen.queryByText(/Your answer/)).not.toBeInTheDocument();
	});
});

describe('MultiSelect', () => {
	it('says "Choose all that apply" and collects checked boxes in choice order', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.multi);
		expect(screen.getByRole('group', { name: /Choose all that apply/ })).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: 'Metro Wire' }));
		await user.click(screen.getByRole('checkbox', { name: 'Daily Planet' }));
		expect(changes.at(-1)).toEqual({ type: 'multi', choiceIds: ['dp', 'mw'] });
		await user.click(screen.getByRole('checkbox', { name: 'Metro Wire' }));
		expect(changes.at(-1)).toEqual({ type: 'multi', choiceIds: ['dp'] });
	});

	it('marks a missed correct choice after grading', () => {
		renderQuestion(kinds.multi, {
			response: { type: 'multi', choiceIds: ['dp', 'gz'] },
			disabled: true,
			grade: { correct: false, credit: 0.5 }
		});
		expect(screen.getByRole('checkbox', { name: 'Daily Planet' })).toHaveAccessibleDescription(
			'Your answer — correct'
		);
		expect(screen.getByRole('checkbox', { name: 'Gazette' })).toHaveAccessibleDescription(
			'Your answer — not correct'
		);
		expect(screen.getByRole('checkbox', { name: 'Metro Wire' })).toHaveAccessibleDescription(
			'Correct answer'
		);
	});
});

describe('TrueFalse', () => {
	it('offers True and False radios', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.truefalse);
		expect(screen.getByRole('group', { name: /The repairs took six weeks\./ })).toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		expect(changes.at(-1)).toEqual({ type: 'truefalse', choiceId: 'false' });
	});

	it('marks the right answer after grading', () => {
		renderQuestion(kinds.truefalse, {
			response: { type: 'truefalse', choiceId: 'true' },
			disabled: true,
			grade: { correct: true, credit: 1 }
		});
		expect(screen.getByRole('radio', { name: 'True' })).toHaveAccessibleDescription(
			'Your answer — correct'
		);
	});
});

describe('TwoPartEvidence', () => {
	it('records part A and part B separately', async () => {
		const user = userEvent.setup();
		const { changes } = renderQuestion(kinds.evidence);
		const partA = screen.getByRole('group', { name: `Part A: ${kinds.evidence.prompt}` });
		const partB = screen.getByRole('group', { name: `Part B: ${kinds.evidence.evidencePrompt}` });
		await user.click(within(partA).getByRole('radio', { name: 'The city' }));
		expect(changes.at(-1)).toEqual({ type: 'evidence', choiceId: 'city', evidenceId: null });
		await user.click(
			within(partB).getByRole('radio', { name: /Department of Transportation paid/ })
		);
		expect(changes.at(-1)).toEqual({ type: 'evidence', choiceId: 'city', evidenceId: 'e2' });
	});

	it('marks both parts after grading', () => {
		renderQuestion(kinds.evidence, {
			response: { type: 'evidence', choiceId: 'city', evidenceId: 'e2' },
			disabled: true,
			grade: { correct: false, credit: 0.5 }
		});
		expect(screen.getByRole('radio', { name: 'The city' })).toHaveAccessibleDescription(
			'Your answer — not correct'
		);
		expect(
			screen.getByRole('radio', { name: /Department of Transportation paid/ })
		).toHaveAccessibleDescription('Your answer — correct');
	});
});
