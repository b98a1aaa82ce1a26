/**
 * A gap on a verb of judgement (word-gap.ts) that the rest of the sentence fills by its own
 * words: blind readers rejected "Mr. Roe also ____ the Justice Department … for not pursuing
 * investigations" with "praised" and "defended" offered, since the reason rules them out without
 * reading the story. Kinds of news English that tell the verb's side:
 * - an adverb of a harsh manner right before it ("sharply ____ the plan"): only blame takes it;
 * - a reason that names a failing ("____ him for not acting", "for refusing to"): a reason to
 *   blame;
 * - another side's dissent the subject goes against ("____ his decision, over Democratic
 *   criticism"): the subject's act is one of favour.
 * - a good outcome for the object ("____ the progress on …", "____ the gains"): no one blames or
 *   ignores progress in their own words, so only favour fits.
 * Each cue counts only when it agrees with the key: a failing before a key of praise ("praised him
 * for never giving up") misleads rather than tells, and the item stays.
 */
import {
	ACHIEVEMENT_NOUNS,
	DISSENT_NOUNS,
	FAILING_REASON_WORDS,
	HARSH_MANNER_ADVERBS
} from '../lexicon';

const HARSH_BEFORE = new RegExp(`\\b(?:${HARSH_MANNER_ADVERBS.join('|')})\\s+$`, 'i');
/** "for" and a failing within the key's clause (before a full stop, semicolon or colon). */
const FAILING_AFTER = new RegExp(
	`^[^.;:]*?\\bfor\\s+(?:${FAILING_REASON_WORDS.join('|')})\\b`,
	'i'
);
/** "over Democratic criticism", "despite the objections of": dissent within the key's clause. */
const DISSENT_AFTER = new RegExp(
	`^[^.;:]*?\\b(?:over|despite)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${DISSENT_NOUNS.join('|')})\\b`,
	'iu'
);
/** "the progress", "their recent gains": a good outcome as the verb's object, within three words. */
const ACHIEVEMENT_OBJECT = new RegExp(
	`^\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:${ACHIEVEMENT_NOUNS.join('|')})\\b`,
	'iu'
);

/**
 * Whether the words before and after a gapped verb of judgement tell which side it takes, so a
 * wrong choice of the other side is ruled out by the sentence. `blame`: the key blames (its wrong
 * choices praise or credit); otherwise it favours.
 */
export function judgementCued(before: string, after: string, blame: boolean): boolean {
	if (blame) return HARSH_BEFORE.test(before) || FAILING_AFTER.test(after);
	return DISSENT_AFTER.test(after) || ACHIEVEMENT_OBJECT.test(after);
}
