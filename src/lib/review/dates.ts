/** "Tuesday, 3 March" in the student's own locale: when the next review is. */
export function reviewDate(date: Date): string {
	return date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** The same date as `YYYY-MM-DD` in local time, for a <time datetime>. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
