/**
 * An aside set off by commas between a named subject and its verb, where a link's effect keeps it:
 * an age ("Jose Roe, 31, said he left because …"), a sentence adverb ("Mr. Roe, however, has
 * resigned because …") or a who-clause, also inside a reported clause ("a ruling held that Wong
 * Roe, who was born in Ohio, was a citizen because of …"). The aside tells who the subject is, not
 * what happened; with it the effect reads as nested ("who") or cut at its comma, and the link was
 * lost. Without it the prompt restates the event; the explanation quotes the sentence whole.
 * A description ("Ann Lee, a coach on the team, left …") is kept: the effect reads whole with it,
 * and the prompt is clearer for saying who the person is.
 */
import { SENTENCE_ADVERBS } from '../lexicon';

/** A name: "Mr. Roe", "Jose Cazares", "Wong Kim Ark" (capitalised words only, up to four). */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}`;
/** What may sit between the name and its verb: an age, a sentence adverb, a who-clause. */
const ASIDE = String.raw`\d{1,3}|${SENTENCE_ADVERBS.join('|').replace(/ /g, '\\s+')}|who\s+[^,;:—–()“”"]{3,120}?`;
/** At the clause's start, or opening a clause reported after "that"; the verb comes next. */
const SUBJECT_ASIDE = new RegExp(
	String.raw`(^|\bthat\s+)(${NAME}),\s+(?:${ASIDE}),\s+(?=[a-z])`,
	'u'
);

export function withoutSubjectAside(clause: string): string {
	const m = SUBJECT_ASIDE.exec(clause);
	if (!m) return clause;
	return `${clause.slice(0, m.index)}${m[1]!}${m[2]!} ${clause.slice(m.index + m[0].length)}`;
}
