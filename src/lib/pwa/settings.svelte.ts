import type { BackupAccess, BackupFile } from '$lib/backup/backup';
import { DEFAULT_MAX_BACKUP_BYTES } from '$lib/backup/limits';
import { leftOutCount, restorableWithoutPin, type LeftOut } from '$lib/backup/scope';
import { checkPin } from '$lib/teach/pin-guard';
import { storedPin } from '$lib/teach/pin-setting';
import { requestPersistence, storageEstimate, type StorageUsage } from '$lib/storage/persistence';
import type { ByLineStore } from '$lib/storage/types';
import { messageOf } from '$lib/text/format';
import { planRestore, type RestorePlan } from './restore-plan';

/** Backup code validates whole banks with the bank schema; the page loads it when first used. */
const loadBackup = () => import('$lib/backup/backup');

/** What the settings page needs from the browser; tests pass fakes. */
export interface SettingsEnvironment {
	estimate: () => Promise<StorageUsage>;
	persist: () => Promise<boolean>;
	now: () => Date;
}

const browserEnvironment: SettingsEnvironment = {
	estimate: () => storageEstimate(),
	persist: () => requestPersistence(),
	now: () => new Date()
};

/** A file picked for restore: only what the page needs (a File has all of it). */
export interface PickedFile {
	name: string;
	size: number;
	text(): Promise<string>;
}

export interface PendingRestore {
	fileName: string;
	backup: BackupFile;
	/** What is restored without the teacher PIN (everything when no PIN is set). */
	plan: RestorePlan;
	/** Teacher data in the backup that only the PIN can restore; empty when no PIN is set. */
	needsPin: LeftOut;
}

export interface MadeBackup {
	fileName: string;
	text: string;
	/** Teacher data left out because the PIN was not given. */
	leftOut: number;
}

class PinRefused extends Error {}

/**
 * The settings page's state: storage usage and persistence, making a backup,
 * and restoring one in two steps (check the whole file, then confirm) so that
 * nothing changes until the student has seen what will be replaced.
 */
export class SettingsState {
	usage = $state.raw<StorageUsage | null>(null);
	persistMessage = $state<string | null>(null);
	pending = $state.raw<PendingRestore | null>(null);
	restoreError = $state<string | null>(null);
	restoreDone = $state<string | null>(null);
	backupError = $state<string | null>(null);
	busy = $state(false);
	/** Whether a teacher PIN is set here: then teacher data in a backup needs it. */
	pinSet = $state(false);

	#store: ByLineStore;
	#env: SettingsEnvironment;
	#knownTitles: ReadonlyMap<string, string> | undefined;
	#maxBytes: number;

	constructor(
		store: ByLineStore,
		options: {
			env?: SettingsEnvironment;
			knownTitles?: ReadonlyMap<string, string>;
			maxBytes?: number;
		} = {}
	) {
		this.#store = store;
		this.#env = options.env ?? browserEnvironment;
		this.#knownTitles = options.knownTitles;
		this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
	}

	get status() {
		return this.#store.status;
	}

