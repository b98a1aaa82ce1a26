/**
 * What storing an imported story file means for each choice the teacher can make when the
 * story may already exist. Pure: returns the stories to store.
 */
import { keepBoth, merge, type MergeResult } from '$lib/bank/ops/merge';
import type { StoryBundle } from '$lib/bank/story';

export type ImportChoice =
	| { kind: 'new' }
	| { kind: 'keepBoth' }
	| { kind: 'merge'; resolution: Record<string, 'mine' | 'theirs'> }
	| { kind: 'replace' };

/**
 * `new` refuses to overwrite; `keepBoth` stores a renamed copy; `merge` applies per-conflict
 * choices; `replace` swaps the stored story for the file's. Throws with a teacher-facing message.
 */
export function storiesForImport(
	stored: StoryBundle | null,
	incoming: readonly StoryBundle[],
	choice: ImportChoice
): { stories: StoryBundle[]; dropped: MergeResult['dropped'] } {
	// A file the teacher imports is the teacher's story, whatever the file says.
	const stories = incoming.map(({ story: { opened: _opened, ...story }, ...rest }) => {
		void _opened;
		return { ...rest, story };
	});
	if (choice.kind === 'new' || choice.kind === 'replace' || !stored) {
		if (stored && choice.kind === 'new')
			throw new Error('This story is already stored; choose Keep both, Merge or Replace.');
		return { stories, dropped: [] };
	}
	if (choice.kind === 'keepBoth') return { stories: keepBoth([stored], stories), dropped: [] };
	return merge(stored, stories, choice.resolution);
}
