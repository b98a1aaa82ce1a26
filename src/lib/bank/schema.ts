/**
 * The question-bank format, defined once. The generator, the teacher's editor,
 * the student quiz, import/export and the JSON Schema file all derive from here.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the article's
 * cleaned `text`, end exclusive, exactly as JavaScript's `String#slice` uses them.
 */
import { z } from 'zod';
import {
	BANK_FORMAT,
	BANK_VERSION,
	CLOZE_GAP,
	LIMITS,
	ORIGINS,
	QUESTION_TYPES,
	SKILLS,
	STATUSES,
	paragraphsOf
} from './model';
import { bankConsistencyIssues, questionConsistencyIssues } from './consistency';

// Zod would otherwise probe for eval (`new Function`) to compile faster parsers; the app's
// Content-Security-Policy forbids eval, and the probe alone reports a violation. Every zod
// schema in the app is reached through this module (backup.ts imports it too).
z.config({ jitless: true });

// Re-exported so existing `$lib/bank/schema` imports keep working; code that must stay light
// (student pages) imports them from ./model instead.
export {
	BANK_FORMAT,
	BANK_VERSION,
	CLOZE_GAP,
	LIMITS,
	ORIGINS,
	QUESTION_TYPES,
	SKILLS,
	STATUSES,
	bankConsistencyIssues,
	paragraphsOf,
	questionConsistencyIssues
};

const id = z
	.string()
	.min(1)
	.max(LIMITS.idLength)
	.regex(/^[A-Za-z0-9._:-]+$/, 'ids may use letters, digits, and . _ : -');
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
/** Calendar date, `YYYY-MM-DD`. Publication dates anchor relative dates ("on Sunday"). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates use the form YYYY-MM-DD');
const httpUrl = z
	.string()
	.max(2_000)
	.url()
	.refine((u) => /^https?:\/\//i.test(u), 'only http and https links are allowed');

export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export const SkillSchema = z.enum(SKILLS);

export const EvidenceSchema = z
	.object({
		articleId: id,
		start: z.number().int().nonnegative(),
		end: z.number().int().positive()
	})
	.refine((e) => e.end > e.start, 'evidence must end after it starts');

/**
 * Moodle's answer fraction: the share of the question's marks an answer earns (1 = full marks,
 * 0.5 = half, negative = a penalty in a multiple-select question). Moodle allows -1..1.
 */
const fraction = z.number().min(-1).max(1);

export const ChoiceSchema = z.object({
	id,
	text: shortText.min(1),
	/**
	 * Partial credit as Moodle gives it. Single choice: a choice other than the right one that
	 * earns part of the marks (0 < fraction < 1). Multiple select: when any choice has one, the
	 * question is graded as Moodle does, summing the picked choices' fractions (a choice without
	 * one counts 0) and keeping the sum between 0 and 1; the right answers are those above 0.
	 */
	fraction: fraction.optional()
});
/** Another accepted answer worth part of the marks (Moodle's `=%50%Cat`), checked after the fully right ones. */
const partialText = z.object({ text: shortText.min(1), fraction: z.number().gt(0).lt(1) });
const partialNumber = z.object({
	answer: z.number().finite(),
	tolerance: z.number().nonnegative().finite(),
	fraction: z.number().gt(0).lt(1)
});

/** Paragraph-level labels the cleaner attaches, e.g. a correction notice. */
export const ArticleNoteSchema = z.object({
	paragraph: z.number().int().nonnegative(),
	kind: z.enum(['correction', 'contributors', 'editorsNote'])
});

export const ArticleSchema = z.object({
	id,
	storyId: id,
	title: shortText.min(1),
	outlet: shortText.min(1),
	date: isoDate,
	url: httpUrl.optional(),
	byline: shortText.optional(),
	/** Cleaned text; paragraphs separated by one blank line ("\n\n"). */
	text: z.string().min(1).max(LIMITS.articleText),
	notes: z.array(ArticleNoteSchema).max(100).optional()
});

export const StorySchema = z.object({
	id,
	title: shortText.min(1),
	articleIds: z.array(id).min(1).max(100),
	summary: longText.optional(),
	/** Students see a teacher's story only once it is published. Built-in stories are always visible. */
	published: z.boolean().optional(),
	/**
	 * Set by Byline (never trusted from a file) on a story a student opened from the library.
	 * Absent means the teacher owns the story: an opened file never replaces it, and a backup
	 * made or restored without the teacher PIN never carries or changes it unless published.
	 */
	opened: z.boolean().optional(),
	createdAt: z.string().max(40).optional(),
	updatedAt: z.string().max(40).optional()
});

const questionBase = {
	id,
	storyId: id,
	skill: SkillSchema,
	prompt: longText.min(1),
	evidence: z.array(EvidenceSchema).min(1).max(20),
	explanation: longText.min(1),
	origin: z.enum(ORIGINS),
	status: z.enum(STATUSES),
	/** 1 (easy) to 3 (hard). */
	difficulty: z.number().int().min(1).max(3),
	/** Generator's confidence, 0..1; higher is better. Absent on hand-written questions. */
	score: z.number().min(0).max(1).optional(),
	tags: z.array(shortText.min(1).max(40)).max(LIMITS.tags).optional(),
	/** Teacher-chosen position within the story's quiz; lower comes first. */
	order: z.number().int().optional(),
	/**
	 * true: show the choices (or pairs) in their stored order, never shuffled, e.g. when one reads
	 * "all of the above". Absent or false: the quiz shuffles them per attempt. Exported as Moodle
	 * `shuffleanswers` 0 and QTI `shuffle="false"`. Ignored by true/false (always True, False) and by
	 * ordering and input questions.
	 */
	fixedOrder: z.boolean().optional()
};

