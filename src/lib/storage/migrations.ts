/**
 * Stored-layout migrations. They run once per database, before any read.
 *
 * Version 1 (the first release) kept all progress in ONE key, `progress`, an
 * object keyed by story id whose attempts held answers as an array, and all
 * settings in ONE key, `settings`. Saving one answer rewrote every story's
 * progress, and two tabs overwrote each other.
 *
 * Version 2 (current) gives each story its own `progress:<storyId>` key with
 * answers keyed by question id, and each setting its own `setting:<name>` key
 * in an envelope. Banks (`bank:<storyId>`) did not change.
 *
 * Each step is crash-safe: write the new keys, bump `meta:schemaVersion`, then
 * delete the old keys. A crash before the bump re-runs the step (it overwrites
 * its own output with the same result); a crash after it re-runs only cleanup.
 *
 * Opening also completes a backup restore that a closed tab interrupted (./restore), and
 * one that an older build left in its journal (`meta:pendingWrite` with `staging:` copies).
 */
import { answerFor, withAnswer } from '$lib/quiz/answers';
import * as v from 'valibot';
import type { Attempt, StoryProgress } from '$lib/quiz/types';
import { CURRENT_SCHEMA_VERSION, KEYS, LEGACY_JOURNAL, V1_KEYS, type KeyValueDriver } from './kv';
import { laterAnswer } from './progress';
import { finishRestore } from './restore';
import {
	AnswerRecordSchema,
	check,
	describeIssues,
	SettingKeySchema,
	StoryProgressSchema,
	text
} from './schemas';
import { quarantine } from './store';
import type { StorageProblem } from './types';

export { CURRENT_SCHEMA_VERSION, V1_KEYS };

const nonEmpty = text(1, Infinity);
const V1AttemptSchema = v.object({
	id: nonEmpty,
	storyId: v.optional(nonEmpty),
	startedAt: nonEmpty,
	finishedAt: v.optional(nonEmpty),
	questionIds: v.array(nonEmpty),
	answers: v.array(AnswerRecordSchema),
	currentIndex: v.pipe(
		v.number(),
		v.safeInteger('must be a whole number'),
		v.minValue(0, 'must be at least 0')
	)
});
const V1StoryProgressSchema = v.object({
	storyId: nonEmpty,
	attempts: v.array(V1AttemptSchema)
});
const V1ProgressSchema = v.record(v.string(), v.unknown());
const V1SettingsSchema = v.record(v.string(), v.unknown());

export interface Migration {
	from: number;
	to: number;
	/** Writes the new layout. Must be safe to run again on the same old data. */
	up(kv: KeyValueDriver, problems: StorageProblem[]): Promise<void>;
	/** Deletes what `up` made obsolete. Must be safe to run at any later time. */
	cleanup(kv: KeyValueDriver): Promise<void>;
}

/** v1 attempt -> v2 attempt: the answer array becomes a map; the later of duplicate answers wins. */
export function attemptFromV1(
	storyId: string,
	old: v.InferOutput<typeof V1AttemptSchema>
): Attempt {
	let answers: Attempt['answers'] = Object.create(null);
	for (const record of old.answers)
		answers = withAnswer(answers, laterAnswer(answerFor(answers, record.questionId), record));
	const attempt: Attempt = {
		id: old.id,
		storyId,
		startedAt: old.startedAt,
		questionIds: old.questionIds,
		answers,
		currentIndex: Math.min(old.currentIndex, old.questionIds.length)
	};
	if (old.finishedAt) attempt.finishedAt = old.finishedAt;
	return attempt;
}

async function migrateProgressV1(kv: KeyValueDriver, problems: StorageProblem[]): Promise<void> {
	const raw = await kv.getItem(V1_KEYS.progress);
	if (raw === null) return;
	const all = check(V1ProgressSchema, raw);
	if (!all.success) {
		problems.push(await quarantine(kv, V1_KEYS.progress, raw, 'old progress is not an object'));
		return;
	}
	for (const [storyId, value] of Object.entries(all.data)) {
		const old = check(V1StoryProgressSchema, value);
		const migrated: StoryProgress | undefined = old.success
			? { storyId, attempts: old.data.attempts.map((a) => attemptFromV1(storyId, a)) }
			: undefined;
		const checked = migrated ? check(StoryProgressSchema, migrated) : undefined;
		if (!checked?.success) {
			const why = old.success
				? describeIssues(checked?.error?.issues ?? [])
				: describeIssues(old.error.issues);
			const key = `${V1_KEYS.progress}.${storyId}`;
			const at = new Date().toISOString();
			const quarantinedAs = KEYS.corrupt(key, at);
			await kv.setItem(quarantinedAs, value);
			problems.push({
				key,
				quarantinedAs,
				message: `old progress could not be upgraded: ${why}`,
				at
			});
			continue;
		}
		await kv.setItem(KEYS.progress(storyId), checked.data);
	}
}

