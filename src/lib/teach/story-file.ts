/**
 * Opening a `.byline.json` story file, shared by the teacher dashboard and the student
 * library. The size is checked before the file is read, so a huge file never fills memory.
 */
import { DEFAULT_MAX_BYTES, parseStoryFile } from '$lib/formats/byline';
import type { StoryBundle } from '$lib/bank/story';
import { storiesFromBank } from '$lib/bank/bank-stories';

export const MAX_STORY_FILE_BYTES = DEFAULT_MAX_BYTES;

export type StoryFileResult =
	| { ok: true; stories: StoryBundle[]; warnings: string[] }
	| { ok: false; message: string; details: string[] };

/** A message for a file too large to open, or null. `size` is in bytes. */
export function storyFileSizeProblem(name: string, size: number): string | null {
	if (size === 0) return `“${name}” is empty.`;
	if (size > MAX_STORY_FILE_BYTES) {
		const mb = (size / (1024 * 1024)).toFixed(1);
		return `“${name}” is ${mb} MB; a story file can be at most ${MAX_STORY_FILE_BYTES / (1024 * 1024)} MB.`;
	}
	return null;
}

/**
 * Validates a story file's text completely and hands out its stories as the app holds them (the
 * file's multi-story bank goes no further than this); nothing is stored here.
 */
export function readStoryFile(name: string, text: string): StoryFileResult {
	const parsed = parseStoryFile(text);
	if (!parsed.ok) {
		return {
			ok: false,
			message: `“${name}” could not be opened. ${parsed.error.message}`,
			details: parsed.error.details ?? []
		};
	}
	if (parsed.bank.stories.length === 0) {
		return { ok: false, message: `“${name}” holds no story.`, details: [] };
	}
	return { ok: true, stories: storiesFromBank(parsed.bank), warnings: parsed.warnings };
}
