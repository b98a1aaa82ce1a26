/**
 * Links between teacher pages. Ids travel in the query string so every teacher page is one
 * prerendered file that works offline; `resolve` adds the base path. Anchors using these
 * need `eslint-disable-next-line svelte/no-navigation-without-resolve` (the rule cannot see
 * that the path was resolved here).
 */
import { resolve } from '$app/paths';

type TeacherPath =
	| '/teach'
	| '/teach/import'
	| '/teach/import-questions'
	| '/teach/story'
	| '/teach/settings'
	| '/teach/review'
	| '/teach/questions'
	| '/teach/edit'
	| '/teach/class';

export function teachHref(path: TeacherPath, params: Record<string, string> = {}): string {
	const query = new URLSearchParams(params).toString();
	// The cast: curation routes are built by another module and may not exist in every build.
	const base = resolve(path as '/teach');
	return query ? `${base}?${query}` : base;
}
