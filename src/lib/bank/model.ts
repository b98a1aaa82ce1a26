/**
 * The parts of the bank format that are plain values and functions: constants, limits and the
 * consistency rules. Kept free of the validator so student pages can use them without shipping the
 * validator; ./schema builds the valibot schemas on top of these and re-exports them.
 * The cross-checks a bank must pass live in ./consistency: only validation needs them.
 */

// The types are inferred from the valibot schemas; type exports are erased, so re-exporting them here
// costs nothing and lets light code import everything from one module.
export type {
	Article,
	ArticleNote,
	Bank,
	Choice,
	ClozeQuestion,
	Evidence,
	EvidenceQuestion,
	MatchingQuestion,
	MultiQuestion,
	NumericQuestion,
	Origin,
	OrderingQuestion,
	Question,
	QuestionType,
	SingleQuestion,
	Skill,
	Status,
	Story,
	TrueFalseQuestion
} from './schema';

export const BANK_FORMAT = 'byline-bank';
export const BANK_VERSION = 1;

/** Limits that keep a hostile or broken file from exhausting memory or the UI. */
export const LIMITS = {
	idLength: 200,
	shortText: 500,
	longText: 5_000,
	articleText: 500_000,
	choices: 12,
	items: 20,
	stories: 1_000,
	articles: 5_000,
	questions: 20_000,
	tags: 20
} as const;

export const QUESTION_TYPES = [
	'single',
	'multi',
	'truefalse',
	'cloze',
	'numeric',
	'matching',
	'ordering',
	'evidence'
] as const;
export const SKILLS = [
	'fact',
	'quote',
	'source',
	'compare',
	'timeline',
	'vocabulary',
	'inference'
] as const;
export const STATUSES = ['draft', 'approved', 'rejected'] as const;
export const ORIGINS = ['generated', 'curated'] as const;

export const CLOZE_GAP = /_{4,}/g;

/** Paragraphs of a cleaned article text with their offsets. */
export function paragraphsOf(
	text: string
): { index: number; start: number; end: number; text: string }[] {
	const out: { index: number; start: number; end: number; text: string }[] = [];
	let start = 0;
	for (const part of text.split('\n\n')) {
		if (part.length > 0)
			out.push({ index: out.length, start, end: start + part.length, text: part });
		start += part.length + 2;
	}
	return out;
}
