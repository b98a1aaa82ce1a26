/**
 * Opening a story a teacher assigned by link, on a student's device, through the library's own
 * open-file flow ($lib/teach/student-open): checked like any story file, a built-in story's id
 * refused, stored as an opened story that never replaces a teacher's story (a clash becomes a
 * copy under new ids), while a story opened from an earlier link is updated in place. When the
 * same story with the same questions is already here and published (the teacher's own device,
 * or the link opened twice) nothing is written. The assignment remembers the class, the version
 * and, for a copy, the teacher's question ids, so the hand-in names the teacher's ids.
 */
import {
	builtInIdProblem,
	readStoryFile,
	storeOpenedStory,
	storyFileSizeProblem,
	type StoryStore
} from '$lib/teach/student-open';
import { saveAssignment, type Assignment } from './assignment';
import { bankVersion, versionedContent } from './bank-version';
import type { SettingsStore } from './class-record';
import { MAX_LINK_STORY_BYTES } from './share-link';

export interface OpenStore extends SettingsStore, StoryStore {}

export type OpenedShared =
	| { ok: true; storyId: string; title: string; className: string; added: boolean }
	| { ok: false; message: string; details: string[] };

export async function openSharedStory(
	store: OpenStore,
	fileText: string,
	className: string,
	sourceName = 'The linked story',
	builtIn: ReadonlyMap<string, string> = new Map()
): Promise<OpenedShared> {
	const read = readStoryFile(sourceName, fileText);
	if (!read.ok) return { ok: false, message: read.message, details: read.details };
	const builtInClash = builtInIdProblem(read.stories, builtIn);
	if (builtInClash) return { ok: false, message: builtInClash, details: [] };
	if (read.stories.length !== 1) {
		return {
			ok: false,
			message: `${sourceName} holds ${read.stories.length} stories; a class link carries exactly one.`,
			details: []
		};
	}
	const incoming = read.stories[0]!;
	const { story } = incoming;
	const version = await bankVersion(versionedContent(incoming));
	const assignment: Assignment = {
		sourceStoryId: story.id,
		bankVersion: version,
		className,
		questionIds: []
	};

	const existing = await store.getStory(story.id);
	if (existing) {
		const same =
			existing.story.published === true &&
			(await bankVersion(versionedContent(existing))) === version;
		if (same) {
			await saveAssignment(store, story.id, assignment);
			return { ok: true, storyId: story.id, title: story.title, className, added: false };
		}
	}
	// 'replace' only ever replaces a story opened from a file or link before; a teacher's story
	// with this id is kept and the link's story stored as a copy (storeOpenedStory's rule).
	const [storedId] = await storeOpenedStory(store, read.stories, 'replace');
	if (!storedId) return { ok: false, message: 'The story could not be stored.', details: [] };
	if (storedId !== story.id) {
		// keepBoth keeps the question order; pair the copies' ids with the teacher's.
		const stored = await store.getStory(storedId);
		const copies = stored?.questions ?? [];
		const originals = incoming.questions;
		assignment.questionIds = copies.map((q, i) => [q.id, originals[i]?.id ?? q.id]);
	}
	await saveAssignment(store, storedId, assignment);
	const title = (await store.getStory(storedId))?.story.title ?? story.title;
	return { ok: true, storyId: storedId, title, className, added: true };
}

export type FetchedStory =
	{ ok: true; text: string; name: string } | { ok: false; message: string };

/**
 * Downloads a hosted story file. fetch cannot tell a network failure from a host that does not
 * allow other sites to read its files (CORS): both reject with a TypeError, so the message names
 * both, with what to do about each.
 */
export async function fetchStoryFile(
	url: string,
	fetchFn: typeof fetch = fetch,
	online: boolean = typeof navigator === 'undefined' ? true : navigator.onLine
): Promise<FetchedStory> {
	const name = `“${decodeURIComponent(new URL(url).pathname.split('/').pop() || url)}”`;
	if (!online) {
		return {
			ok: false,
			message:
				'You are offline. Connect to the internet once to open this story; after that it works offline.'
		};
	}
	let response: Response;
	try {
		response = await fetchFn(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store' });
	} catch {
		return {
			ok: false,
			message: `The story file at ${url} could not be downloaded. Either the connection failed, or the site hosting it does not let other sites read its files (CORS). Try again; if it keeps failing, ask your teacher to host the file where anyone can read it (for example GitHub Pages or a public link from their school's file host), or to send the file itself.`
		};
	}
	if (!response.ok) {
		return {
			ok: false,
			message: `The story file at ${url} could not be downloaded: the site answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Ask your teacher to check the link.`
		};
	}
	const declared = Number(response.headers.get('content-length') ?? '0');
	const tooBig = storyFileSizeProblem(name, declared || 1);
	if (tooBig && declared > 0) return { ok: false, message: tooBig };
	const bytes = await readCapped(response, MAX_LINK_STORY_BYTES);
	if (!bytes) {
		return { ok: false, message: storyFileSizeProblem(name, MAX_LINK_STORY_BYTES + 1)! };
	}
	const text = new TextDecoder().decode(bytes);
	const empty = storyFileSizeProblem(name, bytes.length);
	if (empty) return { ok: false, message: empty };
	return { ok: true, text, name };
}

/** The body, or null once it passes `max` bytes (a server can lie about content-length). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
	if (!response.body) {
		const buffer = new Uint8Array(await response.arrayBuffer());
		return buffer.length > max ? null : buffer;
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > max) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
