/**
 * Entry points to the generated questions for student pages, behind dynamic imports:
 * checking cached questions needs the bank's consistency rules, and preparing new ones
 * needs the Worker client. Neither is needed to show a page, so neither is in the
 * scripts a page waits for.
 */
import type { Question } from '$lib/bank/model';
import type { ByLineStore } from '$lib/storage/types';
import type { StoryBundle } from '$lib/bank/story';

const loadGenerated = () => import('./generated');
// Every student page reads the cache soon after it hydrates (a quiz before its first
// question), so the download starts now, beside the page's other work, not then.
if (typeof window !== 'undefined') {
	loadGenerated().catch(() => {
		// Retried, and reported, when the cache is read.
	});
}

/** At most this many generated questions join a quiz, best first. */
export const GENERATED_PER_QUIZ = 6;

/** The story's cached generated questions; [] for teacher stories, which have none. */
export async function cachedGeneratedQuestions(
	store: ByLineStore,
	content: StoryBundle
): Promise<Question[]> {
	if (!content.builtIn) return [];
	const { cachedGenerated } = await loadGenerated();
	return cachedGenerated(store, content);
}

/** Starts preparing generated questions once the browser is idle; they are optional extras. */
export function prepareGeneratedLater(store: ByLineStore, content: StoryBundle): void {
	import('./generated-background')
		.then(({ prepareGeneratedWhenIdle }) => prepareGeneratedWhenIdle(store, content))
		.catch(() => {
			// Offline before the chunk was cached, or the Worker failed: the quiz goes on
			// with its curated questions, as it would without generation.
		});
}
