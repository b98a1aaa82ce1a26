/**
 * Where the teacher PIN lives and what unlocking means. The PIN guards a shared classroom
 * device from students wandering into the teacher pages; it is not server security (see pin.ts).
 */
import { checkPin } from './pin-guard';
import { hashPin, isStoredPin, pinProblem, type StoredPin } from './pin';

/** Settings key holding the PBKDF2 record (never the PIN itself). */
export const PIN_SETTING = 'teacher.pin';
/** sessionStorage key: once unlocked, the teacher area stays open until the browser session ends. */
export const UNLOCK_SESSION_KEY = 'byline.teacher.unlocked';
/** sessionStorage key: the PIN used to unlock is shorter than the rules for a new PIN. */
export const WEAK_PIN_SESSION_KEY = 'byline.teacher.weakPin';

export interface SettingsStore {
	getSetting<T>(key: string): Promise<T | null>;
	setSetting<T>(key: string, value: T): Promise<void>;
	deleteSetting?(key: string): Promise<void>;
}

export async function storedPin(store: SettingsStore): Promise<StoredPin | null> {
	const value = await store.getSetting<unknown>(PIN_SETTING);
	return isStoredPin(value) ? value : null;
}

/** Problems with a new PIN and its confirmation, or null when it can be saved. */
export function newPinProblem(pin: string, confirmation: string): string | null {
	return pinProblem(pin) ?? (pin === confirmation ? null : 'The two PINs do not match.');
}

/**
 * Sets or changes the PIN. When one is set already, `current` must match it, so a student
 * who finds the area unlocked cannot lock the teacher out.
 */
export async function savePin(
	store: SettingsStore,
	current: string,
	next: string,
	iterations?: number
): Promise<void> {
	await requireCurrentPin(store, current);
	await store.setSetting(PIN_SETTING, await hashPin(next, iterations));
}

export async function removePin(store: SettingsStore, current: string): Promise<void> {
	const existing = await storedPin(store);
	if (!existing) return;
	await requireCurrentPin(store, current);
	if (store.deleteSetting) await store.deleteSetting(PIN_SETTING);
	else await store.setSetting(PIN_SETTING, null);
}

/** Throws a teacher-facing message unless `pin` is the stored PIN (or none is set); rate-limited. */
export async function requireCurrentPin(store: SettingsStore, pin: string): Promise<void> {
	const check = await checkPin(store, pin);
	if (!check.ok) {
		throw new Error(
			check.reason === 'wrong'
				? check.message.replace('That PIN', 'The current PIN')
				: check.message
		);
	}
}
