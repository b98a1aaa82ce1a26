import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QuestionType } from '$lib/bank/schema';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import EditPanel from './EditPanel.svelte';
import { readyWorkspace } from '$lib/components/teach/curate/workspace.test-helpers';

vi.setConfig({ testTimeout: 20_000 });

async function setup(questionId: string | null, newType: QuestionType | null = null) {
	const b = makeTeacherStory();
	b.questions.push(makeDraft('g1', 'Did Ortiz say the water is under control?'));
	const { workspace, store } = await readyWorkspace(b);
	const onclose = vi.fn();
	render(EditPanel, { props: { workspace, storyId: TEACHER_STORY, questionId, newType, onclose } });
	const stored = async (id: string) =>
		(await store.getStory(TEACHER_STORY))!.questions.find((q) => q.id === id);
	return { workspace, onclose, stored, user: userEvent.setup() };
}

describe('EditPanel', () => {
	it('disables Save while the question is invalid and saves once it is fixed', async () => {
		const { user, onclose, stored } = await setup('q-day');
		const save = screen.getByRole('button', { name: 'Save question' });
		const prompt = screen.getByRole('textbox', { name: 'Question' });
		await user.clear(prompt);
		expect(save).toBeDisabled();
		expect(screen.getByText(/Fix the problem listed above the form/)).toBeInTheDocument();
		await user.type(prompt, 'On which day did the spillway open?');
		expect(save).toBeEnabled();
		await user.click(save);
		expect(onclose).toHaveBeenCalledWith(true);
		const q = await stored('q-day');
		expect(q?.prompt).toBe('On which day did the spillway open?');
		// A teacher's own question is not tagged as edited.
		expect(q?.tags).toBeUndefined();
	});

	it('tags a reworked generated question "edited" and keeps its origin', async () => {
		const { user, stored } = await setup('g1');
		await user.type(screen.getByRole('textbox', { name: 'Question' }), ' (engineer)');
		await user.click(screen.getByRole('button', { name: 'Save question' }));
		expect(await stored('g1')).toMatchObject({ origin: 'generated', tags: ['edited'] });
	});

	it('previews the edited question and grades a simulated answer', async () => {
		const { user } = await setup('q-day');
		const preview = screen.getByRole('region', { name: 'Preview as a student' });
		const check = screen.getByRole('button', { name: 'Check answer' });
		expect(check).toBeDisabled();
		await user.click(screen.getByRole('radio', { name: 'Saturday' }));
		await user.click(check);
		expect(preview).toHaveTextContent('Not quite');
		expect(preview).toHaveTextContent('Answer: Friday');
	});

	it('starts a new question blank, curated and unsaveable until filled in', async () => {
		const { onclose } = await setup(null, 'cloze');
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
			'New question (Fill in the blank)'
		);
		expect(screen.getByRole('button', { name: 'Save question' })).toBeDisabled();
		expect(onclose).not.toHaveBeenCalled();
	});

	it('leaves at once on Cancel when nothing changed', async () => {
		const { user, onclose } = await setup('q-day');
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(onclose).toHaveBeenCalledWith(false);
	});

	it('says so when the question does not exist', async () => {
		await setup('no-such-question');
		expect(screen.getByRole('alert')).toHaveTextContent(
			'has no question with id “no-such-question”'
		);
	});
});
