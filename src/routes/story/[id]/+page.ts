import { fetchBuiltinStory, fetchBuiltinSummary } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

// Articles only: the questions are fetched after the page has shown (see StoryState).
export const load: PageLoad = async ({ params, fetch }) => {
	const summary = await fetchBuiltinSummary(fetch, params.id);
	return {
		builtInSummary: summary,
		builtIn: summary ? await fetchBuiltinStory(fetch, summary, 'articles') : null
	};
};
