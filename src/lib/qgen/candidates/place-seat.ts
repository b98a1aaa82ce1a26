/**
 * A place a typed gap would key where the sentence means the government or the political class
 * seated there, not the town: "signing a pledge with ____", "would work with ____ to curb
 * dumping" (Washington: "the United States" fits as well), "a growing chorus of criticism in ____", "has been debated in ____ for months"
 * ("Congress" fits as well). Blind readers rejected such gaps as refusing an equally good answer,
 * and which answers fit is open-ended (the country, the legislature, "the capital"), so the gap
 * is refused rather than widened. cloze.ts asks this beside its other tests of a place that
 * stands for people (a place that acts, "gridlock in ____", "____ insiders").
 *
 * A country keeps its gap: "a deal with Iran", "sway in Ukraine" name the party itself, and its
 * own name is the one a reader types.
 */
import { lexiconTags } from '../entities';
import { ACCORD_NOUNS, DEALINGS_VERBS_WITH, SEAT_OPINION_BEFORE_IN } from '../lexicon';
import { countryNameForms } from './accepted-names';

/** "a pledge with ", "normalized ties with ", "the agreement between ". */
const PARTY_TO_ACCORD = new RegExp(
	// "to deal with ____" is a verb of handling, not an accord.
	`\\b(?<!\\bto\\s)(?:${ACCORD_NOUNS.join('|')})\\s+(?:with|between)\\s+(?:the\\s+)?$`,
	'i'
);
/** "would work with ", "negotiating with ": a party to dealings, as after an accord noun. */
const PARTY_TO_DEALINGS = new RegExp(
	`\\b(?:${DEALINGS_VERBS_WITH.join('|')})\\s+with\\s+(?:the\\s+)?$`,
	'i'
);
/** "criticism in ", "went down well, at least initially, in ". */
const SEAT_OPINION_IN = new RegExp(
	`\\b(?:${SEAT_OPINION_BEFORE_IN.join('|')})(?:,[^,]{1,30},)?\\s+in\\s+(?:the\\s+)?$`,
	'i'
);
/** "the deal with ____ voters": the place names whose people, a place of the story. */
const NAMES_ITS_PEOPLE = /^\s+\p{Ll}[\p{L}-]*s\b/u;

const isCountry = (name: string) =>
	countryNameForms(name).length > 0 || lexiconTags(name.toLowerCase()).has('Country');

/**
 * The place `name`, between the sentence's words `before` and `after` it, stands for the
 * government or the politics seated there (see above).
 */
export function placeStandsForSeat(name: string, before: string, after: string): boolean {
	const seat =
		PARTY_TO_ACCORD.test(before) || PARTY_TO_DEALINGS.test(before)
			? !NAMES_ITS_PEOPLE.test(after)
			: SEAT_OPINION_IN.test(before);
	// The country check last: most places follow neither kind of words.
	return seat && !isCountry(name.replace(/^the\s+/i, ''));
}
