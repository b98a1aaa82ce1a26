import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore, StorageWriteError } from '$lib/storage';
import type { ByLineStore } from '$lib/storage/types';
import type { Bank } from '$lib/bank/schema';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import { StorageManager } from './storage-manager.svelte';
import { TeacherWorkspace } from './teach.svelte';
import { storeBank } from '$lib/storage/testing';
import { onlyStory } from '$lib/storage/testing';
import { statusCounts } from '$lib/bank/ops/edit';

/** A page's connection to the store. */
const managed = (store: ByLineStore) => new StorageManager(async () => store);

const NOW = new Date('2024-06-01T12:00:00Z');

async function setup(banks: Bank[] = [makeTeacherStory()]) {
	const store = createMemoryStore('test');
	for (const bank of banks) await storeBank(store, bank);
	const ws = new TeacherWorkspace(managed(store), () => NOW);
	await ws.load();
	return { store, ws };
}

/** A store whose writes fail as a full disk would, leaving storage unchanged. */
function failingWrites(store: ByLineStore): ByLineStore {
	const fail = async () => {
		throw new StorageWriteError('The device is out of storage space.', 'quota');
	};
	return new Proxy(store, {
		get(target, key, receiver) {
			if (key === 'putStory' || key === 'deleteStory') return fail;
			const value = Reflect.get(target, key, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

const article = {
	title: 'Late report',
	outlet: 'Hill Gazette',
	date: '2024-05-11',
	text: 'The spillway closed on Sunday.'
};

describe('TeacherWorkspace', () => {
	it('loads stored stories with their summaries', async () => {
		const { ws } = await setup();
		expect(ws.status).toBe('ready');
		expect(ws.stories.map((s) => s.story.id)).toEqual([TEACHER_STORY]);
		expect(statusCounts(ws.storyOf(TEACHER_STORY)!.questions).approved).toBe(1);
	});

	it('creates a story with a fresh id and stores it', async () => {
		const { ws, store } = await setup();
		const id = await ws.createStory('Ridge Dam spillway', [article]);
		expect(id).toBe('ridge-dam-spillway');
		expect((await store.getStory(id!))!.articles[0]!.title).toBe('Late report');
		expect(ws.storyOf(id!)!.story.createdAt).toBe(NOW.toISOString());
	});

	it('refuses a story without articles and says why', async () => {
		const { ws, store } = await setup([]);
		expect(await ws.createStory('Empty', [])).toBeNull();
		expect(ws.error).toMatch(/at least one article/);
		expect(await store.listStories()).toEqual([]);
	});

	it('renames, publishes and edits article metadata, persisting each', async () => {
		const { ws, store } = await setup();
		expect(await ws.renameStory(TEACHER_STORY, 'Dam news')).toBe(true);
		expect(await ws.setPublished(TEACHER_STORY, true)).toBe(true);
		expect(
			await ws.updateArticle(TEACHER_STORY, 'dam-a', {
				title: 'T',
				outlet: 'O',
				date: '2024-05-09',
				url: ''
			})
		).toBe(true);
		const stored = (await store.getStory(TEACHER_STORY))!;
		expect(stored.story.title).toBe('Dam news');
		expect(stored.story.published).toBe(true);
		expect(stored.articles[0]!.outlet).toBe('O');
		expect(ws.storyOf(TEACHER_STORY)).toEqual(stored);
	});

	it('deletes a story and restores it on undo', async () => {
		const { ws, store } = await setup();
		const entry = await ws.deleteStory(TEACHER_STORY);
		expect(entry!.message).toMatch(/Story “Ridge Dam spillway” deleted/);
		expect(ws.toast).toBe(entry);
		expect(await store.getStory(TEACHER_STORY)).toBeNull();
		expect(ws.stories).toEqual([]);
		expect(await ws.undo()).toBe(true);
		expect(await store.getStory(TEACHER_STORY)).toEqual(onlyStory(makeTeacherStory()));
		expect(ws.stories).toHaveLength(1);
		expect(ws.undoStack).toEqual([]);
	});

	it('deletes an article with the questions citing it, and undo puts all back', async () => {
		const { ws, store } = await setup();
		const entry = await ws.deleteArticle(TEACHER_STORY, 'dam-a');
		expect(entry!.message).toMatch(/1 question citing it/);
		expect((await store.getStory(TEACHER_STORY))!.questions.map((q) => q.id)).toEqual(['q-homes']);
		await ws.undo(entry!.id);
		expect(await store.getStory(TEACHER_STORY)).toEqual(onlyStory(makeTeacherStory()));
	});

	it('refuses to delete the last article', async () => {
		const { ws } = await setup();
		await ws.deleteArticle(TEACHER_STORY, 'dam-a');
		expect(await ws.deleteArticle(TEACHER_STORY, 'dam-b')).toBeNull();
		expect(ws.error).toMatch(/at least one article/);
	});

	it('changes statuses and undo restores each question’s own old status', async () => {
		const { ws, store } = await setup();
		const entry = await ws.setStatus(TEACHER_STORY, ['q-day', 'q-homes'], 'rejected');
		expect(entry!.message).toBe('2 questions rejected.');
		expect((await store.getStory(TEACHER_STORY))!.questions.map((q) => q.status)).toEqual([
			'rejected',
			'rejected'
		]);
		await ws.undo();
		expect((await store.getStory(TEACHER_STORY))!.questions.map((q) => q.status)).toEqual([
			'approved',
			'draft'
		]);
	});

	it('removes questions and restores them in place', async () => {
		const { ws, store } = await setup();
		await ws.removeQuestions(TEACHER_STORY, ['q-day']);
		expect(ws.storyOf(TEACHER_STORY)!.questions.map((q) => q.id)).toEqual(['q-homes']);
		await ws.undo();
		expect((await store.getStory(TEACHER_STORY))!.questions.map((q) => q.id)).toEqual([
			'q-day',
			'q-homes'
		]);
	});

	it('adds generated drafts once, keeping existing questions', async () => {
		const { ws } = await setup();
		const drafts = [makeDraft(`${TEACHER_STORY}-g-1`, 'Ortiz said the water was under control.')];
		expect(await ws.addGenerated(TEACHER_STORY, drafts)).toEqual({ added: 1, skipped: 0 });
		expect(await ws.addGenerated(TEACHER_STORY, drafts)).toEqual({ added: 0, skipped: 1 });
		expect(statusCounts(ws.storyOf(TEACHER_STORY)!.questions)).toEqual({
			draft: 2,
			approved: 1,
			rejected: 0,
			total: 3
		});
	});

	it('keeps memory equal to storage when a write fails, and shows the error', async () => {
		const { store } = await setup();
		const ws = new TeacherWorkspace(managed(failingWrites(store)), () => NOW);
		await ws.load();
		const before = ws.stories;
		expect(await ws.renameStory(TEACHER_STORY, 'Changed')).toBe(false);
		expect(ws.error).toMatch(/not saved: The device is out of storage space/);
		expect(await ws.deleteStory(TEACHER_STORY)).toBeNull();
		expect(ws.stories).toBe(before);
		expect(await store.getStory(TEACHER_STORY)).toEqual(onlyStory(makeTeacherStory()));
		ws.clearError();
		expect(ws.error).toBeNull();
	});

	it('runs quick successive edits in order without losing one', async () => {
		const { ws, store } = await setup();
		await Promise.all([
			ws.setStatus(TEACHER_STORY, ['q-homes'], 'approved'),
			ws.renameStory(TEACHER_STORY, 'Renamed'),
			ws.setPublished(TEACHER_STORY, true)
		]);
		const stored = (await store.getStory(TEACHER_STORY))!;
		expect(stored.questions[1]!.status).toBe('approved');
		expect(stored.story.title).toBe('Renamed');
		expect(stored.story.published).toBe(true);
	});

	it('plans and imports a story file: new, keep both, merge with a choice, replace', async () => {
		const { ws, store } = await setup();
		const incoming = [onlyStory(makeTeacherStory())];
		incoming[0]!.story.title = 'Their title';
		const plan = ws.planImport(incoming);
		expect(plan.kind).toBe('exists');
		expect(plan.kind === 'exists' && plan.conflicts.map((c) => c.id)).toEqual([
			`story:${TEACHER_STORY}`
		]);

		expect(await ws.importStory(incoming, { kind: 'new' })).toBeNull();
		expect(ws.error).toMatch(/already stored/);

		const both = await ws.importStory(incoming, { kind: 'keepBoth' });
		expect(both!.storyIds).toEqual([`${TEACHER_STORY}-copy`]);
		expect((await store.getStory(`${TEACHER_STORY}-copy`))!.story.title).toBe('Their title (copy)');
		expect((await store.getStory(TEACHER_STORY))!.story.title).toBe('Ridge Dam spillway');

		await ws.importStory(incoming, {
			kind: 'merge',
			resolution: { [`story:${TEACHER_STORY}`]: 'theirs' }
		});
		expect((await store.getStory(TEACHER_STORY))!.story.title).toBe('Their title');

		const fresh = onlyStory(makeTeacherStory());
		fresh.questions = fresh.questions.slice(0, 1);
		await ws.importStory([fresh], { kind: 'replace' });
		expect((await store.getStory(TEACHER_STORY))!.questions).toHaveLength(1);
	});

	it('checks a second story file against a first that is still being stored', async () => {
		const { ws, store } = await setup([]);
		const first = [onlyStory(makeTeacherStory())];
		const second = [onlyStory(makeTeacherStory())];
		second[0]!.story.title = 'Their title';
		// Both picked before either is stored: the second must see the first, not fail.
		const [a, b] = await Promise.all([ws.importIfNew(first), ws.importIfNew(second)]);
		expect(a?.kind).toBe('stored');
		expect(b?.kind).toBe('exists');
		expect(ws.error).toBeNull();
		expect((await store.getStory(TEACHER_STORY))!.story.title).toBe('Ridge Dam spillway');
	});

	it('reloads when another tab changes storage', async () => {
		const { ws, store } = await setup([]);
		// Shown on screen: something reads the workspace inside an effect.
		const stop = $effect.root(() => {
			$effect(() => void ws.status);
		});
		flushSync();
		await vi.waitFor(() => expect(ws.status).toBe('ready'));
		await new Promise((r) => setTimeout(r, 0)); // let the workspace subscribe
		// A write that bypasses the workspace, as another tab's would.
		await storeBank(store, makeTeacherStory());
		await vi.waitFor(() => expect(ws.stories.map((s) => s.story.id)).toEqual([TEACHER_STORY]));
		stop();
	});

	it('reports a storage that cannot be read', async () => {
		const ws = new TeacherWorkspace(
			new StorageManager(async () => {
				throw new Error('blocked');
			})
		);
		await ws.load();
		expect(ws.status).toBe('error');
		expect(ws.error).toMatch(/could not be read: blocked/);
	});

	describe('createImportedStory (a new story built on the import screen)', () => {
		it('stores the story with its questions in one write; undo deletes it', async () => {
			const { ws, store } = await setup([]);
			const story = onlyStory(makeTeacherStory());
			const entry = await ws.createImportedStory(story);
			expect(entry?.message).toBe('Story “Ridge Dam spillway” created with 2 questions.');
			expect(await store.getStory(TEACHER_STORY)).toEqual(story);
			expect(ws.stories.map((s) => s.story.id)).toEqual([TEACHER_STORY]);
			expect(await ws.undo()).toBe(true);
			expect(await store.getStory(TEACHER_STORY)).toBeNull();
			expect(ws.stories).toEqual([]);
		});

		it('refuses, without overwriting, a story id stored meanwhile', async () => {
			const { ws, store } = await setup([makeTeacherStory()]);
			const other = { ...onlyStory(makeTeacherStory()), questions: [] };
			expect(makeTeacherStory().questions).toHaveLength(2);
			expect(await ws.createImportedStory(other)).toBeNull();
			expect(ws.error).toMatch(/was stored meanwhile/);
			expect((await store.getStory(TEACHER_STORY))!.questions).toHaveLength(2);
		});

		it('changes nothing, in memory or storage, when the write fails', async () => {
			const store = createMemoryStore('test');
			const ws = new TeacherWorkspace(managed(failingWrites(store)), () => NOW);
			await ws.load();
			expect(await ws.createImportedStory(onlyStory(makeTeacherStory()))).toBeNull();
			expect(ws.error).toMatch(/out of storage space/);
			expect(ws.stories).toEqual([]);
			expect(await store.getStory(TEACHER_STORY)).toBeNull();
		});
	});
});
