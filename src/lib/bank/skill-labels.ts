import type { Skill } from '$lib/bank/schema';

/** What each skill means to a student reading their results. */
export const SKILL_LABELS: Record<Skill, string> = {
	fact: 'Facts',
	quote: 'Quotes',
	source: 'Sources',
	compare: 'Comparing outlets',
	timeline: 'Timeline',
	vocabulary: 'Vocabulary',
	inference: 'Inference'
};
