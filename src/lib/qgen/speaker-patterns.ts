/**
 * The regular-expression pieces quotes.ts reads attributions with: a speaker (a name, a
 * pronoun, "the" and a role), what may stand after the name before its verb (an appositive, a
 * party tag), and the reporting verbs. Kept apart so that quotes.ts stays readable in one go.
 */
import {
	AGENT_NOUNS,
	CHARACTERISING_VERBS,
	COUNTING_DETERMINERS,
	NAMING_VERBS,
	NUMBER_WORD_PATTERN,
	PEOPLE_NOUNS,
	REPORTING_VERBS,
	ROLE_NOUNS as ROLE_NOUN_WORDS,
	STAFF_NOUNS
} from './lexicon';
import { wordAlternatives } from '$lib/text/regexp';

export const VERBS = [...REPORTING_VERBS, 'describes?d?', 'told reporters'].join('|');
/** Capitalised words that open sentences but never name a speaker, and party tags ("D-Conn."). */
export const NOT_SPEAKER =
	'(?!(?:However|But|And|In|On|At|After|Before|Earlier|Later|Meanwhile|Still|Also|While|When|As|If|So|Then|This|That|These|Those|It|Its|There|Some|Many|A|An|Both|Neither|Yet|Now|Instead|Asked|Speaking|His|Her|Their|Our|Its|Why|What|How|Who)\\b)(?![A-Z]-[A-Z])(?!The\\b(?!\\s+[A-Z]))';
/** Lower-case words allowed inside a speaker's name and title: "Secretary of State X", "Foreign Ministry spokesman X". */
export const NAME_JOINERS =
	'(?:al|el|bin|ibn|abu|de|van|von)[- ]|of\\s+(?:the\\s+)?|(?:spokesman|spokeswoman|spokesperson|leader|minister|secretary|official|cleric|chief|president|senator|aide|adviser|ambassador|commander|director)\\s+';
export const NAME = `${NOT_SPEAKER}[A-Z][\\p{L}.'’-]*(?:\\s+(?:${NAME_JOINERS})?[A-Z][\\p{L}.'’-]*){0,7}`;
export const ROLE_NOUNS =
	'president|spokesman|spokeswoman|spokesperson|official|officials|statement|ministry|department|senator|lawmaker|leader|minister|secretary|governor|mayor|group|militia|embassy|agency|police|military|army|pentagon|white house|prime minister|cleric|chief|commander|ambassador|administration|government|company|source|sources|witness|witnesses|analyst|expert';
// A pronoun is a whole word: "said her lawyer" is not "he".
export const SPEAKER = `(?:${NAME}|(?:[Hh]e|[Ss]he|[Tt]hey)(?![\\p{L}'’-])|[Tt]he\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:${ROLE_NOUNS}))`;
export const APPOSITIVE = '(?:\\s*\\([^)]{1,30}\\))?(?:(?:,\\s+[^,“”"]{2,90}){1,2},)?,?';
const NAMING = wordAlternatives(NAMING_VERBS);
/** The naming verbs as participles ("calling", "labeling"), which go with the clause's subject. */
const NAMING_PARTICIPLES = wordAlternatives(NAMING_VERBS.filter((v) => v.endsWith('ing')));
/** After a naming verb, these make it another verb: "called for", "called on", "called off". */
const NOT_NAMED = '(?!(?:for|on|in|off|out|up|upon|into|to|back|over)\\b)';
/** A sentence's opening before its subject: a dateline ("RIVERTON —"), a phrase and its comma. */
const OPENING = `^\\s*(?:[^—–“”"]{0,40}[—–]\\s+)?(?:(?:In|On|At|After|During|Before|Earlier|Later|Last|This|Then|Speaking|When|While)\\b[^,“”"]{0,60},\\s+)?`;
/**
 * "Roe defended the plan, calling critics “…”", "Roe picked up on the criticism, telling a
 * talk show that there is “…”": a participle after the main clause goes with its subject, who
 * speaks the quoted words. Read on the sentence up to the quote, each earlier quotation replaced
 * by a placeholder word. "telling X that" takes no clause with a verb of saying of its own
 * ("telling reporters that Poe had called it “…”" gives Poe's words).
 */
