/**
 * Whole-app backup: every story bank, every student's progress and review cards, and every
 * setting. With the teacher's access (the PIN, or no PIN set) a backup holds
 * everything, the PIN hash included, so restoring it brings back access exactly
 * as it was; without it only the student part (see ./scope.ts) is taken or
 * brought back.
 *
 * A backup is validated completely before anything is written, and then
 * written all-or-nothing by the store (see storage/restore.ts).
 */
import { bankFromStories } from '$lib/bank/bank-stories';
import * as v from 'valibot';
import { BankSchema, type Bank } from '$lib/bank/schema';
import type { StoryProgress } from '$lib/quiz/types';
import type { StoryReviews } from '$lib/review/types';
import { SettingKeySchema, StoryProgressSchema, StoryReviewsSchema } from '$lib/storage/schemas';
import { StorageWriteError, type ByLineStore } from '$lib/storage/types';
import { DEFAULT_MAX_BACKUP_BYTES } from './limits';
import { depthProblem } from '$lib/formats/problem';
import { restorableWithoutPin, studentPart, type LeftOut } from './scope';
import { check } from '$lib/validation';

export { DEFAULT_MAX_BACKUP_BYTES };

export const BACKUP_FORMAT = 'byline-backup';
export const BACKUP_VERSION = 1;
const MAX_SETTING_BYTES = 1_000_000;

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	createdAt: string;
	progress: StoryProgress[];
	/** Review cards. Backups made before review existed have none; they still restore. */
	reviews?: StoryReviews[];
	banks: Bank[];
	settings: Record<string, unknown>;
}

type Problem = { message: string; path: (string | number)[] };

/** Rules across entries: each story, progress and review set once; settings small. */
function backupProblems(backup: Omit<BackupFile, 'format' | 'version' | 'createdAt'>): Problem[] {
	const problems: Problem[] = [];
	const once = (seen: Set<string>, id: string, problem: Problem) => {
		if (seen.has(id)) problems.push(problem);
		seen.add(id);
	};
	const seenProgress = new Set<string>();
	backup.progress.forEach((p, i) =>
		once(seenProgress, p.storyId, {
			path: ['progress', i],
			message: `progress for "${p.storyId}" appears twice`
		})
	);
	const seenReviews = new Set<string>();
	(backup.reviews ?? []).forEach((r, i) =>
		once(seenReviews, r.storyId, {
			path: ['reviews', i],
			message: `review cards for "${r.storyId}" appear twice`
		})
	);
	const seenStories = new Set<string>();
	backup.banks.forEach((bank, i) => {
		if (bank.stories.length !== 1) {
			problems.push({ path: ['banks', i], message: 'each bank must hold exactly one story' });
			return;
		}
		const storyId = bank.stories[0]!.id;
		once(seenStories, storyId, { path: ['banks', i], message: `story "${storyId}" appears twice` });
	});
	for (const [key, value] of Object.entries(backup.settings)) {
		const json = JSON.stringify(value);
		if (json === undefined || new TextEncoder().encode(json).byteLength >= MAX_SETTING_BYTES) {
			problems.push({ path: ['settings', key], message: 'setting is missing or larger than 1 MB' });
		}
	}
	return problems;
}

