import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { bank, STORY } from './fixtures.test-helpers';
import { StoryState } from './story.svelte';

describe('StoryState', () => {
	it('is ready at once for a built-in story and then reads progress', async () => {
		const store = createMemoryStore('test');
		const state = new StoryState(STORY, bank());
		expect(state.status).toBe('ready');
		await state.load(store);
		expect(state.progress).toEqual({ storyId: STORY, attempts: [] });
		expect(state.summary).toEqual({ kind: 'not-started' });
	});

	it('loads a published teacher story from storage', async () => {
		const store = createMemoryStore('test');
		await store.putBank(bank(true));
		const state = new StoryState(STORY, null);
		expect(state.status).toBe('loading');
		await state.load(store);
		expect(state.status).toBe('ready');
		expect(state.content?.builtIn).toBe(false);
		expect(state.content?.articles.map((a) => a.outlet)).toEqual(['Daily Planet', 'Metro Wire']);
	});

	it('hides unpublished and unknown stories', async () => {
		const store = createMemoryStore('test');
		await store.putBank(bank(false));
		const draft = new StoryState(STORY, null);
		await draft.load(store);
		expect(draft.status).toBe('not-found');
		const missing = new StoryState('nope', null);
		await missing.load(store);
		expect(missing.status).toBe('not-found');
	});

	it('notices when a teacher unpublishes their story', async () => {
		const store = createMemoryStore('test');
		await store.putBank(bank(true));
		const state = new StoryState(STORY, null);
		await state.load(store);
		await store.putBank(bank(false));
		await state.load(store, { refreshContent: true });
		expect(state.status).toBe('not-found');
	});
});
