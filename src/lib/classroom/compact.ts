/**
 * Text squeezed into URL- and QR-safe form: UTF-8, raw DEFLATE (fflate), base64url without
 * padding. Used for story links (in the fragment) and hand-in QR codes. Inflating is capped so a
 * hostile link or code cannot expand into gigabytes.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

/** Base64url (RFC 4648 §5) of bytes, without `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	const CHUNK = 0x8000;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url (or plain base64) string; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the code holds characters it should not');
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function compressText(text: string): string {
	return toBase64Url(deflateSync(strToU8(text), { level: 9 }));
}

export class TooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`it unpacks to more than ${Math.round(limit / 1024)} KB`);
		this.name = 'TooLargeError';
	}
}

/**
 * Inverse of compressText. Stops as soon as the output passes `maxBytes` (a zip-bomb guard)
 * and throws on data that is not valid DEFLATE.
 */
export function decompressText(encoded: string, maxBytes: number): string {
	const input = fromBase64Url(encoded);
	const chunks: Uint8Array[] = [];
	let total = 0;
	let overflow = false;
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total > maxBytes) overflow = true;
		else chunks.push(chunk);
	});
	// Feed small pieces so an overflow is noticed after at most one piece's worth of output.
	const STEP = 1024;
	for (let i = 0; i < input.length && !overflow; i += STEP) {
		inflater.push(input.subarray(i, i + STEP), i + STEP >= input.length);
	}
	if (overflow) throw new TooLargeError(maxBytes);
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return strFromU8(out);
}
