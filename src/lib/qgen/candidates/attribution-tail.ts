/**
 * A quotation that ends in "?" or "!" ends a sentence for the splitter, so its attribution is
 * left as a sentence of its own: "“Is this a priority for them?” Ann Roe said at a press
 * conference, according to the Daily A." gives "Ann Roe said at a press conference, according to
 * the Daily A." Read alone that is the tail of an attribution, a subject and a verb of saying with
 * nothing said: no claim a student can call true or false.
 */
import { REPORTING_VERBS } from '../lexicon';
import type { Sentence } from '../types';

/** The sentence before ends with a quotation closed right after its "?" or "!". */
const QUESTION_OR_EXCLAMATION_QUOTE = /[?!]["”’]$/;

/**
 * The statement opens with the speaker (a few words, no clause break) and the verb of saying.
 * "Roe asked" and "Sen. Ann Roe of Ohio said" alike; a subject of its own ("The board voted,
 * Roe said") has a comma or a verb before the verb of saying and is not matched.
 */
const SPEAKER_THEN_SAYING = new RegExp(
	`^(?:[\\p{L}.’'-]+\\s+){1,6}?(?:${REPORTING_VERBS.join('|')})\\b`,
	'u'
);

export function attributionTail(
	statement: string,
	s: Sentence,
	sentences: readonly Sentence[]
): boolean {
	const before = sentences[s.index - 1];
	if (!before || before.paragraph !== s.paragraph) return false;
	return (
		QUESTION_OR_EXCLAMATION_QUOTE.test(before.text.trim()) && SPEAKER_THEN_SAYING.test(statement)
	);
}
