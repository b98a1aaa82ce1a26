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
import { z } from 'zod';
import { BankSchema, type Bank } from '$lib/bank/schema';
import type { StoryProgress } from '$lib/quiz/types';
import type { StoryReviews } from '$lib/review/types';
import type { GenericSchema, InferOutput } from 'valibot';
import {
	check,
	SettingKeySchema,
	StoryProgressSchema,
	StoryReviewsSchema
} from '$lib/storage/schemas';
import { StorageWriteError, type ByLineStore } from '$lib/storage/types';
import { DEFAULT_MAX_BACKUP_BYTES } from './limits';
import { depthProblem } from '$lib/formats/problem';
import { restorableWithoutPin, studentPart, type LeftOut } from './scope';

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

/** Runs one of the store's own (valibot) schemas inside this zod schema, keeping its messages and paths. */
function fromStorageSchema<S extends GenericSchema>(schema: S) {
	return z.unknown().transform((value, ctx): InferOutput<S> => {
		const parsed = check(schema, value);
		if (parsed.success) return parsed.data;
		for (const issue of parsed.error.issues) {
			ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
		}
		return z.NEVER;
	});
}

const settingKey = z.string().superRefine((key, ctx) => {
	for (const issue of check(SettingKeySchema, key).error?.issues ?? []) {
		ctx.addIssue({ code: 'custom', message: issue.message });
	}
});

export const BackupSchema = z
	.object({
		format: z.literal(BACKUP_FORMAT, { message: 'this is not a Byline backup file' }),
		version: z.literal(BACKUP_VERSION, {
			message: `only backup version ${BACKUP_VERSION} can be read`
		}),
		createdAt: z.string().max(40),
		progress: z.array(fromStorageSchema(StoryProgressSchema)).max(10_000),
		reviews: z.array(fromStorageSchema(StoryReviewsSchema)).max(10_000).optional(),
		banks: z.array(BankSchema).max(1_000),
		settings: z.record(settingKey, z.unknown())
	})
	.superRefine((backup, ctx) => {
		const seenProgress = new Set<string>();
		backup.progress.forEach((p, i) => {
			if (seenProgress.has(p.storyId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['progress', i],
					message: `progress for "${p.storyId}" appears twice`
				});
			}
			seenProgress.add(p.storyId);
		});
		const seenReviews = new Set<string>();
		(backup.reviews ?? []).forEach((r, i) => {
			if (seenReviews.has(r.storyId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['reviews', i],
					message: `review cards for "${r.storyId}" appear twice`
				});
			}
			seenReviews.add(r.storyId);
		});
		const seenStories = new Set<string>();
		backup.banks.forEach((bank, i) => {
			if (bank.stories.length !== 1) {
				ctx.addIssue({
					code: 'custom',
					path: ['banks', i],
					message: 'each bank must hold exactly one story'
				});
				return;
			}
			const storyId = bank.stories[0]!.id;
			if (seenStories.has(storyId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['banks', i],
					message: `story "${storyId}" appears twice`
				});
			}
			seenStories.add(storyId);
		});
		for (const [key, value] of Object.entries(backup.settings)) {
			const json = JSON.stringify(value);
			if (json === undefined || new TextEncoder().encode(json).byteLength >= MAX_SETTING_BYTES) {
				ctx.addIssue({
					code: 'custom',
					path: ['settings', key],
					message: 'setting is missing or larger than 1 MB'
				});
			}
		}
	});

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
	const parsed = BackupSchema.safeParse(data);
	if (!parsed.success) {
		const issues = parsed.error.issues;
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
	return { ok: true, backup: parsed.data as BackupFile };
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
	store: Pick<ByLineStore, 'importAll' | 'listBanks'>,
	backup: BackupFile,
	options: { access: BackupAccess; replace?: boolean }
): Promise<LeftOut> {
	// Callers may hand over an object that never went through parseBackup.
	const parsed = BackupSchema.safeParse(backup);
	if (!parsed.success) {
		const first = parsed.error.issues[0]!;
		const where = describeLocation(first.path, backup);
		throw new StorageWriteError(
			`This backup cannot be restored: ${first.message}${where ? ` at ${where}` : ''}. Nothing was changed.`,
			'invalid'
		);
	}
	const { progress, reviews = [], banks, settings } = parsed.data as BackupFile;
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
		{ banks: await store.listBanks() }
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
