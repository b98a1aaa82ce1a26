/**
 * A sentence-length choice torn out of its sentence: the form alone shows a student it was cut
 * from a longer text, so it is ruled out without reading (issue #10). Shared by the families
 * that offer sentences or clauses as wrong answers (main idea, why, "what did X do?"), so one
 * test of news English decides for all of them.
 */
import {
	BACK_POINTING_OPENERS,
	DANGLING_END_WORDS,
	NUMBER_WORD_PATTERN,
	PHRASE_END_PREPOSITIONS
} from '../lexicon';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Nevertheless the council …", "Shortly afterward, the board …", "Later, …": an opener that
 * ties the sentence to the one before it. Not "then-governor" (a former title) nor "So far",
 * "so many …" (a degree, no link to an earlier sentence).
 */
const BACK_POINTING = new RegExp(
	`^(?!so\\s+(?:far|many|much|few|long)\\b)(?:${BACK_POINTING_OPENERS.map((w) =>
		// An opener given with its comma ("later,") is matched with it; the others as whole words.
		w.endsWith(',') ? escape(w) : `${escape(w)}(?![\\w-])`
	).join('|')})`,
	'i'
);

/** "Days later, …", "Two weeks later the board …": a time counted from an event told before. */
const COUNTED_LATER = new RegExp(
	`^(?:(?:a|an|a few|several|${NUMBER_WORD_PATTERN}|\\d+)\\s+)?(?:minute|hour|day|week|month|year)s?\\s+later\\b`,
	'i'
);

/** "One, Ann Roe, said …": the first of a group a sentence before counted. */
const COUNTED_MEMBER = new RegExp(`^${NUMBER_WORD_PATTERN},\\s`, 'i');

/**
 * Words that cannot open a statement or a phrase standing for one: a conjunction, a relative
 * or a preposition left by a cut ("which the board rejected", "of the new rules …").
 */
const CLAUSE_TAIL_OPENER =
	/^(?:and|or|but|nor|which|who|whom|whose|where|whereas|while|than|of|for|with|from|by|at|into|as)\b/;

/** "criticizing himself against a report": a participle with its object, its subject cut off. */
const PARTICIPLE_OPENER =
	/^[a-z]+ing\s+(?:him|her|them|it|us|me|himself|herself|themselves|itself|the|a|an|his|their|its|that|for|to|on|about|out|up)\b/;

const DANGLING_END = new RegExp(`\\b(?:${DANGLING_END_WORDS.join('|')})[.!?]?$`, 'i');
/** "… the pact's": a thing's possessive waits for its noun ("with Roe's" may stand for Roe's own). */
const POSSESSIVE_END = /(?:^|\s)[a-z]+['’]s[.!?]?$/;
const PHRASE_CUT_END = new RegExp(`\\b(?:${PHRASE_END_PREPOSITIONS.join('|')})[.!?]?$`, 'i');

export interface TornOptions {
	/**
	 * The family offers lower-case phrases on purpose: a verb phrase for "what did X do?"
	 * ("vetoed the contract"), a clause for a why item ("the council cut the budget"). Then
	 * only an opening no phrase of that kind has (a conjunction, a relative, a preposition, a
	 * participle with its object) marks a cut, and a phrase may not end on a preposition.
	 */
	lowercasePhrases?: boolean;
	/** The key beside it: an opening word the key shares is the family's form, not a cut. */
	key?: string;
}

const firstWord = (s: string) => /^[a-z]+/i.exec(s.trim())?.[0]?.toLowerCase();

/** A lower-case opening that shows the cut, for a family that offers lower-case phrases. */
function opensMidPhrase(t: string, key: string | undefined): boolean {
	// "to lay the groundwork …" beside a key "to change …": the family's own form.
	if (key !== undefined && firstWord(key) === firstWord(t)) return false;
	return CLAUSE_TAIL_OPENER.test(t) || PARTICIPLE_OPENER.test(t);
}

/**
 * Why `text` reads as torn from its sentence, or undefined when it stands as a choice: an
 * opener that points back, a counted member ("One, …"), a lower-case start mid-clause, or an
 * end on a word waiting for more ("… the pact's", "… talks and").
 */
export function tornChoice(text: string, options: TornOptions = {}): string | undefined {
	const t = text.trim().replace(/^[“"‘']/, '');
	if (BACK_POINTING.test(t) || COUNTED_LATER.test(t)) return 'points back';
	if (COUNTED_MEMBER.test(t)) return 'counts back';
	if (/^[a-z]/.test(t) && (!options.lowercasePhrases || opensMidPhrase(t, options.key)))
		return 'opens mid-clause';
	const end = t.replace(/[”"’')\]]+$/, '');
	if (
		DANGLING_END.test(end) ||
		POSSESSIVE_END.test(end) ||
		(options.lowercasePhrases && PHRASE_CUT_END.test(end))
	)
		return 'ends mid-phrase';
	return undefined;
}