export const PARTICIPLE_CLAUSE = new RegExp(
	`${OPENING}(${SPEAKER})${APPOSITIVE}\\s+(?:(?:has|had|also|then|later|\\w+ly)\\s+){0,2}[a-z]+ed\\b[^“”".;]{0,120}?,\\s+(?:(?:${NAMING_PARTICIPLES})\\s+${NOT_NAMED}[^“”".,;]{1,60}?(?:\\s+(?:a|an|the))?|(?:describing|portraying)\\s+[^“”".,;]{1,60}?\\s+as(?:\\s+(?:a|an|the))?|telling\\s+[^“”".,;]{1,40}?(?:[,:]|\\s+that\\b(?:(?!\\b(?:${VERBS}|${NAMING})\\b)[^“”".;]){0,80}?))\\s*$`,
	'u'
);
/**
 * "Roe slammed the plan as “…”", "Roe has hailed the vote as “…”": the one who judges speaks the
 * words. Not one of several ("Poe and Roe slammed …"), nor across a relative clause ("the plan,
 * which Roe slammed as …" is read from Roe on).
 */
export const CHARACTERISED = new RegExp(
	`(?<!\\band\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}|[\\p{L}'’-]|\\p{Lu}[\\p{L}.'’-]*\\s)(${SPEAKER})${APPOSITIVE}\\s+(?:(?:has|had|have|also|then|later|once|\\w+ly)\\s+){0,2}(?:${wordAlternatives(CHARACTERISING_VERBS)})\\s+(?!(?:himself|herself|themselves)\\b)(?:(?!\\b(?:who|which|that|whom)\\b)[^“”".;,]){1,80}?\\s+as\\s+(?:(?:a|an|the)\\s+)?$`,
	'u'
);

const COUNTING = `(?:${COUNTING_DETERMINERS.join('|')}|${NUMBER_WORD_PATTERN})`;
/** A speaker read from "One Roe spokesman said": its first word counts, it names no one. */
const COUNTING_LEAD = new RegExp(`^${COUNTING}(?:\\s|$)`, 'i');
/** "said one Roe spokesman", "said two senior Roe advisers": the count stands before the name. */
const COUNTING_BEFORE = new RegExp(`\\b${COUNTING}\\s+(?:[a-z][\\p{L}-]*\\s+){0,2}$`, 'iu');
const STAFF = [...AGENT_NOUNS, ...PEOPLE_NOUNS, ...ROLE_NOUN_WORDS, ...STAFF_NOUNS]
	.map((n) => `${n.replace(/\s+/g, '\\s+')}s?`)
	.join('|');
/**
 * Right after the name, a staff noun in lower case, perhaps after a word or two ("campaign",
 * "leadership"); not after a verb or a function word ("A defensive Roe said his critics …" is Roe).
 */
const STAFF_AFTER = new RegExp(
	`^\\s+(?:(?!(?:${VERBS}|his|her|their|its|the|a|an|to|of|in|on|at|for|with|that|and|or|who)\\b)[a-z][\\p{L}-]*\\s+){0,2}?(?:${STAFF})\\b`,
	'u'
);

/**
 * "One Roe spokesman said", "said two Roe advisers", "Another Roe aide said": a count before a
 * name and a staff noun is someone unnamed who works for Roe. The name is whose staff speaks,
 * and "One Roe" is no one's name; the quote gets no named speaker, as "a spokesman said" does.
 * SPEAKER is the speaker as read and AT where it stands in TEXT.
 */
export function countedStaff(text: string, at: number, speaker: string): boolean {
	if (at < 0 || !text.startsWith(speaker, at)) return false;
	const counted =
		COUNTING_LEAD.test(speaker) || COUNTING_BEFORE.test(text.slice(Math.max(0, at - 40), at));
	return counted && STAFF_AFTER.test(text.slice(at + speaker.length, at + speaker.length + 60));
}
