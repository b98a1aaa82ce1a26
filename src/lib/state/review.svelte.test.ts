import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import type { ByLineStore } from '$lib/storage/types';
import { makeStudentStory, STUDENT_STORY, studentQuestions } from '$test-data';
import { QuizSession } from './quiz.svelte';
import { ReviewSession } from './review.svelte';
import { recordForReview } from './review-record';
import { StorageManager } from './storage-manager.svelte';
import { onlyStory } from '$lib/storage/testing';
import { forStudents } from './story-data';
import type { StoryBundle } from '$lib/bank/story';

const questions = studentQuestions();

/** A page's connection to the store. */
const managed = (store: ByLineStore) => new StorageManager(async () => store);

const DAY = 86_400_000;
/** A controllable clock: tests move it forward instead of waiting. */
function clock(start: string) {
	let now = new Date(start);
	return {
		now: () => new Date(now),
		iso: () => now.toISOString(),
		advanceDays: (days: number) => (now = new Date(now.getTime() + days * DAY))
	};
}

function setup(start = '2026-03-02T09:00:00') {
	const store = createMemoryStore('test');
	const content = forStudents({ ...onlyStory(makeStudentStory()), builtIn: true });
	const time = clock(start);
	const review = () =>
		new ReviewSession(managed(store), async (ids) => (ids.has(STUDENT_STORY) ? [content] : []), {
			now: time.now
		});
	return { store, content, time, review };
}

/** Answers the quiz's first question (when did the bridge reopen?) wrongly, as a student would. */
async function missFirstQuestion(store: ByLineStore, content: StoryBundle, iso: () => string) {
	const recorded: Promise<void>[] = [];
	const quiz = new QuizSession(managed(store), content, {
		now: iso,
		onAnswered: (q, g, at) => recorded.push(recordForReview(store, STUDENT_STORY, q, g, at))
	});
	await quiz.start();
	expect(quiz.question?.id).toBe('q-day');
	quiz.setResponse({ type: 'single', choiceId: 'tue' });
	await quiz.check();
	await Promise.all(recorded);
	return quiz;
}

describe('review over time', () => {
	it('brings a missed question back when FSRS says it is due, then spaces it out', async () => {
		const { store, content, time, review } = setup();
		await missFirstQuestion(store, content, time.iso);
		const card = (await store.getReviews(STUDENT_STORY)).cards['q-day']!;
		expect(card.log).toHaveLength(1);

		// The same day: nothing to review yet, and the page can say when.
		const today = review();
		await today.start();
		expect(today.phase).toBe('done');
		expect(today.nextReview?.toISOString()).toBe(card.due);

		time.advanceDays(1);
		const tomorrow = review();
		await tomorrow.start();
		expect(tomorrow.phase).toBe('ready');
		expect(tomorrow.items.map((i) => i.question.id)).toEqual(['q-day']);
		expect(tomorrow.item?.section?.excerpts.map((e) => e.articleId)).toEqual(['harbor-a']);
		expect(tomorrow.canCheck).toBe(false);
		tomorrow.setResponse({ type: 'single', choiceId: 'mon' });
		expect(await tomorrow.check()).toEqual({ correct: true, credit: 1 });
		await tomorrow.next();
		expect(tomorrow.phase).toBe('done');
		const after = (await store.getReviews(STUDENT_STORY)).cards['q-day']!;
		expect(after.reps).toBe(2);
		expect(Date.parse(after.due) - time.now().getTime()).toBeGreaterThan(DAY);
		expect(tomorrow.nextReview?.toISOString()).toBe(after.due);

		// A fresh session (what a reload starts) finds nothing left for today.
		const again = review();
		await again.start();
		expect(again.phase).toBe('done');
	});

	it('makes no card for a right answer, and reviews an existing card when answered right', async () => {
		const { store, content, time } = setup();
		await recordForReview(
			store,
			STUDENT_STORY,
			questions[0]!,
			{ correct: true, credit: 1 },
			time.iso()
		);
		expect(await store.listReviews()).toEqual([]);
		await missFirstQuestion(store, content, time.iso);
		time.advanceDays(3);
		await recordForReview(
			store,
			STUDENT_STORY,
			questions[0]!,
			{ correct: true, credit: 1 },
			time.iso()
		);
		expect((await store.getReviews(STUDENT_STORY)).cards['q-day']!.reps).toBe(2);
	});

	it('drops a card whose question vanished, without an error', async () => {
		const { store, content, time } = setup();
		await missFirstQuestion(store, content, time.iso);
		const edited = { ...content, questions: content.questions.filter((q) => q.id !== 'q-day') };
		time.advanceDays(2);
		const session = new ReviewSession(managed(store), async () => [edited], { now: time.now });
		await session.start();
		expect(session.error).toBeNull();
		expect(session.phase).toBe('done');
		expect(session.nextReview).toBeNull();
		expect(await store.listReviews()).toEqual([]);
	});

	it('makes the cards missing for answers saved before review existed', async () => {
		const { store, content, time, review } = setup();
		// No listener: as when the card's write failed, or the answer predates review.
		const quiz = new QuizSession(managed(store), content, { now: time.iso });
		await quiz.start();
		quiz.setResponse({ type: 'single', choiceId: 'tue' });
		await quiz.check();
		expect(await store.listReviews()).toEqual([]);
		time.advanceDays(1);
		const session = review();
		await session.start();
		expect(session.items.map((i) => i.question.id)).toEqual(['q-day']);
		expect((await store.getReviews(STUDENT_STORY)).cards['q-day']!.log[0]!.rating).toBe(1);
	});

	it('picks up a card made in another tab once its own review is done, never mid-review', async () => {
		const { store, content, time, review } = setup();
		const session = review();
		await session.start();
		expect(session.phase).toBe('done');
		expect(session.nextReview).toBeNull();
		// Another tab misses a question; its change arrives here.
		await missFirstQuestion(store, content, time.iso);
		await Promise.all([session.refresh(), session.refresh()]);
		expect(session.nextReview?.toISOString()).toBe(
			(await store.getReviews(STUDENT_STORY)).cards['q-day']!.due
		);

		time.advanceDays(1);
		await session.refresh();
		expect(session.phase).toBe('ready');
		session.setResponse({ type: 'single', choiceId: 'mon' });
		await session.refresh();
		expect(session.draft).toEqual({ type: 'single', choiceId: 'mon' });
	});
});
