/**
 * The store: plain functions over the key layout in ./kv, the same for IndexedDB and the
 * in-memory fallback. Every read is validated (invalid data is set aside, never fatal);
 * every change is one write of one key under that key's lock, announced to other tabs.
 */
import type { Bank } from '$lib/bank/schema';
import type { AnswerRecord, Attempt, StoryProgress } from '$lib/quiz/types';
import type { ReviewCard, StoryReviews } from '$lib/review/types';
import { KEYS, PREFIX, type KeyValueDriver } from './kv';
import * as rules from './progress';
import type { KeyWrite } from './restore';
import * as reviewRules from './reviews';
import {
	AnswerRecordSchema,
	check,
	describeIssues,
	type Checked,
	ReviewCardSchema,
	SettingEnvelopeSchema,
	SettingKeySchema,
	StoryProgressSchema,
	StoryReviewsSchema
} from './schemas';
import { ChangeChannel, defaultLock, tracked, type LockRunner } from './tabs';
import {
	StorageWriteError,
	toWriteError,
	type ByLineStore,
	type StorageChange,
	type StorageProblem,
	type StorageStatus,
	type StoreContents
} from './types';

/** Settings hold small things (a PIN hash, preferences); big data belongs in banks. */
export const MAX_SETTING_BYTES = 1_000_000;

function invalid(message: string, cause?: unknown): StorageWriteError {
	return new StorageWriteError(message, 'invalid', { cause });
}

/**
 * The bank schema is loaded on the first bank read or write: every student page opens the
 * store, but most never touch a stored bank.
 */
function loadBankTools() {
	return import('./bank-tools');
}
async function loadBankSchema() {
	return (await loadBankTools()).BankSchema;
}

/** A stored bank is one story's whole bundle, so one key holds it atomically. */
async function checkBank(bank: Bank): Promise<Bank> {
	const parsed = check(await loadBankSchema(), bank);
	if (!parsed.success)
		throw invalid(`This bank is not valid: ${describeIssues(parsed.error.issues)}`);
	if (parsed.data.stories.length !== 1) {
		throw invalid(
			`A stored bank holds exactly one story; this one has ${parsed.data.stories.length}.`
		);
	}
	return parsed.data as Bank;
}

/** Round-trips the value through JSON so only plain JSON is stored, and measures it. */
function settingEnvelope(key: string, value: unknown, updatedAt: string) {
	if (!check(SettingKeySchema, key).success) throw invalid(`"${key}" is not a valid setting name.`);
	let json: string | undefined;
	try {
		json = JSON.stringify(value);
	} catch (error) {
		throw invalid(`Setting "${key}" cannot be saved as JSON.`, error);
	}
	if (json === undefined) throw invalid(`Setting "${key}" has no value to save.`);
	if (new TextEncoder().encode(json).byteLength >= MAX_SETTING_BYTES) {
		throw invalid(`Setting "${key}" is too large (settings must stay under 1 MB).`);
	}
	return { value: JSON.parse(json) as unknown, updatedAt };
}

/**
 * Moves unreadable data aside instead of deleting it or crashing on it: the app carries on
 * with defaults and the raw value stays available for recovery.
 */
export async function quarantine(
	kv: KeyValueDriver,
	key: string,
	raw: unknown,
	message: string
): Promise<StorageProblem> {
	const at = new Date().toISOString();
	const quarantinedAs = KEYS.corrupt(key, at);
	try {
		await kv.setItem(quarantinedAs, raw);
		await kv.removeItem(key);
	} catch (error) {
		// If even that fails (disk full), the bad value stays where it was and is
		// ignored on every read; reading must never throw.
		console.warn(`Byline storage: could not quarantine "${key}"`, error);
	}
	console.warn(
		`Byline storage: ignored invalid data in "${key}" (moved to "${quarantinedAs}"): ${message}`
	);
	return { key, quarantinedAs, message, at };
}

