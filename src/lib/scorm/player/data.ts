/**
 * The story data a package carries (story.js), and the light check the player makes before
 * using it. The packager wrote it from a validated bank in the teacher's app, so this only
 * guards against a damaged or foreign file; the full bank schema stays out of the player.
 */
import type { Bank } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { storyFromBank } from '$lib/bank/bank-stories';
import { forStudents } from '$lib/state/story-data';

export interface PackageData {
	format: 'byline-scorm';
	version: 1;
	storyId: string;
	/** The teacher's pass mark, also in the manifest; used when the LMS passes none on. */
	masteryScore: number | null;
	bank: Bank;
}

export interface PackageContent {
	content: StoryBundle;
	masteryScore: number | null;
}

/** The story a package holds, or a message saying why it cannot be shown. */
export function readPackageData(value: unknown): PackageContent | string {
	const data = value as Partial<PackageData> | undefined;
	if (!data || data.format !== 'byline-scorm') {
		return 'This package has no story data (story.js is missing or damaged).';
	}
	if (data.version !== 1) {
		return 'This package was made by a newer version of Byline. Ask your teacher for a new one.';
	}
	const bank = data.bank;
	if (
		typeof data.storyId !== 'string' ||
		!bank ||
		!Array.isArray(bank.stories) ||
		!Array.isArray(bank.articles) ||
		!Array.isArray(bank.questions)
	) {
		return 'The story data in this package is damaged.';
	}
	// A package's story is shown whether or not it is still published in the teacher's browser.
	const story = storyFromBank(bank, data.storyId);
	if (!story) return 'The story data in this package is damaged.';
	const content = forStudents({ ...story, builtIn: true });
	const mastery = data.masteryScore;
	const masteryScore =
		typeof mastery === 'number' && mastery >= 0 && mastery <= 100 ? mastery : null;
	return { content, masteryScore };
}
