/**
 * A small synchronous string hash (cyrb53 variant, 53 bits) for content-derived
 * ids and cache keys. Hand-written because it must run the same in the browser,
 * the Worker and Node without async crypto.subtle or a dependency; it is not
 * for security, only for telling texts apart.
 */
export function hashText(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return value.toString(36).padStart(11, '0');
}

/** Hash of several parts, unambiguous about where one part ends and the next begins. */
export function hashParts(parts: readonly string[]): string {
	return hashText(parts.map((p) => `${p.length}:${p}`).join('|'));
}
