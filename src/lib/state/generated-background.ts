/**
 * Generating practice questions takes seconds, so it never holds up a quiz: it runs in the
 * background once the page is idle (the story page prefetches; the quiz page prepares them
 * for the next attempt when none are cached yet), and a quiz uses only what is cached.
 */
import type { Question } from '$lib/bank/model';
import type { ByLineStore } from '$lib/storage/types';
import { ensureGenerated, quizGeneratedKey, type GenerateQuestions } from './generated';
import { whenIdle } from './idle';
import type { StoryBundle } from '$lib/bank/story';

/**
 * Runs in progress by cache key, so the story page's prefetch and the quiz page's fallback
 * share one generator run instead of starting two Workers.
 */
const running = new Map<string, Promise<Question[]>>();

/**
 * Generates and caches the questions once the page is idle, unless they are cached already.
 * Resolves to the questions (or [] when generation fails); callers may ignore it, since the
 * cache is what later attempts read.
 */
export function prepareGeneratedWhenIdle(
	store: ByLineStore,
	content: StoryBundle,
	options: { generate?: GenerateQuestions; idle?: () => Promise<void> } = {}
): Promise<Question[]> {
	if (!content.builtIn) return Promise.resolve([]);
	const key = quizGeneratedKey(content);
	const inFlight = running.get(key);
	if (inFlight) return inFlight;
	const idle = options.idle ?? whenIdle;
	const run = idle()
		.then(() => ensureGenerated(store, content, options.generate))
		.finally(() => running.delete(key));
	running.set(key, run);
	return run;
}
