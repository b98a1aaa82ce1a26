import { fetchBuiltinBankFor } from '$lib/content/builtin-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({
	builtIn: await fetchBuiltinBankFor(fetch, params.id)
});
