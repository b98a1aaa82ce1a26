/**
 * "Ryan opened the debate with tough criticism of the budget over what?": when the word of
 * dispute nearest before "over" is a noun ("criticism", "a lawsuit", "questions"), what follows
 * "over" is what that noun is about, a fact the outlet reports. Beside a verb ("resigned over",
 * "sued the city over") it is the reason for the act, an inference. Blind readers marked the
 * first kind labelled "why" with feedback that "over" links two events.
 */
import { DISPUTE_NOUNS, OVER_REASON_STEMS } from '../lexicon';
import { words } from './cause-clause';

const NOUNS = new Set<string>(DISPUTE_NOUNS);

/** The dispute noun "over" hangs from, if the nearest word of dispute before it is one. */
export function overAbout(before: string): string | undefined {
	const near = words(before)
		.slice(-6)
		.map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
	for (let i = near.length - 1; i >= 0; i--) {
		const w = near[i]!;
		// "resigned amid controversy over …": the noun nearer "over" is what "over" hangs from.
		if (NOUNS.has(w)) return w;
		if (OVER_REASON_STEMS.some((stem) => w.startsWith(stem) && w.length <= stem.length + 4))
			return undefined;
	}
	return undefined;
}

/** The feedback's last sentence: what the noun was about, not a link between two events. */
export function overAboutExplanation(noun: string): string {
	return `The word “over” tells what the ${noun} ${/[^s]s$/.test(noun) ? 'were' : 'was'} about.`;
}
