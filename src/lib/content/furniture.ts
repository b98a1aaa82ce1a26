/**
 * Rules that recognise KINDS of page furniture in scraped news text, one paragraph at a time.
 * They must hold for unseen articles, so each rule looks at shape and wording patterns that
 * publishers share (consent banners address "you" about cookies, photo credits end in an
 * agency after a slash, ...), never at strings from a particular article.
 *
 * Every rule is deliberately narrow and length-capped: wrongly deleting a real paragraph
 * breaks quiz evidence, while a missed banner only costs a teacher a click.
 */
import type { ArticleNote } from '$lib/bank/schema';
import { MONTH_PATTERN } from '$lib/qgen/lexicon';

export type NoteKind = ArticleNote['kind'];

/** Ends like a sentence: terminal punctuation, optionally followed by closing quotes/brackets. */
const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/;

export function wordCount(paragraph: string): number {
	return paragraph.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function endsLikeSentence(paragraph: string): boolean {
	return SENTENCE_END.test(paragraph);
}

/**
 * A headline-, dek- or video-title-shaped line: short, starts like a title and has no final
 * punctuation. Sentences in running text always end with punctuation, titles rarely do.
 */
export function isTitleLike(paragraph: string): boolean {
	const words = wordCount(paragraph);
	return (
		words >= 2 &&
		words <= 25 &&
		paragraph.length <= 200 &&
		/^["'“‘]?[\p{Lu}\p{N}]/u.test(paragraph) &&
		!endsLikeSentence(paragraph)
	);
}

/** A section/category label printed above a headline ("Politics", "World News"). */
export function isSectionLabel(paragraph: string): boolean {
	return (
		wordCount(paragraph) <= 3 &&
		paragraph.length <= 30 &&
		/^[\p{Lu}]/u.test(paragraph) &&
		!/\d/.test(paragraph) &&
		!endsLikeSentence(paragraph)
	);
}

/** Lowercased letters and digits only, so "U.S. Embassy…" and "US embassy" compare equal. */
export function comparable(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}|[.'’]/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Equal, or the same words with at most a little difference (Dice coefficient on word sets). */
export function nearlyEqual(a: string, b: string): boolean {
	const ca = comparable(a);
	const cb = comparable(b);
	if (ca.length === 0 || cb.length === 0) return false;
	if (ca === cb) return true;
	const wa = new Set(ca.split(' '));
	const wb = new Set(cb.split(' '));
	let shared = 0;
	for (const w of wa) if (wb.has(w)) shared++;
	return (2 * shared) / (wa.size + wb.size) >= 0.85;
}

/** One or two characters, or a run of symbols with no letters/digits (separators, bullets). */
export function isStrayFragment(paragraph: string): boolean {
	if (paragraph.length <= 2) return true;
	return paragraph.length <= 12 && !/[\p{L}\p{N}]/u.test(paragraph);
}

export function isConsentBanner(paragraph: string): boolean {
	if (paragraph.length > 900) return false;
	const addressesReader = /\byou(r)?\b/i.test(paragraph);
	const cookies =
		/\bcookies?\b/i.test(paragraph) &&
		/\b(use|accept|consent|agree|settings|policy|preferences|manage)\b/i.test(paragraph);
	const privacy =
		/\b(privacy (policy|notice|settings)|terms of (use|service))\b/i.test(paragraph) &&
		/\b(by (using|continuing)|you (agree|accept|consent)|have updated|we['’]ve updated)\b/i.test(
			paragraph
		);
	return addressesReader && (cookies || privacy);
}

/** "Your browser doesn't support HTML5", "Please enable JavaScript", unplayable-video notices. */
export function isTechnicalNotice(paragraph: string): boolean {
	if (paragraph.length > 220) return false;
	return [
		/\bbrowser (does ?n[o'’]t|does not|doesn[’']t|cannot|can[’']t|is unable to) (support|play|display)/i,
		/\b(please )?(enable|turn on|activate) javascript\b/i,
		/\bjavascript (is )?(disabled|required|must be enabled|is turned off)/i,
		/\b(this |the )?video (is (not|no longer) available|is unavailable|cannot be played|could not be loaded)/i,
		/\b(upgrade|switch) to a (modern|newer|supported|different) (web )?browser/i,
		/^(loading (video|player)|video (player|unavailable))\W*$/i
	].some((r) => r.test(paragraph));
}

/** Newsletter, subscription, share bars, "Advertisement", related-link and copyright lines. */
export function boilerplateKind(paragraph: string): string | null {
	if (paragraph.length > 250) return null;
	if (/^(advertisement|sponsored( content)?|ad feedback|paid content)\W*$/i.test(paragraph))
		return 'advertisement';
	if (/^(story|article) continues below|^(continue|scroll) (reading|to continue)/i.test(paragraph))
		return 'advertisement';
	if (
		/^(sign up|subscribe|join our|don['’]t miss|never miss|get (our|the)\b[^.]*\bnewsletter)/i.test(
			paragraph
		) ||
		(/\bnewsletters?\b/i.test(paragraph) &&
			/\b(sign up|subscribe|inbox|delivered)\b/i.test(paragraph))
	)
		return 'newsletter or subscription prompt';
	if (
		/^(share|tweet|email|print)( (this|on|via) (story|article|page|facebook|twitter|email))?\W*$/i.test(
			paragraph
		) ||
		/^((facebook|twitter|email|print|whatsapp|linkedin|pinterest|reddit|copy link|share)\W*){2,}$/i.test(
			paragraph
		) ||
		/^click (here )?to (share|print|email|tweet)/i.test(paragraph)
	)
		return 'share buttons';
	if (
		/^(read more|read also|also read|see also|more|related|recommended|most read|trending|watch|listen|more on this( story)?)(\s+(stories|coverage|articles?|videos?|content))?\s*[:»›|]/i.test(
			paragraph
		) ||
		/^(read more|click here|learn more|see more|continue reading|view comments|show comments)\b[^.]{0,40}$/i.test(
			paragraph
		)
	)
		return 'related link';
	if (
		/^(\d+\s*min(ute)?s?\s*read|listen to (this|the) (article|story)|skip to (main )?content|\d+\s+comments?|(view|show|hide|load) comments)\W*$/i.test(
			paragraph
		)
	)
		return 'page navigation';
	if (/^follow (us|[\p{L} ]{1,30}) on (twitter|facebook|instagram|x)\b/iu.test(paragraph))
		return 'social media prompt';
	if (/^(©|\(c\)\s*\d{4}|copyright\s*(©|\d{4}))/i.test(paragraph)) return 'copyright line';
	return null;
}

/**
 * A photo caption with a credit: "… REUTERS/Name", "… NAME/AGENCY", "(AP Photo/…)",
 * "… Getty Images", or a "Photo: …" line. Credits never end with a full stop, which keeps
 * real sentences mentioning agencies ("…, Reuters reported.") safe.
 */
export function isPhotoCaption(paragraph: string): boolean {
	if (paragraph.length > 600) return false;
	if (
		/^(photo|image|picture|photograph|credit|caption|file photo)( credit| caption)?\s*:/i.test(
			paragraph
		)
	)
		return true;
	if (/^image (copyright|caption)\b/i.test(paragraph)) return true;
	if (/\((ap |afp |reuters |getty )?(photo|photograph|image)( by)?\s*[:/][^)]*\)$/i.test(paragraph))
		return true;
	if (/\b(getty images|shutterstock|ap images|epa-efe|afp via getty images)\)?$/i.test(paragraph))
		return true;
	// Upper-case credit words, a slash, then an agency or photographer: "THAIER AL-SUDANI/REUTERS".
	return /(^|\s)(\p{Lu}[\p{Lu}'’.-]*\s?){1,4}\/\s?\p{Lu}[\p{L}'’. -]{1,40}\)?$/u.test(paragraph);
}

/**
 * A broadcast blurb that introduces a video: its last clause is a reporter's name with
 * "reports", "reports from …", "has that story" or "has more". Names are capitalised words
 * without commas, so attributions inside real sentences ("…, AP reports.") do not match.
 */
export function isVideoBlurb(paragraph: string): boolean {
	if (paragraph.length > 400) return false;
	const word = String.raw`[\p{L}\p{N}'’.-]+`;
	const capitalised = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*`;
	// Optional role words ("chief White House correspondent"), then at least a two-part name.
	const name = String.raw`(?:${word}\s){0,6}${capitalised}\s${capitalised}\s`;
	const verb = String.raw`(?:reports|has (?:that|this|the) (?:story|report|details|latest)|has more(?: on (?:that|this|the story))?|has the (?:latest|details))`;
	const re = new RegExp(
		String.raw`(?:^|[.;!?]["”’]?\s+)${name}${verb}(?: from [^.;]{1,80})?\.$`,
		'u'
	);
	return re.test(paragraph);
}

const DATE_TIME_WORDS = new RegExp(
	String.raw`\b(?:published|updated|posted|last|modified|on|at|${MONTH_PATTERN}\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|[ap]\.?m\.?|[a-z]?[ecmp][sd]?t|gmt|utc|bst|cet)\b|\d+(?:st|nd|rd|th)?`,
	'giu'
);

/**
 * A dateline stamp such as "Published Dec. 31, 2019 10:31 AM ET" or "December 31, 2019 /
 * 11:28 AM / CBS News": date and time words with at most an outlet name left over.
 */
export function isTimestampLine(paragraph: string): boolean {
	if (paragraph.length > 100 || endsLikeSentence(paragraph.replace(/\b[ap]\.m\.$/i, 'pm'))) {
		return false;
	}
	const hasTime = /\b\d{1,2}:\d{2}\b/.test(paragraph);
	const hasDate =
		/\b\d{4}\b/.test(paragraph) ||
		new RegExp(`\\b${MONTH_PATTERN}\\.? \\d{1,2}\\b`, 'i').test(paragraph);
	if (!hasTime && !hasDate) return false;
	const leftover = paragraph
		.replace(DATE_TIME_WORDS, ' ')
		.replace(/[^\p{L}]+/gu, ' ')
		.trim();
	return leftover === '' || leftover.split(' ').length <= 2;
}

/** "By Jane Doe" or "By JANE DOE and JOHN ROE, Associated Press": a name line, not a sentence. */
export function isBylineLine(paragraph: string): boolean {
	return (
		/^by\s+\p{Lu}/iu.test(paragraph) &&
		!endsLikeSentence(paragraph) &&
		wordCount(paragraph) <= 12 &&
		paragraph.length <= 120
	);
}

/** Labels for paragraphs that are real content but not article body: corrections, credits. */
export function noteKind(paragraph: string): NoteKind | null {
	if (/^(correction|clarification)s?\b[^:]{0,60}:/i.test(paragraph)) return 'correction';
	if (/^an earlier version of this (article|story|report|post)\b/i.test(paragraph))
		return 'correction';
	if (/^this (article|story|report|post) (has been|was) corrected\b/i.test(paragraph))
		return 'correction';
	if (/^editor['’]?s note\b/i.test(paragraph)) return 'editorsNote';
	// The colon ends a note's label ("Update: …", "Updated Jan. 5:"), not a clock time's:
	// "UPDATE 2:52 p.m. -- Additional records revealed …" is a live blog's new reporting.
	if (/^(update|updated)\b(?:[^:]|(?<=\d):(?=\d\d)){0,60}:(?!\d\d)/i.test(paragraph))
		return 'editorsNote';
	if (/^this (article|story|report|post) (has been|was) updated\b/i.test(paragraph))
		return 'editorsNote';
	if (paragraph.length <= 300) {
		if (
			/\b(contributed|contributing) (reporting|to this (report|story|article))\b/i.test(paragraph)
		)
			return 'contributors';
		if (/^(additional )?(reporting|writing|editing) by\b/i.test(paragraph)) return 'contributors';
	}
	return null;
}
