/**
 * A student (or a teacher on a student's device) opens a story file from the library: the
 * story is stored for this device as an opened, published story, so it shows in the library
 * at once. The library loads this module only when a file is chosen.
 *
 * An opened file never replaces a teacher's story. A story whose id is already a teacher's
 * story here is stored as a separate copy (new id, "(copy)" title) — the student still gets
 * the story they were sent, and the teacher's stays as it was. Only a story opened from a
 * file before can be replaced, after the student has seen both titles. A built-in story's id
 * is refused: the built-in story always wins that id, so the file would never show.
 */
import { keepBoth } from '$lib/bank/ops/merge';
import type { StoryBundle } from '$lib/bank/story';
import { isTeacherStory } from '$lib/backup/scope';

export { readStoryFile, storyFileSizeProblem } from './story-file';

export interface StoryStore {
	getStory(storyId: string): Promise<StoryBundle | null>;
	putStory(story: StoryBundle): Promise<void>;
}

export interface OpenConflict {
	id: string;
	storedTitle: string;
	incomingTitle: string;
	/** The stored story is the teacher's: it is kept, and the file is added as a copy. */
	teacher: boolean;
}

/** Stories in the file whose id this device already holds, with both titles. */
export async function openConflicts(
	store: StoryStore,
	incoming: readonly StoryBundle[]
): Promise<OpenConflict[]> {
	const found = await Promise.all(incoming.map((s) => store.getStory(s.story.id)));
	return found.flatMap((bundle, i) => {
		const story = incoming[i]!.story;
		const stored = bundle?.story;
		if (!stored) return [];
		return [
			{
				id: story.id,
				storedTitle: stored.title,
				incomingTitle: story.title,
				teacher: isTeacherStory(stored)
			}
		];
	});
}

/** A reason to refuse the file when it reuses a built-in story's id, else null. */
export function builtInIdProblem(
	incoming: readonly StoryBundle[],
	builtIn: ReadonlyMap<string, string>
): string | null {
	const clash = incoming.map((s) => s.story).find((s) => builtIn.has(s.id));
	if (!clash) return null;
	return `“${clash.title}” uses the id "${clash.id}", which belongs to the built-in story “${builtIn.get(clash.id)}”, so it could never be shown. Ask for a file with a different story id.`;
}

function asOpened(story: StoryBundle): StoryBundle {
	return { ...story, story: { ...story.story, published: true, opened: true } };
}

/**
 * Stores every story in the file as opened and published. `replace` overwrites a story opened
 * before with the same id; `keepBoth` stores the file's story under a new id next to it. A
 * teacher's story is never overwritten, whatever the mode: the file's story becomes a copy.
 * Returns the stored story ids.
 */
export async function storeOpenedStory(
	store: StoryStore,
	incoming: readonly StoryBundle[],
	mode: 'replace' | 'keepBoth'
): Promise<string[]> {
	const stored: StoryBundle[] = [];
	for (const story of incoming.map(asOpened)) {
		const old = await store.getStory(story.story.id);
		if (old && (mode === 'keepBoth' || isTeacherStory(old.story))) {
			stored.push(keepBoth([old], [story])[0]!);
		} else stored.push(story);
	}
	for (const story of stored) await store.putStory(story);
	return stored.map((s) => s.story.id);
}
