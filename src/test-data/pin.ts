import { PIN_ALGO, PIN_MIN_ITERATIONS, type StoredPin } from '$lib/teach/pin';

/**
 * A PIN record as an earlier version stored it, for a PIN the current rules refuse (e.g. four
 * digits, which hashPin no longer accepts). Hashed with the fewest rounds allowed, to stay quick.
 */
export async function makeLegacyPinRecord(pin: string): Promise<StoredPin> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PIN_MIN_ITERATIONS },
		key,
		256
	);
	const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
	return {
		algo: PIN_ALGO,
		iterations: PIN_MIN_ITERATIONS,
		salt: b64(salt),
		hash: b64(new Uint8Array(bits))
	};
}
