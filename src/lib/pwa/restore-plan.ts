/**
 * What restoring a backup will do to this device, worked out before anything
 * is written so the confirmation can list it. Restores merge: whatever the
 * backup holds replaces the same story, progress or setting here, and
 * everything else on the device is kept (restoreBackup's default).
 */
import type { BackupFile } from '$lib/backup/backup';
import type { StoreContents } from '$lib/storage/types';

export interface RestoreItem {
	/** Story id or setting key. */
	id: string;
	/** What to show the user: a story's title when one is known, else the id. */
	label: string;
	/** True when the device already has this and the backup's copy will overwrite it. */
	replaces: boolean;
}

export interface RestorePlan {
	createdAt: string;
	stories: RestoreItem[];
	progress: (RestoreItem & { answers: number })[];
	settings: RestoreItem[];
	/** Items on the device the backup does not mention; restoring keeps them. */
	kept: { stories: number; progress: number; settings: number };
}

/** Every story title either side knows, plus the built-in ones the caller passes. */
function titleLookup(
	backup: BackupFile,
	current: StoreContents,
	knownTitles: ReadonlyMap<string, string>
): (id: string) => string {
	const titles = new Map(knownTitles);
	for (const bank of [...current.banks, ...backup.banks]) {
		for (const story of bank.stories) titles.set(story.id, story.title);
	}
	return (id) => titles.get(id) ?? id;
}

function answerCount(progress: BackupFile['progress'][number]): number {
	return progress.attempts.reduce((sum, attempt) => sum + Object.keys(attempt.answers).length, 0);
}

export function planRestore(
	backup: BackupFile,
	current: StoreContents,
	knownTitles: ReadonlyMap<string, string> = new Map()
): RestorePlan {
	const title = titleLookup(backup, current, knownTitles);
	const currentStories = new Set(current.banks.flatMap((b) => b.stories.map((s) => s.id)));
	const currentProgress = new Set(current.progress.map((p) => p.storyId));
	const currentSettings = new Set(Object.keys(current.settings));

	const stories = backup.banks.flatMap((bank) =>
		bank.stories.map((story) => ({
			id: story.id,
			label: story.title,
			replaces: currentStories.has(story.id)
		}))
	);
	const progress = backup.progress.map((p) => ({
		id: p.storyId,
		label: title(p.storyId),
		replaces: currentProgress.has(p.storyId),
		answers: answerCount(p)
	}));
	const settings = Object.keys(backup.settings).map((key) => ({
		id: key,
		label: key,
		replaces: currentSettings.has(key)
	}));

	const inBackup = (ids: Set<string>, items: RestoreItem[]) =>
		[...ids].filter((id) => !items.some((item) => item.id === id)).length;
	return {
		createdAt: backup.createdAt,
		stories,
		progress,
		settings,
		kept: {
			stories: inBackup(currentStories, stories),
			progress: inBackup(currentProgress, progress),
			settings: inBackup(currentSettings, settings)
		}
	};
}

/** True when restoring changes nothing at all (an empty backup). */
export function isEmptyPlan(plan: RestorePlan): boolean {
	return plan.stories.length + plan.progress.length + plan.settings.length === 0;
}
