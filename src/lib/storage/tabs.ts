/**
 * What keeps tabs consistent: a lock per key around every read-modify-write, and a message to
 * the other tabs after every change. Lock names are private to this module; the update prompt
 * waits for this tab's writes through `writesSettled` (registered in ./index).
 */
import * as v from 'valibot';
import type { StorageChange } from './types';

export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

interface WebLocks {
	request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const tails = new Map<string, Promise<unknown>>();

/**
 * In-tab fallback where Web Locks are missing (old browsers, Node): each task on a name starts
 * after the previous one settles. Across tabs the per-answer merge rule then keeps races from
 * losing answers in all but the narrowest overlap.
 */
export const promiseChainLock: LockRunner = (name, task) => {
	const previous = tails.get(name) ?? Promise.resolve();
	const run = previous.then(task, task);
	const tail = run.catch(() => undefined);
	tails.set(name, tail);
	void tail.then(() => {
		if (tails.get(name) === tail) tails.delete(name);
	});
	return run;
};

/** The browser-wide lock (Web Locks API) where there is one, else the in-tab chain. */
export function defaultLock(): LockRunner {
	const locks = (globalThis as { navigator?: { locks?: WebLocks } }).navigator?.locks;
	if (typeof locks?.request !== 'function') return promiseChainLock;
	return (name, task) => locks.request(`byline:${name}`, task);
}

const inFlight = new Set<Promise<unknown>>();

/** Runs a write under its key's lock and remembers it until it settles (see writesSettled). */
export function tracked(lock: LockRunner): LockRunner {
	return (name, task) => {
		const run = lock(name, task);
		const done = run.catch(() => undefined);
		inFlight.add(done);
		void done.then(() => inFlight.delete(done));
		return run;
	};
}

/** Resolves once every write this tab started (and any it started meanwhile) has finished. */
export async function writesSettled(): Promise<void> {
	while (inFlight.size > 0) await Promise.all(inFlight);
}

export const CHANNEL_NAME = 'byline-storage';

const ChangeSchema = v.variant('kind', [
	v.object({ kind: v.literal('progress'), storyId: v.string() }),
	v.object({ kind: v.literal('review'), storyId: v.string() }),
	v.object({ kind: v.literal('content'), storyId: v.nullable(v.string()) }),
	v.object({ kind: v.literal('all') })
]);

/**
 * Change notifications: to this tab's listeners directly, to other tabs through a
 * BroadcastChannel. Messages from other tabs are validated like stored data.
 */
export class ChangeChannel {
	readonly #listeners = new Set<(change: StorageChange) => void>();
	readonly #channel: BroadcastChannel | undefined;

	/** `channelName` null keeps changes in this tab (the memory store shares nothing). */
	constructor(channelName: string | null = CHANNEL_NAME) {
		if (channelName !== null && typeof BroadcastChannel === 'function') {
			this.#channel = new BroadcastChannel(channelName);
			this.#channel.onmessage = (event: MessageEvent) => {
				const parsed = v.safeParse(ChangeSchema, event.data);
				if (parsed.success) this.#deliver(parsed.output);
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
