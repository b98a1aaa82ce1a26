/**
 * Deterministic shuffling, so a question's options appear in the same order on
 * every visit (and after a reload) without storing the order anywhere.
 *
 * Hand-written rather than a dependency: the seeded PRNGs on npm (seedrandom and
 * friends) are bigger than these twenty lines, the quiz page has a 60 KB budget,
 * and a shuffle needs no cryptographic strength, only an even spread and a fixed
 * result per seed (tested in shuffle.test.ts).
 */

/** FNV-1a hash of a string to an unsigned 32-bit seed. */
export function hashSeed(seed: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		h ^= seed.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a tiny, well-distributed PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items in an order fixed by `seed` (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const out = items.slice();
	const random = mulberry32(hashSeed(seed));
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/**
 * Like seededShuffle, but never returns the original order when there are at
 * least two items — an ordering question must not start out already solved.
 */
export function shuffleAwayFromOriginal<T>(items: readonly T[], seed: string): T[] {
	const out = seededShuffle(items, seed);
	if (out.length > 1 && out.every((item, i) => item === items[i])) {
		// Rotating by one moves every item, so the result differs from the original.
		out.push(out.shift() as T);
	}
	return out;
}
