/**
 * The app's one validation library is valibot. These helpers give every caller the same
 * result shape, with each issue's path as plain keys (`['questions', 3, 'choices']`), so
 * stored data, banks, backups and imported files produce problem messages alike.
 */
import * as v from 'valibot';

export interface Issue {
	path: PropertyKey[];
	message: string;
}

/** `['questions', 3, 'choices']` from valibot's path items. */
export function issuePath(issue: v.BaseIssue<unknown>): PropertyKey[] {
	return (issue.path ?? []).map(({ key }) =>
		typeof key === 'string' || typeof key === 'number' ? key : String(key)
	);
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
		path: issuePath(issue),
		message: issue.message
	}));
	return { success: false, error: { issues } };
}

/** The valid value, or an error naming the first problem and where it is. */
export function parse<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
	const checked = check(schema, value);
	if (checked.success) return checked.data;
	throw new Error(`Invalid data: ${describeIssues(checked.error.issues)}`);
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
