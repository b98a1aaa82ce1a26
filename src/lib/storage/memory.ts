import type { KeyValueDriver } from './kv';

/**
 * A Map-backed driver for the fallback store (no IndexedDB, private mode, SSR).
 * Values are structured-cloned in and out, as IndexedDB does, so callers can
 * never mutate stored state by accident.
 */
export class MemoryDriver implements KeyValueDriver {
	readonly #data = new Map<string, unknown>();

	async getItem(key: string): Promise<unknown> {
		return this.#data.has(key) ? structuredClone(this.#data.get(key)) : null;
	}

	async setItem(key: string, value: unknown): Promise<void> {
		this.#data.set(key, structuredClone(value));
	}

	async removeItem(key: string): Promise<void> {
		this.#data.delete(key);
	}

	async keys(): Promise<string[]> {
		return [...this.#data.keys()];
	}
}
