import { describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { createMemoryStore } from '$lib/storage';
import type { ByLineStore } from '$lib/storage/types';
import { makeGeneratedQuestion, makeQuestion, makeStudentStory, STUDENT_STORY } from '$test-data';
import { QuizSession } from './quiz.svelte';
import { StorageManager } from './storage-manager.svelte';
import { onlyStory } from '$lib/storage/testing';
import { forStudents } from './story-data';

/** A fresh page's connection to the store (each session reads it anew, as after a reload). */
const managed = (store: ByLineStore) => new StorageManager(async () => store);

function setup() {
	const store = createMemoryStore('test');
	const content = forStudents({ ...onlyStory(makeStudentStory()), builtIn: true });
	if (!content) throw new Error('fixture story missing');
	return { store, content };
}

describe('QuizSession', () => {
	it('starts an attempt with the approved questions only, section by section', async () => {
		const { store, content } = setup();
		const session = new QuizSession(managed(store), content);
		await session.start();
		expect(session.phase).toBe('ready');
		// The draft cloze question is never asked; the planner groups by article then paragraph.
		expect(session.attempt?.questionIds).toEqual(['q-day', 'q-who', 'q-cars']);
		expect(session.question?.id).toBe('q-day');
		expect(session.section?.excerpts.map((e) => e.articleId)).toEqual(['harbor-a']);
		expect(session.canCheck).toBe(false);
	});

	it('saves a checked answer at once and stays on the question until Next', async () => {
		const { store, content } = setup();
		const session = new QuizSession(managed(store), content);
		await session.start();
		session.setResponse({ type: 'single', choiceId: 'tue' });
		expect(session.canCheck).toBe(true);
		const result = await session.check();
		expect(result).toEqual({ correct: false, credit: 0 });
		expect(session.checked).toBe(true);
		expect(session.index).toBe(0);
		const saved = (await store.getProgress(STUDENT_STORY)).attempts[0];
		expect(saved?.answers['q-day']?.response).toEqual({ type: 'single', choiceId: 'tue' });
		// Once checked, the answer can no longer change.
		session.setResponse({ type: 'single', choiceId: 'mon' });
		expect(session.response).toEqual({ type: 'single', choiceId: 'tue' });
	});

	it('resumes where the student left off, showing a checked answer again', async () => {
		const { store, content } = setup();
		const first = new QuizSession(managed(store), content);
		await first.start();
		first.setResponse({ type: 'single', choiceId: 'mon' });
		await first.check();
		await first.next();
		first.setResponse({ type: 'truefalse', choiceId: 'true' });
		await first.check();

		const again = new QuizSession(managed(store), content);
		await again.start();
		expect(again.attempt?.id).toBe(first.attempt?.id);
		expect(again.question?.id).toBe('q-who');
		expect(again.checked).toBe(true);
		expect(again.grade).toEqual({ correct: true, credit: 1 });
		expect(again.answeredCount).toBe(2);
	});

	it('keeps the order seed through a reload and changes it with a new attempt', async () => {
		const { store, content } = setup();
		const first = new QuizSession(managed(store), content);
		await first.start();
		const seed = first.orderSeed;
		expect(seed).toContain(first.attempt!.id);
		expect(seed).toContain('q-day');
		const reloaded = new QuizSession(managed(store), content);
		await reloaded.start();
		expect(reloaded.orderSeed).toBe(seed);
		for (const response of [
			{ type: 'single', choiceId: 'mon' },
			{ type: 'truefalse', choiceId: 'false' },
			{ type: 'numeric', value: '1' }
		] as const) {
			reloaded.setResponse(response);
			await reloaded.check();
			await reloaded.next();
		}
		const next = new QuizSession(managed(store), content);
		await next.start();
		expect(next.question?.id).toBe('q-day');
		expect(next.orderSeed).not.toBe(seed);
	});

	it('lets an ordering question be checked as first shown, without moving anything', async () => {
		const { store } = setup();
		const ordering = makeQuestion('ordering', {
			id: 'q-order',
			storyId: STUDENT_STORY,
			prompt: 'Put these in order.',
			items: [
				{ id: 'i1', text: 'First' },
				{ id: 'i2', text: 'Second' },
				{ id: 'i3', text: 'Third' }
			],
			evidence: makeStudentStory().questions[0]!.evidence,
			explanation: 'In this order.'
		});
		const content = forStudents({
			...onlyStory({ ...makeStudentStory(), questions: [ordering] }),
			builtIn: true
		});
		const session = new QuizSession(managed(store), content);
		await session.start();
		expect(session.canCheck).toBe(true);
		const shown = session.response;
		expect(shown?.type === 'ordering' && shown.order.slice().sort()).toEqual(['i1', 'i2', 'i3']);
		const result = await session.check();
		expect(result?.correct).toBe(false);
		expect(session.record?.response).toEqual(shown);
	});

	it('finishes the attempt after the last question', async () => {
		const { store, content } = setup();
		const session = new QuizSession(managed(store), content);
		await session.start();
		const answers = [
			{ type: 'single', choiceId: 'mon' },
			{ type: 'truefalse', choiceId: 'false' },
			{ type: 'numeric', value: '40,000' }
		] as const;
		for (const response of answers) {
			session.setResponse(response);
			await session.check();
			await session.next();
		}
		expect(session.phase).toBe('finished');
		const [attempt] = (await store.getProgress(STUDENT_STORY)).attempts;
		expect(attempt?.finishedAt).toBeDefined();
		expect(Object.values(attempt?.answers ?? {}).map((a) => a.correct)).toEqual([
			true,
			false,
			true
		]);
	});

	it('starts a fresh attempt once the previous one is finished', async () => {
		const { store, content } = setup();
		const old = await store.startAttempt(STUDENT_STORY, ['q-day']);
		await store.finishAttempt(STUDENT_STORY, old.id);
		const session = new QuizSession(managed(store), content);
		await session.start();
		expect(session.attempt?.id).not.toBe(old.id);
		expect((await store.getProgress(STUDENT_STORY)).attempts).toHaveLength(2);
	});
});

describe('QuizSession without questions', () => {
	it('says so instead of starting an empty attempt', async () => {
		const { store, content } = setup();
		const session = new QuizSession(managed(store), { ...content, questions: [] });
		await session.start();
		expect(session.phase).toBe('empty');
		expect((await store.getProgress(STUDENT_STORY)).attempts).toEqual([]);
	});
});

describe('QuizSession with generated questions', () => {
	const generatedQ = makeGeneratedQuestion(1, {
		skill: 'source',
		prompt: 'The Metro Wire counted the cars.',
		evidence: [{ articleId: 'harbor-b', start: 0, end: 43 }],
		explanation: 'The Metro Wire gives the number.'
	});

	it('adds cached generated questions to a new attempt and finds them again on resume', async () => {
		const { store, content } = setup();
		const prepare = vi.fn();
		const cached = vi.fn(async () => [generatedQ]);
		const session = new QuizSession(managed(store), content, { generated: { cached, prepare } });
		await session.start();
		expect(session.attempt?.questionIds).toContain('gen-1');
		expect(session.total).toBe(4);
		// They are cached already, so there is nothing to prepare.
		expect(prepare).not.toHaveBeenCalled();

		const resumed = new QuizSession(managed(store), content, { generated: { cached, prepare } });
		await resumed.start();
		expect(resumed.questions.map((q) => q.id)).toContain('gen-1');
	});

	it('starts at once without generated questions when none are cached, and prepares them for later', async () => {
		const { store, content } = setup();
		let cache: Question[] = [];
		// The generator never finishes during this attempt: the quiz must not wait for it.
		const prepare = vi.fn(() => {
			cache = [generatedQ];
		});
		const first = new QuizSession(managed(store), content, {
			generated: { cached: async () => cache.slice(), prepare }
		});
		await first.start();
		expect(first.phase).toBe('ready');
		expect(first.attempt?.questionIds).toEqual(['q-day', 'q-who', 'q-cars']);
		expect(prepare).toHaveBeenCalledTimes(1);

		// The open attempt keeps its questions; the next new attempt gets the prepared ones.
		const firstId = first.attempt?.id;
		if (!firstId) throw new Error('no attempt started');
		await store.finishAttempt(STUDENT_STORY, firstId);
		const second = new QuizSession(managed(store), content, {
			generated: { cached: async () => cache.slice(), prepare }
		});
		await second.start();
		expect(second.attempt?.questionIds).toContain('gen-1');
		expect(second.total).toBe(4);
		expect(prepare).toHaveBeenCalledTimes(1);
	});

	it('skips generated questions whose cache is gone when resuming', async () => {
		const { store, content } = setup();
		const session = new QuizSession(managed(store), content, {
			generated: { cached: async () => [generatedQ], prepare: () => {} }
		});
		await session.start();
		expect(session.questions.map((q) => q.id)).toContain('gen-1');
		const resumed = new QuizSession(managed(store), content);
		await resumed.start();
		expect(resumed.total).toBe(4);
		expect(resumed.questions.map((q) => q.id)).not.toContain('gen-1');
	});
});
