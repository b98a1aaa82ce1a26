/**
 * Builds a SCORM 1.2 package (.zip) of one published story in the teacher's browser: the
 * app's own SCORM player (built with the app, precached by the service worker, so this works
 * offline), the story's articles and approved questions, a launch page and imsmanifest.xml.
 * Loaded only when a teacher asks for a package: it brings fflate with it.
 */
import { zipSync, strToU8 } from 'fflate';
import type { StoryBundle } from '$lib/bank/story';
import { bankFromStories } from '$lib/bank/bank-stories';
import { slugify } from '$lib/formats/problem';
import { forStudents } from '$lib/state/story-data';
import {
	DATA_FILE,
	DATA_GLOBAL,
	LAUNCH_FILE,
	PLAYER_FILES,
	PLAYER_SCRIPT,
	PLAYER_STYLES
} from './files';
import { scormManifest, xmlText } from './manifest';
import { encodeAttemptAt, SUSPEND_DATA_LIMIT } from './suspend';
import type { PackageData } from './player/data';

export interface ScormPackageOptions {
	/** Pass mark, 0–100; null reports `completed` rather than passed or failed. */
	masteryScore: number | null;
	/** Reads one of the player's built files (same origin, or the service worker's cache). */
	readPlayerFile: (name: string) => Promise<Uint8Array>;
	now?: Date;
}

export interface ScormPackage {
	filename: string;
	bytes: Uint8Array<ArrayBuffer>;
	questionCount: number;
	/** Things the teacher should know; the package is still usable. */
	warnings: string[];
}

export class ScormPackageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ScormPackageError';
	}
}

/** The launch page: no inline script or style, so it runs under any LMS's CSP. */
function launchPage(title: string): string {
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>${xmlText(title)}</title>
		<link rel="stylesheet" href="${PLAYER_STYLES}" />
		<script src="${DATA_FILE}" defer></script>
		<script src="${PLAYER_SCRIPT}" defer></script>
	</head>
	<body>
		<div id="byline-player"><p>Loading the quiz…</p></div>
		<noscript><p>This quiz needs JavaScript.</p></noscript>
	</body>
</html>
`;
}

/**
 * The story's data as a script that sets one global. A script rather than a JSON file read with
 * fetch: some LMSs serve package files through signed or rewritten URLs where a relative fetch
 * fails, while a relative <script src> is what every SCORM package relies on.
 * `<` is escaped so no text in the story can close the script or open a comment.
 */
function dataScript(data: PackageData): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	return `globalThis[${JSON.stringify(DATA_GLOBAL)}] = ${json};\n`;
}

export async function buildScormPackage(
	story: StoryBundle | null,
	options: ScormPackageOptions
): Promise<ScormPackage> {
	if (!story) throw new ScormPackageError('This story is not on this device any more.');
	const content = forStudents(story);
	const storyId = content.story.id;
	if (!content.story.published) {
		throw new ScormPackageError('Publish the story first: a package carries what students see.');
	}
	const questions = content.questions;
	if (questions.length === 0) {
		throw new ScormPackageError(
			'The story has no approved questions, so a package would have no quiz.'
		);
	}
	const { masteryScore } = options;
	if (masteryScore !== null && !(masteryScore >= 0 && masteryScore <= 100)) {
		throw new ScormPackageError('The pass mark must be a number from 0 to 100.');
	}

	const warnings: string[] = [];
	// Even the barest suspend data (one credit per answer) must fit, or students cannot resume.
	const barest = encodeAttemptAt(
		{
			id: 'scorm-0',
			storyId,
			startedAt: new Date(0).toISOString(),
			questionIds: questions.map((q) => q.id),
			answers: Object.fromEntries(
				questions.map((q) => [
					q.id,
					{
						questionId: q.id,
						response: { type: 'cloze', text: '' },
						correct: false,
						credit: 0.999,
						answeredAt: new Date(0).toISOString()
					}
				])
			),
			currentIndex: questions.length
		},
		questions,
		'credit-only'
	);
	if (barest.length > SUSPEND_DATA_LIMIT) {
		warnings.push(
			`With ${questions.length} questions, the LMS cannot keep a half-done attempt: students should finish in one sitting.`
		);
	}

	const player = await Promise.all(
		PLAYER_FILES.map(async (name) => [name, await options.readPlayerFile(name)] as const)
	);
	const data: PackageData = {
		format: 'byline-scorm',
		version: 1,
		storyId,
		masteryScore,
		bank: bankFromStories([content])
	};
	const files: Record<string, Uint8Array> = {
		[LAUNCH_FILE]: strToU8(launchPage(content.story.title)),
		[DATA_FILE]: strToU8(dataScript(data)),
		...Object.fromEntries(player)
	};
	files['imsmanifest.xml'] = strToU8(
		scormManifest({
			id: storyId,
			title: content.story.title,
			masteryScore,
			launch: LAUNCH_FILE,
			files: Object.keys(files)
		})
	);
	const mtime = options.now ?? new Date();
	const bytes = zipSync(files, { level: 9, mtime }) as Uint8Array<ArrayBuffer>;
	return {
		filename: `${slugify(content.story.title, storyId)}.scorm12.zip`,
		bytes,
		questionCount: questions.length,
		warnings
	};
}
