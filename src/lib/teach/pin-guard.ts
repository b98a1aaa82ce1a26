/**
 * Rate limit for PIN guesses on this device. Every place that accepts the PIN (the lock
 * screen, changing or removing it, a backup with teacher data) goes through `checkPin`, so
 * guessing costs the same everywhere. The count is stored next to the PIN (a teacher setting,
 * which a backup restored without the PIN cannot change), so reloading does not reset it.
 * Like the PIN itself it slows down a student at the keyboard; developer tools can clear it.
 */
import { pinNeedsUpgrade, verifyPin } from './pin';
import { storedPin, type SettingsStore } from './pin-setting';

export const PIN_ATTEMPTS_SETTING = 'teacher.pinAttempts';
/** Wrong PINs allowed before the first wait (typos happen). */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;

interface AttemptRecord {
	failures: number;
	/** Epoch milliseconds before which no PIN is checked at all. */
	lockedUntil: number;
}

/** How long to wait after `failures` wrong PINs: none, then 30 s doubling up to an hour. */
export function waitAfter(failures: number): number {
	if (failures < FREE_ATTEMPTS) return 0;
	return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_MS);
}

export type PinCheck =
	| { ok: true; needsUpgrade: boolean }
	| { ok: false; reason: 'wrong' | 'waiting'; waitMs: number; message: string };

function readRecord(value: unknown): AttemptRecord {
	const v = (value ?? {}) as Partial<Record<keyof AttemptRecord, unknown>>;
	const whole = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);
	return { failures: Math.floor(whole(v.failures)), lockedUntil: whole(v.lockedUntil) };
}

/** "45 seconds", "2 minutes" (rounded up, so the wait is never shorter than said). */
export function describeWait(ms: number): string {
	const seconds = Math.ceil(ms / 1000);
	if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
	const minutes = Math.ceil(seconds / 60);
	return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function refusal(reason: 'wrong' | 'waiting', waitMs: number, failures: number): PinCheck {
	const lead =
		reason === 'wrong' ? 'That PIN is not right.' : 'Too many wrong PINs on this device.';
	const tail =
		waitMs > 0
			? ` Wait ${describeWait(waitMs)} before trying again.`
			: ` ${FREE_ATTEMPTS - failures} more ${FREE_ATTEMPTS - failures === 1 ? 'try' : 'tries'} before Byline makes you wait.`;
	return { ok: false, reason, waitMs, message: lead + tail };
}

/**
 * Checks `pin` against the stored PIN, counting wrong ones. While a wait is running no PIN is
 * checked at all, right or wrong. With no PIN stored every PIN passes (there is nothing to guard).
 */
export async function checkPin(
	store: SettingsStore,
	pin: string,
	now: number = Date.now()
): Promise<PinCheck> {
	const record = readRecord(await store.getSetting<unknown>(PIN_ATTEMPTS_SETTING));
	// A clock turned back (or a tampered record) cannot stretch the wait past the longest one.
	const waitMs = Math.min(record.lockedUntil - now, MAX_WAIT_MS);
	if (waitMs > 0) return refusal('waiting', waitMs, record.failures);
	const stored = await storedPin(store);
	if (!stored) return { ok: true, needsUpgrade: false };
	if (await verifyPin(pin, stored)) {
		if (record.failures > 0) await saveRecord(store, { failures: 0, lockedUntil: 0 });
		return { ok: true, needsUpgrade: pinNeedsUpgrade(pin) };
	}
	const failures = record.failures + 1;
	const wait = waitAfter(failures);
	await saveRecord(store, { failures, lockedUntil: wait ? now + wait : 0 });
	return refusal('wrong', wait, failures);
}

async function saveRecord(store: SettingsStore, record: AttemptRecord): Promise<void> {
	try {
		await store.setSetting(PIN_ATTEMPTS_SETTING, record);
	} catch {
		// Storage that cannot be written cannot keep the count either; the PIN still has to match.
	}
}
