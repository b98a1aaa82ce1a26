/**
 * Lines a publisher adds around an article rather than sentences of the report: the print
 * edition's date line ("A version of this article appears in print on …, on Page A14 of the
 * New York edition with the headline: …"), follow-us and newsletter invitations, copyright,
 * reporters' credits.
 * A question drawn from one asks for a page number or a date the event has nothing to do
 * with; the cleaner may leave such lines in, so selection keeps them out of every set.
 */
import { noteKind } from '$lib/content/furniture';

/** A reporter's name, and the place they filed from ("Oakland, Calif."): capitalised words only. */
const REPORTER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;
const FILED_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:,?\s\p{Lu}[\p{L}.'’-]*){0,3}`;
/** "Lee reported from Harlow, N.H.; Chen, from Riverton.": the whole line is the credit. */
const FILED_FROM = new RegExp(
	`^${REPORTER} reported from ${FILED_PLACE}(?:;\\s*${REPORTER},? from ${FILED_PLACE})*\\.?$`,
	'u'
);

const PUBLISHER_LINE = [
	// The print edition's date line, in its usual forms.
	/\b(?:appears?|appeared|ran|was published) in print\b/i,
	/\bversion of this (?:article|story|report)\b/i,
	/\bprint edition\b/i,
	/\bof the [\p{L} .]+ edition with the headline\b/iu,
	// Invitations and notices addressed to the reader, not reports of the event.
	/\b(?:follow|like) (?:us|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*) on (?:twitter|facebook|instagram)\b/iu,
	/\bsign up for (?:our|the) [\p{L} ]*newsletter\b/iu,
	/\bclick here\b/i,
	/^\s*(?:copyright|©)/i,
	// A standing note the outlet sets under every article on a subject ("Editor’s note: …").
	/^\W*editor['’]s note\b/i,
	// Reporters' credits at the foot: "Contributing: Ann Lee.", "Bo Chen contributed reporting.",
	// and a line that is nothing but where each reporter filed from ("Lee reported from Harlow;
	// Chen, from Riverton.").
	/^\W*contributing:/i,
	/\bcontributed (?:reporting|to this (?:report|article|story))\b/i,
	// An opinion writer's disclaimer: "Roe's opinions are her own.", "The views expressed in this
	// commentary are solely those of the author."
	/\b(?:opinions|views)(?: expressed)?(?: in this [\p{L}-]+)? are (?:solely |entirely )?(?:his|her|their|the author['’]s|the writer['’]s) own\b/iu,
	/\b(?:opinions|views) expressed in this [\p{L}-]+ are (?:solely |entirely )?those of the (?:author|writer)s?\b/iu,
	FILED_FROM
];

/**
 * A note about the article itself ("This post has been updated with comment from the mayor.",
 * "Correction: …", "An earlier version of this story …"): the importer's rules (content/
 * furniture.ts) already know them, so they are read once there. An "Update:" label is left
 * out: what follows it is often new reporting of the event.
 */
function noteOnTheArticle(text: string): boolean {
	const t = text.trim();
	const kind = noteKind(t);
	return kind !== null && !(kind === 'editorsNote' && /^update/i.test(t));
}

/** Is this evidence text a publisher's line (print date line, follow-us, newsletter, copyright)? */
export const isPublisherLine = (text: string): boolean =>
	PUBLISHER_LINE.some((pattern) => pattern.test(text)) || noteOnTheArticle(text);

/**
 * A paragraph that is only an archive's or a page's label in capitals: "ABSTRACT.", "FULL
 * TEXT." (a news archive's export around the summary and the body), "TWITTER.", "ASSOCIATED
 * PRESS." (a share button, a wire credit). One or two words, no sentence: a prompt that prints
 * one beside a real sentence shows page furniture, so the analysis reads none.
 */
const LABEL_LINE = /^\s*\p{Lu}[\p{Lu}'’&-]+(?:\s\p{Lu}[\p{Lu}'’&-]+)?\.\s*$/u;

export const isLabelLine = (paragraph: string): boolean => LABEL_LINE.test(paragraph);
