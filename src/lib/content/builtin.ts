/**
 * Banks that ship with the app. Student pages import this, so it (and everything it imports)
 * must stay light: no compromise, jsdom, readability or DOMPurify.
 */
import type { Bank } from '$lib/bank/schema';
import { seedBank } from '$lib/bank/seed-bank';

export const builtinBanks: Bank[] = [seedBank];

/** The built-in bank holding the story, or undefined when the story is not built in. */
export function getBuiltinBank(storyId: string): Bank | undefined {
	return builtinBanks.find((bank) => bank.stories.some((story) => story.id === storyId));
}
