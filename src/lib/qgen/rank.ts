/**
 * Scores 0..1: source, compare and quote questions first (they are what this
 * app teaches), then clear evidence, good distractors, central sentences and
 * prompts of a readable length.
 */
import type { Question } from '$lib/bank/schema';
import type { Candidate, Family } from './candidates/candidate';

const FAMILY_WEIGHT: Record<Family, number> = {
	source: 1,
	compare: 0.95,
	quote: 0.9,
	cause: 0.85,
	'main-idea': 0.85,
	timeline: 0.7,
	vocabulary: 0.7,
	fact: 0.65,
	cloze: 0.55
};

export function scoreOf(c: Candidate, q: Question): number {
	const words = q.prompt.split(/\s+/).length;
	const length = words <= 40 ? 1 : Math.max(0.4, 1 - (words - 40) / 80);
	const position = 1 / (1 + c.position / 12);
	const evidence = q.evidence.length <= 3 ? 1 : 0.85;
	const s =
		0.45 * FAMILY_WEIGHT[c.family] +
		0.3 * c.quality +
		0.1 * position +
		0.1 * length +
		0.05 * evidence;
	return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}
