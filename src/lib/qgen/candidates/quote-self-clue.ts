/**
 * A quote that names the speaker's own body or post ("obtained by this office", "we stand by
 * our reporting", "as your governor", "here in Ohio") answers "who said it?" by itself when
 * the key alone is of that body or post among the choices: a student picks the one spokesman
 * for the office without reading who spoke. Wrong choices must share the clue, or the item goes.
 * So do a quote about the speaker's own relative ("my daughter"), which rules out that
 * relative, and the speaker's own admission of blame, which points at whoever the story blames.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { surnameOf } from '../align';
import {
	FEMALE_KIN_NOUNS,
	JOURNALISM_WORK_WORDS,
	MALE_KIN_NOUNS,
	OWN_BLAME_PATTERNS
} from '../lexicon';
import { personDescriptors, personKind } from '../person-choices';

/**
 * The words after a speaker's own determiner ("our", "my", "this", "as your", "we at the",
 * "here in"): at most two, for "our news organisation" or "this great state".
 */
const OWN =
	/\b(?:our|my|this|as\s+your|we\s+at(?:\s+the)?|here\s+in(?:\s+the)?)\s+([\p{L}’'-]{3,})(?:\s+([\p{L}’'-]{3,}))?/giu;

/** The words a quote uses for the speaker's own body or post, lower-cased. */
export function ownWords(quote: string): string[] {
	return [...quote.matchAll(OWN)].flatMap((m) =>
		[m[1], m[2]].filter((w): w is string => !!w).map((w) => w.toLowerCase())
	);
}

/**
 * Does a description of someone use the word: as itself or its plural ("office", "offices"),
 * or as a title's stop-marked short form ("Gov." for "governor", "Sen." for "senator")?
 */
function describes(descriptions: readonly string[], word: string): boolean {
	const whole = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}s?(?![\\p{L}])`, 'iu');
	return descriptions.some(
		(d) =>
			whole.test(d) ||
			(d.match(/\b\p{Lu}\p{Ll}{1,4}\.(?=\s|$)/gu) ?? []).some((t) =>
				word.startsWith(t.slice(0, -1).toLowerCase())
			)
	);
}

/** Does the clue word fit this person: their descriptions use it, or it is a journalist's work. */
function fits(person: string, word: string, view: StoryView): boolean {
	if (JOURNALISM_WORK_WORDS.includes(word)) return personKind(person, view) === 'journalist';
	return describes(personDescriptors(person, view), word);
}

/**
 * The quote's words for the speaker's own body or post that fit the key: empty when the quote
 * says nothing of who speaks. Any wrong choice they do not fit is ruled out by the quote alone.
 */
export function selfClues(quote: string, key: string, view: StoryView): string[] {
	return ownWords(quote).filter((w) => fits(key, w, view));
}

/** Does this person share every clue with the key (so as a wrong choice gives nothing away)? */
export function sharesClues(person: string, clues: string[], view: StoryView): boolean {
	return clues.every((w) => fits(person, w, view));
}

/**
 * The speaker's own relative ("one of my daughters", "our older son"): "lady" and "partner" are
 * left out, since "my lady" and "our partners" name no relative.
 */
const OWN_KIN = new RegExp(
	`\\b(?:my|our)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...MALE_KIN_NOUNS, ...FEMALE_KIN_NOUNS, 'cousin']
		.filter((w) => w !== 'lady')
		.join('|')})s?\\b`,
	'iu'
);

/**
 * Is `person` ruled out as the speaker by a quote that speaks of the speaker's own relative
 * ("one of my daughters is a nurse"): someone of the key's family name is most likely that
 * relative, who would not say it of themselves, so a student rules them out unread.
 */
export function relativeSpokenOf(quote: string, key: string, person: string): boolean {
	return OWN_KIN.test(quote) && surnameOf(person) === surnameOf(key);
}

const OWN_BLAME = new RegExp(OWN_BLAME_PATTERNS.join('|'), 'i');

/**
 * Does the speaker own blame in the first person ("I spent money I shouldn't have", "I take
 * responsibility")? Then "who said it?" and "it was Roe who said …" are answered by who
 * the story blames, not by reading who spoke.
 */
export const ownsBlame = (quote: string) => OWN_BLAME.test(quote);
