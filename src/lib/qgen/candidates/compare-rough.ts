/**
 * A rough amount beside a number for one count ("scores of others" in one outlet, "at least 53
 * others" in another): both can be true, so compare.ts asks which outlet settles for the rough
 * one, not which is wrong (issue #10: an exact count against a vague one).
 */
import type { CountedFigure } from '../analyze';
import { SCALE_WORDS } from '../lexicon';
import { countedNoun } from './figure-text';

/** A number written with a scale word ("four dozen", "2 million"). */
const SCALED = new RegExp(`\\b(?:${Object.keys(SCALE_WORDS).join('|')})`, 'i');

/** What a count counts, for a prompt: "the injured" for an event count of "others", else its noun. */
export function countedThing(key: string, f: CountedFigure): string {
	const event = { killed: 'the dead', injured: 'the injured', arrested: 'those arrested' }[
		key.split(':')[0]!
	];
	return event && /^(?:others|people)$/i.test(f.mention.noun ?? '')
		? event
		: `the ${countedNoun(f)}`;
}

/**
 * A rough amount in one outlet ("scores", "dozens") and a number in another, for one count: not
 * a rough amount of the number's own unit ("dozens" beside "four dozen"), which only says the
 * same thing less exactly, nor one outlet's own two ways of saying it.
 */
export function roughBesideExact(figs: CountedFigure[]): boolean {
	return figs.some(
		(r) =>
			r.mention.vague &&
			figs.some(
				(n) =>
					!n.mention.vague &&
					n.analysis !== r.analysis &&
					!figs.some((x) => x.analysis === r.analysis && !x.mention.vague) &&
					!SCALED.test(n.mention.text)
			)
	);
}
