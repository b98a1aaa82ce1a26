/**
 * How the built-in bank is put together from the cleaned seed story and the hand-written
 * questions. Shared by the Vite build (./seed-bank) and Node scripts (server/prebuilt-node),
 * which read the seed files differently.
 */
import { BANK_FORMAT, BANK_VERSION, type Bank } from '$lib/bank/model';
import type { SeedStory } from '$lib/content/seed-build';
import { baghdadQuestions } from './curated/baghdad';
import { resolveCurated } from './curated/resolve';

export function buildSeedBank(seedStory: SeedStory): Bank {
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		generator: 'Byline built-in bank',
		stories: [seedStory.story],
		articles: seedStory.articles,
		questions: resolveCurated(seedStory.articles, seedStory.story.id, baghdadQuestions)
	};
}
