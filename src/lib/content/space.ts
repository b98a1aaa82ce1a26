/**
 * Collapses every run of whitespace (spaces, tabs, newlines, no-break spaces) to one space and
 * trims the ends: how imported text, titles and generated question text are compared and shown.
 * Kept in its own module so the generator's Worker can use it without the cleaner's rules.
 */
export function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
