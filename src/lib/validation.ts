/**
 * The app's one validation library is valibot. These helpers give every caller the same
 * result shape, with each issue's path as plain keys (`['questions', 3, 'choices']`), so
 * stored data, banks, backups and imported files produce problem messages alike. They are
 * defined beside the stored-data schemas (every page loads those) and re-exported here.
 */
import type * as v from 'valibot';
import { check, describeIssues } from '$lib/storage/schemas';

export {
	check,
	describeIssues,
	list,
	text,
	wholeNumber,
	type Checked,
	type Issue
} from '$lib/storage/schemas';

/** The valid value, or an error naming the first problem and where it is. */
export function parse<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
	const checked = check(schema, value);
	if (checked.success) return checked.data;
	throw new Error(`Invalid data: ${describeIssues(checked.error.issues)}`);
}

/** `['questions', 3, 'choices']` from valibot's path items. */
export function issuePath(issue: v.BaseIssue<unknown>): PropertyKey[] {
	return (issue.path ?? []).map(({ key }) =>
		typeof key === 'string' || typeof key === 'number' ? key : String(key)
	);
}
