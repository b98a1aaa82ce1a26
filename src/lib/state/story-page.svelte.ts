import type { StoryBundle } from '$lib/bank/story';
import { fetchBuiltinStory } from '$lib/content/builtin-client';
import type { BuiltinStorySummary } from '$lib/content/prebuilt';
import { StoryState } from './story.svelte';

/**
 * A story page's state, rebuilt when the route's story changes. It follows storage itself
 * (an answer saved in another tab, a teacher publishing an edit) while the page shows it.
 */
export function trackStory(
	data: () => {
		storyId: string;
		builtIn: StoryBundle | null;
		/** When given, the whole bank is fetched after the page shows (see StoryState). */
		builtInSummary?: BuiltinStorySummary | null;
	}
): {
	readonly current: StoryState;
} {
	const state = $derived.by(() => {
		const { storyId, builtIn, builtInSummary: summary } = data();
		const whole = summary
			? { title: summary.title, wholeBank: () => fetchBuiltinStory(fetch, summary) }
			: undefined;
		return new StoryState(storyId, builtIn, whole);
	});
	return {
		get current() {
			return state;
		}
	};
}
