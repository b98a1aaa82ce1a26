/**
 * Thin, never-throwing wrappers around navigator.storage. Browsers without the
 * Storage API, or that refuse, simply report "unknown"/false.
 */
export interface StorageUsage {
	/** Bytes used by this site, if the browser says. */
	usage: number | null;
	/** Bytes this site may use, if the browser says. */
	quota: number | null;
	/** Whether the browser promised not to evict our data; null if it cannot tell. */
	persisted: boolean | null;
}

interface StorageManagerLike {
	persist?: () => Promise<boolean>;
	persisted?: () => Promise<boolean>;
	estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function storageManager(): StorageManagerLike | undefined {
	const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
	return nav?.storage;
}

/** Asks the browser to keep our data under storage pressure. Resolves to whether it agreed. */
export async function requestPersistence(manager = storageManager()): Promise<boolean> {
	try {
		if (!manager?.persist) return false;
		if (manager.persisted && (await manager.persisted())) return true;
		return await manager.persist();
	} catch {
		return false;
	}
}

export async function storageEstimate(manager = storageManager()): Promise<StorageUsage> {
	const usage: StorageUsage = { usage: null, quota: null, persisted: null };
	try {
		if (manager?.estimate) {
			const estimate = await manager.estimate();
			usage.usage = typeof estimate.usage === 'number' ? estimate.usage : null;
			usage.quota = typeof estimate.quota === 'number' ? estimate.quota : null;
		}
		if (manager?.persisted) usage.persisted = await manager.persisted();
	} catch {
		// Some browsers throw in private mode; "unknown" is the honest answer.
	}
	return usage;
}

/** "1.2 MB of 300 MB" style text for settings pages. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