const choices = z.array(ChoiceSchema).min(2).max(LIMITS.choices);

export const SingleQuestionSchema = z.object({
	...questionBase,
	type: z.literal('single'),
	choices,
	correct: z.array(id).length(1)
});
export const MultiQuestionSchema = z.object({
	...questionBase,
	type: z.literal('multi'),
	choices,
	correct: z.array(id).min(1)
});
/** choices are always `[{id:'true',text:'True'},{id:'false',text:'False'}]`. */
export const TrueFalseQuestionSchema = z.object({
	...questionBase,
	type: z.literal('truefalse'),
	choices: z.tuple([
		z.object({ id: z.literal('true'), text: shortText.min(1) }),
		z.object({ id: z.literal('false'), text: shortText.min(1) })
	]),
	correct: z.tuple([z.enum(['true', 'false'])])
});
/** The prompt holds exactly one gap written as `____` (four or more underscores). */
export const ClozeQuestionSchema = z.object({
	...questionBase,
	type: z.literal('cloze'),
	accepted: z.array(shortText.min(1)).min(1).max(LIMITS.items),
	/** Answers worth part of the marks; the first one the typed answer matches counts. */
	partial: z.array(partialText).max(LIMITS.items).optional()
});
export const NumericQuestionSchema = z.object({
	...questionBase,
	type: z.literal('numeric'),
	answer: z.number().finite(),
	/** Absolute tolerance: a response r is right when |r - answer| <= tolerance. */
	tolerance: z.number().nonnegative().finite(),
	unit: shortText.max(40).optional(),
	/** Other values (each with its tolerance) worth part of the marks, checked in order after the right one. */
	partial: z.array(partialNumber).max(LIMITS.items).optional()
});
/** Each left item (e.g. a quote) is matched to one right item (e.g. a speaker). */
export const MatchingQuestionSchema = z.object({
	...questionBase,
	type: z.literal('matching'),
	pairs: z
		.array(z.object({ id, left: shortText.min(1), right: shortText.min(1) }))
		.min(2)
		.max(LIMITS.items),
	/** Extra right-hand options that match nothing, to make guessing harder. */
	extraRights: z.array(shortText.min(1)).max(LIMITS.items).optional()
});
/** `items` are stored in the correct order; the quiz shuffles them. */
export const OrderingQuestionSchema = z.object({
	...questionBase,
	type: z.literal('ordering'),
	items: z
		.array(z.object({ id, text: shortText.min(1) }))
		.min(2)
		.max(LIMITS.items)
});
/**
 * Two-part evidence question: part A is a single choice (`choices`/`correct`);
 * part B asks which sentence proves it (`evidenceChoices`/`evidenceCorrect`).
 */
export const EvidenceQuestionSchema = z.object({
	...questionBase,
	type: z.literal('evidence'),
	choices,
	correct: z.array(id).length(1),
	evidencePrompt: longText.min(1),
	evidenceChoices: z
		.array(
			z.object({
				id,
				text: longText.min(1),
				articleId: id,
				start: z.number().int().nonnegative(),
				end: z.number().int().positive()
			})
		)
		.min(2)
		.max(LIMITS.choices),
	evidenceCorrect: z.array(id).length(1)
});

export const QuestionSchema = z
	.discriminatedUnion('type', [
		SingleQuestionSchema,
		MultiQuestionSchema,
		TrueFalseQuestionSchema,
		ClozeQuestionSchema,
		NumericQuestionSchema,
		MatchingQuestionSchema,
		OrderingQuestionSchema,
		EvidenceQuestionSchema
	])
	.superRefine((q, ctx) => {
		for (const issue of questionConsistencyIssues(q as Question)) {
			ctx.addIssue({ code: 'custom', message: issue });
		}
	});

export const BankSchema = z
	.object({
		format: z.literal(BANK_FORMAT),
		version: z.literal(BANK_VERSION),
		exportedAt: z.string().max(40).optional(),
		generator: shortText.optional(),
		stories: z.array(StorySchema).max(LIMITS.stories),
		articles: z.array(ArticleSchema).max(LIMITS.articles),
		questions: z.array(QuestionSchema).max(LIMITS.questions)
	})
	.superRefine((bank, ctx) => {
		for (const issue of bankConsistencyIssues(bank as Bank)) {
			ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
		}
	});

export type QuestionType = z.infer<typeof QuestionTypeSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Status = (typeof STATUSES)[number];
export type Origin = (typeof ORIGINS)[number];
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type ArticleNote = z.infer<typeof ArticleNoteSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Story = z.infer<typeof StorySchema>;
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>;
export type MultiQuestion = z.infer<typeof MultiQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestionSchema>;
export type ClozeQuestion = z.infer<typeof ClozeQuestionSchema>;
export type NumericQuestion = z.infer<typeof NumericQuestionSchema>;
export type MatchingQuestion = z.infer<typeof MatchingQuestionSchema>;
export type OrderingQuestion = z.infer<typeof OrderingQuestionSchema>;
export type EvidenceQuestion = z.infer<typeof EvidenceQuestionSchema>;
export type Question =
	| SingleQuestion
	| MultiQuestion
	| TrueFalseQuestion
	| ClozeQuestion
	| NumericQuestion
	| MatchingQuestion
	| OrderingQuestion
	| EvidenceQuestion;
export type Bank = {
	format: typeof BANK_FORMAT;
	version: typeof BANK_VERSION;
	exportedAt?: string;
	generator?: string;
	stories: Story[];
	articles: Article[];
	questions: Question[];
};
