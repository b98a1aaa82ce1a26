import type { KeyValueDriver } from './kv';
import { KEYS } from './kv';
import type { StorageProblem } from './types';

/**
 * Moves unreadable data aside instead of deleting it or crashing on it: the app
 * carries on with defaults and the raw value stays available for recovery.
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
	const problem = { key, quarantinedAs, message, at };
	console.warn(
		`Byline storage: ignored invalid data in "${key}" (moved to "${quarantinedAs}"): ${message}`
	);
	return problem;
}

/** A short readable summary of a zod error for problem reports. */
export function describeIssues(
	issues: readonly { path: PropertyKey[]; message: string }[]
): string {
	return issues
		.slice(0, 5)
		.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
		.join('; ');
}
