/**
 * Shapes for everything the store reads back. Stored data may come from an
 * older build, another tab or a broken disk, so nothing is trusted unvalidated.
 * The TypeScript types stay in $lib/quiz/types; these shapes are checked
 * against them below so the two cannot drift apart silently.
 *
 * Built with ./shape rather than zod: see there for why (page weight).
 */
import type { AnswerRecord, Attempt, Response, StoryProgress } from '$lib/quiz/types';
import * as s from './shape';

const ID_MAX = 200;
const TEXT_MAX = 5_000;
/** Generous caps so a hostile backup cannot make us allocate without bound. */
const MAX_QUESTIONS_PER_ATTEMPT = 2_000;
const MAX_ATTEMPTS = 1_000;

const id = s.string({ min: 1, max: ID_MAX });
const timestamp = s.string({ min: 1, max: 40 });
const choiceId = s.nullable(id);

export const ResponseSchema = s.oneOf('type', [
	s.object({ type: s.literal('single'), choiceId }),
	s.object({ type: s.literal('truefalse'), choiceId }),
	s.object({ type: s.literal('multi'), choiceIds: s.array(id, { max: 100 }) }),
	s.object({ type: s.literal('cloze'), text: s.string({ max: TEXT_MAX }) }),
	s.object({ type: s.literal('numeric'), value: s.string({ max: 200 }) }),
	s.object({ type: s.literal('matching'), matches: s.record(id, s.string({ max: TEXT_MAX })) }),
	s.object({ type: s.literal('ordering'), order: s.array(id, { max: 100 }) }),
	s.object({ type: s.literal('evidence'), choiceId, evidenceId: choiceId })
]);

export const AnswerRecordSchema = s.object({
	questionId: id,
	response: ResponseSchema,
	correct: s.boolean,
	credit: s.number({ min: 0, max: 1 }),
	answeredAt: timestamp
});

export const AttemptSchema = s.refine(
	s.object({
		id,
		storyId: id,
		startedAt: timestamp,
		finishedAt: s.optional(timestamp),
		questionIds: s.array(id, { max: MAX_QUESTIONS_PER_ATTEMPT }),
		answers: s.record(id, AnswerRecordSchema),
		currentIndex: s.number({ int: true, min: 0 })
	}),
	(a) => a.currentIndex <= a.questionIds.length,
	'currentIndex is past the last question'
);

export const StoryProgressSchema = s.refine(
	s.object({ storyId: id, attempts: s.array(AttemptSchema, { max: MAX_ATTEMPTS }) }),
	(p) => p.attempts.every((a) => a.storyId === p.storyId),
	'an attempt belongs to another story'
);

/** Settings are kept in an envelope so a bare stored value can be told apart from junk. */
export const SettingEnvelopeSchema = s.object({
	value: s.refine(s.unknown, (v) => v !== undefined, 'missing value'),
	updatedAt: timestamp
});
export type SettingEnvelope = s.Infer<typeof SettingEnvelopeSchema>;

export const SettingKeySchema = s.string({
	min: 1,
	max: ID_MAX,
	pattern: /^[A-Za-z0-9._:-]+$/,
	patternMessage: 'setting names may use letters, digits, and . _ : -'
});

export const SchemaVersionSchema = s.number({ int: true, min: 1 });

// Compile-time checks: the schemas produce exactly the shared contract types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
	Same<s.Infer<typeof ResponseSchema>, Response>,
	Same<s.Infer<typeof AnswerRecordSchema>, AnswerRecord>,
	Same<s.Infer<typeof AttemptSchema>, Attempt>,
	Same<s.Infer<typeof StoryProgressSchema>, StoryProgress>
] = [true, true, true, true];
void sameTypes;
