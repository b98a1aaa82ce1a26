import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { makeGeneratedQuestion, makeStudentStory } from '$test-data';
import { cachedGenerated } from './generated';
import { prepareGeneratedWhenIdle } from './generated-background';
import { onlyStory } from '$lib/storage/testing';
import { forStudents } from './story-data';
import type { StoryBundle } from '$lib/bank/story';

function content(builtIn = true): StoryBundle {
	const c = forStudents({ ...onlyStory(makeStudentStory()), builtIn });
	if (!c) throw new Error('fixture story missing');
	return c;
}

const generatedQ = makeGeneratedQuestion(1);

/** An idle signal the test releases by hand. */
function manualIdle() {
	let release: () => void = () => {};
	const idle = vi.fn(() => new Promise<void>((done) => (release = done)));
	return { idle, release: () => release() };
}

describe('preparing generated questions in the background', () => {
	it('waits for idle time before generating, then caches the result', async () => {
		const store = createMemoryStore('test');
		const { idle, release } = manualIdle();
		const generate = vi.fn(async () => [generatedQ]);
		const run = prepareGeneratedWhenIdle(store, content(), { idle, generate });
		await Promise.resolve();
		expect(generate).not.toHaveBeenCalled();
		release();
		expect((await run).map((q) => q.id)).toEqual(['gen-1']);
		expect(generate).toHaveBeenCalledTimes(1);
		expect((await cachedGenerated(store, content())).map((q) => q.id)).toEqual(['gen-1']);
	});

	it('shares one run between pages asking at the same time, and reuses the cache afterwards', async () => {
		const store = createMemoryStore('test');
		const { idle, release } = manualIdle();
		const generate = vi.fn(async () => [generatedQ]);
		const fromStory = prepareGeneratedWhenIdle(store, content(), { idle, generate });
		const fromQuiz = prepareGeneratedWhenIdle(store, content(), { idle, generate });
		expect(fromQuiz).toBe(fromStory);
		release();
		await fromStory;
		await prepareGeneratedWhenIdle(store, content(), { idle: async () => {}, generate });
		expect(generate).toHaveBeenCalledTimes(1);
	});

	it('never generates for a teacher story, and a failed run resolves to nothing', async () => {
		const store = createMemoryStore('test');
		const generate = vi.fn(async () => [generatedQ]);
		const idle = async () => {};
		expect(await prepareGeneratedWhenIdle(store, content(false), { idle, generate })).toEqual([]);
		expect(generate).not.toHaveBeenCalled();
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const failing = async () => Promise.reject(new Error('worker crashed'));
		expect(await prepareGeneratedWhenIdle(store, content(), { idle, generate: failing })).toEqual(
			[]
		);
		expect(await cachedGenerated(store, content())).toEqual([]);
	});
});
