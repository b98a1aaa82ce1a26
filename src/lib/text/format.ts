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
