/** A TeacherWorkspace over an in-memory store holding the given banks, loaded and ready. */
import type { Bank } from '$lib/bank/schema';
import { createMemoryStore } from '$lib/storage';
import { storeBank } from '$lib/storage/testing';
import { StorageManager } from '$lib/state/storage-manager.svelte';
import { TeacherWorkspace } from '$lib/state/teach.svelte';

export async function readyWorkspace(...banks: Bank[]) {
	const store = createMemoryStore('curate-component-test');
	for (const bank of banks) await storeBank(store, bank);
	const workspace = new TeacherWorkspace(new StorageManager(async () => store));
	await workspace.load();
	return { store, workspace };
}
