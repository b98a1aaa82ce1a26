import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { READING_SETTING, ReadingPreferences } from './preferences.svelte';
import { READING_DEFAULTS, READING_KEY } from './settings';

function memoryStorage(initial: Record<string, string> = {}): Storage {
	const data = new Map(Object.entries(initial));
	return {
		get length() {
			return data.size;
		},
		key: (i) => [...data.keys()][i] ?? null,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
		removeItem: (k) => void data.delete(k),
		clear: () => data.clear()
	};
}

describe('ReadingPreferences', () => {
	it('starts from the localStorage copy, or the defaults', () => {
		const stored = memoryStorage({ [READING_KEY]: JSON.stringify({ theme: 'dark' }) });
		expect(new ReadingPreferences(null, stored).settings.theme).toBe('dark');
		expect(new ReadingPreferences(null, memoryStorage()).settings).toEqual(READING_DEFAULTS);
	});

	it('applies a change to <html>, mirrors it to localStorage and saves it for backups', async () => {
		const root = document.createElement('html');
		const local = memoryStorage();
		const store = createMemoryStore('reading-test');
		const prefs = new ReadingPreferences(root, local);
		prefs.set('textSize', '150', store);
		prefs.set('theme', 'dark', store);
		expect(root.dataset.textSize).toBe('150');
		expect(root.getAttribute('data-theme')).toBe('dark');
		expect(JSON.parse(local.getItem(READING_KEY)!)).toMatchObject({
			textSize: '150',
			theme: 'dark'
		});
		await vi.waitFor(async () =>
			expect(await store.getSetting(READING_SETTING)).toMatchObject({ theme: 'dark' })
		);
	});

	it('follows another tab through the storage event', () => {
		const root = document.createElement('html');
		const local = memoryStorage();
		const prefs = new ReadingPreferences(root, local);
		local.setItem(READING_KEY, JSON.stringify({ font: 'serif' }));
		prefs.onStorageEvent(new StorageEvent('storage', { key: READING_KEY }));
		expect(prefs.settings.font).toBe('serif');
		expect(root.dataset.font).toBe('serif');
		prefs.onStorageEvent(new StorageEvent('storage', { key: 'other' }));
		expect(prefs.settings.font).toBe('serif');
	});

	it('adopts settings from IndexedDB (e.g. a restored backup) only when the mirror is empty', async () => {
		const store = createMemoryStore('reading-adopt');
		await store.setSetting(READING_SETTING, { lineSpacing: 'loose' });
		const root = document.createElement('html');
		const empty = memoryStorage();
		const prefs = new ReadingPreferences(root, empty);
		await prefs.adoptFrom(store);
		expect(prefs.settings.lineSpacing).toBe('loose');
		expect(empty.getItem(READING_KEY)).not.toBeNull();

		const kept = memoryStorage({ [READING_KEY]: JSON.stringify({ lineSpacing: 'relaxed' }) });
		const other = new ReadingPreferences(root, kept);
		await other.adoptFrom(store);
		expect(other.settings.lineSpacing).toBe('relaxed');
	});

	it('keeps working when localStorage refuses to write', () => {
		const root = document.createElement('html');
		const full = memoryStorage();
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const prefs = new ReadingPreferences(root, full);
		expect(() => prefs.set('font', 'serif')).not.toThrow();
		expect(root.dataset.font).toBe('serif');
	});
});
