/**
 * Backup limits the settings page needs before any file is read. Kept apart from
 * ./backup, which brings the bank schema with it and is loaded only when a
 * backup is made or restored.
 */
export const DEFAULT_MAX_BACKUP_BYTES = 20 * 1024 * 1024;
