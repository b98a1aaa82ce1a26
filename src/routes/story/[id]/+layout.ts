import { fetchBuiltinBankFor } from '$lib/content/builtin-client';
import type { LayoutLoad } from './$types';

// Built-in stories are prebuilt JSON (static/content), inlined into each prerendered page;
// any other id is looked up in storage by the page.
export const load: LayoutLoad = async ({ params, fetch }) => ({
	storyId: params.id,
	builtIn: await fetchBuiltinBankFor(fetch, params.id)
});
