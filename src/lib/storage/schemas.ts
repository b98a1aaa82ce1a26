/**
 * Schemas for everything the store reads back. Stored data may come from an
 * older build, another tab or a broken disk, so nothing is trusted unvalidated.
 * The TypeScript types stay in $lib/quiz/types; these schemas are checked
 * against them below so the two cannot drift apart silently.
 *
 * v.object rebuilds objects with only their known keys, so stray stored fields are dropped.
 */
import * as v from 'valibot';
import type { AnswerRecord, Attempt, Response, StoryProgress } from '$lib/quiz/types';
import type { ReviewCard, ReviewLogEntry, StoryReviews } from '$lib/review/types';
import { MAX_LOG_ENTRIES } from '$lib/review/types';

// The app's validation helpers (re-exported by $lib/validation) live here, with the stored-data
// schemas, so a student page carries them in the storage chunk rather than in one more file.
export interface Issue {
	path: PropertyKey[];
	message: string;
}

export type Checked<T> =
	| { success: true; data: T; error?: undefined }
	| { success: false; data?: undefined; error: { issues: Issue[] } };

export function check<S extends v.GenericSchema>(
	schema: S,
	value: unknown
): Checked<v.InferOutput<S>> {
	const result = v.safeParse(schema, value);
	if (result.success) return { success: true, data: result.output };
	const issues = result.issues.map((issue) => ({
		// Every schema here is objects, arrays and records: their keys are strings and numbers.
		path: (issue.path ?? []).map(({ key }) => key as string | number),
		message: issue.message
	}));
	return { success: false, error: { issues } };
}

/** A short readable summary of validation issues for problem reports. */
export function describeIssues(issues: readonly Issue[]): string {
	return issues
		.slice(0, 5)
		.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
		.join('; ');
}

/** Plain-language limits: these messages reach problem reports, import and backup errors. */
export function text(min: number, max: number) {
	return v.pipe(
		v.string(),
		v.minLength(min, `must be at least ${min} characters long`),
		v.maxLength(max, `must be at most ${max} characters long`)
	);
}

