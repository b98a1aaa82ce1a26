import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { StorageManager } from '$lib/state/storage-manager.svelte';
import { TeacherWorkspace } from '$lib/state/teach.svelte';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import { GenerationRun } from './generation.svelte';
import { storeBank } from '$lib/storage/testing';
import { statusCounts } from '$lib/bank/ops/edit';

async function workspace() {
	const store = createMemoryStore('test');
	await storeBank(store, makeTeacherStory());
	const ws = new TeacherWorkspace(new StorageManager(async () => store));
	await ws.load();
	return ws;
}

describe('GenerationRun', () => {
	it('reports progress, stores new drafts and says how many', async () => {
		const ws = await workspace();
		const seen: number[] = [];
		const run = new GenerationRun(async (input, { onProgress }) => {
			expect(input.articles.map((a) => a.id)).toEqual(['dam-a', 'dam-b']);
			onProgress?.({ stage: 'analyse', done: 1, total: 2 });
			seen.push(run.progress!.done);
			return [makeDraft(`${TEACHER_STORY}-g-1`, 'New prompt one'), makeDraft('q-day', 'Taken id')];
		});
		await run.start(ws, TEACHER_STORY);
		expect(seen).toEqual([1]);
		expect(run.state).toBe('done');
		expect(run.message).toMatch(/^1 new draft question added in \d+\.\d s\. 1 were already/);
		expect(statusCounts(ws.storyOf(TEACHER_STORY)!.questions).total).toBe(3);
	});

	it('cancels without adding anything', async () => {
		const ws = await workspace();
		const run = new GenerationRun(
			(_input, { signal }) =>
				new Promise((_resolve, reject) =>
					signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')))
				)
		);
		const running = run.start(ws, TEACHER_STORY);
		expect(run.state).toBe('running');
		run.cancel();
		await running;
		expect(run.state).toBe('cancelled');
		expect(statusCounts(ws.storyOf(TEACHER_STORY)!.questions).total).toBe(2);
	});

	it('shows a generator failure', async () => {
		const ws = await workspace();
		const run = new GenerationRun(async () => {
			throw new Error('worker crashed');
		});
		await run.start(ws, TEACHER_STORY);
		expect(run.state).toBe('failed');
		expect(run.message).toBe('Generation failed: worker crashed');
	});
});
