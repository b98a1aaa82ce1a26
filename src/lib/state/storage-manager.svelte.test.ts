import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { StorageManager } from './storage-manager.svelte';

const STORY = 'story-a';

/** Shows `read()` "on screen": inside an effect, as a component's template would. */
function show<T>(read: () => T): { latest: () => T | undefined; stop: () => void } {
	let latest: T | undefined;
	const stop = $effect.root(() => {
		// The first read happens inside a derived, as in a state class's $derived field.
		const value = $derived(read());
		$effect(() => {
			latest = value;
		});
	});
	flushSync();
	return { latest: () => latest, stop };
}

describe('StorageManager', () => {
	it('reads a story’s progress once shown, and follows writes made behind its back', async () => {
		const store = createMemoryStore('manager-test');
		const storage = new StorageManager(async () => store);
		const shown = show(() => storage.progress(STORY)?.attempts.length);
		await vi.waitFor(() => expect(shown.latest()).toBe(0));
		// Another tab's write: only the store's change message tells this page.
		await store.startAttempt(STORY, ['q1']);
		await vi.waitFor(() => {
			flushSync();
			expect(shown.latest()).toBe(1);
		});
		shown.stop();
	});

	it('stops following once nothing shows the value', async () => {
		const store = createMemoryStore('manager-test');
		const subscribe = vi.spyOn(store, 'subscribe');
		const storage = new StorageManager(async () => store);
		const shown = show(() => storage.progress(STORY));
		await vi.waitFor(() => expect(subscribe).toHaveBeenCalledTimes(1));
		const unsubscribe = subscribe.mock.results[0]!.value as () => void;
		expect(typeof unsubscribe).toBe('function');
		shown.stop();
		await Promise.resolve();
		await store.startAttempt(STORY, ['q1']);
		// Not followed any more: the cache keeps the last value it read.
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(storage.progress(STORY)?.attempts).toEqual([]);
	});
});