export function list<T extends v.GenericSchema>(item: T, max: number) {
	return v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} items`));
}

export function wholeNumber(min: number) {
	return v.pipe(
		v.number(),
		v.safeInteger('must be a whole number'),
		v.minValue(min, `must be at least ${min}`)
	);
}

const ID_MAX = 200;
const TEXT_MAX = 5_000;
/** Generous caps so a hostile backup cannot make us allocate without bound. */
const MAX_QUESTIONS_PER_ATTEMPT = 2_000;
const MAX_ATTEMPTS = 1_000;

const id = text(1, ID_MAX);
const timestamp = text(1, 40);
const choiceId = v.nullable(id);

export const ResponseSchema = v.variant(
	'type',
	[
		v.object({ type: v.literal('single'), choiceId }),
		v.object({ type: v.literal('truefalse'), choiceId }),
		v.object({ type: v.literal('multi'), choiceIds: list(id, 100) }),
		v.object({ type: v.literal('cloze'), text: text(0, TEXT_MAX) }),
		v.object({ type: v.literal('numeric'), value: text(0, 200) }),
		v.object({ type: v.literal('matching'), matches: v.record(id, text(0, TEXT_MAX)) }),
		v.object({ type: v.literal('ordering'), order: list(id, 100) }),
		v.object({ type: v.literal('evidence'), choiceId, evidenceId: choiceId })
	],
	(issue) => (issue.expected === 'Object' ? 'expected an object' : `unknown type ${issue.received}`)
);

export const AnswerRecordSchema = v.object({
	questionId: id,
	response: ResponseSchema,
	correct: v.boolean(),
	credit: v.pipe(
		v.number(),
		v.minValue(0, 'must be at least 0'),
		v.maxValue(1, 'must be at most 1')
	),
	answeredAt: timestamp
});

/**
 * An attempt's answers by question id. Not v.record: valibot drops the keys "__proto__",
 * "constructor" and "prototype" (to keep its output safe), and a question may have such an id,
 * so its saved answer would vanish on reload. The output has a null prototype, where every id
 * is an ordinary key (see $lib/quiz/answers).
 */
const AnswersSchema = v.pipe(
	v.custom<Record<string, unknown>>(
		(value) => typeof value === 'object' && value !== null && !Array.isArray(value),
		'expected an object'
	),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const out: Record<string, AnswerRecord> = Object.create(null);
		for (const key of Object.keys(dataset.value)) {
			if (key.length < 1 || key.length > ID_MAX) {
				addIssue({ message: `question id "${key.slice(0, 40)}" has the wrong length` });
				return NEVER;
			}
			const value = dataset.value[key];
			const parsed = v.safeParse(AnswerRecordSchema, value);
			if (!parsed.success) {
				// Paths continue through the key, as v.record's would (problem reports show them).
				const step = { type: 'object', origin: 'value', input: dataset.value, key, value } as const;
				for (const issue of parsed.issues) {
					addIssue({ message: issue.message, path: [step, ...(issue.path ?? [])] });
				}
				return NEVER;
			}
			out[key] = parsed.output;
		}
		return out;
	})
);

// v.check runs only when every field has the right type (limits may still have failed),
// so these rules can trust the structure they read.
export const AttemptSchema = v.pipe(
	v.object({
		id,
		storyId: id,
		startedAt: timestamp,
		finishedAt: v.optional(timestamp),
		questionIds: list(id, MAX_QUESTIONS_PER_ATTEMPT),
		answers: AnswersSchema,
		currentIndex: wholeNumber(0)
	}),
	v.check((a) => a.currentIndex <= a.questionIds.length, 'currentIndex is past the last question')
);

export const StoryProgressSchema = v.pipe(
	v.object({ storyId: id, attempts: list(AttemptSchema, MAX_ATTEMPTS) }),
	v.check(
		(p) => p.attempts.every((a) => a.storyId === p.storyId),
		'an attempt belongs to another story'
	)
);

const MAX_CARDS_PER_STORY = 20_000;

function finiteNumber(min: number, max = Number.MAX_VALUE) {
	return v.pipe(
		v.number(),
		v.finite('must be a finite number'),
		v.minValue(min, `must be at least ${min}`),
		v.maxValue(max, `must be at most ${max}`)
	);
}

/** ISO time that Date can read: a card with an unreadable due date could never come back. */
const isoTime = v.pipe(
	timestamp,
	v.check((t) => !Number.isNaN(Date.parse(t)), 'is not a date and time')
);

export const ReviewLogEntrySchema = v.object({
	at: isoTime,
	rating: v.picklist([1, 2, 3], 'must be 1 (again), 2 (hard) or 3 (good)'),
	credit: finiteNumber(0, 1)
});

export const ReviewCardSchema = v.object({
	questionId: id,
	bankVersion: text(0, 40),
	createdAt: isoTime,
	due: isoTime,
	stability: finiteNumber(0),
	difficulty: finiteNumber(0),
	scheduledDays: wholeNumber(0),
	learningSteps: wholeNumber(0),
	reps: wholeNumber(0),
	lapses: wholeNumber(0),
	state: v.picklist([0, 1, 2, 3], 'must be an FSRS state from 0 to 3'),
	lastReview: v.optional(isoTime),
	log: list(ReviewLogEntrySchema, MAX_LOG_ENTRIES)
});

export const StoryReviewsSchema = v.pipe(
	v.object({ storyId: id, cards: v.record(id, ReviewCardSchema) }),
	v.check(
		(r) => Object.entries(r.cards).every(([key, card]) => key === card.questionId),
		'a card is filed under another question'
	),
	v.check(
		(r) => Object.keys(r.cards).length <= MAX_CARDS_PER_STORY,
		`must have at most ${MAX_CARDS_PER_STORY} cards`
	)
);

/** Settings are kept in an envelope so a bare stored value can be told apart from junk. */
export const SettingEnvelopeSchema = v.object({
	value: v.pipe(
		v.unknown(),
		v.check((value) => value !== undefined, 'missing value')
	),
	updatedAt: timestamp
});
export type SettingEnvelope = v.InferOutput<typeof SettingEnvelopeSchema>;

export const SettingKeySchema = v.pipe(
	text(1, ID_MAX),
	v.regex(/^[A-Za-z0-9._:-]+$/, 'setting names may use letters, digits, and . _ : -')
);

export const SchemaVersionSchema = wholeNumber(1);

// Compile-time checks: the schemas produce exactly the shared contract types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
	Same<v.InferOutput<typeof ResponseSchema>, Response>,
	Same<v.InferOutput<typeof AnswerRecordSchema>, AnswerRecord>,
	Same<v.InferOutput<typeof AttemptSchema>, Attempt>,
	Same<v.InferOutput<typeof StoryProgressSchema>, StoryProgress>,
	Same<v.InferOutput<typeof ReviewLogEntrySchema>, ReviewLogEntry>,
	Same<v.InferOutput<typeof ReviewCardSchema>, ReviewCard>,
	Same<v.InferOutput<typeof StoryReviewsSchema>, StoryReviews>
] = [true, true, true, true, true, true, true];
void sameTypes;
