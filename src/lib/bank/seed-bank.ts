/**
 * The built-in bank: the seed story, its cleaned articles and the hand-written questions.
 * Quotes are resolved against the same cleaned text students read, so evidence offsets
 * always point at what is on screen.
 */
import { BANK_FORMAT, BANK_VERSION, type Bank } from '$lib/bank/model';
import { seedStory } from '$lib/content/seed';
import { baghdadQuestions } from './curated/baghdad';
import { resolveCurated } from './curated/resolve';

export const seedBank: Bank = {
	format: BANK_FORMAT,
	version: BANK_VERSION,
	generator: 'Byline built-in bank',
	stories: [seedStory.story],
	articles: seedStory.articles,
	questions: resolveCurated(seedStory.articles, seedStory.story.id, baghdadQuestions)
};
