/**
 * Node side of the prebuilt content: builds the built-in banks from the seed files on disk,
 * validates them with the full bank schema and lists the files for static/content.
 * Never import this from browser code.
 */
import { BankSchema, type Bank } from '$lib/bank/schema';
import { buildSeedBank } from '$lib/bank/seed-bank-build';
import { prebuiltContentFiles } from '$lib/content/prebuilt';
import { loadSeedStory } from './seed-node';
import { check } from '$lib/validation';

export const STATIC_CONTENT_DIR = 'static/content';

/** Every built-in bank, checked: a broken curated question fails the build, not a student. */
export function buildBuiltinBanks(): Bank[] {
	return [buildSeedBank(loadSeedStory())].map((bank) => {
		const parsed = check(BankSchema, bank);
		if (!parsed.success) {
			const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
			throw new Error(`Built-in bank is not valid:\n${problems.join('\n')}`);
		}
		return bank;
	});
}

export function builtinContentFiles(): Map<string, string> {
	return prebuiltContentFiles(buildBuiltinBanks());
}
