/** Datelines: the outlet's place (and day) before a report's first sentence, no part of it. */
/**
 * A sentence opening with a dateline: "WASHINGTON (AP) —", "Baghdad, Dec. 31 (Reuters) -", and a
 * place with its state before the day: "RIVERTON, N.H., April 1 (Wire) —".
 */
export const DATELINE =
	/^(?:[A-Z][A-Z.'’ -]{2,40}|[A-Z][\p{L}.'’ -]{1,40}(?:,\s+[\p{L}.]+(?:\s+\d{1,2})?){0,2}\s*\([\p{L} .]{2,30}\)|[A-Z][\p{L}.'’ -]{1,40},\s+[A-Z][\p{L}.]+(?:\s+\d{1,2})?)\s*(?:[—–―]{1,2}\s*|-{1,2}\s)/u;

/**
 * Where a sentence's dateline ends ("WASHINGTON — " in "WASHINGTON — Sen. Roe said …"), blank
 * lines before it included (a paragraph's first sentence may keep them); 0 without one.
 */
export function datelineEnd(text: string): number {
	const lead = text.length - text.trimStart().length;
	const m = DATELINE.exec(text.slice(lead));
	return m ? lead + m[0].length : 0;
}
