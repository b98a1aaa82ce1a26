import { getBuiltinBank } from '$lib/content/builtin';
import type { LayoutLoad } from './$types';

// Built-in stories come with the app; any other id is looked up in storage by the page.
export const load: LayoutLoad = ({ params }) => ({
	storyId: params.id,
	builtIn: getBuiltinBank(params.id) ?? null
});
