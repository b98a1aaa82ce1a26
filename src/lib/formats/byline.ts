/**
 * The `*.byline.json` story file: one story, its articles and its questions in the bank
 * format (src/lib/bank/schema.ts). Import is all or nothing: a file that fails any check
 * is rejected whole with a message saying where, so a teacher never ends up with half a bank.
 */
import { BANK_FORMAT, BANK_VERSION, BankSchema, type Bank } from '../bank/schema';
import {
	depthProblem,
	issueDetails,
	MAX_IMPORT_BYTES,
	scanStrings,
	sizeProblem,
	slugify,
	type ImportProblem
} from './problem';
import { check } from '$lib/validation';

export const BYLINE_EXTENSION = '.byline.json';
export const DEFAULT_MAX_BYTES = MAX_IMPORT_BYTES;

/** Picks one story and everything it needs out of a bank. Throws if the story is unknown. */
export function storySubset(bank: Bank, storyId: string): Bank {
	const story = bank.stories.find((s) => s.id === storyId);
	if (!story) throw new Error(`There is no story with id "${storyId}" in this bank.`);
	const articleIds = new Set(story.articleIds);
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: [story],
		// Keep the story's own article order: it is the order students see the tabs in.
		articles: story.articleIds
			.map((id) => bank.articles.find((a) => a.id === id))
			.filter((a): a is Bank['articles'][number] => a !== undefined && articleIds.has(a.id)),
		questions: bank.questions.filter((q) => q.storyId === storyId)
	};
}

export function exportStoryFile(
	bank: Bank,
	storyId: string,
	now: Date = new Date()
): { filename: string; text: string } {
	const subset = storySubset(bank, storyId);
	const file: Bank = {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		exportedAt: now.toISOString(),
		generator: 'Byline',
		stories: subset.stories,
		articles: subset.articles,
		questions: subset.questions
	};
	return {
		filename: `${slugify(subset.stories[0]!.title, storyId)}${BYLINE_EXTENSION}`,
		text: JSON.stringify(file, null, '\t') + '\n'
	};
}

export type ParseStoryResult =
	{ ok: true; bank: Bank; warnings: string[] } | { ok: false; error: ImportProblem };

/** `position N` from V8, or `line L column C` from SpiderMonkey, turned into line and column. */
export function jsonErrorLocation(
	text: string,
	message: string
): { line: number; column: number } | null {
	const lc = /line (\d+) column (\d+)/.exec(message);
	if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
	const pos = /position (\d+)/.exec(message);
	if (pos) {
		const before = text.slice(0, Number(pos[1]));
		const lines = before.split('\n');
		return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
	}
	return null;
}

function fail(message: string, details?: string[]): ParseStoryResult {
	return { ok: false, error: details?.length ? { message, details } : { message } };
}

const KNOWN_TOP_LEVEL = new Set([
	'format',
	'version',
	'exportedAt',
	'generator',
	'stories',
	'articles',
	'questions'
]);

export function parseStoryFile(
	text: string,
	{ maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {}
): ParseStoryResult {
	const tooBig = sizeProblem(text, maxBytes);
	if (tooBig) return { ok: false, error: tooBig };
	const tooDeep = depthProblem(text);
	if (tooDeep) return fail(tooDeep);
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		const where = jsonErrorLocation(text, e instanceof Error ? e.message : '');
		const at = where ? ` (line ${where.line}, column ${where.column})` : '';
		return fail(`This is not a valid JSON file${at}. Was it changed by hand or cut short?`);
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return fail('This file does not hold a Byline bank (expected a JSON object).');
	}
	const record = data as Record<string, unknown>;
	if (record.format !== BANK_FORMAT) {
		return fail(`This is not a Byline file: its "format" should be "${BANK_FORMAT}".`);
	}
	if (
		typeof record.version !== 'number' ||
		!Number.isInteger(record.version) ||
		record.version < 1
	) {
		return fail('This Byline file has no valid version number.');
	}
	if (record.version > BANK_VERSION) {
		return fail(
			`This file was made by a newer Byline (format version ${record.version}); this app reads version ${BANK_VERSION}. Update Byline and try again.`
		);
	}
	const scan = scanStrings(data);
	if (scan.controls.length) {
		return fail(
			'This file contains invisible control characters, which Byline does not accept.',
			scan.controls.slice(0, 5)
		);
	}
	const parsed = check(BankSchema, data);
	if (!parsed.success) {
		return fail('This Byline file has problems.', issueDetails(parsed.error.issues));
	}
	const warnings: string[] = [];
	const unknown = Object.keys(record).filter((k) => !KNOWN_TOP_LEVEL.has(k));
	if (unknown.length) warnings.push(`Ignored unknown fields: ${unknown.join(', ')}.`);
	if (scan.bidi.length) {
		warnings.push(
			`Some text contains right-to-left override characters, which can make text display differently from what is stored (${scan.bidi.slice(0, 3).join(', ')}).`
		);
	}
	if (parsed.data.stories.length === 0) warnings.push('This file contains no stories.');
	return { ok: true, bank: parsed.data as Bank, warnings };
}
