/** Dates as people read them. Story dates are calendar days, so they are shown in UTC. */
const DAY = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const MOMENT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDay(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? isoDate : DAY.format(date);
}

export function formatMoment(isoTimestamp: string): string {
	const date = new Date(isoTimestamp);
	return Number.isNaN(date.getTime()) ? isoTimestamp : MOMENT.format(date);
}

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/**
 * Points with at most one decimal ("24.2", not "24.166"; "3", not "3.0"), since partial credit
 * sums to long fractions that say nothing more to a student.
 */
export function formatPoints(points: number): string {
	const rounded = Math.round(points * 10) / 10;
	return `${rounded.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${rounded === 1 ? 'point' : 'points'}`;
}

/** The words of a caught error for a message on screen: its message, or the thrown value itself. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * A lower-case ASCII slug for file names and ids: accents dropped ("Café" -> "cafe"), every
 * other run of characters that is not a letter or digit one dash, no dash at either end, at
 * most `maxLength` characters. Empty when the text has no letter or digit, so each caller
 * picks its own fallback ("story", "article", an id).
 */
export function slug(text: string, maxLength = 60): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/, '');
}