const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} items`));

export const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT, 'this is not a Byline backup file'),
	version: v.literal(BACKUP_VERSION, `only backup version ${BACKUP_VERSION} can be read`),
	createdAt: v.pipe(v.string(), v.maxLength(40, 'must be at most 40 characters long')),
	progress: list(StoryProgressSchema, 10_000),
	reviews: v.optional(list(StoryReviewsSchema, 10_000)),
	banks: list(BankSchema, 1_000),
	settings: v.record(SettingKeySchema, v.unknown())
});

/** The backup's issues, schema first, then the rules across entries. */
function backupIssues(
	data: unknown
): { ok: true; backup: BackupFile } | { ok: false; issues: Problem[] } {
	const parsed = check(BackupSchema, data);
	if (!parsed.success) {
		return { ok: false, issues: parsed.error.issues as Problem[] };
	}
	const problems = backupProblems(parsed.data as BackupFile);
	return problems.length
		? { ok: false, issues: problems }
		: { ok: true, backup: parsed.data as BackupFile };
}

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: string };

/** `banks[2].questions[4].evidence`, plus the story's id when the bank names one. */
function describeLocation(path: PropertyKey[], data: unknown): string {
	let text = '';
	for (const part of path)
		text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
	if (path[0] === 'banks' && typeof path[1] === 'number') {
		const bank = (data as { banks?: { stories?: { id?: unknown }[] }[] }).banks?.[path[1]];
		const storyId = bank?.stories?.[0]?.id;
		if (typeof storyId === 'string') text += ` (story "${storyId}")`;
	}
	return text;
}

/** Validates a whole backup file. Errors say what is wrong and where. */
export function parseBackup(text: string, maxBytes = DEFAULT_MAX_BACKUP_BYTES): ParsedBackup {
	// A UTF-16 unit is at most 3 UTF-8 bytes, so short texts skip the encoding.
	const size =
		text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).byteLength;
	if (size > maxBytes) {
		const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
		return {
			ok: false,
			error: `This file is ${mb(size)} MB; backups can be at most ${mb(maxBytes)} MB.`
		};
	}
	const tooDeep = depthProblem(text);
	if (tooDeep) return { ok: false, error: `${tooDeep} Nothing was changed.` };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, error: `This file is not valid JSON (${detail}). Is it a Byline backup?` };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== BACKUP_FORMAT
	) {
		return {
			ok: false,
			error: 'This file is not a Byline backup (it has no "format": "byline-backup").'
		};
	}
	const parsed = backupIssues(data);
	if (!parsed.ok) {
		const issues = parsed.issues;
		const first = issues[0]!;
		const where = first.path.length ? ` at ${describeLocation(first.path, data)}` : '';
		const more =
			issues.length > 1
				? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
				: '';
		return {
			ok: false,
			error: `This backup cannot be restored: ${first.message}${where}${more}. Nothing was changed.`
		};
	}
	return { ok: true, backup: parsed.backup };
}

/** Who is making or restoring a backup: the teacher (PIN given, or none set) or a student. */
export type BackupAccess = 'teacher' | 'student';

/** A backup of everything (teacher access) or of the student part only. */
export async function createBackup(
	store: Pick<ByLineStore, 'exportAll'>,
	now = new Date(),
	access: BackupAccess = 'student'
): Promise<BackupFile & { left: LeftOut }> {
	const all = await store.exportAll();
	const { contents, left } =
		access === 'teacher'
			? { contents: all, left: { stories: [], settings: [] } }
			: studentPart(all);
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: now.toISOString(),
		...contents,
		left
	};
}

export function serializeBackup(backup: BackupFile): string {
	// `left` (what a student backup left out) is for the message, not the file.
	const { left: _left, ...file } = backup as BackupFile & { left?: unknown };
	void _left;
	return JSON.stringify(file, null, 1);
}

/** `byline-backup-2026-11-21.json` */
export function backupFileName(backup: Pick<BackupFile, 'createdAt'>): string {
	return `byline-backup-${backup.createdAt.slice(0, 10)}.json`;
}

/**
 * Writes a backup, all or nothing. By default what the backup holds replaces
 * the same stories, progress and settings and everything else is kept;
 * `replace: true` makes the store exactly the backup (teacher access only).
 * With student access only the student part is written, and never over a
 * teacher's story; what was left out is returned. Throws when nothing is left.
 */
export async function restoreBackup(
	store: Pick<ByLineStore, 'importAll' | 'listStories'>,
	backup: BackupFile,
	options: { access: BackupAccess; replace?: boolean }
): Promise<LeftOut> {
	// Callers may hand over an object that never went through parseBackup.
	const parsed = backupIssues(backup);
	if (!parsed.ok) {
		const first = parsed.issues[0]!;
		const where = describeLocation(first.path, backup);
		throw new StorageWriteError(
			`This backup cannot be restored: ${first.message}${where ? ` at ${where}` : ''}. Nothing was changed.`,
			'invalid'
		);
	}
	const { progress, reviews = [], banks, settings } = parsed.backup;
	if (options.access === 'teacher') {
		await store.importAll({ progress, reviews, banks, settings }, { replace: options.replace });
		return { stories: [], settings: [] };
	}
	if (options.replace) {
		throw new StorageWriteError(
			'Only the teacher can replace everything on this device.',
			'invalid'
		);
	}
	const allowed = restorableWithoutPin(
		{ progress, reviews, banks, settings },
		{ banks: (await store.listStories()).map((story) => bankFromStories([story])) }
	);
	const { contents } = allowed;
	if (
		contents.progress.length +
			(contents.reviews?.length ?? 0) +
			contents.banks.length +
			Object.keys(contents.settings).length ===
		0
	) {
		throw new StorageWriteError(
			'Everything in this backup is teacher data, which only the teacher PIN can restore. Nothing was changed.',
			'invalid'
		);
	}
	await store.importAll(contents);
	return allowed.left;
}
