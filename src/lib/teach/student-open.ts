/**
 * A student (or a teacher on a student's device) opens a story file from the library: the
 * story is stored for this device and published, so it shows in the library at once. The
 * library loads this module only when a file is chosen.
 */
import { keepBoth } from '$lib/bank/ops/merge';
import type { Bank } from '$lib/bank/schema';
import { splitByStory } from './workspace-ops';

export { readStoryFile, storyFileSizeProblem } from './story-file';

interface BankStore {
	getBank(storyId: string): Promise<Bank | null>;
	putBank(bank: Bank): Promise<void>;
}

/** Titles of the stories in the file that this device already has (by id). */
export async function existingStories(store: BankStore, incoming: Bank): Promise<string[]> {
	const found = await Promise.all(incoming.stories.map((s) => store.getBank(s.id)));
	return found.flatMap((bank, i) => (bank ? [incoming.stories[i]!.title] : []));
}

function published(bank: Bank): Bank {
	return { ...bank, stories: bank.stories.map((s) => ({ ...s, published: true })) };
}

/**
 * Stores every story in the file as published. `replace` overwrites a stored story with the
 * same id; `keepBoth` stores the file's stories under new ids next to the old ones.
 * Returns the stored story ids.
 */
export async function storeOpenedStory(
	store: BankStore,
	incoming: Bank,
	mode: 'replace' | 'keepBoth'
): Promise<string[]> {
	let banks = splitByStory(published(incoming));
	if (mode === 'keepBoth') {
		const existing = await Promise.all(banks.map((b) => store.getBank(b.stories[0]!.id)));
		banks = banks.map((bank, i) => {
			const old = existing[i];
			if (!old) return bank;
			const both = keepBoth(old, bank);
			return splitByStory(both.bank).find((b) => b.stories[0]!.id === both.storyIds[0])!;
		});
	}
	for (const bank of banks) await store.putBank(bank);
	return banks.map((b) => b.stories[0]!.id);
}
