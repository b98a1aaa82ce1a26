/**
 * Storage that can be read but not written (a full disk, a quota of zero, storage switched to
 * read-only): the saved progress and stories stay readable from IndexedDB, and this tab's new
 * changes live in memory on top of them. The store's status is then 'memory', so the banner
 * says plainly that new answers are not being saved, while nothing saved disappears from view.
 */
import type { KeyValueDriver } from './kv';

export class ReadOnlyOverlayDriver implements KeyValueDriver {
	readonly #changed = new Map<string, unknown>();
	readonly #removed = new Set<string>();
	constructor(private readonly base: KeyValueDriver) {}

	async getItem(key: string): Promise<unknown> {
		if (this.#removed.has(key)) return null;
		if (this.#changed.has(key)) return structuredClone(this.#changed.get(key));
		return this.base.getItem(key);
	}

	async setItem(key: string, value: unknown): Promise<void> {
		this.#removed.delete(key);
		this.#changed.set(key, structuredClone(value));
	}

	async removeItem(key: string): Promise<void> {
		this.#changed.delete(key);
		this.#removed.add(key);
	}

	async keys(): Promise<string[]> {
		const keys = new Set(await this.base.keys());
		for (const key of this.#changed.keys()) keys.add(key);
		for (const key of this.#removed) keys.delete(key);
		return [...keys];
	}
}
