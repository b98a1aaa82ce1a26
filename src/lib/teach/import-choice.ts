/**
 * What storing an imported story file means for each choice the teacher can make when the
 * story may already exist. Pure: returns the one-story banks to store.
 */
import { keepBoth, merge, type MergeResult } from '$lib/bank/ops/merge';
import type { Bank } from '$lib/bank/schema';
import { splitByStory } from './workspace-ops';

export type ImportChoice =
	| { kind: 'new' }
	| { kind: 'keepBoth' }
	| { kind: 'merge'; resolution: Record<string, 'mine' | 'theirs'> }
	| { kind: 'replace' };

/**
 * `new` refuses to overwrite; `keepBoth` stores a renamed copy; `merge` applies per-conflict
 * choices; `replace` swaps the stored story for the file's. Throws with a teacher-facing message.
 */
export function banksForImport(
	existing: Bank | null,
	incoming: Bank,
	choice: ImportChoice
): { banks: Bank[]; dropped: MergeResult['dropped'] } {
	// A file the teacher imports is the teacher's story, whatever the file says.
	incoming = {
		...incoming,
		stories: incoming.stories.map(({ opened: _opened, ...story }) => (void _opened, story))
	};
	if (choice.kind === 'new' || choice.kind === 'replace' || !existing) {
		if (existing && choice.kind === 'new')
			throw new Error('This story is already stored; choose Keep both, Merge or Replace.');
		return { banks: splitByStory(incoming), dropped: [] };
	}
	if (choice.kind === 'keepBoth') {
		const both = keepBoth(existing, incoming);
		const banks = splitByStory(both.bank).filter((b) => both.storyIds.includes(b.stories[0]!.id));
		return { banks, dropped: [] };
	}
	const merged = merge(existing, incoming, choice.resolution);
	return { banks: splitByStory(merged.bank), dropped: merged.dropped };
}
