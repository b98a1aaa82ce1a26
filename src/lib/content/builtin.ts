/**
 * Banks that ship with the app, built in memory (cleaner + curated questions). Tests,
 * prerendering and scripts use this; student pages read the same banks prebuilt as
 * static/content/*.byline.json through ./builtin-client instead, to stay light.
 */
import type { Bank } from '$lib/bank/schema';
import { seedBank } from '$lib/bank/seed-bank';

export const builtinBanks: Bank[] = [seedBank];

/** The built-in bank holding the story, or undefined when the story is not built in. */
export function getBuiltinBank(storyId: string): Bank | undefined {
	return builtinBanks.find((bank) => bank.stories.some((story) => story.id === storyId));
}
