/**
 * The built-in seed story, bundled by Vite. Student pages import this, so it must stay light:
 * only the cleaner and the schema, never jsdom, readability, DOMPurify or compromise.
 */
import { buildSeedStory, type SeedStory } from './seed-build';

export { buildSeedStory, seedMeta, type SeedStory } from './seed-build';

const rawSeedFiles = import.meta.glob<string>('./seed/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
});

export const seedStory: SeedStory = buildSeedStory(rawSeedFiles);
