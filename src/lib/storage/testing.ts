/**
 * Test harness for the storage and backup tests: stores on fresh fake-IndexedDB databases, and
 * fault-injecting drivers. The stories and records they store come from src/test-data.
 */
import { afterEach } from 'vitest';
import { openStore, type OpenStoreOptions } from './index';
import type { KeyValueDriver } from './kv';
import type { ByLineStore } from './types';
import type { Bank } from '$lib/bank/model';
import type { StoryBundle } from '$lib/bank/story';
import { storiesFromBank } from '$lib/bank/bank-stories';

/**
 * Opens stores on fresh databases named `${prefix}-1`, `-2`, ... (no cross-tab channel unless a
 * test asks for one) and closes them after each test. Call once at the top of a test file.
 */
export function freshStores(prefix: string) {
	let counter = 0;
	const opened: ByLineStore[] = [];
	afterEach(() => {
		for (const store of opened.splice(0)) store.close();
	});
	const nextName = () => `${prefix}-${++counter}`;
	async function open(options: OpenStoreOptions = {}): Promise<ByLineStore> {
		const store = await openStore({ dbName: nextName(), channelName: null, ...options });
		opened.push(store);
		return store;
	}
	return { open, nextName };
}

export function domError(name: string, message = name): Error {
	return new DOMException(message, name);
}

/**
 * Wraps a driver and makes chosen writes fail, as a full disk or an aborted
 * IndexedDB transaction would: the failing write changes nothing.
 */
export class FailingDriver implements KeyValueDriver {
	setCalls = 0;
	constructor(
		private readonly inner: KeyValueDriver,
		public failWhen: (key: string, call: number) => Error | null = () => null
	) {}

	getItem(key: string) {
		return this.inner.getItem(key);
	}

	async setItem(key: string, value: unknown) {
		this.setCalls++;
		const error = this.failWhen(key, this.setCalls);
		if (error) throw error;
		await this.inner.setItem(key, value);
	}

	removeItem(key: string) {
		return this.inner.removeItem(key);
	}

	keys() {
		return this.inner.keys();
	}
}

/** Stores every story of a bank file, as a teacher importing it would. */
export async function storeBank(store: Pick<ByLineStore, 'putStory'>, bank: Bank): Promise<void> {
	for (const story of storiesFromBank(bank)) await store.putStory(story);
}

/** The one story of a one-story bank, as the app holds it. */
export function onlyStory(bank: Bank): StoryBundle {
	const [story, ...more] = storiesFromBank(bank);
	if (!story || more.length) throw new Error('expected a bank with exactly one story');
	return story;
}
