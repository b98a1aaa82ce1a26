/**
 * Links that assign a story to a class.
 *
 * Embedded: `<app>/#story=<deflated story file, base64url>&class=<class name>`. The story rides
 * in the fragment, which browsers never send to a server, so no web server's request-line limit
 * (commonly 8 KB) applies and the story stays private between teacher and students.
 *
 * Hosted: `<app>/?story=<https URL of a .byline.json>&class=<class name>`, for stories too big to
 * embed; the student's device fetches the file once and keeps it.
 *
 * MAX_EMBEDDED_LINK: 32,000 characters. Browsers open far longer URLs (Chromium 2 MB), but the
 * places a link travels are stricter: Chromium stops showing and copying whole URLs in its
 * address bar past about 32 KB, and chat, e-mail and LMS text fields start truncating long
 * links. A story with a few articles (~15 KB of text) deflates to well under this.
 */
import { compressText, decompressText } from './compact';

export const MAX_EMBEDDED_LINK = 32_000;
/** The story file a link may unpack to: the same ceiling a story file has. */
export const MAX_LINK_STORY_BYTES = 5 * 1024 * 1024;
/** Google's share endpoint gets our link inside its own query string, which servers cap. */
export const MAX_CLASSROOM_SHARE_URL = 8_000;
/** A QR code holds at most 2,953 bytes (version 40, low error correction). */
export const MAX_QR_LINK = 2_953;
export const MAX_CLASS_NAME = 100;

export type EmbeddedLink = { ok: true; url: string } | { ok: false; length: number };

export function cleanClassName(name: string): string {
	return name.trim().replace(/\s+/g, ' ').slice(0, MAX_CLASS_NAME);
}

/** `appUrl` is the library's absolute URL (origin plus base path, ending in `/`). */
export function embeddedStoryLink(
	appUrl: string,
	storyFileText: string,
	className: string
): EmbeddedLink {
	const params = new URLSearchParams({ story: compressText(storyFileText) });
	const name = cleanClassName(className);
	if (name) params.set('class', name);
	const url = `${appUrl}#${params.toString()}`;
	return url.length <= MAX_EMBEDDED_LINK ? { ok: true, url } : { ok: false, length: url.length };
}

/** Only https (http only for this machine, so the app can be tried locally). */
export function hostedUrlProblem(raw: string): string | null {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return 'Enter the full address of the story file, starting with https://.';
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		return 'The address must start with https:// so the file cannot be changed on its way.';
	}
	return null;
}

export function hostedStoryLink(appUrl: string, fileUrl: string, className: string): string {
	const params = new URLSearchParams({ story: fileUrl.trim() });
	const name = cleanClassName(className);
	if (name) params.set('class', name);
	return `${appUrl}?${params.toString()}`;
}

export function classroomShareUrl(link: string, title: string): string | null {
	const params = new URLSearchParams({ url: link, title });
	const url = `https://classroom.google.com/share?${params.toString()}`;
	return url.length <= MAX_CLASSROOM_SHARE_URL ? url : null;
}

export type SharedStory =
	| { kind: 'none' }
	| { kind: 'embedded'; fileText: string; className: string }
	| { kind: 'hosted'; url: string; className: string }
	| { kind: 'broken'; message: string };

/** What a library URL asks to open. Never throws. */
export function readShareLink(url: URL): SharedStory {
	const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
	const embedded = fragment.get('story');
	if (embedded) {
		const className = cleanClassName(fragment.get('class') ?? '');
		try {
			return {
				kind: 'embedded',
				fileText: decompressText(embedded, MAX_LINK_STORY_BYTES),
				className
			};
		} catch (error) {
			return {
				kind: 'broken',
				message: `This link's story could not be unpacked (${error instanceof Error ? error.message : 'damaged'}). The link may have been cut short when it was copied: ask your teacher for it again.`
			};
		}
	}
	const hosted = url.searchParams.get('story');
	if (hosted) {
		const problem = hostedUrlProblem(hosted);
		if (problem)
			return { kind: 'broken', message: `This link's story address is not usable. ${problem}` };
		return {
			kind: 'hosted',
			url: hosted.trim(),
			className: cleanClassName(url.searchParams.get('class') ?? '')
		};
	}
	return { kind: 'none' };
}

export { hasShareLink } from './link-detect';
