/**
 * One `cmi.interactions.n` record per answered question, in SCORM 1.2's vocabulary (RTE 3.4.2.7),
 * so the LMS's own item analysis (Moodle's interactions report, for one) can list responses.
 *
 * SCORM 1.2 response formats name choices by single characters, not by text:
 * - choice: letters of the picked choices, comma-separated (`a,c`); true-false: `t` or `f`;
 * - fill-in: the typed text; numeric: the number read from what was typed;
 * - matching: `source.target` pairs (`a.c,b.a`): pair letter, then the letter of the right-hand
 *   option in the question's fixed option order;
 * - sequencing: item letters in the order given (`c,a,b`); items are lettered in correct order.
 * A two-part evidence question has no SCORM 1.2 type; it is written as `performance` with both
 * parts' letters (`b,d`: answer b, proof d), which any LMS stores and shows as given.
 * Every value stays within SCORM 1.2's 255 characters (CMIFeedback, CMIIdentifier).
 */
import type { Question } from '$lib/bank/schema';
import { parseNumber } from '$lib/quiz/normalize';
import type { AnswerRecord, Response } from '$lib/quiz/types';
import { matchingRights } from './suspend';

export type Scorm12InteractionType =
	| 'true-false'
	| 'choice'
	| 'fill-in'
	| 'matching'
	| 'performance'
	| 'sequencing'
	| 'likert'
	| 'numeric';

export interface Scorm12Interaction {
	id: string;
	type: Scorm12InteractionType;
	student_response: string;
	result: 'correct' | 'wrong';
	/** correct_responses.n.pattern, in order (SCORM 1.2 allows several). */
	correct: string[];
	weighting: string;
	/** CMITime, HH:MM:SS, when the answer was checked (learner's clock). */
	time: string;
	/** CMITimespan, time since the previous answer (or the start). */
	latency: string;
}

const MAX = 255;
/** Single characters for positions, as the SCORM 1.2 response formats ask. */
const SYMBOLS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** correct_responses beyond this add little and lengthen every commit. */
const MAX_PATTERNS = 5;

const letter = (i: number) => SYMBOLS[i] ?? '?';
const cap = (s: string) => Array.from(s).slice(0, MAX).join('');

function letterOf(list: readonly { id: string }[], id: string | null): string {
	const i = id === null ? -1 : list.findIndex((x) => x.id === id);
	return i < 0 ? '' : letter(i);
}

/** A CMIIdentifier (no white space, 255 at most) made from the question's id. */
export function interactionId(questionId: string): string {
	return questionId.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, MAX) || 'question';
}

/** CMITimespan: HHHH:MM:SS.SS, hours with two to four digits. */
export function scorm12Timespan(ms: number): string {
	const total = Math.max(0, Math.round(ms / 10)) / 100;
	const hours = Math.min(9999, Math.floor(total / 3600));
	const minutes = Math.floor((total % 3600) / 60);
	const secs = total % 60;
	const pad = (n: number, w: number) => String(n).padStart(w, '0');
	return `${pad(hours, 2)}:${pad(minutes, 2)}:${secs.toFixed(2).padStart(5, '0')}`;
}

/** CMITime: the time of day, HH:MM:SS. */
export function scorm12Time(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function interactionType(question: Question): Scorm12InteractionType {
	switch (question.type) {
		case 'single':
		case 'multi':
			return 'choice';
		case 'truefalse':
			return 'true-false';
		case 'cloze':
			return 'fill-in';
		case 'numeric':
			return 'numeric';
		case 'matching':
			// Past 36 options a single character cannot name each one.
			return question.pairs.length <= SYMBOLS.length &&
				matchingRights(question).length <= SYMBOLS.length
				? 'matching'
				: 'performance';
		case 'ordering':
			return 'sequencing';
		case 'evidence':
			return 'performance';
	}
}

function responseCode(question: Question, response: Response): string {
	switch (response.type) {
		case 'single':
			return 'choices' in question ? letterOf(question.choices, response.choiceId) : '';
		case 'truefalse':
			return response.choiceId === null ? '' : response.choiceId === 'true' ? 't' : 'f';
		case 'multi':
			return 'choices' in question
				? response.choiceIds
						.map((id) => letterOf(question.choices, id))
						.filter(Boolean)
						.join(',')
				: '';
		case 'cloze':
			return response.text.trim();
		case 'numeric': {
			const value = parseNumber(response.value);
			// A number is what SCORM 1.2 expects; words that do not read as one are kept as typed.
			return value === null ? response.value.trim() : String(value);
		}
		case 'matching': {
			if (question.type !== 'matching') return '';
			const rights = matchingRights(question);
			return question.pairs
				.map((p, i) => {
					const target = rights.indexOf(response.matches[p.id] ?? '');
					return target < 0 ? '' : `${letter(i)}.${letter(target)}`;
				})
				.filter(Boolean)
				.join(',');
		}
		case 'ordering':
			return question.type === 'ordering'
				? response.order.map((id) => letterOf(question.items, id)).join(',')
				: '';
		case 'evidence':
			return question.type === 'evidence'
				? [
						letterOf(question.choices, response.choiceId),
						letterOf(question.evidenceChoices, response.evidenceId)
					].join(',')
				: '';
	}
}

/** The right answers, each as a correct_responses pattern. */
export function correctPatterns(question: Question): string[] {
	switch (question.type) {
		case 'single':
		case 'multi':
			return [question.correct.map((id) => letterOf(question.choices, id)).join(',')];
		case 'truefalse':
			return [question.correct[0] === 'true' ? 't' : 'f'];
		case 'cloze':
			return question.accepted.slice(0, MAX_PATTERNS).map(cap);
		case 'numeric':
			return [String(question.answer)];
		case 'matching': {
			const rights = matchingRights(question);
			return [
				question.pairs.map((p, i) => `${letter(i)}.${letter(rights.indexOf(p.right))}`).join(',')
			];
		}
		case 'ordering':
			return [question.items.map((_, i) => letter(i)).join(',')];
		case 'evidence':
			return [
				`${letterOf(question.choices, question.correct[0] ?? null)},${letterOf(question.evidenceChoices, question.evidenceCorrect[0] ?? null)}`
			];
	}
}

/** The interaction record for one checked answer. */
export function interactionFor(
	question: Question,
	record: AnswerRecord,
	previousAt: string
): Scorm12Interaction {
	const answered = new Date(record.answeredAt);
	return {
		id: interactionId(question.id),
		type: interactionType(question),
		student_response: cap(responseCode(question, record.response)),
		result: record.correct ? 'correct' : 'wrong',
		correct: correctPatterns(question).map(cap),
		weighting: '1',
		time: scorm12Time(answered),
		latency: scorm12Timespan(answered.getTime() - Date.parse(previousAt))
	};
}

/** The interaction as `cmi.interactions.n.*` element/value pairs, id and type first. */
export function interactionElements(
	n: number,
	interaction: Scorm12Interaction
): [string, string][] {
	const at = `cmi.interactions.${n}`;
	return [
		[`${at}.id`, interaction.id],
		[`${at}.type`, interaction.type],
		[`${at}.time`, interaction.time],
		[`${at}.weighting`, interaction.weighting],
		[`${at}.student_response`, interaction.student_response],
		[`${at}.result`, interaction.result],
		[`${at}.latency`, interaction.latency],
		...interaction.correct.map(
			(pattern, i) => [`${at}.correct_responses.${i}.pattern`, pattern] as [string, string]
		)
	];
}
