/** Checks applied before anything is written; failures are StorageWriteError('invalid'). */
import type { Bank } from '$lib/bank/schema';
import { describeIssues } from './quarantine';
import { check, SettingKeySchema } from './schemas';
import { StorageWriteError } from './types';

/** Settings hold small things (a PIN hash, preferences); big data belongs in banks. */
export const MAX_SETTING_BYTES = 1_000_000;

export function invalid(message: string, cause?: unknown): StorageWriteError {
	return new StorageWriteError(message, 'invalid', { cause });
}

/**
 * The bank schema needs full zod (~29 KB gzip). Every student page opens the store but most
 * never touch a stored bank, so it is loaded on the first bank read or write.
 */
export async function loadBankSchema() {
	return (await import('$lib/bank/schema')).BankSchema;
}

/** A stored bank is one story's whole bundle, so one key holds it atomically. */
export async function checkBank(bank: Bank): Promise<Bank> {
	const parsed = (await loadBankSchema()).safeParse(bank);
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
export function settingEnvelope(
	key: string,
	value: unknown,
	updatedAt: string
): { value: unknown; updatedAt: string } {
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
