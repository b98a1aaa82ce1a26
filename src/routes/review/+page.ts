import { fetchBuiltinIndex } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

// The small story index, inlined by prerendering; whole banks are fetched only for the
// stories that have cards (see ReviewSession).
export const load: PageLoad = async ({ fetch }) => ({
	builtinIndex: await fetchBuiltinIndex(fetch)
});
