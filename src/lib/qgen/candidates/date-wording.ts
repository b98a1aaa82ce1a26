/**
 * How compare-dates.ts words a date disagreement: the gap a date takes in its sentence and
 * the days spelled out in the explanation. Kept apart from the alignment rules there, which
 * decide whether two dates are one event's.
 */
import { dayInStyleOf } from '../dates';
import type { Mention } from '../types';

/**
 * How the two days were read. Filed the same day, they cannot both be right, and saying each
 * was "counted from its own publication date" made a reader think both might be.
 */
export function countedFrom(a?: string, b?: string): string {
	const day = a?.slice(0, 10);
	return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day === b?.slice(0, 10)
		? `; both were published on ${longDay(day)}, so the two cannot both be right.`
		: ', each counted from its own publication date.';
}

/** "Tuesday, 3 December 2019": the day spelled out for the explanation, whatever the text's form. */
export function longDay(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	return d.toLocaleDateString('en-GB', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** The date as a gap takes it: the weekday alone in "last Tuesday", the whole of "Dec. 5". */
export function gapOf(m: Mention): { text: string; start: number } | undefined {
	if (/^\d{4}$/.test(m.text)) return { text: m.text, start: m.start };
	const weekday = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i.exec(m.text);
	if (weekday) return { text: weekday[0], start: m.start + weekday.index };
	return dayInStyleOf(m.text, m.iso!) ? { text: m.text, start: m.start } : undefined;
}
