import type { Article } from '$lib/bank/schema';
import { hashParts } from './content-hash';

/**
 * Bumped whenever the generator's output for the same texts may change, so
 * cached questions from an older generator are not served as current.
 */
export const GENERATED_CACHE_VERSION = 1;

/**
 * Storage key for the questions generated from a story's articles. The key
 * changes when any article's text, title, outlet or date changes (those feed
 * the questions), and when articles are added, removed or reordered.
 */
export function generatedFor(storyId: string, articles: readonly Article[]): string {
	const parts = articles.flatMap((a) => [a.id, a.title, a.outlet, a.date, a.text]);
	return `qgen:v${GENERATED_CACHE_VERSION}:${storyId}:${articles.length}:${hashParts(parts)}`;
}
