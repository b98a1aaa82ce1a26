/**
 * Wording for the storage-usage part of the settings page, from what
 * storageEstimate() reports (any field may be unknown).
 */
import { formatBytes, type StorageUsage } from '$lib/storage/persistence';

export interface UsageSummary {
	/** "1.2 MB of 300 MB used", or why there is no figure. */
	text: string;
	/** 0..1 for a <meter>, or null when usage or quota is unknown. */
	fraction: number | null;
}

export function summarizeUsage(usage: Pick<StorageUsage, 'usage' | 'quota'>): UsageSummary {
	const { usage: used, quota } = usage;
	if (used === null && quota === null) {
		return { text: 'This browser does not say how much space Byline uses.', fraction: null };
	}
	if (used === null) return { text: `Up to ${formatBytes(quota!)} available.`, fraction: null };
	if (quota === null || quota <= 0) return { text: `${formatBytes(used)} used.`, fraction: null };
	const fraction = Math.min(1, Math.max(0, used / quota));
	return { text: `${formatBytes(used)} of ${formatBytes(quota)} used.`, fraction };
}

export type PersistenceState = 'persisted' | 'not-persisted' | 'unknown';

export function persistenceState(persisted: boolean | null): PersistenceState {
	if (persisted === null) return 'unknown';
	return persisted ? 'persisted' : 'not-persisted';
}

export const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
	persisted: 'Kept: the browser will not delete Byline’s data to free up space.',
	'not-persisted':
		'Not protected: if the device runs short of space, the browser may delete Byline’s data. Keep a backup, or ask the browser to keep it.',
	unknown: 'This browser does not say whether it will keep Byline’s data. Keep a backup to be safe.'
};
