import { describe, expect, it } from 'vitest';
import { createMemoryStore, getStore } from './index';
import { makeAnswer } from '$test-data';

describe('getStore', () => {
	it('gives a memory store with a reason during SSR/prerender and never throws', async () => {
		expect(typeof window).toBe('undefined');
		const store = await getStore();
		expect(store.status).toEqual({
			kind: 'memory',
			reason: expect.stringMatching(/prerendered/)
		});
	});
});

describe('memory store', () => {
	it('follows the same rules as the IndexedDB store', async () => {
		const store = createMemoryStore('testing');
		const attempt = await store.startAttempt('s', ['q1', 'q2']);
		await store.saveAnswer('s', attempt.id, makeAnswer('q1', '2026-01-01T10:00:00Z'), 1);
		const progress = await store.getProgress('s');
		expect(progress.attempts[0]!.currentIndex).toBe(1);
		// What callers get back is a copy: changing it does not change the store.
		progress.attempts[0]!.currentIndex = 0;
		expect((await store.getProgress('s')).attempts[0]!.currentIndex).toBe(1);
		store.close();
	});
});

describe('randomId', () => {
	it('works without crypto.randomUUID (plain-http pages)', async () => {
		const { randomId } = await import('./store');
		const original = crypto.randomUUID;
		Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
		try {
			const ids = new Set(Array.from({ length: 50 }, randomId));
			expect(ids.size).toBe(50);
			for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
		} finally {
			Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
		}
	});
});
