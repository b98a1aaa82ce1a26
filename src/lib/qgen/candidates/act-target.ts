/**
 * Whom an act of criticism is aimed at when the phrase names what a person holds or a relative
 * of the one who criticises, not a name: one outlet writes that Roe "blasted her older sibling",
 * another that she "criticized her sister's opposition to the plan". Both are one act on one
 * person; read as the things "sibling" and "opposition" they would never be compared
 * (describe-acts.ts groups acts by subject and target).
 */
import { wordAlternatives } from '$lib/text/regexp';
import { HELD_VIEW_NOUNS, KINSHIP_NOUNS, KIN_QUALIFIERS, SIBLING_NOUNS } from '../lexicon';

export interface ActTarget {
	/** What groups the act with other outlets': a person of the story, or `kin:` and the relative. */
	object: string;
	/** The relative as a prompt may name them ("her sister"), for a `kin:` target. */
	shown?: string;
}

/** "Roe's remarks", "her sister’s stance", "his brother's public position": an owner and a held view. */
const HELD_VIEW = new RegExp(
	String.raw`^(.+?)['’]s\s+(?:[a-z]+\s+)?(?:${wordAlternatives(HELD_VIEW_NOUNS)})$`
);
/**
 * "her older sibling", "his sister": a relative of the subject, named by the possessive that points
 * back to it. Words of age or closeness may stand between; nothing that would make another
 * person of them ("her sister's husband" is no sibling).
 */
const KIN = new RegExp(
	String.raw`^(her|his|their)\s+(?:(?:${KIN_QUALIFIERS.join('|')})\s+)*(${wordAlternatives([...SIBLING_NOUNS, ...KINSHIP_NOUNS])})$`,
	'i'
);

/**
 * The target of `phrase` (what the criticism verb takes, already cut at its end) when it is a
 * held view or a relative; `personEnding` gives the story's person whose name ends a text, if any.
 */
export function heldOrKinTarget(
	phrase: string,
	personEnding: (text: string) => string | undefined
): ActTarget | undefined {
	const held = HELD_VIEW.exec(phrase);
	const owner = held ? held[1]! : phrase;
	if (held) {
		const person = personEnding(owner);
		if (person) return { object: person };
	}
	const kin = KIN.exec(owner);
	if (!kin) return undefined;
	const noun = kin[2]!.toLowerCase();
	// A sister and a sibling are one relative: the outlets choose either word.
	const kind = SIBLING_NOUNS.includes(noun) ? 'sibling' : noun;
	return { object: `kin:${kind}`, shown: `${kin[1]!.toLowerCase()} ${noun}` };
}
