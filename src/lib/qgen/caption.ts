/**
 * Photo captions survive article cleaning as one-sentence paragraphs. They make poor
 * questions: they describe a picture the student cannot see. Captions show by their
 * credit, by naming the image, or by their grammar: news prose reports the past in the
 * past tense, while a caption describes the scene in the present ("Migrants march
 * toward the border on Sunday") or has no verb at all ("Members of the caravan at the
 * border wall on Sunday").
 */
import type { Sentence } from './types';

/** A photo credit marks its whole paragraph as a caption. */
const CREDIT =
	/\((AP|AFP|Reuters|Getty|EPA)\b[^)]*\)|\b(AP|AFP|EPA) Photo\b|\bPhoto(graph)?( credit)?:|Getty Images|\/\s*(AP|AFP|Reuters|Getty|EPA)\b/;
/** Words that name the image itself, telling only in a paragraph of one sentence. */
const IMAGE_WORDS =
	/\b(pictured|photo(graph)?ed|in this (photo|picture|image)|seen here|left to right)\b/i;
/** Past-tense verbs: regular ones end in -ed; the common irregular ones are listed. */
const PAST =
	/\b(\w{3,}ed|was|were|had|did|said|told|went|came|took|made|gave|met|left|began|ran|saw|held|led|fled|fell|won|lost|sent|spent|brought|thought|sought|struck|became|wrote|spoke|kept|found|paid|knew|got|stood|sat|built|rose|drew|broke|chose|drove|flew|grew|threw|wore|heard|meant|felt|sold|bought|taught|caught)\b/i;
/** Other words that make a clause finite (auxiliaries, reporting verbs). */
const FINITE =
	/\b(is|are|be|been|has|have|will|would|can|could|may|might|must|should|shall|does|do|says|tells)\b/i;
const DAY_OR_DATE =
	/\b(on|in)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b/i;

export function looksLikeCaption(sentence: Sentence, sentences: readonly Sentence[]): boolean {
	const paragraph = sentences.filter((s) => s.paragraph === sentence.paragraph);
	if (paragraph.some((s) => CREDIT.test(s.text))) return true;
	if (paragraph.length > 1) return false;
	const text = sentence.text;
	if (IMAGE_WORDS.test(text)) return true;
	if (!PAST.test(text) && !FINITE.test(text)) return true;
	// A present-tense scene pinned to a day: "Activists march toward the border on April 29."
	return DAY_OR_DATE.test(text) && !PAST.test(text);
}
