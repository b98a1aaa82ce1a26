import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { makeGeneratedQuestion, makeStudentStory, studentQuestions } from '$test-data';
import {
	cachedGenerated,
	ensureGenerated,
	GENERATED_PER_QUIZ,
	pickGenerated,
	quizGeneratedKey
} from './generated';
import { onlyStory } from '$lib/storage/testing';
import { forStudents } from './story-data';
import type { StoryBundle } from '$lib/bank/story';

const questions = studentQuestions();

function content(builtIn = true): StoryBundle {
	const c = forStudents({ ...onlyStory(makeStudentStory()), builtIn });
	if (!c) throw new Error('fixture story missing');
	return c;
}

describe('generated quiz questions', () => {
	it('keeps the best few, never rejected ones or ids the curated bank uses', () => {
		const many = Array.from({ length: 10 }, (_, i) => makeGeneratedQuestion(i));
		const rejected = makeGeneratedQuestion(99, { status: 'rejected' });
		const clash = { ...makeGeneratedQuestion(98), id: questions[0]!.id };
		const picked = pickGenerated([rejected, clash, ...many], content());
		expect(picked).toHaveLength(GENERATED_PER_QUIZ);
		expect(picked.map((q) => q.id)).toEqual(many.slice(0, GENERATED_PER_QUIZ).map((q) => q.id));
	});

	it('generates once, then serves the cache', async () => {
		const store = createMemoryStore('test');
		const generate = vi.fn(async () => [makeGeneratedQuestion(1), makeGeneratedQuestion(2)]);
		const first = await ensureGenerated(store, content(), generate);
		const second = await ensureGenerated(store, content(), generate);
		expect(first.map((q) => q.id)).toEqual(['gen-1', 'gen-2']);
		expect(second).toEqual(first);
		expect(generate).toHaveBeenCalledTimes(1);
		expect(await cachedGenerated(store, content())).toEqual(first);
	});

	it('gives no generated questions for teacher stories, and survives a failing generator', async () => {
		const store = createMemoryStore('test');
		const generate = vi.fn(async () => [makeGeneratedQuestion(1)]);
		expect(await ensureGenerated(store, content(false), generate)).toEqual([]);
		expect(generate).not.toHaveBeenCalled();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(
			await ensureGenerated(store, content(), async () => Promise.reject(new Error('boom')))
		).toEqual([]);
		warn.mockRestore();
	});

	it('ignores a cache entry that is not valid questions', async () => {
		const store = createMemoryStore('test');
		await store.setSetting(quizGeneratedKey(content()), [{ id: 'junk' }]);
		expect(await cachedGenerated(store, content())).toEqual([]);
	});
});
