import { StorageManager } from './storage-manager.svelte';

/**
 * The storage stack (adapter, validation schemas, migrations, localforage) is a separate
 * chunk: nothing on screen needs it before the page has hydrated, and leaving it out keeps
 * the scripts a student page waits for small. Its download starts as soon as this module
 * runs, in parallel with hydration, rather than when a page first asks for the store.
 */
const loadStorage = () => import('$lib/storage');
if (typeof window !== 'undefined') {
	loadStorage().catch(() => {
		// Retried, and reported, by the first open().
	});
}

/**
 * The app's one connection to storage. Opened lazily, in the browser only: pages are
 * prerendered, and IndexedDB does not exist at build time.
 */
export const storage = new StorageManager(async () => (await loadStorage()).getStore());
