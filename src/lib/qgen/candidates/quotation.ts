/**
 * Which quotation a quote belongs to. News English splits one speaker's quotation into
 * sentences around "he said" ("“A,” Roe said. “B.”"), and the generator reads each as a quote
 * of its own. Two questions in the first ten on the sentences of one quotation ask the same
 * thing twice, so each quote question carries the keys of the quotations it draws on, and
 * selection keeps one question per quotation there (the longer bank may hold both).
 */
import { sameName } from '../align';
import type { StoryView } from '../analyze';
import type { Quote } from '../types';
import { escapeRegExp } from '$lib/text/regexp';
import { normaliseSpace } from '$lib/content/space';
import {
	CONTINUING_VERBS,
	COURTESY_PHRASES,
	FORWARD_POINTERS,
	PERSONAL_PRONOUNS,
	SIGN_OFFS,
	TITLE_SMALL_WORDS,
	WEEKDAYS
} from '../lexicon';
import { isExpletive } from './gap-checks';

/**
 * One key per quotation: this speaker's quotes in one paragraph of one article, and a quote
 * that goes on with them past a paragraph break (see goesOn).
 */
export function quotationKey(view: StoryView, q: Quote): string {
	const a = view.analyses.find((x) => x.article.id === q.articleId);
	if (!a) return `${q.articleId}@${q.start}`;
	const text = a.article.text;
	const who = (x: Quote) => x.speaker ?? x.speakerText;
	const quotes = [...a.quotes].sort((x, y) => x.start - y.start);
	// Walk back through the speaker's quotes while each goes on with the one before it; the
	// first names the quotation.
	let first = q;
	for (;;) {
		const prev = quotes.findLast((x) => x.start < first.start && sameName(who(x), who(q)));
		if (!prev || !goesOn(text, prev, first)) break;
		first = prev;
	}
	return `${q.articleId}@${first.start}`;
}

const CONTINUING = new RegExp(
	`^[^\\p{L}“"]*(?:\\S+\\s+){0,4}?(?:${CONTINUING_VERBS.map((v) => escapeRegExp(v).replace(/\s+/g, '\\s+')).join('|')})\\b`,
	'iu'
);
/**
 * Credited again with a bare "Roe said" / "said Roe" (at most three capitalised words), not
 * with a new audience or occasion ("Roe told reporters later", "Roe said in an interview").
 */
