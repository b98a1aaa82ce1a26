import type { BackupFile } from '$lib/backup/backup';
import { DEFAULT_MAX_BACKUP_BYTES } from '$lib/backup/limits';
import { requestPersistence, storageEstimate, type StorageUsage } from '$lib/storage/persistence';
import type { ByLineLocalStore } from '$lib/storage/types';
import { planRestore, type RestorePlan } from './restore-plan';

/** Backup code validates whole banks with zod (~80 KiB); the page loads it when first used. */
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
	plan: RestorePlan;
}

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

	#store: ByLineLocalStore;
	#env: SettingsEnvironment;
	#knownTitles: ReadonlyMap<string, string> | undefined;
	#maxBytes: number;

	constructor(
		store: ByLineLocalStore,
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

	/** The backup file's name and text, ready to download. */
	async makeBackup(): Promise<{ fileName: string; text: string } | null> {
		this.backupError = null;
		try {
			const { backupFileName, createBackup, serializeBackup } = await loadBackup();
			const backup = await createBackup(this.#store, this.#env.now());
			return { fileName: backupFileName(backup), text: serializeBackup(backup) };
		} catch (cause) {
			this.backupError = `The backup could not be made: ${messageOf(cause)}`;
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
			this.pending = {
				fileName: file.name,
				backup: parsed.backup,
				plan: planRestore(parsed.backup, current, this.#knownTitles)
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

	/** Writes the confirmed backup, all or nothing. */
	async confirmRestore(): Promise<boolean> {
		const pending = this.pending;
		if (!pending) return false;
		this.busy = true;
		this.restoreError = null;
		try {
			const { restoreBackup } = await loadBackup();
			await restoreBackup(this.#store, pending.backup);
			this.pending = null;
			this.restoreDone = `Restored “${pending.fileName}”.`;
			await this.refreshUsage();
			return true;
		} catch (cause) {
			this.restoreError = `The backup was not restored: ${messageOf(cause)} Your data is as it was.`;
			return false;
		} finally {
			this.busy = false;
		}
	}
}

function messageOf(cause: unknown): string {
	return cause instanceof Error ? cause.message : String(cause);
}
