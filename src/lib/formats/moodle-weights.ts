/**
 * Moodle accepts only the grade fractions its question editor offers (100%, 90%, 83.33333%, 80%,
 * 75%, 70%, 66.66667%, 60%, 50%, 40%, 33.33333%, 30%, 25%, 20%, 16.66667%, 14.28571%, 12.5%,
 * 11.11111%, 10%, 5%, 0% and their negatives); one other value in a file aborts the whole import.
 * Byline grades a multiple-select question as (right picks − wrong picks) / right answers, which
 * Moodle reproduces with 100/k% for each right answer and −100/k% for each wrong one, for k ≤ 10.
 * For 11 or 12 right answers no equal allowed share exists, so the nearest allowed weights that
 * still add up to 100% are used and the difference is reported.
 */
const ALLOWED = [
	100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
	12.5, 11.11111, 10, 5, 0
];

export type MultiWeights = { right: number[]; wrong: number; note?: string };

/** Weights (in percent) for `k` right answers, each one Moodle accepts. */
export function multiWeights(k: number): MultiWeights {
	const exact = ALLOWED.find((a) => Math.abs(a - 100 / k) < 0.00001);
	if (exact !== undefined) return { right: Array(k).fill(exact), wrong: -exact };
	// k = 11 or 12 (Byline allows at most 12 choices): tens and fives adding up to 100.
	const fives = 2 * (k - 10);
	const right = [...Array(k - fives).fill(10), ...Array(fives).fill(5)];
	return {
		right,
		wrong: -10,
		note: `Moodle has no grade of 1/${k}: the right answers carry 10% or 5% and a wrong pick costs 10%.`
	};
}

/** A fraction as Moodle writes it: at most 5 decimals, no trailing zeros. */
export function percentText(value: number): string {
	return String(Number(value.toFixed(5)));
}

/**
 * A partial-credit fraction (−1..1) as the nearest percentage Moodle accepts. Fractions read
 * from Moodle files are already allowed ones; others (from QTI) may move, and the caller
 * reports it when `exact` is false.
 */
export function moodlePercent(fraction: number): { percent: number; exact: boolean } {
	const wanted = Math.abs(fraction * 100);
	const nearest = ALLOWED.reduce((a, b) => (Math.abs(b - wanted) < Math.abs(a - wanted) ? b : a));
	return { percent: Math.sign(fraction) * nearest, exact: Math.abs(nearest - wanted) < 0.001 };
}
