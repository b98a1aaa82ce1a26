/**
 * The question-bank format, defined once. The generator, the teacher's editor,
 * the student quiz, import/export and the JSON Schema file all derive from here.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the article's
 * cleaned `text`, end exclusive, exactly as JavaScript's `String#slice` uses them.
 */
import * as v from 'valibot';
import { list, text } from '$lib/validation';
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

const id = v.pipe(
	text(1, LIMITS.idLength),
	v.regex(/^[A-Za-z0-9._:-]+$/, 'ids may use letters, digits, and . _ : -')
);
const shortText = text(1, LIMITS.shortText);
const longText = text(1, LIMITS.longText);
const optionalText = (max: number) => v.optional(text(0, max));
/** Calendar date, `YYYY-MM-DD`. Publication dates anchor relative dates ("on Sunday"). */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates use the form YYYY-MM-DD'));
const httpUrl = v.pipe(
	text(0, 2_000),
	// Checks valibot already has on every page, rather than ones only this schema would add there.
	v.check((u) => {
		try {
			return Boolean(new URL(u));
		} catch {
			return false;
		}
	}, 'must be a link'),
	v.regex(/^https?:\/\//i, 'only http and https links are allowed')
);
const number = v.pipe(v.number(), v.finite('must be a finite number'));
function whole(min?: number, max?: number) {
	return v.pipe(
		number,
		v.safeInteger('must be a whole number'),
		v.minValue(min ?? -Number.MAX_VALUE, `must be at least ${min}`),
		v.maxValue(max ?? Number.MAX_VALUE, `must be at most ${max}`)
	);
}
/** A list of at least `min` items; `max` defaults to `min` (exactly that many). */
function sized<T extends v.GenericSchema>(item: T, min: number, max = min) {
	return v.pipe(
		v.array(item),
		v.minLength(min, min === max ? `must have exactly ${min}` : `must have at least ${min}`),
		v.maxLength(max, min === max ? `must have exactly ${min}` : `must have at most ${max}`)
	);
}
const oneOf = <const T extends readonly string[]>(options: T) =>
	v.picklist(options, `must be one of ${options.join(', ')}`);

export const QuestionTypeSchema = oneOf(QUESTION_TYPES);
export const SkillSchema = oneOf(SKILLS);

export const EvidenceSchema = v.pipe(
	v.object({ articleId: id, start: whole(0), end: whole(1) }),
	v.check((e) => e.end > e.start, 'evidence must end after it starts')
);

/**
 * Moodle's answer fraction: the share of the question's marks an answer earns (1 = full marks,
 * 0.5 = half, negative = a penalty in a multiple-select question). Moodle allows -1..1.
 */
const fraction = v.pipe(
	number,
	v.minValue(-1, 'must be at least -1'),
	v.maxValue(1, 'must be at most 1')
);
/** A part of the marks: more than nothing, less than all. */
const partFraction = v.pipe(
	number,
	v.check((n) => n > 0 && n < 1, 'must be more than 0 and less than 1')
);

export const ChoiceSchema = v.object({
	id,
	text: shortText,
	/**
	 * Partial credit as Moodle gives it. Single choice: a choice other than the right one that
	 * earns part of the marks (0 < fraction < 1). Multiple select: when any choice has one, the
	 * question is graded as Moodle does, summing the picked choices' fractions (a choice without
	 * one counts 0) and keeping the sum between 0 and 1; the right answers are those above 0.
	 */
	fraction: v.optional(fraction)
});
/** Another accepted answer worth part of the marks (Moodle's `=%50%Cat`), checked after the fully right ones. */
const partialText = v.object({ text: shortText, fraction: partFraction });
const partialNumber = v.object({
	answer: number,
	tolerance: v.pipe(number, v.minValue(0, 'must be at least 0')),
	fraction: partFraction
});

/** Paragraph-level labels the cleaner attaches, e.g. a correction notice. */
export const ArticleNoteSchema = v.object({
	paragraph: whole(0),
	kind: oneOf(['correction', 'contributors', 'editorsNote'])
});

export const ArticleSchema = v.object({
	id,
	storyId: id,
	title: shortText,
	outlet: shortText,
	date: isoDate,
	url: v.optional(httpUrl),
	byline: optionalText(LIMITS.shortText),
	/** Cleaned text; paragraphs separated by one blank line ("\n\n"). */
	text: text(1, LIMITS.articleText),
	notes: v.optional(list(ArticleNoteSchema, 100))
});

export const StorySchema = v.object({
	id,
	title: shortText,
	articleIds: sized(id, 1, 100),
	summary: optionalText(LIMITS.longText),
	/** Students see a teacher's story only once it is published. Built-in stories are always visible. */
	published: v.optional(v.boolean()),
	/**
	 * Set by Byline (never trusted from a file) on a story a student opened from the library.
	 * Absent means the teacher owns the story: an opened file never replaces it, and a backup
	 * made or restored without the teacher PIN never carries or changes it unless published.
	 */
	opened: v.optional(v.boolean()),
	createdAt: optionalText(40),
	updatedAt: optionalText(40)
});

const questionBase = {
	id,
	storyId: id,
	skill: SkillSchema,
	prompt: longText,
	evidence: sized(EvidenceSchema, 1, 20),
	explanation: longText,
	origin: oneOf(ORIGINS),
	status: oneOf(STATUSES),
	/** 1 (easy) to 3 (hard). */
	difficulty: whole(1, 3),
	/** Generator's confidence, 0..1; higher is better. Absent on hand-written questions. */
	score: v.optional(
		v.pipe(number, v.minValue(0, 'must be at least 0'), v.maxValue(1, 'must be at most 1'))
	),
	tags: v.optional(list(text(1, 40), LIMITS.tags)),
	/** Teacher-chosen position within the story's quiz; lower comes first. */
	order: v.optional(whole()),
	/**
	 * true: show the choices (or pairs) in their stored order, never shuffled, e.g. when one reads
	 * "all of the above". Absent or false: the quiz shuffles them per attempt. Exported as Moodle
	 * `shuffleanswers` 0 and QTI `shuffle="false"`. Ignored by true/false (always True, False) and by
	 * ordering and input questions.
	 */
	fixedOrder: v.optional(v.boolean())
};

const choices = sized(ChoiceSchema, 2, LIMITS.choices);

export const SingleQuestionSchema = v.object({
	...questionBase,
	type: v.literal('single'),
	choices,
	correct: sized(id, 1)
});
export const MultiQuestionSchema = v.object({
	...questionBase,
	type: v.literal('multi'),
	choices,
	correct: sized(id, 1, LIMITS.choices)
});
/** choices are always `[{id:'true',text:'True'},{id:'false',text:'False'}]`. */
export const TrueFalseQuestionSchema = v.object({
	...questionBase,
	type: v.literal('truefalse'),
	choices: v.strictTuple([
		v.object({ id: v.literal('true'), text: shortText }),
		v.object({ id: v.literal('false'), text: shortText })
	]),
	correct: v.strictTuple([oneOf(['true', 'false'])])
});
/** The prompt holds exactly one gap written as `____` (four or more underscores). */
export const ClozeQuestionSchema = v.object({
	...questionBase,
	type: v.literal('cloze'),
	accepted: sized(shortText, 1, LIMITS.items),
	/** Answers worth part of the marks; the first one the typed answer matches counts. */
	partial: v.optional(list(partialText, LIMITS.items))
});
export const NumericQuestionSchema = v.object({
	...questionBase,
	type: v.literal('numeric'),
	answer: number,
	/** Absolute tolerance: a response r is right when |r - answer| <= tolerance. */
	tolerance: v.pipe(number, v.minValue(0, 'must be at least 0')),
	unit: optionalText(40),
	/** Other values (each with its tolerance) worth part of the marks, checked in order after the right one. */
	partial: v.optional(list(partialNumber, LIMITS.items))
});
/** Each left item (e.g. a quote) is matched to one right item (e.g. a speaker). */
export const MatchingQuestionSchema = v.object({
	...questionBase,
	type: v.literal('matching'),
	pairs: sized(v.object({ id, left: shortText, right: shortText }), 2, LIMITS.items),
	/** Extra right-hand options that match nothing, to make guessing harder. */
	extraRights: v.optional(list(shortText, LIMITS.items))
});
/** `items` are stored in the correct order; the quiz shuffles them. */
export const OrderingQuestionSchema = v.object({
	...questionBase,
	type: v.literal('ordering'),
	items: sized(v.object({ id, text: shortText }), 2, LIMITS.items)
});
/**
 * Two-part evidence question: part A is a single choice (`choices`/`correct`);
 * part B asks which sentence proves it (`evidenceChoices`/`evidenceCorrect`).
 */
export const EvidenceQuestionSchema = v.object({
	...questionBase,
	type: v.literal('evidence'),
	choices,
	correct: sized(id, 1),
	evidencePrompt: longText,
	evidenceChoices: sized(
		v.object({ id, text: longText, articleId: id, start: whole(0), end: whole(1) }),
		2,
		LIMITS.choices
	),
	evidenceCorrect: sized(id, 1)
});

// v.rawCheck runs only when every field has the right type (limits may still have failed),
// so the consistency rules can trust the structure they read.
export const QuestionSchema = v.pipe(
	v.variant(
		'type',
		[
			SingleQuestionSchema,
			MultiQuestionSchema,
			TrueFalseQuestionSchema,
			ClozeQuestionSchema,
			NumericQuestionSchema,
			MatchingQuestionSchema,
			OrderingQuestionSchema,
			EvidenceQuestionSchema
		],
		(issue) =>
			issue.expected === 'Object'
				? 'expected a question object'
				: `type must be one of ${QUESTION_TYPES.join(', ')}`
	),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		for (const message of questionConsistencyIssues(dataset.value as Question)) {
			addIssue({ message });
		}
	})
);

