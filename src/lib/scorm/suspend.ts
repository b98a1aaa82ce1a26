/**
 * The student's attempt as `cmi.suspend_data`, so a student can leave a SCORM activity and come
 * back to the same question with their answers kept. SCORM 1.2 gives suspend_data 4,096
 * characters (CMIString4096), so the attempt is written compactly:
 *
 *   B1|<package>|<start>|<index>|<finished>|<order>|<answers>
 *
 * - `package` fingerprints what the positions below refer to (question, choice and item ids,
 *   matching options): suspend data from another version of the package (a teacher replaced
 *   it in the LMS after editing questions) is refused rather than misread;
 * - numbers are base 36; times are whole seconds (`start` since 1970, the others since start);
 * - questions are positions in the package's question list (fixed when the package is built),
 *   choices and items positions in the question's own lists, never ids;
 * - each answer is `<credit in thousandths>;<seconds>;<response>`, empty when unanswered;
 * - typed text is percent-encoded, so `|`, `,` and `;` never occur inside a field.
 *
 * The credit is stored rather than re-graded, as the app's own AnswerRecord does: the grade a
 * student saw is the grade that counts. When an attempt does not fit, detail that only the
 * review screen shows goes first (long typed text, then answer times, then typed text, then all
 * responses); the credit of every answer is kept to the last. Only an attempt that does not
 * fit even then is refused (null): the caller keeps the student going and says so.
 */
import type { Question } from '$lib/bank/schema';
import { hashSeed } from '$lib/quiz/shuffle';
import type { AnswerRecord, Attempt, Response } from '$lib/quiz/types';

export const SUSPEND_DATA_LIMIT = 4096;
const VERSION = 'B1';
/** Typed answers longer than this are cut in the second fitting step. */
const SHORT_TEXT = 40;

/** How much detail an encoding keeps; each level drops more than the one before. */
export const DETAIL_LEVELS = ['full', 'short-text', 'no-times', 'no-text', 'credit-only'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];

const b36 = (n: number) => Math.max(0, Math.round(n)).toString(36);
const fromB36 = (s: string) => (/^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : NaN);
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const iso = (secs: number) => new Date(secs * 1000).toISOString();

/**
 * An attempt's id, made from its start so that it survives the trip through suspend data: the
 * quiz seeds each question's choice order with it, so a resumed attempt shows the same order
 * and different students (starting at different moments) see different ones.
 */
export function scormAttemptId(startedAt: string): string {
	return `scorm-${b36(seconds(startedAt))}`;
}

function indexOfId(list: readonly { id: string }[], id: string | null): string {
	const i = id === null ? -1 : list.findIndex((x) => x.id === id);
	return i < 0 ? '-' : b36(i);
}

function idAt(list: readonly { id: string }[], code: string): string | null {
	return code === '-' ? null : (list[fromB36(code)]?.id ?? null);
}

/** The right-hand texts of a matching question, in a fixed order (the quiz shuffles them for display). */
export function matchingRights(question: Extract<Question, { type: 'matching' }>): string[] {
	return [...new Set([...question.pairs.map((p) => p.right), ...(question.extraRights ?? [])])];
}

/** Cut by code points and with lone surrogates replaced, so percent-encoding never throws. */
/** A short hash of everything suspend data refers to by position. */
export function packageFingerprint(questions: readonly Question[]): string {
	const shape = questions.map((q) => [
		q.id,
		q.type,
		'choices' in q ? q.choices.map((c) => c.id) : [],
		q.type === 'evidence' ? q.evidenceChoices.map((c) => c.id) : [],
		q.type === 'ordering' ? q.items.map((i) => i.id) : [],
		q.type === 'matching' ? [q.pairs.map((p) => p.id), matchingRights(q)] : []
	]);
	return b36(hashSeed(JSON.stringify(shape)));
}

function text(value: string, level: DetailLevel): string {
	const whole = value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
	const short = level === 'short-text' || level === 'no-times';
	return encodeURIComponent(short ? Array.from(whole).slice(0, SHORT_TEXT).join('') : whole);
}

function encodeResponse(question: Question, response: Response, level: DetailLevel): string {
	if (level === 'credit-only') return '';
	switch (response.type) {
		case 'single':
		case 'truefalse':
			return 'choices' in question ? indexOfId(question.choices, response.choiceId) : '';
		case 'multi':
			return 'choices' in question
				? response.choiceIds.map((id) => indexOfId(question.choices, id)).join('.')
				: '';
		case 'cloze':
			return level === 'no-text' ? '' : text(response.text, level);
		case 'numeric':
			return level === 'no-text' ? '' : text(response.value, level);
		case 'matching': {
			if (question.type !== 'matching') return '';
			const rights = matchingRights(question);
			return question.pairs
				.map((p) => {
					const i = rights.indexOf(response.matches[p.id] ?? '');
					return i < 0 ? '-' : b36(i);
				})
				.join('.');
		}
		case 'ordering':
			return question.type === 'ordering'
				? response.order.map((id) => indexOfId(question.items, id)).join('.')
				: '';
		case 'evidence':
			return question.type === 'evidence'
				? `${indexOfId(question.choices, response.choiceId)}.${indexOfId(question.evidenceChoices, response.evidenceId)}`
				: '';
	}
}

