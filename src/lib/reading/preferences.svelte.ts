/**
 * The device's reading settings, shared by the Settings page and the quiz's reading menu.
 * A change applies at once (attributes on <html>), is mirrored to localStorage for the
 * app.html script that applies it before the next page's first paint, reaches other open tabs
 * through the `storage` event, and is saved in IndexedDB too, so it goes into backups.
 */
import type { ByLineStore } from '$lib/storage/types';
import { READING_KEY, READING_SETTING } from './keys';
import {
	applyReadingSettings,
	parseReadingSettings,
	READING_DEFAULTS,
	type ReadingKey,
	type ReadingSettings
} from './settings';

export { READING_SETTING };

function readMirror(storage: Storage): ReadingSettings | null {
	try {
		const raw = storage.getItem(READING_KEY);
		return raw === null ? null : parseReadingSettings(JSON.parse(raw));
	} catch {
		return null;
	}
}

export class ReadingPreferences {
	settings = $state.raw<ReadingSettings>(READING_DEFAULTS);

	#root: HTMLElement | null;
	#local: Storage | null;

	constructor(root: HTMLElement | null, local: Storage | null) {
		this.#root = root;
		this.#local = local;
		if (local) this.settings = readMirror(local) ?? READING_DEFAULTS;
	}

	/** Changes one setting everywhere; `store` (when open) keeps a copy for backups. */
	set<K extends ReadingKey>(key: K, value: ReadingSettings[K], store?: ByLineStore | null): void {
		this.#use({ ...this.settings, [key]: value });
		try {
			this.#local?.setItem(READING_KEY, JSON.stringify(this.settings));
		} catch {
			// Storage full or blocked: the setting still applies to this page.
		}
		void store?.setSetting(READING_SETTING, this.settings).catch(() => {});
	}

	/** Another tab changed the mirror. */
	onStorageEvent(event: StorageEvent): void {
		if (event.key !== READING_KEY || !this.#local) return;
		this.#use(readMirror(this.#local) ?? READING_DEFAULTS);
	}

	/**
	 * After a restore (or on a browser whose localStorage was cleared) IndexedDB may hold
	 * settings the mirror lacks: they apply from then on.
	 */
	async adoptFrom(store: ByLineStore): Promise<void> {
		if (!this.#local || this.#local.getItem(READING_KEY) !== null) return;
		const saved = await store.getSetting<unknown>(READING_SETTING);
		if (saved === null) return;
		this.#use(parseReadingSettings(saved));
		try {
			this.#local.setItem(READING_KEY, JSON.stringify(this.settings));
		} catch {
			// As above.
		}
	}

	#use(settings: ReadingSettings): void {
		this.settings = settings;
		if (this.#root) applyReadingSettings(this.#root, settings);
	}
}

function localStorageOrNull(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Some privacy modes throw on access.
		return null;
	}
}

export const reading = new ReadingPreferences(
	typeof document === 'undefined' ? null : document.documentElement,
	localStorageOrNull()
);
if (typeof window !== 'undefined') {
	window.addEventListener('storage', (event) => reading.onStorageEvent(event));
}
