import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { createMemoryStore } from '$lib/storage';
import { bank, STORY } from './fixtures.test-helpers';
import { LibraryState } from './library.svelte';

function renamed(source: Bank, id: string, published: boolean): Bank {
	return {
		...source,
		stories: source.stories.map((s) => ({
			...s,
			id,
			title: `Story ${id}`,
			published,
			articleIds: s.articleIds.map((a) => `${id}-${a}`)
		})),
		articles: source.articles.map((a) => ({ ...a, id: `${id}-${a.id}`, storyId: id })),
		questions: source.questions.map((q) => ({
			...q,
			id: `${id}-${q.id}`,
			storyId: id,
			evidence: q.evidence.map((e) => ({ ...e, articleId: `${id}-${e.articleId}` }))
		}))
	};
}

describe('LibraryState', () => {
	it('lists built-in stories, then published teacher stories, with progress', async () => {
		const store = createMemoryStore('test');
		await store.putBank(renamed(bank(), 'teacher-published', true));
		await store.putBank(renamed(bank(), 'teacher-draft', false));
		await store.startAttempt(STORY, ['q-day', 'q-who']);

		const library = new LibraryState([bank()]);
		expect(library.entries.map((e) => e.summary)).toEqual([null]);
		await library.load(store);

		expect(library.status).toBe('ready');
		expect(library.entries.map((e) => e.content.story.id)).toEqual([STORY, 'teacher-published']);
		const [builtIn, teacher] = library.entries;
		expect(builtIn?.outlets).toEqual(['Daily Planet', 'Metro Wire']);
		expect(builtIn?.content.questions).toHaveLength(3);
		expect(builtIn?.summary).toEqual({
			kind: 'in-progress',
			answered: 0,
			total: 2,
			bestPercent: null
		});
		expect(teacher?.summary).toEqual({ kind: 'not-started' });
	});

	it('shows a built-in story once even if storage holds a story with the same id', async () => {
		const store = createMemoryStore('test');
		await store.putBank(bank(true));
		const library = new LibraryState([bank()]);
		await library.load(store);
		expect(library.entries).toHaveLength(1);
		expect(library.entries[0]?.content.builtIn).toBe(true);
	});
});
