/**
 * Photo captions (and headlines, below) survive article cleaning as one-sentence paragraphs. They make poor
 * questions: they describe a picture the student cannot see. Captions show by their
 * credit, by naming the image, or by their grammar: news prose reports the past in the
 * past tense, while a caption describes the scene in the present ("Migrants march
 * toward the border on Sunday") or has no verb at all ("Members of the caravan at the
 * border wall on Sunday").
 */
import { datelineEnd } from './dateline';
import { lexiconTags } from './entities';
import { MONTH_PATTERN, STATING_VERBS, WEEKDAY_PATTERN } from './lexicon';
import type { Sentence } from './types';

/** A photo credit marks its whole paragraph as a caption. */
const CREDIT =
	/\((AP|AFP|Reuters|Getty|EPA)\b[^)]*\)|\b(AP|AFP|EPA) Photo\b|\bPhoto(graph)?( credit)?:|Getty Images|\/\s*(AP|AFP|Reuters|Getty|EPA)\b/;
/** Where someone stands in the picture. */
const POSITION =
	/,\s(?:left|right|center|centre|(?:second|third) from (?:left|right)),|\((?:left|right|center|centre)\)/i;
/** Words that name the image itself, telling only in a paragraph of one sentence. */
const IMAGE_WORDS =
	/\b(pictured|photo(graph)?ed|in this (photo|picture|image)|seen here|left to right)\b/i;
/** Past-tense verbs: regular ones end in -ed; the common irregular ones are listed. */
const PAST =
	/\b(\w{3,}ed|was|were|had|did|said|told|went|came|took|made|gave|met|left|began|ran|saw|held|led|fled|fell|won|lost|sent|spent|brought|thought|sought|struck|became|wrote|spoke|kept|found|paid|knew|got|stood|sat|built|rose|drew|broke|chose|drove|flew|grew|threw|wore|heard|meant|felt|sold|bought|taught|caught)\b/i;
/** The sentence has a past-tense verb: it reports what happened rather than what is or will be. */
export const reportsThePast = (text: string) => PAST.test(text);

/** Other words that make a clause finite (auxiliaries, reporting verbs). */
const FINITE =
	/\b(is|are|be|been|has|have|will|would|can|could|may|might|must|should|shall|does|do|says|tells)\b/i;
/** A verb that states a position, plan or rule ("seeks to", "It takes"): prose, not a scene. */
const STATING = new RegExp(`\\b(?:${STATING_VERBS.join('|')})\\b`);
const DAY_OR_DATE = new RegExp(
	`\\b(on|in)\\s+(${WEEKDAY_PATTERN}|${MONTH_PATTERN}\\.?\\s+\\d{1,2})\\b`,
	'i'
);

/** A caption's scene and the line after it: longer paragraphs are reporting. */
const CAPTION_PARAGRAPH_SENTENCES = 2;
/** A caption names who is where, when: a scene of more words than this is a report's sentence. */
const CAPTION_WORDS = 20;

export function looksLikeCaption(sentence: Sentence, sentences: readonly Sentence[]): boolean {
	const paragraph = sentences.filter((s) => s.paragraph === sentence.paragraph);
	// A wire's credit in a dateline ("PARIS, Aug 31 (Reuters) -") opens a report, not a picture:
	// read as a photo credit, it made a whole article printed as one paragraph a caption.
	if (paragraph.some((s) => CREDIT.test(s.text.slice(datelineEnd(s.text))))) return true;
	// Wherever it stands: people placed in a picture ("Netanyahu, left, and Pompeo"), or a
	// scene with no verb at all, pinned to a day ("… and Pompeo on Sunday in Tel Aviv.").
	if (POSITION.test(sentence.text)) return true;
	if (isDatedScene(sentence.text) && !hasVerb(sentence.text)) return true;
	// A caption left inside a longer paragraph: it opens with a short present-tense scene pinned
	// to a day, one line at most follows, and nothing in the paragraph reports the past
	// ("Activists march … on April 29. They're there to witness …"). A paragraph of reporting on
	// what lies ahead ("The exchange comes as the rivals are stumping for votes before the
	// primary on Tuesday. Roe leads by 9 points. …") is longer, and its opening is no caption's.
	if (paragraph.length > 1)
		return (
			paragraph.length <= CAPTION_PARAGRAPH_SENTENCES &&
			paragraph[0]!.text.split(/\s+/).length <= CAPTION_WORDS &&
			isDatedScene(paragraph[0]!.text) &&
			paragraph.every((s) => !PAST.test(s.text))
		);
	const text = sentence.text;
	if (IMAGE_WORDS.test(text)) return true;
	if (!PAST.test(text) && !FINITE.test(text) && !STATING.test(text)) return true;
	return isDatedScene(text);
}

