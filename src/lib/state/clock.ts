/**
 * The time source state classes use unless a test passes its own. A plain module: nothing
 * observes the time it returns, so it need not be reactive (no SvelteDate).
 */
export function systemNow(): Date {
	return new Date();
}