	async refreshPin(): Promise<void> {
		this.pinSet = (await storedPin(this.#store)) !== null;
	}

	/**
	 * The teacher's access when no PIN is set or `pin` is right; a student's when no PIN was
	 * given. A wrong PIN throws (and counts towards the device's rate limit).
	 */
	async #access(pin: string): Promise<BackupAccess> {
		await this.refreshPin();
		if (!this.pinSet) return 'teacher';
		if (pin === '') return 'student';
		const check = await checkPin(this.#store, pin);
		if (!check.ok) throw new PinRefused(check.message);
		return 'teacher';
	}

	async refreshUsage(): Promise<void> {
		this.usage = await this.#env.estimate();
	}

	/** Asks the browser to keep our data; says plainly when it declines. */
	async persist(): Promise<void> {
		const granted = await this.#env.persist();
		this.persistMessage = granted
			? 'Done: the browser will keep Byline’s data.'
			: 'The browser declined for now (browsers often agree only for installed or often-used sites). Keep a backup.';
		await this.refreshUsage();
	}

	/**
	 * The backup file's name and text, ready to download: everything with the teacher PIN (or
	 * when none is set), otherwise only what a student may see.
	 */
	async makeBackup(pin = ''): Promise<MadeBackup | null> {
		this.backupError = null;
		try {
			const access = await this.#access(pin);
			const { backupFileName, createBackup, serializeBackup } = await loadBackup();
			const backup = await createBackup(this.#store, this.#env.now(), access);
			if (
				backup.progress.length + backup.banks.length + Object.keys(backup.settings).length ===
				0
			) {
				this.backupError = leftOutCount(backup.left)
					? 'Without the teacher PIN there is nothing to back up: everything stored here is teacher data. No file was saved.'
					: 'There is nothing to back up: this browser holds no progress, stories or settings that could be read. No file was saved.';
				return null;
			}
			return {
				fileName: backupFileName(backup),
				text: serializeBackup(backup),
				leftOut: leftOutCount(backup.left)
			};
		} catch (cause) {
			this.backupError =
				cause instanceof PinRefused
					? `${cause.message} No file was saved.`
					: `The backup could not be made: ${messageOf(cause)} No file was saved.`;
			return null;
		}
	}

	/** Reads and checks a whole file; on success the confirmation lists what will change. */
	async chooseFile(file: PickedFile): Promise<void> {
		this.pending = null;
		this.restoreError = null;
		this.restoreDone = null;
		if (file.size > this.#maxBytes) {
			// Checked before reading, so a huge file never has to fit in memory.
			const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
			this.restoreError = `“${file.name}” is ${mb(file.size)} MB; backups can be at most ${mb(this.#maxBytes)} MB. Nothing was changed.`;
			return;
		}
		this.busy = true;
		try {
			const { parseBackup } = await loadBackup();
			const parsed = parseBackup(await file.text(), this.#maxBytes);
			if (!parsed.ok) {
				this.restoreError = `“${file.name}”: ${parsed.error}`;
				return;
			}
			const current = await this.#store.exportAll();
			await this.refreshPin();
			const studentOnly = this.pinSet ? restorableWithoutPin(parsed.backup, current) : null;
			this.pending = {
				fileName: file.name,
				backup: parsed.backup,
				plan: planRestore(
					studentOnly ? { ...parsed.backup, ...studentOnly.contents } : parsed.backup,
					current,
					this.#knownTitles
				),
				needsPin: studentOnly?.left ?? { stories: [], settings: [] }
			};
		} catch (cause) {
			this.restoreError = `“${file.name}” could not be read: ${messageOf(cause)}. Nothing was changed.`;
		} finally {
			this.busy = false;
		}
	}

	cancelRestore(): void {
		this.pending = null;
	}

	/**
	 * Writes the confirmed backup, all or nothing: all of it with the teacher PIN (or when none
	 * is set), otherwise the student part, never touching teacher data.
	 */
	async confirmRestore(pin = ''): Promise<boolean> {
		const pending = this.pending;
		if (!pending) return false;
		this.busy = true;
		this.restoreError = null;
		try {
			const access = await this.#access(pin);
			const { restoreBackup } = await loadBackup();
			const left = await restoreBackup(this.#store, pending.backup, { access });
			this.pending = null;
			const skipped = leftOutCount(left);
			this.restoreDone = skipped
				? `Restored “${pending.fileName}”, except ${skipped === 1 ? 'one item' : `${skipped} items`} of teacher data, which need${skipped === 1 ? 's' : ''} the teacher PIN.`
				: `Restored “${pending.fileName}”.`;
			await this.refreshUsage();
			return true;
		} catch (cause) {
			this.restoreError =
				cause instanceof PinRefused
					? `${cause.message} Nothing was restored.`
					: `The backup was not restored: ${messageOf(cause)}${/Nothing was changed\.$/.test(messageOf(cause)) ? '' : ' Your data is as it was.'}`;
			return false;
		} finally {
			this.busy = false;
		}
	}
}
