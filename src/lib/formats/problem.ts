/** What every importer returns: the whole result or one clear problem, never half a bank. */
import type { Issue } from '$lib/validation';
import { slug } from '$lib/text/format';

export type ImportProblem = {
	/** One sentence a teacher can act on. */
	message: string;
	/** Specific findings (a path and what is wrong), at most a handful. */
	details?: string[];
};

/** A question in a file that does not come into Byline at all, and why. */
export type Refusal = { label: string; reason: string };

export type ImportResult<T> =
	{ ok: true; value: T; warnings: string[] } | { ok: false; error: ImportProblem };

const MAX_DETAILS = 5;

/** `['questions', 3, 'choices', 1, 'text']` → `questions[3].choices[1].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out || '(top level)';
}

/** One `path: message` line per validation issue, at most `limit` and a count of the rest. */
export function issueDetails(issues: readonly Issue[], limit = MAX_DETAILS): string[] {
	const lines = issues.slice(0, limit).map((i) => `${formatPath(i.path)}: ${i.message}`);
	if (issues.length > limit) lines.push(`…and ${issues.length - limit} more`);
	return lines;
}

/** C0 controls other than tab, line feed and carriage return, plus DEL: never legitimate in text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Bidirectional overrides can make displayed text differ from stored text ("Trojan source"). */
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

/** Removes forbidden control characters; for text formats, where they are noise from other tools. */
export function stripControls(text: string): string {
	return text.replace(new RegExp(FORBIDDEN_CONTROL.source, 'g'), '');
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The problem to report when a file is over the import limit, or null. */
export function sizeProblem(text: string, maxBytes = MAX_IMPORT_BYTES): ImportProblem | null {
	// Cheap length check first: every UTF-16 unit is at least one UTF-8 byte.
	if (
		text.length <= maxBytes / 3 ||
		(text.length <= maxBytes && new TextEncoder().encode(text).length <= maxBytes)
	) {
		return null;
	}
	const mb = maxBytes / 1024 / 1024;
	return {
		message: `This file is larger than ${mb < 1 ? mb.toFixed(2) : Math.round(mb)} MB, the most Byline imports at once.`
	};
}

export type TextScan = { controls: string[]; bidi: string[] };

/** Walks every string in a parsed JSON value and records paths that hold suspicious characters. */
export function scanStrings(
	value: unknown,
	path: PropertyKey[] = [],
	found: TextScan = { controls: [], bidi: [] }
): TextScan {
	if (typeof value === 'string') {
		if (FORBIDDEN_CONTROL.test(value)) found.controls.push(formatPath(path));
		if (BIDI_OVERRIDE.test(value)) found.bidi.push(formatPath(path));
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => scanStrings(v, [...path, i], found));
	} else if (value !== null && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) scanStrings(v, [...path, k], found);
	}
	return found;
}

/** A file name's slug of a title; falls back when a title has no letters or digits. */
export function slugify(title: string, fallback: string): string {
	return slug(title) || slug(fallback) || 'story';
}

/** Real story files and backups nest a handful of levels; far more is a hostile or broken file. */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply a JSON text nests arrays and objects, counted in one pass over the characters
 * (skipping strings) and stopping at `limit + 1`. It runs before JSON.parse, so a file nested
 * 100,000 levels gets a clear refusal instead of a stack overflow in the parser or in any
 * code that walks the parsed value recursively.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 /* { */ || c === 91 /* [ */) {
			depth++;
			if (depth > deepest) deepest = depth;
			if (deepest > limit) return deepest;
		} else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
	}
	return deepest;
}

export function depthProblem(text: string, limit = MAX_JSON_DEPTH): string | null {
	return jsonDepth(text, limit) > limit
		? `This file nests its data more than ${limit} levels deep, far beyond any Byline file, so it was not read.`
		: null;
}
