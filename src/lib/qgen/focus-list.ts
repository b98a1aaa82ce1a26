/**
 * A background list: a paragraph that runs through other people's cases, each in a clause of
 * its own ("Roe left after six months, Poe resigned over the leases and Doe was fired", "Loe
 * pleaded guilty. Moe was sentenced to a year."). A report tells them to set its own news (a
 * departure, an arrest) among earlier ones; a gap on one name, one duration or one figure of
 * such a list tests recall of an aside, and blind readers marked such items stray details more
 * often than any other kind. The entries name nobody the headline names: a list whose clauses
 * include the headline's person is the news told step by step.
 */
import { PAST_FORMS, REPORTING_VERBS } from './lexicon';
import { memoByText } from './match-cache';
import type { ArticleAnalysis, Span } from './types';

/** A paragraph with this many people each the subject of its own clause is a list of cases. */
export const LIST_ENTRIES = 3;

/** A list runs over at most this many sentences: one clause or one short sentence per case. */
const LIST_SENTENCES = 4;

/** The act verbs a list entry opens with; saying verbs make a list of reactions, not of cases. */
const SAYING: ReadonlySet<string> = new Set(REPORTING_VERBS);
const ACT_FORMS = PAST_FORMS.filter((v) => !SAYING.has(v)).join('|');
/**
 * Right after a person's name, the verb of a clause that name is the subject of: "Roe left",
 * "Roe was fired", "Roe had been charged", "Roe, a former aide, pleaded guilty".
 */
const SUBJECT_OF = new RegExp(
	`^(?:,[^,;.]{1,60},)?\\s+(?:(?:was|were|had|has|is)\\s+(?:(?:been|also|later|then|since)\\s+){0,2})?(?:\\p{Ll}+ed|${ACT_FORMS})\\b`,
	'u'
);

/**
 * The sentences that introduce an article's own people: a report names whom its news is about
 * in its first three, so a list of them further down (a debate's exchanges, each candidate's
 * result) is the news told in turn, not background.
 */
const OWN_SENTENCES = 3;

/** The capitalised words of a text, lower-cased, possessives off: the names it could print. */
const capitalised = (text: string) =>
	new Set(
		(text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/[’']s$/, '').toLowerCase())
	);

const surnameOf = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase();

/**
 * Per story, the sentences (by article id and start) that are one entry of a background list:
 * below the article's lead, in a paragraph where LIST_ENTRIES or more people, none named in any
 * headline or in the article's opening (OWN_SENTENCES) outside the paragraph, are each the subject of an act, and the sentence
 * itself opens one such clause. Computed once per story's analyses (focus.ts caches it).
 */
export function backgroundListEntries(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => boolean {
	const titles = capitalised(analyses.map((a) => a.article.title).join(' '));
	const entries = new Set<string>();
	for (const a of analyses) {
		const text = a.article.text;
		// Each paragraph's clause subjects, and which sentences open one.
		const subjects = new Map<number, Set<string>>();
		const opening = new Map<number, number[]>();
		for (const m of a.mentions) {
			if (m.kind !== 'person' || m.sentence < 1) continue;
			if (!SUBJECT_OF.test(text.slice(m.end, m.end + 80))) continue;
			const s = a.sentences[m.sentence];
			if (!s) continue;
			const surname = surnameOf(m.text);
			if (!subjects.has(s.paragraph)) subjects.set(s.paragraph, new Set());
			subjects.get(s.paragraph)!.add(surname);
			if (!opening.has(s.paragraph)) opening.set(s.paragraph, []);
			opening.get(s.paragraph)!.push(m.sentence);
		}
		for (const [p, names] of subjects) {
			// A long paragraph (a live blog's running entry) tells its own events, not a list.
			if (
				names.size < LIST_ENTRIES ||
				a.sentences.filter((s) => s.paragraph === p).length > LIST_SENTENCES
			)
				continue;
			// The story's own people: its headlines' and this article's opening's, outside the list.
			const own = capitalised(
				a.sentences
					.slice(0, OWN_SENTENCES)
					.filter((s) => s.paragraph !== p)
					.map((s) => s.text)
					.join(' ')
			);
			if ([...names].some((n) => titles.has(n) || own.has(n))) continue;
			for (const i of opening.get(p)!) entries.add(`${a.article.id}:${a.sentences[i]!.start}`);
		}
	}
	if (!entries.size) return () => false;
	const byId = new Map(analyses.map((a) => [a.article.id, a]));
	const entryAt = (e: Span) => {
		const s = byId.get(e.articleId)?.sentences.find((s) => s.start <= e.start && e.start < s.end);
		return !!s && entries.has(`${e.articleId}:${s.start}`);
	};
	return (evidence) => evidence.length > 0 && evidence.every(entryAt);
}

/** A name in running text: two or more capitalised words ("Ann Poe", "Tom Roe Jr."). */
const NAME = /\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+/u;
/** A list entry this long ("Roe confidant ____") is a label and a name, not a clause of its own. */
const ENTRY_WORDS = 4;

/**
 * Is the gap one name of a list of names, with LIST_ENTRIES or more others beside it, each its
 * own entry between commas ("… son-in-law Jim Dale, his campaign chairman Ben Ash,
 * Sam Lyle, Roe confidant ____, former volunteer Ed Moss")? Which of six people
 * a suit names, or a letter is signed by, tests recall of a roll, not what happened. Read from the
 * prompt: the gap's sentence, split at commas, semicolons and "and".
 */
export const gapInNameList = memoByText((prompt: string): boolean => {
	const at = prompt.indexOf('____');
	if (at < 0) return false;
	const start = Math.max(prompt.lastIndexOf('“', at), prompt.lastIndexOf(': ', at)) + 1;
	const end = prompt.slice(at).search(/[.?!](?:\s|”|$)/);
	const sentence = prompt.slice(start, end < 0 ? undefined : at + end);
	const entries = sentence.split(/[,;]\s*|\s+and\s+/);
	const gap = entries.find((e) => e.includes('____'));
	// The first entry holds the clause that says what the list is ("The attack injured ____;
	// Roe, …"): its name is the act's own.
	if (!gap || entries.indexOf(gap) === 0) return false;
	if (gap.split(/\s+/).filter((w) => w && w !== '____').length > ENTRY_WORDS) return false;
	return entries.filter((e) => e !== gap && NAME.test(e)).length >= LIST_ENTRIES;
});
