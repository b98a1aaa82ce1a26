// Server-only (runs while prerendering), so the built-in banks it lists never reach the browser.
import { builtinArticleEntries } from '$lib/state/builtin-entries';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = builtinArticleEntries;
