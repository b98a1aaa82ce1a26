/** Datelines: the outlet's place (and day) before a report's first sentence, no part of it. */
import { MONTH_ABBREVIATIONS, MONTHS } from './lexicon';

/** A month as a dateline writes it, capitalised: "December", "Dec.", "Sept". */
const CAPITAL_MONTH = [...MONTHS, ...MONTH_ABBREVIATIONS]
	.sort((a, b) => b.length - a.length)
	.map((m) => m[0]!.toUpperCase() + m.slice(1))
	.join('|');
/**
 * A sentence opening with a dateline: "WASHINGTON (AP) —", "Baghdad, Dec. 31 (Reuters) -", and a
 * place with its state before the day: "RIVERTON, N.H., April 1 (Wire) —", and a wire's day and
 * credit with no place at all: "Dec 29 (Wire) -".
 */
export const DATELINE = new RegExp(
	String.raw`^(?:(?:${CAPITAL_MONTH})\.?\s+\d{1,2}\s*\([\p{L} .]{2,30}\)|[A-Z][A-Z.'’ -]{2,40}|` +
		String.raw`[A-Z][\p{L}.'’ -]{1,40}(?:,\s+[\p{L}.]+(?:\s+\d{1,2})?){0,2}\s*\([\p{L} .]{2,30}\)|` +
		String.raw`[A-Z][\p{L}.'’ -]{1,40},\s+[A-Z][\p{L}.]+(?:\s+\d{1,2})?)\s*(?:[—–―]{1,2}\s*|-{1,2}\s)`,
	'u'
);

/**
 * Where a sentence's dateline ends ("WASHINGTON — " in "WASHINGTON — Sen. Roe said …"), blank
 * lines before it included (a paragraph's first sentence may keep them); 0 without one.
 */
export function datelineEnd(text: string): number {
	const rest = text.trimStart();
	// Every dateline opens on a capital and holds a dash; most sentences and quotations fail one
	// of these plain tests, and DATELINE itself backtracks through forty letters at each try.
	if (!/^[A-Z]/.test(rest) || !/[—–―-]/.test(rest)) return 0;
	const m = DATELINE.exec(rest);
	return m ? text.length - rest.length + m[0].length : 0;
}
