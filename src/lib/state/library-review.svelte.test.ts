import { describe, expect, it, vi } from 'vitest';
import { summarizeBuiltinBank } from '$lib/content/prebuilt';
import { createMemoryStore } from '$lib/storage';
import { makeAnswer, makeReviewCard } from '$test-data';
import { makeStudentStory, STUDENT_STORY } from '$test-data';
import { LibraryState } from './library.svelte';
import { onlyStory } from '$lib/storage/testing';

describe('LibraryState: reviews due today', () => {
	it('counts the cards due today whose questions still exist', async () => {
		const store = createMemoryStore('test');
		const due = '2026-03-03T09:00:00.000Z';
		await store.saveReviewCard(STUDENT_STORY, makeReviewCard('q-day', due));
		await store.saveReviewCard(STUDENT_STORY, makeReviewCard('q-who', '2026-03-20T09:00:00.000Z'));
		await store.saveReviewCard(STUDENT_STORY, makeReviewCard('deleted-question', due));
		let now = new Date('2026-03-01T12:00:00Z');
		const library = new LibraryState(
			summarizeBuiltinBank(makeStudentStory()),
			async () => onlyStory(makeStudentStory()),
			{
				now: () => now
			}
		);
		expect(library.dueToday).toBeNull();
		await library.load(store);
		expect(library.dueToday).toBe(0);
		now = new Date('2026-03-04T12:00:00Z');
		await library.load(store);
		expect(library.dueToday).toBe(1);
	});

	it('makes the card a missed answer lacks (its tab closed before saving it)', async () => {
		const store = createMemoryStore('test');
		const attempt = await store.startAttempt(STUDENT_STORY, ['q-day']);
		await store.saveAnswer(
			STUDENT_STORY,
			attempt.id,
			makeAnswer('q-day', '2026-03-02T09:00:00Z', 'tue'),
			1
		);
		const library = new LibraryState(
			summarizeBuiltinBank(makeStudentStory()),
			async () => onlyStory(makeStudentStory()),
			{
				now: () => new Date('2026-03-02T12:00:00Z')
			}
		);
		await library.load(store);
		await vi.waitFor(async () =>
			expect(Object.keys((await store.getReviews(STUDENT_STORY)).cards)).toEqual(['q-day'])
		);
	});
});