/** Any finite-looking or lexicon verb among the lower-case words. */
const hasVerb = (text: string) =>
	FINITE.test(text) || (text.match(/\b[a-z]+\b/g) ?? []).some((w) => lexiconTags(w).has('Verb'));

/** "Activists march toward the border on April 29." */
const isDatedScene = (text: string) => DAY_OR_DATE.test(text) && !PAST.test(text);

/** Broadcast promos that introduce a video: "… Jane Roe reports from Paris", "… has that story." */
const PROMO =
	/\b(?:reports from|has (?:that|the|more on the) story|has the latest|has more|joins us)\b/i;

/**
 * Headlines, decks and video promos that survive cleaning at the top of an article read
 * like sentences but drop articles and report the past in the present ("President
 * Trump postpones imposing tariffs on EU and allies"; "Comey claims FBI does not leak
 * in redacted memos."). They show by a missing full stop, or, in the opening
 * paragraph, by a promo line or by having no past-tense verb at all.
 */
export function looksLikeHeadline(sentence: Sentence, sentences: readonly Sentence[]): boolean {
	const text = sentence.text.trim();
	// A wire's dateline ("WASHINGTON (AP) —") is no part of the line: "The latest on … (all times
	// EST):" after one is still a live blog's heading.
	const words = text.slice(datelineEnd(text)).split(/\s+/).length;
	if (words <= 20 && !/[.!?"”’)]$/.test(text)) return true;
	const first = sentences[0]?.paragraph;
	if (sentence.paragraph !== first) return false;
	const paragraph = sentences.filter((s) => s.paragraph === first);
	if (paragraph.some((s) => PROMO.test(s.text))) return true;
	return paragraph.length === 1 && words <= 20 && (!PAST.test(text) || presentHeadlineVerb(text));
}

/**
 * A headline's verb: the first lower-case word after a capitalised subject, in the
 * present with -s ("Comey claims …", "President Trump postpones …"). compromise's word
 * list reads "claims" as a noun, so the shape decides.
 */
function presentHeadlineVerb(text: string): boolean {
	const verb = /^(?:[A-Z][\w.'’-]*\s+)+([a-z]+)\b/.exec(text)?.[1] ?? '';
	return /[^siu]s$/.test(verb) && !/^(?:has|was|does)$/.test(verb);
}

/** Lines about the web page rather than the news: "Redacted copies can be seen below." */
const PAGE_FURNITURE =
	/\b(?:can be (?:seen|read|viewed|found|watched) (?:below|above|here)|(?:see|read|watch) (?:it |them )?below|click here|read more|sign up for|subscribe to our)\b/i;

/**
 * An HTML-like tag left in the text by an embedded post ("<tweet id=… author=…>…</tweet>"):
 * a page's code around someone else's words, not a sentence of the report to print in a prompt.
 */
export const EMBED_MARKUP = /<\/?[a-z]+(?:\s[^<>]*)?>/i;

/**
 * Captions, headlines, promos and embedded posts: lines a question should not be built on. So
 * is a "sentence" opening in lower case, the tail of one the source broke apart.
 */
export const notBodyProse = (sentence: Sentence, sentences: readonly Sentence[]) =>
	/^[a-z]/.test(sentence.text.trim()) ||
	PAGE_FURNITURE.test(sentence.text) ||
	EMBED_MARKUP.test(sentence.text) ||
	looksLikeCaption(sentence, sentences) ||
	looksLikeHeadline(sentence, sentences);
