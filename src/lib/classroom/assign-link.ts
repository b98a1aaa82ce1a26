/**
 * Everything the teacher's "Assign to a class" panel shows, worked out in one lazily loaded
 * module (fflate and the QR encoder stay out of the teacher pages until asked for).
 */
import type { StoryBundle } from '$lib/bank/story';
import { bankFromStories } from '$lib/bank/bank-stories';
import { exportStoryFile } from '$lib/formats/byline';
import { qrPath } from './qr-image';
import {
	classroomShareUrl,
	embeddedStoryLink,
	hostedStoryLink,
	MAX_EMBEDDED_LINK,
	MAX_QR_LINK
} from './share-link';

export { hostedUrlProblem } from './share-link';

export interface LinkOutputs {
	url: string;
	qr: { size: number; d: string } | null;
	classroom: string | null;
}

/** The story as students get it: its articles and approved questions only (no drafts). */
export function studentStoryFile(story: StoryBundle): string {
	const approved = story.questions.filter((q) => q.status === 'approved');
	return JSON.stringify(
		bankFromStories([{ ...story, questions: approved }], { generator: 'Byline' })
	);
}

function outputs(url: string, title: string): LinkOutputs {
	return {
		url,
		qr: url.length <= MAX_QR_LINK ? qrPath(url) : null,
		classroom: classroomShareUrl(url, title)
	};
}

export type EmbeddedResult =
	({ ok: true } & LinkOutputs) | { ok: false; length: number; limit: number };

export function embeddedLink(
	story: StoryBundle,
	className: string,
	appUrl: string
): EmbeddedResult {
	const link = embeddedStoryLink(appUrl, studentStoryFile(story), className);
	if (!link.ok) return { ok: false, length: link.length, limit: MAX_EMBEDDED_LINK };
	return { ok: true, ...outputs(link.url, story.story.title) };
}

export function hostedLink(
	story: StoryBundle,
	className: string,
	appUrl: string,
	fileUrl: string
): LinkOutputs {
	return outputs(hostedStoryLink(appUrl, fileUrl, className), story.story.title);
}

/** The file to host: the same students' version of the story, as a normal story file name. */
export function hostedFile(story: StoryBundle): { filename: string; text: string } {
	return {
		filename: exportStoryFile(bankFromStories([story]), story.story.id).filename,
		text: studentStoryFile(story)
	};
}