const BARE_SAID =
	/^[^\p{L}]*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says)|(?:said|says)(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*[.,]/u;
/** The end of a quote's paragraph after its closing mark: its attribution, no other quote. */
const ATTRIBUTION_WORDS_MAX = 25;

/**
 * Does `q` go on with `prev`, the same speaker's quote before it? In one paragraph, always
 * ("“A,” Roe said. “B.”"). Past one paragraph break only when nothing of the writer's comes
 * between (prev's paragraph ends on its quote and attribution, q's paragraph opens on q) and
 * q is not credited to a new occasion: it carries prev's speaker, or is credited to a pronoun
 * ("she said"), with a verb of going on ("Roe continued") or a bare "Roe said". "“C,” Roe
 * told reporters later." in the next paragraph is another occasion, and another quotation.
 */
function goesOn(text: string, prev: Quote, q: Quote): boolean {
	const para = (x: Quote) => text.lastIndexOf('\n\n', x.start);
	if (para(prev) === para(q)) return true;
	const parts = text.slice(prev.end, q.start).split(/\n\s*\n/);
	if (parts.length !== 2) return false;
	const [tail, head] = parts as [string, string];
	if (head.replace(/[\s“"‘]/g, '') !== '') return false;
	if (!/^[\p{P}]*[”"’]/u.test(tail) || /[“]/.test(tail)) return false;
	if (tail.trim().split(/\s+/).length > ATTRIBUTION_WORDS_MAX) return false;
	const after = text.slice(q.end, q.end + 80);
	return (
		!!q.speakerSpan ||
		PERSONAL_PRONOUNS.includes(q.speakerText.toLowerCase()) ||
		CONTINUING.test(after) ||
		BARE_SAID.test(after)
	);
}

const SIGN_OFF_WORDS = SIGN_OFFS.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');
/**
 * "Thanks, Ann", "Thank you, and have a good weekend", "Best, Tom": a quote that opens on a
 * thank-you or a sign-off and its comma ("Best thing we can do …" opens on no sign-off).
 */
const OPENS_ON_SIGN_OFF = new RegExp(`^(?:(?:${SIGN_OFF_WORDS}),|thanks\\b|thank\\s+you\\b)`, 'i');
/** "… for the great work, guys. Best, DM": a message that ends on its sign-off and signature. */
const ENDS_ON_SIGN_OFF = new RegExp(
	`(?:^|[.!?,]\\s+)(?:${SIGN_OFF_WORDS}),?\\s+(?:\\p{Lu}[\\p{L}.]*\\s*){1,3}[.!]?$`,
	'iu'
);
/** A thank-you or a farewell longer than this is about something ("Thanks, Clarkston, for welcoming …"). */
const SIGN_OFF_WORDS_MAX = 10;

const COURTESY = COURTESY_PHRASES.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');
/**
 * What may follow a thank-you ("so much", "again") in a pleasantry: courtesies
 * (COURTESY_PHRASES), each with whom and when ("talking to you Monday", "seeing you all then",
 * "a great weekend"), joined by "and" or a comma, and a last "everyone". A thank-you for
 * something ("for welcoming these refugees", "working with the council") is none of these.
 */
const ONLY_COURTESIES = new RegExp(
	`^(?:\\s+(?:(?:so|very)\\s+much|again|a\\s+lot))*(?:[\\s,.!;—–-]*(?:and\\s+)?(?:(?:I|we)(?:['’]ll|['’]d|\\s+will|\\s+would)?\\s+)?(?:${COURTESY})(?:\\s+(?:to|with|from)?\\s*(?:you|y['’]all|everyone)(?:\\s+all)?)?(?:\\s+(?:on\\s+)?(?:${WEEKDAYS.join('|')}|soon|then|tomorrow|today|later|next\\s+week|this\\s+week|weekend|day|evening|holiday|one|trip))*)+(?:[\\s,]+(?:everyone|all|y['’]all))?[\\s.!]*$`,
	'i'
);

const POINTER = FORWARD_POINTERS.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');
/**
 * A lead-in with nothing of its own: a copula or a verb of saying followed by a word that points
 * forward to what comes next ("What has happened basically is this", "I'll tell you what",
 * "Here's the thing"), or a speaker's "let me be clear" about the words to come.
 */
const POINTS_FORWARD = new RegExp(
	`(?:^here(?:['’]s|\\s+is|\\s+are)|\\b(?:is|was|are|were|be|['’]s|say|said|tell\\s+you|told\\s+you|put\\s+it))\\s+(?:${POINTER})[\\s.,!…—–-]*$`,
	'i'
);
const SPEAKS_ABOUT_SPEAKING =
	/^let\s+me\s+(?:be\s+\p{L}+|say\s+this|put\s+it\s+\p{L}+)[\s.,!…—–-]*$/iu;
/** A lead-in longer than this says something on the way ("The lesson we learned from the flood is this"). */
const LEAD_IN_WORDS_MAX = 10;

/**
 * A quote that only leads in to what the speaker says next: it ends on a colon, or it is a
 * short clause whose last words point forward (see POINTS_FORWARD). Any speaker could have
 * said it, so "who said it?" asks nothing.
 */
export function emptyLeadIn(text: string): boolean {
	const t = normaliseSpace(text).replace(/^[“"‘'\s]+|[”"’'\s]+$/g, '');
	if (/:$/.test(t)) return true;
	if (t.split(/\s+/).length > LEAD_IN_WORDS_MAX) return false;
	return POINTS_FORWARD.test(t) || SPEAKS_ABOUT_SPEAKING.test(t);
}

/**
 * A quote not worth a student's "who said" or "which outlet": the sign-off of a letter or an
 * email ("Thanks for the great work, guys, DM."), words with a swear word in them, printed
 * or masked ("f---ing"), or a lead-in with no content of its own ("Here's the thing"). All are
 * side details of the story, whoever said them.
 */
export function trivialQuote(text: string): boolean {
	const t = normaliseSpace(text).replace(/^[“"‘'\s]+|[”"’'\s]+$/g, '');
	if (isExpletive(t)) return true;
	if (titleInQuotes(t)) return true;
	if (emptyLeadIn(t)) return true;
	if (ENDS_ON_SIGN_OFF.test(t)) return true;
	if (onlyThanks(t)) return true;
	const opening = OPENS_ON_SIGN_OFF.exec(t);
	if (!opening) return false;
	// "Thank you and I look forward to talking to you Monday": past ten words, yet only courtesy.
	return (
		t.split(/\s+/).length <= SIGN_OFF_WORDS_MAX ||
		ONLY_COURTESIES.test(t.slice(opening.index + opening[0].length))
	);
}

/** "I would like to thank", "I also want to thank", "We thank": a sentence that opens on thanks. */
const OPENS_ON_THANKS =
	/^(?:I|we)\s+(?:(?:would|['’]d|want|wish)\s+)?(?:also\s+)?(?:(?:like|want)\s+)?(?:to\s+)?thank\b/i;
/** "Thank you.", "Thanks so much, everyone!": a bare thank-you closing the acknowledgements. */
const BARE_THANKS =
	/^(?:thanks|thank\s+you)(?:\s+(?:so\s+much|very\s+much|all|again|everyone))*[.!]?$/i;

/**
 * "I would like to thank my staff for all of their hard work. I would also like to thank my
 * family …": every sentence a thank-you, the acknowledgements of a farewell or a victory. Who
 * thanked whom is no news of the story, and "who said it?" asks only who left or won.
 */
function onlyThanks(text: string): boolean {
	const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((x) => x.trim());
	return (
		sentences.some((x) => OPENS_ON_THANKS.test(x.trim())) &&
		sentences.every((x) => OPENS_ON_THANKS.test(x.trim()) || BARE_THANKS.test(x.trim()))
	);
}

/** A title runs this long at most; a longer run of capitalised words is a slogan or a shout. */
const TITLE_WORDS_MAX = 6;

/**
 * A show's, a book's or an event's name in quotation marks ("said on the program “State of the
 * Union”", "told “Fox & Friends”"): every word capitalised but the small words of a title, so
 * it is no one's remark, and "who said it?" would be keyed on whoever appeared on the show.
 */
export function titleInQuotes(text: string): boolean {
	// "Happy New Year!": an exclamation or a question is said to someone; a title seldom is.
	if (/[!?]\s*$/.test(text)) return false;
	const words = text
		.replace(/[.,;:…]+$/, '')
		.split(/\s+/)
		.filter(Boolean);
	if (words.length < 2 || words.length > TITLE_WORDS_MAX) return false;
	const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w));
	// "I am here" opens on a capital but is a sentence: its other words are lower case.
	return (
		capitalised.length >= 2 &&
		words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.includes(w))
	);
}

/** A word lower-cased without its punctuation: two transcriptions of a remark meet word for word. */
export const plainWord = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A text's words as `plainWord` reads them. */
export const plainWords = (text: string) => text.split(/\s+/).map(plainWord).filter(Boolean);
