import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '$lib/bank/schema';
import { makeSyntheticQuestions } from '$lib/bank/ops/synthetic';
import { createMemoryStore } from '$lib/storage';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import { LIST_PAGE, QuestionList, ReviewQueue } from './curate.svelte';
import { StorageManager } from './storage-manager.svelte';
import { TeacherWorkspace } from './teach.svelte';
import { storeBank } from '$lib/storage/testing';

function scored(id: string, score: number): Question {
	return { ...makeDraft(id, `Prompt ${id}?`), score };
}

async function setup(bank: Bank = makeTeacherStory()) {
	const store = createMemoryStore('curate-test');
	await storeBank(store, bank);
	const ws = new TeacherWorkspace(new StorageManager(async () => store));
	await ws.load();
	return { store, ws };
}

function bankWithDrafts(): Bank {
	const bank = makeTeacherStory();
	bank.questions.push(scored('d1', 0.9), scored('d2', 0.8), scored('d3', 0.7));
	return bank;
}

describe('ReviewQueue', () => {
	it('starts on the best draft and shows the next one after approving', async () => {
		const { ws, store } = await setup(bankWithDrafts());
		const queue = new ReviewQueue(ws, () => TEACHER_STORY);
		expect(queue.current?.id).toBe('d1');
		await queue.approve();
		expect(queue.current?.id).toBe('d2');
		expect(
			(await store.getStory(TEACHER_STORY))!.questions.find((q) => q.id === 'd1')!.status
		).toBe('approved');
	});

	it('rejects with an undo that brings the draft back on screen', async () => {
		const { ws } = await setup(bankWithDrafts());
		const queue = new ReviewQueue(ws, () => TEACHER_STORY);
		queue.step(1);
		expect(queue.current?.id).toBe('d2');
		const entry = await queue.reject();
		expect(entry?.message).toBe('1 question rejected.');
		expect(queue.current?.id).toBe('d3');
		await ws.undo(entry!.id);
		expect(queue.drafts.map((q) => q.id)).toContain('d2');
		expect(queue.current?.id).toBe('d2');
	});

	it('wraps around at both ends', async () => {
		const { ws } = await setup(bankWithDrafts());
		const queue = new ReviewQueue(ws, () => TEACHER_STORY);
		queue.step(-1);
		// The unscored fixture draft q-homes comes last.
		expect(queue.current?.id).toBe('q-homes');
		queue.step(1);
		expect(queue.current?.id).toBe('d1');
	});

	it('approves the selected drafts together, ignoring ids that are no longer drafts', async () => {
		const { ws } = await setup(bankWithDrafts());
		const queue = new ReviewQueue(ws, () => TEACHER_STORY);
		queue.toggle('d1', true);
		queue.toggle('d3', true);
		queue.toggle('q-day', true); // already approved
		const entry = await queue.decideSelected('approved');
		expect(entry?.message).toBe('2 questions approved.');
		expect(queue.drafts.map((q) => q.id)).toEqual(['d2', 'q-homes']);
		expect(queue.selected.size).toBe(0);
	});

	it('is empty when the story has no drafts', async () => {
		const bank = makeTeacherStory();
		bank.questions = bank.questions.filter((q) => q.status !== 'draft');
		const { ws } = await setup(bank);
		const queue = new ReviewQueue(ws, () => TEACHER_STORY);
		expect(queue.current).toBeNull();
		expect(await queue.approve()).toBeNull();
	});
});

describe('QuestionList', () => {
	function bigBank(n: number): Bank {
		const bank = makeTeacherStory();
		bank.questions = makeSyntheticQuestions(n, TEACHER_STORY, 'dam-a');
		return bank;
	}

	it('shows the first page of matches and more on request', async () => {
		const { ws } = await setup(bigBank(350));
		const list = new QuestionList(ws, () => TEACHER_STORY);
		expect(list.results).toHaveLength(350);
		expect(list.shown).toHaveLength(LIST_PAGE);
		list.showMore();
		expect(list.shown).toHaveLength(LIST_PAGE * 2);
		list.setFilter({ skills: ['quote'] });
		expect(list.shown.length).toBeLessThanOrEqual(LIST_PAGE);
		expect(list.results.every((q) => q.skill === 'quote')).toBe(true);
		expect(list.filtered).toBe(true);
	});

	it('narrows by text within the story', async () => {
		const { ws } = await setup(bigBank(200));
		const list = new QuestionList(ws, () => TEACHER_STORY);
		list.setFilter({ text: '#17)' });
		expect(list.results.map((q) => q.id)).toEqual(['syn-17']);
		list.clearFilters();
		expect(list.results).toHaveLength(200);
	});

	it('moves a question down past its visible neighbour and stores the order', async () => {
		const { ws, store } = await setup();
		const list = new QuestionList(ws, () => TEACHER_STORY);
		expect(list.all.map((q) => q.id)).toEqual(['q-day', 'q-homes']);
		expect(await list.move('q-day', 1)).toBe(true);
		expect(list.all.map((q) => q.id)).toEqual(['q-homes', 'q-day']);
		const stored = (await store.getStory(TEACHER_STORY))!.questions;
		expect(stored.find((q) => q.id === 'q-homes')!.order).toBe(0);
	});

	it('refuses to move while sorted by something other than quiz order', async () => {
		const { ws } = await setup();
		const list = new QuestionList(ws, () => TEACHER_STORY);
		list.sort = 'status';
		expect(await list.move(list.shown[0]!.id, 1)).toBe(false);
	});

	it('deletes the selection with an undo that restores it', async () => {
		const { ws } = await setup();
		const list = new QuestionList(ws, () => TEACHER_STORY);
		list.selectAllResults(true);
		const entry = await list.deleteSelected();
		expect(list.all).toHaveLength(0);
		await ws.undo(entry!.id);
		expect(list.all.map((q) => q.id)).toEqual(['q-day', 'q-homes']);
	});

	it('saves tags, refuses too-long ones and removes the field when emptied', async () => {
		const { ws } = await setup();
		const list = new QuestionList(ws, () => TEACHER_STORY);
		expect(await list.saveTags('q-day', 'numbers, dates')).toBeNull();
		expect(list.all[0]!.tags).toEqual(['numbers', 'dates']);
		expect(list.tagsInUse).toEqual(['dates', 'numbers']);
		expect(await list.saveTags('q-day', 'x'.repeat(41))).toMatch(/40 characters/);
		expect(list.all[0]!.tags).toEqual(['numbers', 'dates']);
		expect(await list.saveTags('q-day', ' , ')).toBeNull();
		expect('tags' in list.all[0]!).toBe(false);
	});

	it('changes skill and difficulty', async () => {
		const { ws } = await setup();
		const list = new QuestionList(ws, () => TEACHER_STORY);
		await list.setSkill('q-day', 'timeline');
		await list.setDifficulty('q-day', 3);
		expect(list.all[0]).toMatchObject({ skill: 'timeline', difficulty: 3 });
	});
});
