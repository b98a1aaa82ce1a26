import { fetchBuiltinBanks } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

// Built-in stories are prebuilt JSON (static/content); prerendering inlines them into the page.
export const load: PageLoad = async ({ fetch }) => ({
	builtinBanks: await fetchBuiltinBanks(fetch)
});
