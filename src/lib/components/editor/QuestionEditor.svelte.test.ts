import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QuestionSchema } from '$lib/bank/schema';
import { renderEditor } from './editorHarness';
import { blankQuestion } from '$lib/bank/ops/blank-question';
import { check } from '$lib/validation';
import { makeArticles, makeEveryKind } from '$test-data';

const kinds = makeEveryKind();
const [articleA] = makeArticles();

// user-event typing through a full form is slow on a shared, loaded CI machine; 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

describe('QuestionEditor: choices', () => {
	it('reports an edited choice through onchange', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.single);
		expect(screen.getByText('This question is ready to use.')).toBeInTheDocument();
		const input = screen.getByRole('textbox', { name: 'Choice 2' });
		await user.clear(input);
		await user.type(input, 'Sunday');
		expect(latest()).toEqual({
			...kinds.single,
			choices: [kinds.single.choices[0], { id: 'tue', text: 'Sunday' }, kinds.single.choices[2]]
		});
	});

	it('shows a validation message when the correct choice is removed, without losing the edit', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.single);
		await user.click(screen.getByRole('button', { name: 'Remove choice 1' }));
		expect(latest().type === 'single' && latest()).toMatchObject({
			choices: [{ id: 'tue' }, { id: 'fri' }],
			correct: []
		});
		const group = screen.getByRole('group', { name: 'Choices' });
		expect(group).toHaveAccessibleDescription('Mark exactly one choice as correct.');
		const marks = within(group).getAllByRole('radio');
		expect(marks[0]).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByText(/This question has 1 problem/)).toBeInTheDocument();
		// Fixing it clears the message.
		await user.click(screen.getByRole('radio', { name: 'Correct (choice 1)' }));
		expect(latest()).toMatchObject({ correct: ['tue'] });
		expect(screen.getByText('This question is ready to use.')).toBeInTheDocument();
	});

	it('marks an emptied field invalid and describes it, while keeping the text the teacher typed', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.single);
		const prompt = screen.getByRole('textbox', { name: 'Question' });
		await user.clear(prompt);
		expect(prompt).toHaveAttribute('aria-invalid', 'true');
		expect(prompt).toHaveAccessibleDescription('This can’t be empty.');
		expect(latest().prompt).toBe('');
		await user.type(prompt, 'Why?');
		expect(prompt).toHaveAttribute('aria-invalid', 'false');
		expect(latest().prompt).toBe('Why?');
	});

	it('shows imported part marks, keeps them through a text edit and drops them when the right answer changes', async () => {
		const user = userEvent.setup();
		const weighted = {
			...kinds.single,
			choices: kinds.single.choices.map((c) => (c.id === 'tue' ? { ...c, fraction: 0.5 } : c))
		};
		const { latest } = renderEditor(weighted);
		expect(
			screen.getByText(/Part marks \(from an imported file\): Tuesday 50%/)
		).toBeInTheDocument();
		await user.type(screen.getByRole('textbox', { name: 'Choice 3' }), '!');
		expect(latest()).toMatchObject({ choices: [{}, { fraction: 0.5 }, { text: 'Friday!' }] });
		await user.click(screen.getByRole('radio', { name: 'Correct (choice 2)' }));
		const after = latest();
		expect(after).toMatchObject({ correct: ['tue'] });
		expect(after.type === 'single' && after.choices.some((c) => 'fraction' in c)).toBe(false);
		expect(check(QuestionSchema, after).success).toBe(true);
	});

	it('adds a choice, focuses it, and toggles several correct answers for multi', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.multi);
		await user.click(screen.getByRole('button', { name: 'Add choice' }));
		const added = screen.getByRole('textbox', { name: 'Choice 4' });
		expect(added).toHaveFocus();
		await user.keyboard('Courier');
		await user.click(screen.getByRole('checkbox', { name: 'Correct (choice 4)' }));
		await user.click(screen.getByRole('checkbox', { name: 'Correct (choice 1)' }));
		expect(latest()).toMatchObject({
			choices: [...kinds.multi.choices, { id: 'c1', text: 'Courier' }],
			correct: ['mw', 'c1']
		});
	});

	it('offers "Keep this order" for choice lists, which sets and clears fixedOrder', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.single);
		const keep = screen.getByRole('checkbox', {
			name: 'Keep this order: don’t shuffle for students'
		});
		expect(keep).not.toBeChecked();
		expect(keep).toHaveAccessibleDescription(/All of the above/);
		await user.click(keep);
		expect(latest()).toEqual({ ...kinds.single, fixedOrder: true });
		expect(check(QuestionSchema, latest()).success).toBe(true);
		await user.click(keep);
		expect(latest().fixedOrder).toBeUndefined();
	});

	it('offers no "Keep this order" where the quiz never shuffles', () => {
		renderEditor(kinds.numeric);
		expect(screen.queryByRole('checkbox', { name: /Keep this order/ })).toBeNull();
	});

	it('reorders choices with Move buttons', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.single);
		await user.click(screen.getByRole('button', { name: 'Move down: choice 1' }));
		expect(latest()).toMatchObject({ choices: [{ id: 'tue' }, { id: 'mon' }, { id: 'fri' }] });
		expect(screen.getByRole('button', { name: 'Move down: choice 2' })).toHaveFocus();
	});
});

