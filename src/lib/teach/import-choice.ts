/**
 * What storing an imported story file means for each choice the teacher can make when the
 * story may already exist. Pure: returns the stories to store.
 */
import { keepBoth, merge, type MergeResult } from '$lib/bank/ops/merge';
import type { StoryBundle } from '$lib/bank/story';
import { bankFromStories, storiesFromBank } from '$lib/formats/bank-stories';

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
	// The merge rules (bank/ops/merge) still compare whole banks.
	const existing = bankFromStories([stored]);
	const file = bankFromStories(stories);
	if (choice.kind === 'keepBoth') {
		const both = keepBoth(existing, file);
		const stories = storiesFromBank(both.bank).filter((s) => both.storyIds.includes(s.story.id));
		return { stories, dropped: [] };
	}
	const merged = merge(existing, file, choice.resolution);
	return { stories: storiesFromBank(merged.bank), dropped: merged.dropped };
}
