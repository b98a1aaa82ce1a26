/**
 * Live validation for the question editor: runs the bank schema and turns its
 * issues into short messages keyed by form field ("choices.0.text"), so each
 * message can sit next to its input.
 */
import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/bank/schema';
import { issuePath } from '$lib/validation';

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

/** What the messages below need from a valibot issue. */
interface SchemaIssue {
	path: PropertyKey[];
	message: string;
	/** `min_length`, `max_length`, `min_value`, `max_value`, ... */
	type: string;
	requirement?: unknown;
	input: unknown;
}

function correctMessage(q: Question, key: string): string | null {
	if (key === 'evidenceCorrect') return 'Mark the sentence that proves the answer.';
	if (key !== 'correct') return null;
	return q.type === 'multi'
		? 'Mark at least one choice as correct.'
		: 'Mark exactly one choice as correct.';
}

function schemaMessage(q: Question, issue: SchemaIssue): string {
	const key = fieldKey(issue.path);
	const tooSmall = issue.type === 'min_length' || issue.type === 'min_value';
	const tooBig = issue.type === 'max_length' || issue.type === 'max_value';
	const special = correctMessage(q, key);
	if (special && (tooSmall || tooBig)) return special;
	const limit = Number(issue.requirement);
	if (typeof issue.input === 'string') {
		if (tooSmall)
			return limit <= 1 ? 'This can’t be empty.' : `Write at least ${limit} characters.`;
		if (tooBig) return `Keep this to ${limit} characters or fewer.`;
	}
	if (Array.isArray(issue.input)) {
		if (tooSmall) {
			const [one, many] = LIST_NAMES[String(issue.path[0])] ?? ['entry', 'entries'];
			return `Add at least ${limit} ${limit === 1 ? one : many}.`;
		}
		if (tooBig) return `Use at most ${limit} entries here.`;
	}
	if (typeof issue.input === 'number') {
		if (tooSmall) return `Use ${limit} or more.`;
		if (tooBig) return `Use ${limit} or less.`;
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
	const parsed = v.safeParse(QuestionSchema, q);
	const fields: Record<string, string[]> = {};
	const all: string[] = [];
	if (parsed.success) return { valid: true, fields, all };
	// Two blank choices are "the same text"; the empty-field message already covers them.
	const hasBlankChoice = 'choices' in q && q.choices.some((c) => c.text.trim() === '');
	for (const raw of parsed.issues) {
		const { message: text, type, requirement, input } = raw;
		const issue: SchemaIssue = { path: issuePath(raw), message: text, type, requirement, input };
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