function decodeResponse(question: Question, code: string): Response {
	const parts = code === '' ? [] : code.split('.');
	switch (question.type) {
		case 'single':
		case 'truefalse':
			return { type: question.type, choiceId: code === '' ? null : idAt(question.choices, code) };
		case 'multi':
			return {
				type: 'multi',
				choiceIds: parts.map((c) => idAt(question.choices, c)).filter((id) => id !== null)
			};
		case 'cloze':
			return { type: 'cloze', text: decodeURIComponent(code) };
		case 'numeric':
			return { type: 'numeric', value: decodeURIComponent(code) };
		case 'matching': {
			const rights = matchingRights(question);
			const matches: Record<string, string> = {};
			question.pairs.forEach((p, i) => {
				const right = parts[i] && parts[i] !== '-' ? rights[fromB36(parts[i])] : undefined;
				if (right !== undefined) matches[p.id] = right;
			});
			return { type: 'matching', matches };
		}
		case 'ordering':
			return {
				type: 'ordering',
				order: parts.map((c) => idAt(question.items, c)).filter((id) => id !== null)
			};
		case 'evidence':
			return {
				type: 'evidence',
				choiceId: idAt(question.choices, parts[0] ?? '-'),
				evidenceId: idAt(question.evidenceChoices, parts[1] ?? '-')
			};
	}
}

/** Encodes an attempt with the given detail; throws on a question the package does not have. */
export function encodeAttemptAt(
	attempt: Attempt,
	questions: readonly Question[],
	level: DetailLevel
): string {
	const position = new Map(questions.map((q, i) => [q.id, i]));
	const byId = new Map(questions.map((q) => [q.id, q]));
	const start = seconds(attempt.startedAt);
	const order = attempt.questionIds.map((id) => {
		const i = position.get(id);
		if (i === undefined) throw new Error(`question ${id} is not in this package`);
		return b36(i);
	});
	const answers = attempt.questionIds.map((id) => {
		const record = attempt.answers[id];
		if (!record) return '';
		const at =
			level === 'full' || level === 'short-text' ? b36(seconds(record.answeredAt) - start) : '';
		return `${b36(record.credit * 1000)};${at};${encodeResponse(byId.get(id)!, record.response, level)}`;
	});
	const finished = attempt.finishedAt ? b36(seconds(attempt.finishedAt) - start) : '';
	return [
		VERSION,
		packageFingerprint(questions),
		b36(start),
		b36(attempt.currentIndex),
		finished,
		order.join('.'),
		answers.join(',')
	].join('|');
}

export interface FittedSuspendData {
	data: string;
	level: DetailLevel;
}

/** The most detailed encoding that fits in `limit` characters, or null when none does. */
export function encodeAttempt(
	attempt: Attempt,
	questions: readonly Question[],
	limit = SUSPEND_DATA_LIMIT
): FittedSuspendData | null {
	for (const level of DETAIL_LEVELS) {
		const data = encodeAttemptAt(attempt, questions, level);
		if (data.length <= limit) return { data, level };
	}
	return null;
}

/**
 * The attempt that `data` describes, or null when it is empty, from another version, or does
 * not fit this package's questions (then the student starts afresh rather than on a
 * scrambled attempt).
 */
export function decodeAttempt(
	data: string,
	questions: readonly Question[],
	storyId: string
): Attempt | null {
	const fields = data.split('|');
	if (fields.length !== 7 || fields[0] !== VERSION) return null;
	if (fields[1] !== packageFingerprint(questions)) return null;
	const [, , startCode, indexCode, finishedCode, orderCode, answersCode] = fields as [
		string,
		string,
		string,
		string,
		string,
		string,
		string
	];
	const start = fromB36(startCode);
	const currentIndex = fromB36(indexCode);
	const order = orderCode === '' ? [] : orderCode.split('.').map(fromB36);
	if (!Number.isFinite(start) || !Number.isFinite(currentIndex)) return null;
	if (order.some((i) => !Number.isInteger(i) || !questions[i])) return null;
	const questionIds = order.map((i) => questions[i]!.id);
	const answerCodes = answersCode.split(',');
	if (answerCodes.length !== questionIds.length || currentIndex > questionIds.length) return null;

	const answers: Record<string, AnswerRecord> = {};
	try {
		answerCodes.forEach((code, i) => {
			if (code === '') return;
			const [creditCode = '', atCode = '', ...rest] = code.split(';');
			const credit = fromB36(creditCode) / 1000;
			if (!(credit >= 0 && credit <= 1)) throw new Error('bad credit');
			const question = questions[order[i]!]!;
			const at = atCode === '' ? NaN : fromB36(atCode);
			answers[question.id] = {
				questionId: question.id,
				response: decodeResponse(question, rest.join(';')),
				correct: credit === 1,
				credit,
				answeredAt: iso(start + (Number.isFinite(at) ? at : 0))
			};
		});
	} catch {
		return null;
	}
	const finished = finishedCode === '' ? NaN : fromB36(finishedCode);
	return {
		id: scormAttemptId(iso(start)),
		storyId,
		startedAt: iso(start),
		...(Number.isFinite(finished) ? { finishedAt: iso(start + finished) } : {}),
		questionIds,
		answers,
		currentIndex
	};
}
