import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import QuestionListPanel from './QuestionListPanel.svelte';
import { readyWorkspace } from '$lib/components/teach/curate/workspace.test-helpers';

vi.setConfig({ testTimeout: 20_000 });

function bank(): Bank {
	const b = makeTeacherStory();
	b.questions.push(
		{ ...makeDraft('g1', 'Did Ortiz say the water is under control?'), tags: ['quotes'] },
		{ ...makeDraft('g2', 'Was the spillway opened by Ortiz?'), skill: 'source' }
	);
	return b;
}

async function setup(start: Bank = bank()) {
	const { workspace, store } = await readyWorkspace(start);
	const onnew = vi.fn();
	render(QuestionListPanel, {
		props: {
			workspace,
			storyId: TEACHER_STORY,
			editHref: (id: string) => `/teach/edit?q=${id}`,
			onnew,
			reviewHref: '/teach/review'
		}
	});
	const prompts = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
	return { workspace, store, onnew, prompts, user: userEvent.setup() };
}

describe('QuestionListPanel', () => {
	it('warns when the stored right answers cluster in one position', async () => {
		const keyedFirst = bank();
		for (let i = 0; i < 6; i++) {
			keyedFirst.questions.push({
				...makeDraft(`k${i}`, `Keyed-first question ${i}?`),
				type: 'single',
				choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase() })),
				correct: ['a']
			});
		}
		await setup(keyedFirst);
		// The dam bank's own single-choice question keeps its key first too: 7 of 7.
		expect(screen.getByRole('note')).toHaveTextContent(
			'The right answer is stored first in 7 of 7 choice lists'
		);
	});

	it('shows no key warning for a bank without a cluster', async () => {
		await setup();
		expect(screen.queryByRole('note')).toBeNull();
	});

	it('lists every question in quiz order', async () => {
		const { prompts } = await setup();
		expect(prompts()).toEqual([
			'When did the spillway open?',
			'How many homes does the River Post say were evacuated?',
			'Did Ortiz say the water is under control?',
			'Was the spillway opened by Ortiz?'
		]);
	});

	it('narrows the list by text, then by skill and tag', async () => {
		const { user, prompts } = await setup();
		await user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'ortiz');
		expect(prompts()).toEqual([
			'Did Ortiz say the water is under control?',
			'Was the spillway opened by Ortiz?'
		]);
		await user.click(screen.getByText(/^Filters/));
		await user.click(screen.getByRole('checkbox', { name: 'source' }));
		expect(prompts()).toEqual(['Was the spillway opened by Ortiz?']);
		await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
		await user.click(screen.getByRole('checkbox', { name: 'quotes' }));
		expect(prompts()).toEqual(['Did Ortiz say the water is under control?']);
	});

	it('says when nothing matches', async () => {
		const { user } = await setup();
		await user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'volcano');
		expect(screen.getByText('No questions match.')).toBeInTheDocument();
		expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
	});

	it('deletes a question with an undo that puts it back', async () => {
		const { user, workspace, prompts } = await setup();
		await user.click(
			screen.getByRole('button', { name: 'Delete: Was the spillway opened by Ortiz?' })
		);
		expect(prompts()).not.toContain('Was the spillway opened by Ortiz?');
		expect(workspace.toast?.message).toBe('1 question deleted.');
		await workspace.undo();
		expect(await screen.findByText('Was the spillway opened by Ortiz?')).toBeInTheDocument();
	});

	it('approves the selected questions in bulk', async () => {
		const { user, store } = await setup();
		await user.click(screen.getByRole('checkbox', { name: 'Select all 4' }));
		await user.click(screen.getByRole('button', { name: 'Approve (4)' }));
		const stored = (await store.getStory(TEACHER_STORY))!.questions;
		expect(stored.map((q) => q.status)).toEqual(['approved', 'approved', 'approved', 'approved']);
	});

	it('moves a question up and stores the new order', async () => {
		const { user, prompts } = await setup();
		await user.click(
			screen.getByRole('button', { name: 'Move up: Was the spillway opened by Ortiz?' })
		);
		expect(prompts().slice(2)).toEqual([
			'Was the spillway opened by Ortiz?',
			'Did Ortiz say the water is under control?'
		]);
	});

	it('saves skill, difficulty and tags from the row', async () => {
		const { user, store } = await setup();
		await user.click(
			screen.getAllByText('Quick changes', { exact: false, selector: 'summary' })[0]!
		);
		const skill = screen.getAllByRole('combobox', { name: 'Skill' })[0]!;
		await user.selectOptions(skill, 'timeline');
		const difficulty = screen.getAllByRole('combobox', { name: 'Difficulty' })[0]!;
		await user.selectOptions(difficulty, 'Hard');
		const tags = screen.getAllByRole('textbox', { name: 'Tags (comma-separated)' })[0]!;
		await user.type(tags, 'dates, Friday');
		await user.click(screen.getAllByRole('button', { name: 'Save tags' })[0]!);
		const first = (await store.getStory(TEACHER_STORY))!.questions.find((q) => q.id === 'q-day')!;
		expect(first).toMatchObject({ skill: 'timeline', difficulty: 3, tags: ['dates', 'Friday'] });
	});

	it('starts a new question of the chosen type', async () => {
		const { user, onnew } = await setup();
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'Type of new question' }),
			'numeric'
		);
		await user.click(screen.getByRole('button', { name: 'New question' }));
		expect(onnew).toHaveBeenCalledWith('numeric');
	});
});
