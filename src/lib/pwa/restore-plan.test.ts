import { describe, expect, it } from 'vitest';
import type { BackupFile } from '$lib/backup/backup';
import { makeAnswer, makeProgress, makeRecordedAttempt, makeStoredStory } from '$test-data';
import type { StoreContents } from '$lib/storage/types';
import type { StoryProgress } from '$lib/quiz/types';
import { isEmptyPlan, planRestore } from './restore-plan';

/** Progress on a story with one attempt holding `answers` stored answers (q0, q1, ...). */
function progress(storyId: string, answers: number): StoryProgress {
	const at = '2026-01-01T00:00:00Z';
	const records = Array.from({ length: answers }, (_, i) => makeAnswer(`q${i}`, at));
	return makeProgress([makeRecordedAttempt(storyId, records, at)]);
}

const backup: BackupFile = {
	format: 'byline-backup',
	version: 1,
	createdAt: '2026-02-02T12:00:00.000Z',
	banks: [makeStoredStory('harbor', 'Harbor bridge'), makeStoredStory('fire', 'Forest fire')],
	progress: [progress('harbor', 2), progress('builtin-story', 1), progress('unknown-story', 0)],
	settings: { 'teacher.pinHash': { hash: 'h' }, 'ui.fontSize': 'large' }
};

const device: StoreContents = {
	banks: [makeStoredStory('harbor', 'Old harbor title'), makeStoredStory('flood', 'Flood')],
	progress: [progress('builtin-story', 5), progress('flood', 1)],
	settings: { 'teacher.pinHash': { hash: 'old' }, 'ui.theme': 'dark' }
};

describe('planRestore', () => {
	const plan = planRestore(backup, device, new Map([['builtin-story', 'Built-in story']]));

	it('marks each story as replacing the device copy or new, with the backup title', () => {
		expect(plan.stories).toEqual([
			{ id: 'harbor', label: 'Harbor bridge', replaces: true },
			{ id: 'fire', label: 'Forest fire', replaces: false }
		]);
	});

	it('names progress by story title (backup, then built-in, then the id) and counts answers', () => {
		expect(plan.progress).toEqual([
			{ id: 'harbor', label: 'Harbor bridge', replaces: false, answers: 2 },
			{ id: 'builtin-story', label: 'Built-in story', replaces: true, answers: 1 },
			{ id: 'unknown-story', label: 'unknown-story', replaces: false, answers: 0 }
		]);
	});

	it('lists settings and counts what the device keeps', () => {
		expect(plan.settings).toEqual([
			{ id: 'teacher.pinHash', label: 'teacher.pinHash', replaces: true },
			{ id: 'ui.fontSize', label: 'ui.fontSize', replaces: false }
		]);
		// flood's bank and progress, and ui.theme, are not in the backup.
		expect(plan.kept).toEqual({ stories: 1, progress: 1, settings: 1 });
		expect(plan.createdAt).toBe(backup.createdAt);
		expect(isEmptyPlan(plan)).toBe(false);
	});

	it('recognises an empty backup', () => {
		const empty = planRestore({ ...backup, banks: [], progress: [], settings: {} }, device);
		expect(isEmptyPlan(empty)).toBe(true);
		expect(empty.kept).toEqual({ stories: 2, progress: 2, settings: 2 });
	});
});