/**
 * `crypto.randomUUID` exists only in secure contexts, and a school may serve
 * Byline over plain http on its LAN; `getRandomValues` works everywhere.
 */
export function randomId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface StoreOptions {
	kv: KeyValueDriver;
	status: StorageStatus;
	/** BroadcastChannel name; null keeps changes inside this store (memory fallback). */
	channelName?: string | null;
	lock?: LockRunner;
	/** Problems already found while opening (migration). */
	problems?: StorageProblem[];
	now?: () => string;
	newId?: () => string;
}

async function readBank(raw: unknown): Promise<Checked<Bank>> {
	return check(await loadBankSchema(), raw) as Checked<Bank>;
}

export function createStore(options: StoreOptions): ByLineStore {
	const { kv, status } = options;
	const channel = new ChangeChannel(options.channelName);
	const lock = tracked(options.lock ?? defaultLock());
	const problems: StorageProblem[] = [...(options.problems ?? [])];
	const now = options.now ?? (() => new Date().toISOString());
	const newId = options.newId ?? randomId;

	/**
	 * Reads and validates one key; invalid data is quarantined and reads as null. `validate` may
	 * be async so a big schema (the bank's) is fetched only when there is something to check.
	 */
	async function read<T>(
		key: string,
		validate: (raw: unknown) => Checked<T> | Promise<Checked<T>>
	): Promise<T | null> {
		let raw: unknown;
		try {
			raw = await kv.getItem(key);
		} catch (error) {
			console.warn(`Byline storage: could not read "${key}"`, error);
			return null;
		}
		if (raw === null || raw === undefined) return null;
		const parsed = await validate(raw);
		if (parsed.success) return parsed.data;
		problems.push(await quarantine(kv, key, raw, describeIssues(parsed.error.issues)));
		return null;
	}

	async function write(key: string, value: unknown, what: string): Promise<void> {
		try {
			await kv.setItem(key, value);
		} catch (error) {
			throw toWriteError(error, what);
		}
	}

	async function remove(key: string, what: string): Promise<void> {
		try {
			await kv.removeItem(key);
		} catch (error) {
			throw toWriteError(error, what);
		}
	}

	async function keysWithPrefix(prefix: string): Promise<string[]> {
		try {
			return (await kv.keys()).filter((k) => k.startsWith(prefix)).sort();
		} catch (error) {
			console.warn('Byline storage: could not list keys', error);
			return [];
		}
	}

	async function readProgress(storyId: string): Promise<StoryProgress> {
		const stored = await read(KEYS.progress(storyId), (raw) => check(StoryProgressSchema, raw));
		return stored && stored.storyId === storyId ? stored : rules.emptyProgress(storyId);
	}

	/**
	 * Read-modify-write of one story's progress under that key's lock, always
	 * from the latest stored value so another tab's answers are merged, not lost.
	 */
	function updateProgress(
		storyId: string,
		change: (progress: StoryProgress) => { progress: StoryProgress; attempt: Attempt }
	): Promise<Attempt> {
		const key = KEYS.progress(storyId);
		return lock(key, async () => {
			let result: { progress: StoryProgress; attempt: Attempt };
			try {
				result = change(await readProgress(storyId));
			} catch (error) {
				if (error instanceof rules.ProgressRuleError) throw invalid(error.message, error);
				throw error;
			}
			const checked = check(StoryProgressSchema, result.progress);
			if (!checked.success)
				throw invalid(`Progress was not saved: ${describeIssues(checked.error.issues)}`);
			await write(key, checked.data, 'your progress');
			channel.publish({ kind: 'progress', storyId });
			return result.attempt;
		});
	}

	async function listProgress(): Promise<StoryProgress[]> {
		const keys = await keysWithPrefix(PREFIX.progress);
		const all = await Promise.all(keys.map((k) => readProgress(k.slice(PREFIX.progress.length))));
		return all.filter((p) => p.attempts.length > 0);
	}

	async function readReviews(storyId: string): Promise<StoryReviews> {
		const stored = await read(KEYS.review(storyId), (raw) => check(StoryReviewsSchema, raw));
		return stored && stored.storyId === storyId ? stored : reviewRules.emptyReviews(storyId);
	}

	/** Read-modify-write of one story's cards under that key's lock, like updateProgress. */
	function updateReviews(
		storyId: string,
		change: (reviews: StoryReviews) => StoryReviews
	): Promise<StoryReviews> {
		const key = KEYS.review(storyId);
		return lock(key, async () => {
			const checked = check(StoryReviewsSchema, change(await readReviews(storyId)));
			if (!checked.success)
				throw invalid(`Your review was not saved: ${describeIssues(checked.error.issues)}`);
			if (Object.keys(checked.data.cards).length === 0) await remove(key, 'your review');
			else await write(key, checked.data, 'your review');
			channel.publish({ kind: 'review', storyId });
			return checked.data;
		});
	}

	async function listReviews(): Promise<StoryReviews[]> {
		const keys = await keysWithPrefix(PREFIX.review);
		const all = await Promise.all(keys.map((k) => readReviews(k.slice(PREFIX.review.length))));
		return all.filter((r) => Object.keys(r.cards).length > 0);
	}

	async function listBanks(): Promise<Bank[]> {
		const keys = await keysWithPrefix(PREFIX.bank);
		const banks = await Promise.all(keys.map((k) => read(k, readBank)));
		return banks.filter((b): b is Bank => b !== null);
	}

	async function listSettings(): Promise<Record<string, unknown>> {
		const settings: Record<string, unknown> = {};
		for (const key of await keysWithPrefix(PREFIX.setting)) {
			const envelope = await read(key, (raw) => check(SettingEnvelopeSchema, raw));
			if (envelope) settings[key.slice(PREFIX.setting.length)] = envelope.value;
		}
		return settings;
	}

	return {
		status,
		get problems() {
			return problems;
		},

		getProgress: readProgress,
		listProgress,

		startAttempt(storyId, questionIds) {
			return updateProgress(storyId, (progress) => {
				const attempt = rules.newAttempt(storyId, questionIds, newId(), now());
				return { progress: { ...progress, attempts: [...progress.attempts, attempt] }, attempt };
			});
		},

		saveAnswer(storyId, attemptId, record: AnswerRecord, nextIndex) {
			const checked = check(AnswerRecordSchema, record);
			if (!checked.success) {
				return Promise.reject(
					invalid(`This answer was not saved: ${describeIssues(checked.error.issues)}`)
				);
			}
			return updateProgress(storyId, (p) =>
				rules.mergeAnswer(p, attemptId, checked.data, nextIndex)
			);
		},

		setCurrentIndex(storyId, attemptId, index) {
			return updateProgress(storyId, (p) => rules.moveTo(p, attemptId, index));
		},

		finishAttempt(storyId, attemptId) {
			return updateProgress(storyId, (p) => rules.finish(p, attemptId, now()));
		},

		async resetProgress(storyId) {
			const key = KEYS.progress(storyId);
			await lock(key, () => remove(key, 'the reset'));
			channel.publish({ kind: 'progress', storyId });
		},

		async restoreProgress(saved) {
			const checked = check(StoryProgressSchema, saved);
			if (!checked.success)
				throw invalid(`This progress cannot be restored: ${describeIssues(checked.error.issues)}`);
			const key = KEYS.progress(saved.storyId);
			await lock(key, async () => {
				const merged = rules.mergeRestored(checked.data, await readProgress(saved.storyId));
				await write(key, merged, 'the restored progress');
			});
			channel.publish({ kind: 'progress', storyId: saved.storyId });
		},

		getReviews: readReviews,
		listReviews,

		async saveReviewCard(storyId, card: ReviewCard) {
			const checked = check(ReviewCardSchema, card);
			if (!checked.success) {
				throw invalid(`This review was not saved: ${describeIssues(checked.error.issues)}`);
			}
			const saved = await updateReviews(storyId, (r) => reviewRules.withCard(r, checked.data));
			return saved.cards[card.questionId]!;
		},

		async dropReviewCards(storyId, questionIds) {
			if (questionIds.length === 0) return;
			await updateReviews(storyId, (r) => reviewRules.withoutCards(r, questionIds));
		},

		async listStories() {
			const { storiesFromBank } = await loadBankTools();
			return (await listBanks()).flatMap(storiesFromBank);
		},

		async getStory(storyId) {
			const bank = await read(KEYS.bank(storyId), readBank);
			return bank ? (await loadBankTools()).storyFromBank(bank as Bank, storyId) : null;
		},

		async putStory(story) {
			const checked = await checkBank((await loadBankTools()).bankFromStories([story]));
			const storyId = story.story.id;
			const key = KEYS.bank(storyId);
			await lock(key, () => write(key, checked, `story "${story.story.title}"`));
			channel.publish({ kind: 'content', storyId });
		},

		async deleteStory(storyId) {
			const key = KEYS.bank(storyId);
			await lock(key, () => remove(key, 'the deletion'));
			channel.publish({ kind: 'content', storyId });
		},

		async getSetting<T>(key: string) {
			if (!check(SettingKeySchema, key).success) return null;
			const envelope = await read(KEYS.setting(key), (raw) => check(SettingEnvelopeSchema, raw));
			return envelope ? (envelope.value as T) : null;
		},

		async setSetting(key, value) {
			const envelope = settingEnvelope(key, value, now());
			const stored = KEYS.setting(key);
			await lock(stored, () => write(stored, envelope, `setting "${key}"`));
			channel.publish({ kind: 'content', storyId: null });
		},

		async deleteSetting(key) {
			if (!check(SettingKeySchema, key).success) return;
			const stored = KEYS.setting(key);
			await lock(stored, () => remove(stored, `setting "${key}"`));
			channel.publish({ kind: 'content', storyId: null });
		},

		listSettings,

		async exportAll() {
			const [progress, reviews, banks, settings] = await Promise.all([
				listProgress(),
				listReviews(),
				listBanks(),
				listSettings()
			]);
			return { progress, reviews, banks, settings };
		},

		async importAll(contents: StoreContents, { replace = false } = {}) {
			const writes = new Map<string, unknown>();
			if (replace) {
				for (const prefix of [PREFIX.progress, PREFIX.review, PREFIX.bank, PREFIX.setting]) {
					for (const key of await keysWithPrefix(prefix)) writes.set(key, undefined);
				}
			}
			for (const progress of contents.progress) {
				const checked = check(StoryProgressSchema, progress);
				if (!checked.success) throw invalid(`Progress for "${progress.storyId}" is not valid.`);
				writes.set(KEYS.progress(progress.storyId), checked.data);
			}
			for (const reviews of contents.reviews ?? []) {
				const checked = check(StoryReviewsSchema, reviews);
				if (!checked.success) throw invalid(`Review cards for "${reviews.storyId}" are not valid.`);
				writes.set(KEYS.review(reviews.storyId), checked.data);
			}
			for (const bank of contents.banks) {
				const checked = await checkBank(bank);
				writes.set(KEYS.bank(checked.stories[0]!.id), checked);
			}
			for (const [key, value] of Object.entries(contents.settings)) {
				writes.set(KEYS.setting(key), settingEnvelope(key, value, now()));
			}
			const list: KeyWrite[] = [...writes].map(([key, value]) => ({ key, value }));
			try {
				// Only restoring a backup writes many keys at once; that code loads here.
				const { writeAllOrNothing } = await import('./restore');
				await lock('import', () => writeAllOrNothing(kv, list));
			} catch (error) {
				throw toWriteError(error, 'the backup');
			}
			channel.publish({ kind: 'all' });
		},

		subscribe(listener: (change: StorageChange) => void) {
			return channel.subscribe(listener);
		},

		close() {
			channel.close();
		}
	};
}
