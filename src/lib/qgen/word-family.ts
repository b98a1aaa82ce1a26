/**
 * Two vocabulary items on one word family ("alleging" in one sentence, "allegation" in the
 * next) test one meaning twice, and the first answers the second: a reader marks the pair
 * as one question asked twice. WORD_SENSES lists such words as separate entries (each part
 * of speech has its own wrong senses), so the answer keys differ; the family is read here,
 * by the stem the give-away rules already give a word's family (giveaway.ts familyStem).
 */
import { familyStem } from './giveaway';

/** Do two single words share a root? Phrases ("deep state") are compared whole. */
export function sameWordFamily(a: string, b: string): boolean {
	const x = a.trim().toLowerCase();
	const y = b.trim().toLowerCase();
	if (!x || !y) return false;
	if (x === y) return true;
	if (/\s/.test(x) || /\s/.test(y)) return false;
	return familyStem(x) === familyStem(y);
}
