/**
 * Which part of a backup a student may take or bring without the teacher PIN.
 *
 * Teacher data: a story the teacher owns that is not published (students never see it), the
 * PIN's hash and every other `teacher.` setting. Everything else (progress, published and
 * opened stories, student settings) is what a student sees anyway. Without the PIN a backup
 * holds only that, and a restore can never change teacher data: teacher settings are left
 * out, and a story whose id belongs to a teacher's story here is skipped, not replaced.
 */
import type { Bank, Story } from '$lib/bank/schema';
import type { StoreContents } from '$lib/storage/types';

export const TEACHER_SETTING_PREFIX = 'teacher.';

export function isTeacherSetting(key: string): boolean {
	return key.startsWith(TEACHER_SETTING_PREFIX);
}

/** A story the teacher owns (made or imported in the teacher area), as opposed to an opened file. */
export function isTeacherStory(story: Pick<Story, 'opened'>): boolean {
	return story.opened !== true;
}

function studentVisible(bank: Bank): boolean {
	return bank.stories.every((s) => s.published === true || !isTeacherStory(s));
}

export interface LeftOut {
	/** Titles of teacher stories left out. */
	stories: string[];
	/** Teacher setting keys left out. */
	settings: string[];
}

export function leftOutCount(left: LeftOut): number {
	return left.stories.length + left.settings.length;
}

/** What a backup made without the PIN holds, and what it leaves out. */
export function studentPart(contents: StoreContents): { contents: StoreContents; left: LeftOut } {
	const banks = contents.banks.filter(studentVisible);
	const left: LeftOut = {
		stories: contents.banks
			.filter((b) => !studentVisible(b))
			.flatMap((b) => b.stories.map((s) => s.title)),
		settings: Object.keys(contents.settings).filter(isTeacherSetting)
	};
	const settings = Object.fromEntries(
		Object.entries(contents.settings).filter(([key]) => !isTeacherSetting(key))
	);
	return { contents: { ...contents, banks, settings }, left };
}

/**
 * What restoring `incoming` without the PIN may write on a device holding `current`: the
 * student part, with each story kept as an opened, published story, minus any story whose id
 * is a teacher's story here.
 */
export function restorableWithoutPin(
	incoming: StoreContents,
	current: Pick<StoreContents, 'banks'>
): { contents: StoreContents; left: LeftOut } {
	const teacherIds = new Set(
		current.banks.flatMap((b) => b.stories.filter(isTeacherStory).map((s) => s.id))
	);
	const { contents, left } = studentPart(incoming);
	const clashes = contents.banks.filter((b) => b.stories.some((s) => teacherIds.has(s.id)));
	const banks = contents.banks
		.filter((b) => !clashes.includes(b))
		.map((bank) => ({
			...bank,
			stories: bank.stories.map((s) => ({ ...s, published: true, opened: true }))
		}));
	return {
		contents: { ...contents, banks },
		left: {
			...left,
			stories: [...left.stories, ...clashes.flatMap((b) => b.stories.map((s) => s.title))]
		}
	};
}