async function migrateSettingsV1(kv: KeyValueDriver, problems: StorageProblem[]): Promise<void> {
	const raw = await kv.getItem(V1_KEYS.settings);
	if (raw === null) return;
	const all = check(V1SettingsSchema, raw);
	if (!all.success) {
		problems.push(await quarantine(kv, V1_KEYS.settings, raw, 'old settings are not an object'));
		return;
	}
	const updatedAt = new Date().toISOString();
	for (const [name, value] of Object.entries(all.data)) {
		if (!check(SettingKeySchema, name).success || value === undefined) continue;
		await kv.setItem(KEYS.setting(name), { value, updatedAt });
	}
}

export const MIGRATIONS: Migration[] = [
	{
		from: 1,
		to: 2,
		async up(kv, problems) {
			await migrateProgressV1(kv, problems);
			await migrateSettingsV1(kv, problems);
		},
		async cleanup(kv) {
			await kv.removeItem(V1_KEYS.progress);
			await kv.removeItem(V1_KEYS.settings);
		}
	}
];

/**
 * The stored version; a database without one is new (v2) unless it holds v1
 * keys, because the first release did not always write its version.
 */
async function storedVersion(kv: KeyValueDriver): Promise<number> {
	const raw = await kv.getItem(KEYS.schemaVersion);
	if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) return raw;
	const keys = await kv.keys();
	return keys.includes(V1_KEYS.progress) || keys.includes(V1_KEYS.settings)
		? 1
		: CURRENT_SCHEMA_VERSION;
}

export class NewerSchemaError extends Error {
	override name = 'NewerSchemaError';
}

/** Brings the database to CURRENT_SCHEMA_VERSION. Returns what it had to set aside. */
export async function migrate(
	kv: KeyValueDriver,
	migrations = MIGRATIONS
): Promise<StorageProblem[]> {
	const problems: StorageProblem[] = [];
	let version = await storedVersion(kv);
	const target = migrations.reduce((max, m) => Math.max(max, m.to), CURRENT_SCHEMA_VERSION);
	if (version > target) {
		throw new NewerSchemaError(
			`Your saved data comes from a newer version of Byline (data version ${version}). Reload the page to get the latest version.`
		);
	}
	for (const step of migrations) {
		if (step.to <= version) {
			// The step ran before; finish its cleanup in case a crash interrupted it.
			await step.cleanup(kv);
			continue;
		}
		if (step.from !== version) continue;
		await step.up(kv, problems);
		await kv.setItem(KEYS.schemaVersion, step.to);
		version = step.to;
		await step.cleanup(kv);
	}
	if ((await kv.getItem(KEYS.schemaVersion)) !== version)
		await kv.setItem(KEYS.schemaVersion, version);
	return problems;
}

/** Rolls forward a restore an older build committed to its journal but did not finish. */
export async function finishLegacyRestore(kv: KeyValueDriver): Promise<void> {
	const journal = (await kv.getItem(LEGACY_JOURNAL.key)) as { changes?: unknown } | null;
	const changes = Array.isArray(journal?.changes) ? journal.changes : [];
	for (const { key, remove } of changes as { key?: unknown; remove?: unknown }[]) {
		if (typeof key !== 'string') continue;
		const value = remove ? null : await kv.getItem(LEGACY_JOURNAL.stagingPrefix + key);
		if (remove) await kv.removeItem(key);
		else if (value !== null) await kv.setItem(key, value);
	}
	const leftovers = (await kv.keys()).filter(
		(k) => k === LEGACY_JOURNAL.key || k.startsWith(LEGACY_JOURNAL.stagingPrefix)
	);
	for (const key of leftovers) await kv.removeItem(key);
}

/** Everything opening may have to do before the first read; see the top of this file. */
export async function upkeep(kv: KeyValueDriver): Promise<StorageProblem[]> {
	await finishRestore(kv);
	await finishLegacyRestore(kv);
	return migrate(kv);
}
