import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Bank, Question } from '$lib/bank/schema';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import ReviewPanel from './ReviewPanel.svelte';
import { readyWorkspace } from '$lib/components/teach/curate/workspace.test-helpers';

vi.setConfig({ testTimeout: 20_000 });

function bank(): Bank {
	const b = makeTeacherStory();
	// q-homes (numeric, unscored) is already a draft; two generated drafts rank above it.
	b.questions.push(
		{ ...makeDraft('g1', 'Did Ortiz say the water is under control?'), score: 0.9 },
		{ ...makeDraft('g2', 'Did Ortiz speak on Friday?'), score: 0.6 }
	);
	return b;
}

async function setup(b: Bank = bank()) {
	const { workspace, store } = await readyWorkspace(b);
	const onedit = vi.fn();
	render(ReviewPanel, {
		props: {
			workspace,
			storyId: TEACHER_STORY,
			editHref: (id: string) => `/teach/edit?q=${id}`,
			onedit,
			writeHref: '/teach/edit?new=single',
			storyHref: '/teach/story',
			listHref: '/teach/questions'
		}
	});
	const statusOf = async (id: string) =>
		(await store.getStory(TEACHER_STORY))!.questions.find((q: Question) => q.id === id)!.status;
	return { workspace, onedit, statusOf, user: userEvent.setup() };
}

describe('ReviewPanel', () => {
	it('shows the best draft first with its progress, and Approve approves it', async () => {
		const { user, statusOf } = await setup();
		expect(screen.getByText('3 drafts left')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Draft 1 of 3' })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: /under control/ })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Approve' }));
		expect(await screen.findByText('2 drafts left')).toBeInTheDocument();
		expect(await statusOf('g1')).toBe('approved');
		expect(screen.getByRole('group', { name: /^Did Ortiz speak on Friday\?/ })).toBeInTheDocument();
	});

	it('runs shortcuts from the page but not while typing in a field', async () => {
		const { user, statusOf, onedit } = await setup();
		await user.keyboard('j'); // skip g1
		await user.keyboard('j'); // skip g2, reaching the numeric draft with a text field
		const answer = screen.getByRole('textbox');
		await user.type(answer, 'ar');
		expect(answer).toHaveValue('ar');
		expect(screen.getByText('3 drafts left')).toBeInTheDocument();
		expect(await statusOf('q-homes')).toBe('draft');

		answer.blur();
		await user.keyboard('e');
		expect(onedit).toHaveBeenCalledWith('q-homes');
		await user.keyboard('r');
		expect(await screen.findByText('2 drafts left')).toBeInTheDocument();
		expect(await statusOf('q-homes')).toBe('rejected');
	});

	it('ignores shortcuts with Ctrl held, so browser shortcuts keep working', async () => {
		const { user, statusOf } = await setup();
		await user.keyboard('{Control>}a{/Control}');
		expect(await statusOf('g1')).toBe('draft');
	});

	it('approves several drafts at once from the list view, with one undo', async () => {
		const { user, workspace, statusOf } = await setup();
		await user.click(screen.getByRole('button', { name: 'List (select several)' }));
		await user.click(screen.getByRole('checkbox', { name: 'Did Ortiz speak on Friday?' }));
		await user.click(
			screen.getByRole('checkbox', {
				name: 'How many homes does the River Post say were evacuated?'
			})
		);
		await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
		expect(await screen.findByText('1 draft left')).toBeInTheDocument();
		expect(await statusOf('g2')).toBe('approved');
		expect(workspace.toast?.message).toBe('2 questions approved.');
		await workspace.undo();
		expect(await screen.findByText('3 drafts left')).toBeInTheDocument();
		expect(await statusOf('g2')).toBe('draft');
	});

	it('opens a draft from the list view in the one-at-a-time view', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'List (select several)' }));
		await user.click(screen.getByRole('button', { name: 'Review: Did Ortiz speak on Friday?' }));
		expect(screen.getByRole('heading', { name: 'Draft 2 of 3' })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: /^Did Ortiz speak on Friday\?/ })).toBeInTheDocument();
	});

	it('offers ways forward when no drafts are left', async () => {
		const b = makeTeacherStory();
		b.questions = b.questions.filter((q) => q.status !== 'draft');
		await setup(b);
		const empty = screen.getByRole('region', { name: 'No drafts to review' });
		expect(within(empty).getByRole('link', { name: 'Write a question' })).toHaveAttribute(
			'href',
			'/teach/edit?new=single'
		);
		expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
	});
});
