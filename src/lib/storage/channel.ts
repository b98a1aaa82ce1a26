/**
 * Change notifications: to this tab's listeners directly, to other tabs through
 * a BroadcastChannel. Messages from other tabs are validated like stored data.
 */
import * as v from 'valibot';
import { check } from './schemas';
import type { StorageChange } from './types';

export const CHANNEL_NAME = 'byline-storage';

const ChangeSchema = v.variant('kind', [
	v.object({ kind: v.literal('progress'), storyId: v.string() }),
	v.object({ kind: v.literal('review'), storyId: v.string() }),
	v.object({ kind: v.literal('content'), storyId: v.nullable(v.string()) }),
	v.object({ kind: v.literal('all') })
]);

export class ChangeChannel {
	readonly #listeners = new Set<(change: StorageChange) => void>();
	readonly #channel: BroadcastChannel | undefined;

	/** `channelName` null keeps changes in this tab (the memory store shares nothing). */
	constructor(channelName: string | null = CHANNEL_NAME) {
		if (channelName !== null && typeof BroadcastChannel === 'function') {
			this.#channel = new BroadcastChannel(channelName);
			this.#channel.onmessage = (event: MessageEvent) => {
				const parsed = check(ChangeSchema, event.data);
				if (parsed.success) this.#deliver(parsed.data);
			};
		}
	}

	publish(change: StorageChange): void {
		this.#deliver(change);
		try {
			this.#channel?.postMessage(change);
		} catch {
			// A closed channel (page unloading) only loses the cross-tab hint, never data.
		}
	}

	subscribe(listener: (change: StorageChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	close(): void {
		this.#listeners.clear();
		this.#channel?.close();
	}

	#deliver(change: StorageChange): void {
		for (const listener of [...this.#listeners]) {
			try {
				listener(change);
			} catch (error) {
				console.warn('Byline storage: a change listener failed', error);
			}
		}
	}
}
