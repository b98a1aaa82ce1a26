import type { Bank } from '$lib/bank/schema';
import { fetchBuiltinBank } from '$lib/content/builtin-client';
import type { BuiltinStorySummary } from '$lib/content/prebuilt';
import { storage } from './storage.svelte';
import { StoryState } from './story.svelte';

/**
 * A story page's state, rebuilt when the route's story changes and re-read whenever storage
 * changes (an answer saved in another tab, a teacher publishing an edit). Call during
 * component initialisation: it registers an effect.
 */
export function trackStory(
	data: () => {
		storyId: string;
		builtIn: Bank | null;
		/** When given, the whole bank is fetched after the page shows (see StoryState). */
		builtInSummary?: BuiltinStorySummary | null;
	}
): {
	readonly current: StoryState;
} {
	const state = $derived.by(() => {
		const { storyId, builtIn, builtInSummary: summary } = data();
		const whole = summary
			? { title: summary.title, wholeBank: () => fetchBuiltinBank(fetch, summary) }
			: undefined;
		return new StoryState(storyId, builtIn, whole);
	});
	$effect(() => {
		const current = state;
		const change = storage.lastChange;
		const refreshContent =
			change?.kind === 'all' || (change?.kind === 'content' && change.storyId !== null);
		void storage.open().then((store) => current.load(store, { refreshContent }));
	});
	return {
		get current() {
			return state;
		}
	};
}
