import { fetchBuiltinStoryFor } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

// An article page needs no questions.
export const load: PageLoad = async ({ params, fetch }) => ({
	builtIn: await fetchBuiltinStoryFor(fetch, params.id, 'articles'),
	builtInSummary: null
});