/** valibot's path for `['questions', 3, 'correct']` inside `root`. */
function pathIn(root: unknown, keys: readonly (string | number)[]) {
	let input = root as Record<string | number, unknown>;
	return keys.map((key) => {
		const value = input?.[key];
		const item =
			typeof key === 'number'
				? {
						type: 'array' as const,
						origin: 'value' as const,
						input: input as unknown as unknown[],
						key,
						value
					}
				: { type: 'object' as const, origin: 'value' as const, input, key, value };
		input = value as Record<string | number, unknown>;
		return item;
	});
}

export const BankSchema = v.pipe(
	v.object({
		format: v.literal(BANK_FORMAT),
		version: v.literal(BANK_VERSION),
		exportedAt: optionalText(40),
		generator: optionalText(LIMITS.shortText),
		stories: list(StorySchema, LIMITS.stories),
		articles: list(ArticleSchema, LIMITS.articles),
		questions: list(QuestionSchema, LIMITS.questions)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		for (const issue of bankConsistencyIssues(dataset.value as Bank)) {
			const path = pathIn(dataset.value, issue.path);
			addIssue({
				message: issue.message,
				...(path.length ? { path: path as [never, ...never[]] } : {})
			});
		}
	})
);

export type QuestionType = v.InferOutput<typeof QuestionTypeSchema>;
export type Skill = v.InferOutput<typeof SkillSchema>;
export type Status = (typeof STATUSES)[number];
export type Origin = (typeof ORIGINS)[number];
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type ArticleNote = v.InferOutput<typeof ArticleNoteSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type SingleQuestion = v.InferOutput<typeof SingleQuestionSchema>;
export type MultiQuestion = v.InferOutput<typeof MultiQuestionSchema>;
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseQuestionSchema>;
export type ClozeQuestion = v.InferOutput<typeof ClozeQuestionSchema>;
export type NumericQuestion = v.InferOutput<typeof NumericQuestionSchema>;
export type MatchingQuestion = v.InferOutput<typeof MatchingQuestionSchema>;
export type OrderingQuestion = v.InferOutput<typeof OrderingQuestionSchema>;
export type EvidenceQuestion = v.InferOutput<typeof EvidenceQuestionSchema>;
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
