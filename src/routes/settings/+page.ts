import { fetchBuiltinIndex } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
	builtinIndex: await fetchBuiltinIndex(fetch)
});
