/**
 * Everything the teacher's "Assign to a class" panel shows, worked out in one lazily loaded
 * module (fflate and the QR encoder stay out of the teacher pages until asked for).
 */
import type { Bank } from '$lib/bank/model';
import { exportStoryFile, storySubset } from '$lib/formats/byline';
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
export function studentStoryFile(bank: Bank, storyId: string): string {
	const subset = storySubset(bank, storyId);
	return JSON.stringify({
		...subset,
		generator: 'Byline',
		questions: subset.questions.filter((q) => q.status === 'approved')
	});
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
	bank: Bank,
	storyId: string,
	className: string,
	appUrl: string
): EmbeddedResult {
	const title = bank.stories.find((s) => s.id === storyId)?.title ?? 'Byline story';
	const link = embeddedStoryLink(appUrl, studentStoryFile(bank, storyId), className);
	if (!link.ok) return { ok: false, length: link.length, limit: MAX_EMBEDDED_LINK };
	return { ok: true, ...outputs(link.url, title) };
}

export function hostedLink(
	bank: Bank,
	storyId: string,
	className: string,
	appUrl: string,
	fileUrl: string
): LinkOutputs {
	const title = bank.stories.find((s) => s.id === storyId)?.title ?? 'Byline story';
	return outputs(hostedStoryLink(appUrl, fileUrl, className), title);
}

/** The file to host: the same students' version of the story, as a normal story file name. */
export function hostedFile(bank: Bank, storyId: string): { filename: string; text: string } {
	return {
		filename: exportStoryFile(bank, storyId).filename,
		text: studentStoryFile(bank, storyId)
	};
}
