import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { makeStudentStory, STUDENT_STORY } from '$test-data';
import type { ByLineStore } from '$lib/storage/types';
import { StorageManager } from './storage-manager.svelte';
import { StoryState } from './story.svelte';
import { storeBank } from '$lib/storage/testing';
import { onlyStory } from '$lib/storage/testing';

/** A page's connection to the store. */
const managed = (store: ByLineStore) => new StorageManager(async () => store);

describe('StoryState', () => {
	it('is ready at once for a built-in story and then reads progress', async () => {
		const store = createMemoryStore('test');
		const state = new StoryState(
			STUDENT_STORY,
			onlyStory(makeStudentStory()),
			undefined,
			managed(store)
		);
		expect(state.status).toBe('ready');
		await state.load();
		expect(state.progress).toEqual({ storyId: STUDENT_STORY, attempts: [] });
		expect(state.summary).toEqual({ kind: 'not-started' });
	});

	it('shows a built-in story from its articles, then fetches its questions once', async () => {
		const store = createMemoryStore('test');
		const attempt = await store.startAttempt(STUDENT_STORY, ['q-day']);
		await store.finishAttempt(STUDENT_STORY, attempt.id);
		let fetches = 0;
		const state = new StoryState(
			STUDENT_STORY,
			{ ...onlyStory(makeStudentStory()), questions: [] },
			{
				title: 'Harbor',
				wholeBank: async () => {
					fetches += 1;
					return onlyStory(makeStudentStory());
				}
			},
			managed(store)
		);
		expect(state.status).toBe('ready');
		expect(state.complete).toBe(false);
		expect(state.content?.articles).toHaveLength(2);
		expect(state.questions).toEqual([]);

		await state.load();
		expect(state.complete).toBe(true);
		expect(state.questions.map((q) => q.id)).toContain('q-day');
		// The finished attempt is scored against the fetched questions: one asked, none answered.
		expect(state.summary).toEqual({ kind: 'finished', bestPercent: 0, finishedAttempts: 1 });
		await state.load();
		expect(fetches).toBe(1);
	});

	it('knows a built-in title before its bank arrives, and fails clearly if it cannot come', async () => {
		const store = createMemoryStore('test');
		const waiting = new StoryState(
			STUDENT_STORY,
			null,
			{ title: 'Harbor', wholeBank: async () => onlyStory(makeStudentStory()) },
			managed(store)
		);
		expect(waiting.status).toBe('loading');
		expect(waiting.title).toBe('Harbor');
		expect(waiting.content).toBeNull();
		await waiting.load();
		expect(waiting.status).toBe('ready');
		expect(waiting.title).toBe(makeStudentStory().stories[0]!.title);
		expect(waiting.questions.length).toBeGreaterThan(0);

		const offline = new StoryState(
			STUDENT_STORY,
			null,
			{
				title: 'Harbor',
				wholeBank: () => Promise.reject(new Error('The built-in stories could not be loaded'))
			},
			managed(store)
		);
		await offline.load();
		expect(offline.status).toBe('error');
		expect(offline.error).toMatch(/could not be loaded/);
	});

	it('loads a published teacher story from storage', async () => {
		const store = createMemoryStore('test');
		await storeBank(store, makeStudentStory(true));
		const state = new StoryState(STUDENT_STORY, null, undefined, managed(store));
		expect(state.status).toBe('loading');
		await state.load();
		expect(state.status).toBe('ready');
		expect(state.content?.builtIn).toBe(false);
		expect(state.content?.articles.map((a) => a.outlet)).toEqual(['Daily Planet', 'Metro Wire']);
	});

	it('hides unpublished and unknown stories', async () => {
		const store = createMemoryStore('test');
		await storeBank(store, makeStudentStory(false));
		const draft = new StoryState(STUDENT_STORY, null, undefined, managed(store));
		await draft.load();
		expect(draft.status).toBe('not-found');
		const missing = new StoryState('nope', null, undefined, managed(store));
		await missing.load();
		expect(missing.status).toBe('not-found');
	});

	it('notices when a teacher unpublishes their story', async () => {
		const store = createMemoryStore('test');
		await storeBank(store, makeStudentStory(true));
		const state = new StoryState(STUDENT_STORY, null, undefined, managed(store));
		await state.load();
		await storeBank(store, makeStudentStory(false));
		await state.load({ refreshContent: true });
		expect(state.status).toBe('not-found');
	});
});
