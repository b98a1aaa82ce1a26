/**
 * A student's hand-in: one finished attempt, as a `.byline-results.json` file or a QR code.
 * It says which story and which version of its questions were answered (so the class report
 * never mixes versions), who handed in for which class, and every response with the credit the
 * student's own device gave it. It never carries the answer key: responses are what the student
 * chose, and the teacher's bank supplies the key when the report is worked out.
 */
import { answerFor } from '$lib/quiz/answers';
import * as v from 'valibot';
import { SKILLS, type Question } from '$lib/bank/model';
import { scoreAttempt } from '$lib/quiz/score';
import { slug } from '$lib/text/format';
import type { Attempt } from '$lib/quiz/types';
import { AnswerRecordSchema } from '$lib/storage/schemas';
import { text } from '$lib/validation';
import { compressText, decompressText } from './compact';

export const HAND_IN_FORMAT = 'byline-results';
export const HAND_IN_VERSION = 1;
export const HAND_IN_EXTENSION = '.byline-results.json';
/** A hand-in file is small (a few KB); anything far bigger is not one. */
export const MAX_HAND_IN_BYTES = 512 * 1024;
/** What a QR code holds: this prefix, then the compressed JSON. */
export const QR_PREFIX = 'BYLINE-RESULTS-1:';

const ID_MAX = 200;
const id = text(1, ID_MAX);
const timestamp = v.pipe(
	text(1, 40),
	v.check((t) => !Number.isNaN(Date.parse(t)), 'must be a date and time')
);
const count = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(0));
const credit = v.pipe(v.number(), v.minValue(0), v.maxValue(100_000));

const SkillScoreSchema = v.object({
	asked: count,
	credit,
	percent: v.pipe(count, v.maxValue(100))
});

export const HandInSchema = v.pipe(
	v.object({
		format: v.literal(HAND_IN_FORMAT, 'is not a Byline results file'),
		version: v.literal(HAND_IN_VERSION, `must be version ${HAND_IN_VERSION}`),
		app: v.optional(text(0, 100)),
		story: v.object({ id, title: text(1, 500), bankVersion: text(1, 64) }),
		className: v.optional(text(0, 100), ''),
		student: v.object({
			name: v.pipe(
				text(1, 100),
				v.check((n) => n.trim().length > 0, 'must not be blank')
			)
		}),
		attempt: v.object({
			id,
			startedAt: timestamp,
			finishedAt: timestamp,
			questionIds: v.pipe(v.array(id), v.maxLength(2_000))
		}),
		responses: v.pipe(v.array(AnswerRecordSchema), v.maxLength(2_000)),
		score: v.object({
			asked: count,
			answered: count,
			credit,
			percent: v.pipe(count, v.maxValue(100))
		}),
		skills: v.record(v.picklist(SKILLS), SkillScoreSchema),
		handedInAt: timestamp
	}),
	v.check(
		(h) => h.responses.every((r) => h.attempt.questionIds.includes(r.questionId)),
		'a response answers a question that was not asked'
	),
	v.check(
		(h) => new Set(h.responses.map((r) => r.questionId)).size === h.responses.length,
		'a question is answered twice'
	)
);

export type HandIn = v.InferOutput<typeof HandInSchema>;

export interface HandInSource {
	story: { id: string; title: string; bankVersion: string };
	className: string;
	studentName: string;
	attempt: Attempt;
	questions: Question[];
	/** Maps this device's question ids back to the teacher's, when the story was stored as a copy. */
	questionIdMap?: ReadonlyMap<string, string>;
	now?: Date;
}

export function buildHandIn(source: HandInSource): HandIn {
	const { attempt, questions } = source;
	const score = scoreAttempt(attempt, questions);
	const known = new Set(questions.map((q) => q.id));
	const asked = attempt.questionIds.filter((qid) => known.has(qid));
	const teacherId = (qid: string) => source.questionIdMap?.get(qid) ?? qid;
	const skills: HandIn['skills'] = {};
	for (const [skill, s] of Object.entries(score.bySkill)) {
		if (s) skills[skill as keyof typeof skills] = { ...s };
	}
	return {
		format: HAND_IN_FORMAT,
		version: HAND_IN_VERSION,
		app: 'Byline',
		story: { ...source.story },
		className: source.className.trim(),
		student: { name: source.studentName.trim() },
		attempt: {
			id: attempt.id,
			startedAt: attempt.startedAt,
			finishedAt: attempt.finishedAt ?? attempt.startedAt,
			questionIds: asked.map(teacherId)
		},
		// Only the student's own answer records: response, the credit their device gave, and when.
		responses: asked.flatMap((qid) => {
			const r = answerFor(attempt.answers, qid);
			return r
				? [
						{
							questionId: teacherId(qid),
							response: r.response,
							correct: r.correct,
							credit: r.credit,
							answeredAt: r.answeredAt
						}
					]
				: [];
		}),
		score: {
			asked: score.asked,
			answered: score.answered,
			credit: score.credit,
			percent: score.percent
		},
		skills,
		handedInAt: (source.now ?? new Date()).toISOString()
	};
}

/** `ridge-dam-spillway-ana-lopez.byline-results.json`: story and student, safe on every OS. */
export function handInFileName(handIn: HandIn): string {
	const parts = [slug(handIn.story.title, 40) || 'story', slug(handIn.student.name, 40)].filter(
		Boolean
	);
	return `${parts.join('-')}${HAND_IN_EXTENSION}`;
}

export function serializeHandIn(handIn: HandIn): string {
	return JSON.stringify(handIn, null, '\t') + '\n';
}

export type HandInRead = { ok: true; handIn: HandIn } | { ok: false; message: string };

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0]!;
	const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
	return path ? `${path} ${first.message}` : first.message;
}

/** Validates parsed JSON as a hand-in. */
export function checkHandIn(value: unknown): HandInRead {
	const result = v.safeParse(HandInSchema, value);
	if (!result.success) return { ok: false, message: describeIssues(result.issues) };
	return { ok: true, handIn: result.output };
}

/** Reads a results file's text; never throws. */
export function readHandInText(text: string): HandInRead {
	if (text.length > MAX_HAND_IN_BYTES) {
		return { ok: false, message: `it is larger than ${MAX_HAND_IN_BYTES / 1024} KB` };
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, message: 'it is not JSON' };
	}
	return checkHandIn(value);
}

/** The hand-in as QR code text: compact JSON, deflated, base64url, behind a prefix. */
export function handInQrText(handIn: HandIn): string {
	return QR_PREFIX + compressText(JSON.stringify(handIn));
}

/** Reads what a QR code held; never throws. */
export function readHandInQr(text: string): HandInRead {
	if (!text.startsWith(QR_PREFIX)) {
		return { ok: false, message: 'this QR code is not a Byline hand-in' };
	}
	let json: string;
	try {
		json = decompressText(text.slice(QR_PREFIX.length), MAX_HAND_IN_BYTES);
	} catch (error) {
		return {
			ok: false,
			message: `the code could not be read (${error instanceof Error ? error.message : 'damaged'})`
		};
	}
	return readHandInText(json);
}
