/**
 * Built-in banks for the student pages, read from the prebuilt static/content files with the
 * load function's `fetch`. While prerendering, SvelteKit inlines each response into the page,
 * so the first visit makes no extra request; later navigations fetch the file, which the
 * service worker precaches with the other static files, so it works offline too.
 *
 * The files are made and validated at build time (see $lib/server/prebuilt-node and its test), so only
 * their format is checked here: full validation would put the bank schema on every student page.
 */
import { asset } from '$app/paths';
import { BANK_FORMAT, BANK_VERSION, type Bank } from '$lib/bank/model';
import type { StoryBundle } from '$lib/bank/story';
import {
	BUILTIN_INDEX_FORMAT,
	BUILTIN_INDEX_VERSION,
	CONTENT_DIR,
	INDEX_FILE,
	type BuiltinIndex,
	type BuiltinStorySummary
} from './prebuilt';

type Fetch = typeof globalThis.fetch;

/** Where a built-in content file is served, for fetching or for a `<link rel="preload">`. */
export function builtinFileUrl(file: string): string {
	return asset(`/${CONTENT_DIR}/${file}`);
}

async function fetchJson(fetch: Fetch, file: string): Promise<unknown> {
	const url = builtinFileUrl(file);
	let response: Response;
	try {
		response = await fetch(url);
	} catch (cause) {
		throw new Error(`The built-in stories could not be loaded (${url}). Are you offline?`, {
			cause
		});
	}
	if (!response.ok) {
		throw new Error(`The built-in stories could not be loaded (${url}: ${response.status}).`);
	}
	return response.json();
}

function hasFormat(value: unknown, format: string, version: number): boolean {
	const v = value as { format?: unknown; version?: unknown } | null;
	return typeof v === 'object' && v !== null && v.format === format && v.version === version;
}

export async function fetchBuiltinIndex(fetch: Fetch): Promise<BuiltinIndex> {
	const index = await fetchJson(fetch, INDEX_FILE);
	if (!hasFormat(index, BUILTIN_INDEX_FORMAT, BUILTIN_INDEX_VERSION)) {
		throw new Error('The built-in story list has an unknown format; reload the page.');
	}
	return index as BuiltinIndex;
}

/** `articles`: the bank without its questions (see BuiltinStorySummary.articlesFile). */
export type BuiltinPart = 'whole' | 'articles';

/** A built-in story, marked `builtIn`, read from its file. */
export async function fetchBuiltinStory(
	fetch: Fetch,
	summary: BuiltinStorySummary,
	part: BuiltinPart = 'whole'
): Promise<StoryBundle> {
	const [bank, { storyFromBank }] = await Promise.all([
		fetchJson(fetch, part === 'whole' ? summary.file : summary.articlesFile),
		// Loaded with the story, not up front: the quiz page reads this module for its file names.
		import('$lib/bank/bank-stories')
	]);
	const story = hasFormat(bank, BANK_FORMAT, BANK_VERSION)
		? storyFromBank(bank as Bank, summary.id)
		: null;
	if (!story) {
		throw new Error(
			`The built-in story "${summary.title}" has an unknown format; reload the page.`
		);
	}
	return { ...story, builtIn: true };
}

/** The built-in story's summary, or null when the story is not built in. */
export async function fetchBuiltinSummary(
	fetch: Fetch,
	storyId: string
): Promise<BuiltinStorySummary | null> {
	return (await fetchBuiltinIndex(fetch)).stories.find((s) => s.id === storyId) ?? null;
}

/** The built-in story, or null when the story is not built in. */
export async function fetchBuiltinStoryFor(
	fetch: Fetch,
	storyId: string,
	part: BuiltinPart = 'whole'
): Promise<StoryBundle | null> {
	const summary = await fetchBuiltinSummary(fetch, storyId);
	return summary ? fetchBuiltinStory(fetch, summary, part) : null;
}
