/**
 * Where a bank stores its right answers. The quiz shuffles choices, but a bank is also read
 * in stored order: exported to an LMS with shuffling off, printed, or on questions marked
 * `fixedOrder`. Authors (and generators) tend to write the key first; a bank where most keys
 * sit in one position teaches students to guess by position.
 */
import type { Question } from './model';

export interface KeyCluster {
	/** 0-based stored position most keys share. */
	position: number;
	/** How many choice lists keep their key there. */
	count: number;
	/** Choice lists with one key (single choice, and each part of a two-part question). */
	total: number;
	/** How many of them chance would put there. */
	expected: number;
}

/** Below this many one-key choice lists, a cluster says little. */
const MIN_LISTS = 6;

/** The stored position of each one-key list's key, with the list's length. */
function keyPositions(questions: readonly Question[]): { position: number; length: number }[] {
	const out: { position: number; length: number }[] = [];
	const add = (ids: readonly string[], key: string | undefined) => {
		const position = key === undefined ? -1 : ids.indexOf(key);
		if (position >= 0) out.push({ position, length: ids.length });
	};
	for (const q of questions) {
		if (q.type === 'single' || q.type === 'evidence') {
			add(
				q.choices.map((c) => c.id),
				q.correct[0]
			);
		}
		if (q.type === 'evidence') {
			add(
				q.evidenceChoices.map((c) => c.id),
				q.evidenceCorrect[0]
			);
		}
	}
	return out;
}

/**
 * The position where keys cluster, or null when they are spread well enough: a cluster is at
 * least half of the lists and at least twice what chance would put there (with four choices,
 * chance puts a quarter in each position).
 */
export function keyCluster(questions: readonly Question[]): KeyCluster | null {
	const keys = keyPositions(questions);
	if (keys.length < MIN_LISTS) return null;
	let worst: KeyCluster | null = null;
	const longest = Math.max(...keys.map((k) => k.length));
	for (let position = 0; position < longest; position++) {
		const count = keys.filter((k) => k.position === position).length;
		const expected = keys.reduce((sum, k) => sum + (position < k.length ? 1 / k.length : 0), 0);
		if (count * 2 >= keys.length && count >= 2 * expected && (!worst || count > worst.count)) {
			worst = { position, count, total: keys.length, expected };
		}
	}
	return worst;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** The warning in words, e.g. "The right answer is stored first in 15 of 19 choice lists." */
export function keyClusterMessage(cluster: KeyCluster): string {
	const where = ORDINALS[cluster.position] ?? `in position ${cluster.position + 1}`;
	return `The right answer is stored ${where} in ${cluster.count} of ${cluster.total} choice lists (chance would put about ${Math.round(cluster.expected)} there).`;
}
