import type { Question } from '$lib/bank/schema';
import { hashSeed } from '$lib/quiz/shuffle';

/** Fields that do not change what the student is asked or what counts as right. */
const BOOKKEEPING = new Set(['status', 'score', 'tags', 'order', 'origin', 'difficulty']);

/**
 * A short fingerprint of a question as the student sees and is graded on it: the "bank version"
 * a review card remembers. Stories carry no per-question revision, and a hash needs none.
 */
export function questionVersion(question: Question): string {
	const json = JSON.stringify(question, (key, value: unknown) =>
		BOOKKEEPING.has(key) ? undefined : value
	);
	return hashSeed(json).toString(36);
}
