/**
 * Teacher PIN for the teacher area.
 *
 * What this is for: Byline has no server and no accounts. The PIN keeps students on a shared
 * classroom device out of the teacher pages (answers, unpublished stories). It is NOT protection
 * against someone with the device's developer tools: the bank lives unencrypted in this browser's
 * storage, and the hash itself sits next to it. What the hashing does buy is that the PIN, which a
 * teacher may reuse elsewhere, cannot be read back from storage and is slow to brute-force offline.
 *
 * Rules: either a PIN of 6–20 digits, or a passphrase of 8–128 characters that is not only
 * digits (a four-digit PIN fell to an offline search of its hash in minutes). Text is NFC-normalised so the same passphrase typed on different keyboards matches.
 * Hashing: PBKDF2-SHA-256 via WebCrypto (no library needed), 16 random salt bytes, 32-byte output,
 * 600,000 iterations for new hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256). Records with
 * at least 210,000 iterations still verify, so the count can be tuned down for slow tablets.
 */

export const PIN_ALGO = 'PBKDF2-SHA-256';
export const PIN_MIN_ITERATIONS = 210_000;
export const PIN_DEFAULT_ITERATIONS = 600_000;
/** Caps work done for a tampered stored record, so a huge count cannot freeze the page. */
const PIN_MAX_ITERATIONS = 5_000_000;

export type StoredPin = {
	algo: typeof PIN_ALGO;
	iterations: number;
	/** base64 */
	salt: string;
	/** base64 */
	hash: string;
};

/** Shortest number PIN accepted for a new PIN: a million guesses, not ten thousand. */
export const MIN_PIN_DIGITS = 6;
/** Shortest passphrase (not only digits) accepted for a new PIN. */
export const MIN_PASSPHRASE_LENGTH = 8;
export const PIN_RULES_TEXT = `at least ${MIN_PIN_DIGITS} digits, or a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`;

/**
 * A message for the teacher when a NEW PIN breaks the rules, otherwise null. The rules were
 * 4 digits or 4 characters before; a stored PIN made then still verifies (verifyPin has no
 * rules), and `pinNeedsUpgrade` tells the teacher area to ask for a stronger one.
 */
export function pinProblem(pin: string): string | null {
	const text = pin.normalize('NFC');
	if (/^\d+$/.test(text)) {
		if (text.length < MIN_PIN_DIGITS)
			return `A number PIN needs at least ${MIN_PIN_DIGITS} digits.`;
		return text.length <= 20 ? null : 'A number PIN can be at most 20 digits.';
	}
	if (text.trim().length < MIN_PASSPHRASE_LENGTH) return `Use ${PIN_RULES_TEXT}.`;
	if (text.length > 128) return 'A passphrase can be at most 128 characters.';
	return null;
}

/** True for a PIN that unlocks but would not be accepted as a new PIN today. */
export function pinNeedsUpgrade(pin: string): boolean {
	return pinProblem(pin) !== null;
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

async function derive(
	pin: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<Uint8Array> {
	const subtle = globalThis.crypto.subtle;
	const key = await subtle.importKey(
		'raw',
		new TextEncoder().encode(pin.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

/** Hashes a PIN that passes `pinProblem`; throws with the rule's message otherwise. */
export async function hashPin(
	pin: string,
	iterations = PIN_DEFAULT_ITERATIONS
): Promise<StoredPin> {
	const problem = pinProblem(pin);
	if (problem) throw new Error(problem);
	const rounds = Math.min(Math.max(iterations, PIN_MIN_ITERATIONS), PIN_MAX_ITERATIONS);
	const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
	const hash = await derive(pin, salt, rounds);
	return { algo: PIN_ALGO, iterations: rounds, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing does not reveal a prefix. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	let diff = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}

export function isStoredPin(value: unknown): value is StoredPin {
	if (!value || typeof value !== 'object') return false;
	const v = value as Record<string, unknown>;
	return (
		v.algo === PIN_ALGO &&
		typeof v.iterations === 'number' &&
		Number.isInteger(v.iterations) &&
		v.iterations >= PIN_MIN_ITERATIONS &&
		v.iterations <= PIN_MAX_ITERATIONS &&
		typeof v.salt === 'string' &&
		typeof v.hash === 'string'
	);
}

/** False for a wrong PIN and for a stored record that is malformed (never throws for those). */
export async function verifyPin(pin: string, stored: unknown): Promise<boolean> {
	if (!isStoredPin(stored)) return false;
	let salt: Uint8Array<ArrayBuffer>;
	let expected: Uint8Array;
	try {
		salt = fromBase64(stored.salt);
		expected = fromBase64(stored.hash);
	} catch {
		return false;
	}
	if (salt.length < 16 || expected.length !== 32) return false;
	return constantTimeEqual(await derive(pin, salt, stored.iterations), expected);
}
