import { fetchBuiltinSummary } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

// Only the story's title and file name are inlined: the whole bank is too big for the page's
// HTML to arrive in one round trip on a slow network. The page preloads it instead (see
// its <svelte:head>), so it downloads beside the scripts, and reads it once hydrated.
export const load: PageLoad = async ({ params, fetch }) => ({
	builtIn: null,
	builtInSummary: await fetchBuiltinSummary(fetch, params.id)
});