describe('QuestionEditor: other types', () => {
	it('edits cloze accepted answers and flags a prompt without a gap', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.cloze);
		await user.click(screen.getByRole('button', { name: 'Add answer' }));
		await user.keyboard('long overdue');
		expect(latest()).toMatchObject({ accepted: ['overdue', 'long overdue'] });
		const prompt = screen.getByRole('textbox', { name: 'Question' });
		await user.clear(prompt);
		await user.type(prompt, 'No gap here');
		expect(prompt).toHaveAccessibleDescription(
			'Write four underscores (____) where the blank goes. A cloze prompt needs exactly one ____ gap.'
		);
	});

	it('keeps non-numbers typed into a number field and only reports real numbers', async () => {
		const user = userEvent.setup();
		const { latest, changes } = renderEditor(kinds.numeric);
		const answer = screen.getByRole('textbox', { name: 'Answer' });
		await user.clear(answer);
		await user.type(answer, 'lots');
		expect(answer).toHaveValue('lots');
		expect(answer).toHaveAccessibleDescription('Enter a number, like 6000 or 2.5.');
		expect(changes.every((q) => q.type === 'numeric' && Number.isFinite(q.answer))).toBe(true);
		await user.clear(answer);
		await user.type(answer, '6,000');
		expect(answer).toHaveValue('6,000');
		expect(latest()).toMatchObject({ answer: 6000 });
		const unit = screen.getByRole('textbox', { name: 'Unit (optional)' });
		await user.clear(unit);
		expect(latest()).not.toHaveProperty('unit', expect.anything());
	});

	it('edits matching pairs and extra options', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.matching);
		const right = screen.getByRole('textbox', { name: 'Matches 2' });
		await user.clear(right);
		await user.type(right, 'T. Reyes');
		expect(latest()).toMatchObject({
			pairs: [kinds.matching.pairs[0], { id: 'p2', right: 'T. Reyes' }]
		});
		await user.click(screen.getByRole('button', { name: 'Remove extra option 1' }));
		expect(latest().type === 'matching' && latest()).not.toHaveProperty(
			'extraRights',
			expect.anything()
		);
	});

	it('reorders ordering items, which defines the right order', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.ordering);
		expect(screen.queryByRole('radio')).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Move up: item 3' }));
		expect(latest()).toMatchObject({ items: [{ id: 'i1' }, { id: 'i3' }, { id: 'i2' }] });
	});

	it('builds part B of an evidence question from picked sentences', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor({
			...kinds.evidence,
			evidenceChoices: [],
			evidenceCorrect: []
		});
		const partB = screen.getByRole('group', { name: 'Part B sentences' });
		const first = 'The Harbor Bridge reopened on Monday after six weeks of repairs.';
		const second =
			'Sen. Maria Lopez, D-Calif., said the U.S. Department of Transportation paid for most of the work.';
		await user.click(within(partB).getByRole('button', { name: first }));
		await user.click(within(partB).getByRole('button', { name: second }));
		await user.click(screen.getByRole('radio', { name: `“${second}”` }));
		const q = latest();
		if (q.type !== 'evidence') throw new Error('type changed');
		expect(q.evidenceChoices.map((c) => c.text)).toEqual([first, second]);
		for (const c of q.evidenceChoices) expect(articleA.text.slice(c.start, c.end)).toBe(c.text);
		expect(q.evidenceCorrect).toEqual([q.evidenceChoices[1]!.id]);
		expect(check(QuestionSchema, q).success).toBe(true);
	});

	it('lists every problem of a blank question in the summary', () => {
		renderEditor(blankQuestion('ordering', 'test-story', 'new-1'));
		expect(screen.getByText(/This question has 6 problems/)).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: 'Item 1' })).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByRole('group', { name: 'Supporting evidence' })).toHaveAccessibleDescription(
			'Add at least 1 piece of evidence.'
		);
	});

	it('edits skill, difficulty and status', async () => {
		const user = userEvent.setup();
		const { latest } = renderEditor(kinds.single);
		await user.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), 'source');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'Hard');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'rejected');
		expect(latest()).toMatchObject({ skill: 'source', difficulty: 3, status: 'rejected' });
	});
});
