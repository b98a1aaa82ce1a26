import { fetchBuiltinIndex } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

// Only the small story index: prerendering inlines it into the page. Whole banks are
// fetched later, and only for stories the student has progress on (see LibraryState).
export const load: PageLoad = async ({ fetch }) => ({
	builtinIndex: await fetchBuiltinIndex(fetch)
});
