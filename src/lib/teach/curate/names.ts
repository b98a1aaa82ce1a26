/** Words for the teacher screens; kept apart from logic so every screen says the same thing. */
import type { QuestionType } from '$lib/bank/schema';

export const TYPE_NAMES: Record<QuestionType, string> = {
	single: 'Single choice',
	multi: 'Multiple select',
	truefalse: 'True or false',
	cloze: 'Fill in the blank',
	numeric: 'Number',
	matching: 'Matching',
	ordering: 'Ordering',
	evidence: 'Two-part evidence'
};

export const DIFFICULTY_NAMES: Record<number, string> = { 1: 'Easy', 2: 'Medium', 3: 'Hard' };

export const STATUS_NAMES = { draft: 'Draft', approved: 'Approved', rejected: 'Rejected' } as const;
export const ORIGIN_NAMES = { generated: 'Generated', curated: 'Written by a teacher' } as const;
