/**
 * Live validation for the question editor: runs the bank schema and turns its
 * issues into short messages keyed by form field ("choices.0.text"), so each
 * message can sit next to its input.
 */
import { QuestionSchema, type Question } from '$lib/bank/schema';

export interface ValidationResult {
	valid: boolean;
	/** Field key (path joined with ".") -> messages. */
	fields: Record<string, string[]>;
	/** Every message in form order, for the summary above the form. */
	all: string[];
}

export function fieldKey(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

/** Names for list fields, used in "Add at least 2 …". */
const LIST_NAMES: Record<string, [one: string, many: string]> = {
	choices: ['choice', 'choices'],
	pairs: ['pair', 'pairs'],
	items: ['item', 'items'],
	evidence: ['piece of evidence', 'pieces of evidence'],
	evidenceChoices: ['sentence', 'sentences'],
	accepted: ['accepted answer', 'accepted answers']
};

interface ZodLikeIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	origin?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	exact?: boolean;
}

function correctMessage(q: Question, key: string): string | null {
	if (key === 'evidenceCorrect') return 'Mark the sentence that proves the answer.';
	if (key !== 'correct') return null;
	return q.type === 'multi'
		? 'Mark at least one choice as correct.'
		: 'Mark exactly one choice as correct.';
}

function schemaMessage(q: Question, issue: ZodLikeIssue): string {
	const key = fieldKey(issue.path);
	const special = correctMessage(q, key);
	if (special && (issue.code === 'too_small' || issue.code === 'too_big')) return special;
	const min = Number(issue.minimum);
	const max = Number(issue.maximum);
	if (issue.code === 'too_small' && issue.origin === 'string') {
		return min <= 1 ? 'This can’t be empty.' : `Write at least ${min} characters.`;
	}
	if (issue.code === 'too_big' && issue.origin === 'string')
		return `Keep this to ${max} characters or fewer.`;
	if (issue.code === 'too_small' && issue.origin === 'array') {
		const [one, many] = LIST_NAMES[String(issue.path[0])] ?? ['entry', 'entries'];
		return `Add at least ${min} ${min === 1 ? one : many}.`;
	}
	if (issue.code === 'too_big' && issue.origin === 'array')
		return `Use at most ${max} entries here.`;
	if (issue.origin === 'number' && (issue.code === 'too_small' || issue.code === 'too_big')) {
		return issue.code === 'too_small' ? `Use ${min} or more.` : `Use ${max} or less.`;
	}
	return issue.message;
}

/**
 * Cross-field rules come without a path; place each by what it is about.
 * Unknown messages still show, in the summary.
 */
const CONSISTENCY_FIELDS: [RegExp, string][] = [
	[/correct evidence/, 'evidenceCorrect'],
	[/evidence choice/, 'evidenceChoices'],
	[/correct answer/, 'correct'],
	[/choice/, 'choices'],
	[/gap/, 'prompt'],
	[/pair|left item/, 'pairs'],
	[/item ids/, 'items']
];

export function consistencyField(message: string): string {
	return CONSISTENCY_FIELDS.find(([pattern]) => pattern.test(message))?.[1] ?? '';
}

export function validateQuestion(q: Question): ValidationResult {
	const parsed = QuestionSchema.safeParse(q);
	const fields: Record<string, string[]> = {};
	const all: string[] = [];
	if (parsed.success) return { valid: true, fields, all };
	// Two blank choices are "the same text"; the empty-field message already covers them.
	const hasBlankChoice = 'choices' in q && q.choices.some((c) => c.text.trim() === '');
	for (const issue of parsed.error.issues as ZodLikeIssue[]) {
		let key = fieldKey(issue.path);
		let message: string;
		if (issue.path.length === 0) {
			message = issue.message.replace(/^question .*?: /, '');
			if (hasBlankChoice && /same text/.test(message)) continue;
			key = consistencyField(message);
			// A field already reported (say, an empty list) would only get a second, vaguer message.
			if (key && fields[key]) continue;
			message = message.charAt(0).toUpperCase() + message.slice(1) + '.';
		} else {
			message = schemaMessage(q, issue);
		}
		(fields[key] ??= []).push(message);
		all.push(message);
	}
	return { valid: false, fields, all };
}

/** Messages for one field. */
export function messagesFor(result: ValidationResult, key: string): string[] {
	return result.fields[key] ?? [];
}

/** Messages for a field and everything under it, e.g. "evidence" and "evidence.0.end". */
export function messagesUnder(result: ValidationResult, key: string): string[] {
	return Object.entries(result.fields)
		.filter(([k]) => k === key || k.startsWith(`${key}.`))
		.flatMap(([, messages]) => messages);
}
