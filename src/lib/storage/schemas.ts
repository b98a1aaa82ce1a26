/**
 * Zod schemas for everything the store reads back. Stored data may come from an
 * older build, another tab or a broken disk, so nothing is trusted unvalidated.
 * The TypeScript types stay in $lib/quiz/types; these schemas are checked
 * against them below so the two cannot drift apart silently.
 */
import { z } from 'zod';
import type { AnswerRecord, Attempt, Response, StoryProgress } from '$lib/quiz/types';

const ID_MAX = 200;
const TEXT_MAX = 5_000;
/** Generous caps so a hostile backup cannot make us allocate without bound. */
const MAX_QUESTIONS_PER_ATTEMPT = 2_000;
const MAX_ATTEMPTS = 1_000;

const id = z.string().min(1).max(ID_MAX);
const timestamp = z.string().min(1).max(40);
const choiceId = id.nullable();

export const ResponseSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('single'), choiceId }),
	z.object({ type: z.literal('truefalse'), choiceId }),
	z.object({ type: z.literal('multi'), choiceIds: z.array(id).max(100) }),
	z.object({ type: z.literal('cloze'), text: z.string().max(TEXT_MAX) }),
	z.object({ type: z.literal('numeric'), value: z.string().max(200) }),
	z.object({ type: z.literal('matching'), matches: z.record(id, z.string().max(TEXT_MAX)) }),
	z.object({ type: z.literal('ordering'), order: z.array(id).max(100) }),
	z.object({ type: z.literal('evidence'), choiceId, evidenceId: choiceId })
]);

export const AnswerRecordSchema = z.object({
	questionId: id,
	response: ResponseSchema,
	correct: z.boolean(),
	credit: z.number().min(0).max(1),
	answeredAt: timestamp
});

export const AttemptSchema = z
	.object({
		id,
		storyId: id,
		startedAt: timestamp,
		finishedAt: timestamp.optional(),
		questionIds: z.array(id).max(MAX_QUESTIONS_PER_ATTEMPT),
		answers: z.record(id, AnswerRecordSchema),
		currentIndex: z.number().int().min(0)
	})
	.refine((a) => a.currentIndex <= a.questionIds.length, 'currentIndex is past the last question');

export const StoryProgressSchema = z
	.object({ storyId: id, attempts: z.array(AttemptSchema).max(MAX_ATTEMPTS) })
	.refine(
		(p) => p.attempts.every((a) => a.storyId === p.storyId),
		'an attempt belongs to another story'
	);

/** Settings are kept in an envelope so a bare stored value can be told apart from junk. */
export const SettingEnvelopeSchema = z.object({
	value: z.unknown().refine((v) => v !== undefined, 'missing value'),
	updatedAt: timestamp
});
export type SettingEnvelope = z.infer<typeof SettingEnvelopeSchema>;

export const SettingKeySchema = z
	.string()
	.min(1)
	.max(ID_MAX)
	.regex(/^[A-Za-z0-9._:-]+$/, 'setting names may use letters, digits, and . _ : -');

export const SchemaVersionSchema = z.number().int().min(1);

// Compile-time checks: the schemas produce exactly the shared contract types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
	Same<z.infer<typeof ResponseSchema>, Response>,
	Same<z.infer<typeof AnswerRecordSchema>, AnswerRecord>,
	Same<z.infer<typeof AttemptSchema>, Attempt>,
	Same<z.infer<typeof StoryProgressSchema>, StoryProgress>
] = [true, true, true, true];
void sameTypes;
