import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { summarizeBuiltinBank } from '$lib/content/prebuilt';
import { createMemoryStore } from '$lib/storage';
import { makeStudentStory, STUDENT_STORY } from '$test-data';
import { LibraryState } from './library.svelte';
import { storeBank } from '$lib/storage/testing';
import { onlyStory } from '$lib/storage/testing';

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

/** A library whose one built-in story is `makeStudentStory()`; counts the bank fetches. */
function builtInLibrary() {
	const fetched: string[] = [];
	const library = new LibraryState(summarizeBuiltinBank(makeStudentStory()), async (summary) => {
		fetched.push(summary.id);
		return onlyStory(makeStudentStory());
	});
	return { library, fetched };
}

describe('LibraryState', () => {
	it('lists built-in stories, then published teacher stories, with progress', async () => {
		const store = createMemoryStore('test');
		await storeBank(store, renamed(makeStudentStory(), 'teacher-published', true));
		await storeBank(store, renamed(makeStudentStory(), 'teacher-draft', false));
		await store.startAttempt(STUDENT_STORY, ['q-day', 'q-who']);

		const { library } = builtInLibrary();
		expect(library.entries.map((e) => e.summary)).toEqual([null]);
		await library.load(store);

		expect(library.status).toBe('ready');
		expect(library.entries.map((e) => e.card.id)).toEqual([STUDENT_STORY, 'teacher-published']);
		const [builtIn, teacher] = library.entries;
		expect(builtIn?.card.outlets).toEqual(['Daily Planet', 'Metro Wire']);
		expect(builtIn?.card.questionCount).toBe(3);
		expect(teacher?.card).toMatchObject({ title: 'Story teacher-published', builtIn: false });
		expect(teacher?.card.questionCount).toBe(3);
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
		await storeBank(store, makeStudentStory(true));
		const { library } = builtInLibrary();
		await library.load(store);
		expect(library.entries).toHaveLength(1);
		expect(library.entries[0]?.card.builtIn).toBe(true);
	});

	it('fetches a built-in bank only when the student has attempts to score', async () => {
		const store = createMemoryStore('test');
		const fresh = builtInLibrary();
		await fresh.library.load(store);
		expect(fresh.fetched).toEqual([]);
		expect(fresh.library.entries[0]?.summary).toEqual({ kind: 'not-started' });

		const attempt = await store.startAttempt(STUDENT_STORY, ['q-day']);
		await store.finishAttempt(STUDENT_STORY, attempt.id);
		const returning = builtInLibrary();
		await returning.library.load(store);
		expect(returning.fetched).toEqual([STUDENT_STORY]);
		expect(returning.library.entries[0]?.summary).toMatchObject({
			kind: 'finished',
			bestPercent: 0
		});
	});

	it('reports a bank that cannot be fetched instead of showing wrong progress', async () => {
		const store = createMemoryStore('test');
		await store.startAttempt(STUDENT_STORY, ['q-day']);
		const library = new LibraryState(summarizeBuiltinBank(makeStudentStory()), () =>
			Promise.reject(new Error('offline'))
		);
		await library.load(store);
		expect(library.status).toBe('error');
		expect(library.error).toBe('offline');
	});
});
