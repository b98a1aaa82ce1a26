/**
 * Where the key stands among figure choices. Wrong figures made from the key (its half, its
 * double, one and a half times it; a share a step up and down) always left the key second
 * smallest of four: a test-wise student picks the second-smallest figure and is right without
 * reading. Choosing, from the same pool, how many wrong figures sit below the key and how many
 * above — a number fixed by the sentence, so generation stays deterministic — spreads the key
 * over all four places.
 */
import { hashSeed } from '$lib/quiz/shuffle';
import { NUMBER_WORDS } from './lexicon';
import { HEDGE_WORDS } from './quantities';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const HEDGE = new RegExp(`^${HEDGE_WORDS}`, 'i');

/** The value a figure choice reads as ("at least 1,500", "$3 million", "four"), if any. */
export function figureValue(text: string): number | undefined {
	const t = text
		.toLowerCase()
		.replace(HEDGE, '')
		.trim()
		.replace(/^an?\s+(?=dozen|hundred|thousand|million|billion)/, 'one ');
	if (t === 'half a dozen') return 6;
	const digits = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?/.exec(t);
	if (digits) return Number(digits[1]!.replace(/,/g, '')) * (SCALE[digits[2] ?? ''] ?? 1);
	const word = /^([a-z]+)(?:\s+(thousand|million|billion|trillion|dozen))?/.exec(t);
	const n = word && NUMBER_WORDS[word[1]!];
	if (n === undefined || n === null) return undefined;
	return n * (word![2] === 'dozen' ? 12 : (SCALE[word![2] ?? ''] ?? 1));
}

/**
 * `count` wrong figures from `pool` (best first) with the key at a place among the choices
 * chosen by `seed`: that many below it, the rest above. Where one side runs short the other
 * fills in, pool order kept, so no question is lost to the spread.
 */
export function spreadFigures(
	key: string,
	pool: readonly string[],
	seed: string,
	count = 3
): string[] {
	const value = figureValue(key);
	if (value === undefined) return pool.slice(0, count);
	const below = hashSeed(seed) % (count + 1);
	const lower = pool.filter((p) => (figureValue(p) ?? value) < value);
	const higher = pool.filter((p) => (figureValue(p) ?? value) > value);
	const unread = pool.filter((p) => figureValue(p) === undefined);
	const take = new Set([...lower.slice(0, below), ...higher.slice(0, count - below)]);
	for (const p of [...pool, ...unread]) {
		if (take.size >= count) break;
		take.add(p);
	}
	// In the pool's order: the question's choices are shuffled later, by their own seed.
	return pool.filter((p) => take.has(p)).slice(0, count);
}
