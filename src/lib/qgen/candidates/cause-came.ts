/**
 * How long after the act came, as the outlet measures it: "came one day after", "comes just
 * hours after". "What did the announcement come after?" has every earlier event of the story
 * for an answer (last year's tests and taunts came before it too); "What did it come one day
 * after?" has only the one the outlet names.
 */
const MEASURED = /^(?:comes|came)\s+(.+?)\s+(?:after|following|in the wake of)$/i;

/** "came one day after" → "one day ", "comes after" or "followed" → "": put before "after". */
export function cameMeasure(connective: string): string {
	const m = MEASURED.exec(connective.trim());
	return m ? `${m[1]!} ` : '';
}
