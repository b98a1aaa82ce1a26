/**
 * The built-in bank: the seed story, its cleaned articles and the hand-written questions.
 * Quotes are resolved against the same cleaned text students read, so evidence offsets
 * always point at what is on screen. Student pages do not import this: they read the same
 * bank prebuilt as static/content/*.byline.json (see $lib/content/prebuilt).
 */
import type { Bank } from '$lib/bank/model';
import { seedStory } from '$lib/content/seed';
import { buildSeedBank } from './seed-bank-build';

export const seedBank: Bank = buildSeedBank(seedStory);
