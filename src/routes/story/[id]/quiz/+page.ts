import { builtinStoryEntries } from '$lib/state/builtin-entries';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = builtinStoryEntries;
