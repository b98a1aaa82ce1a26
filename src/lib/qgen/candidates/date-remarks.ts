/**
 * Dated remarks for compare-dates.ts: "Jane Roe said in a statement on Friday" in one outlet,
 * "… in a statement Saturday" in another. The day belongs to the statement, not to "said",
 * which dateVerb otherwise refuses (an outlet reports many sayings). A person makes many
 * statements and gives many interviews, on one subject too, so the words near the date are no
 * proof of one occasion: two remarks are one only when both outlets quote the same run of
 * words from them, in the dated sentence or the two after it.
 */
import { REMARK_NOUNS, REMARK_RAN_VERBS } from '../lexicon';
import type { ArticleAnalysis } from '../types';

/** "in a statement", "in a written statement", "during an interview", then the date. */
const REMARK_BEFORE_DATE = new RegExp(
	String.raw`\b(?:in|during)\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?(${REMARK_NOUNS.join('|')})\s+(?:on\s+)?$`,
	'i'
);

/**
 * "in an interview that aired Sunday", "in a statement released Thursday": the date tells when
 * the remark ran, told by a verb of publishing after the noun. Outlets differ on exactly this
 * (an interview taped on Saturday and aired on Sunday), so it is a day worth setting side by side.
 */
const REMARK_RAN_BEFORE_DATE = new RegExp(
	String.raw`\b(?:in|during)\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?(${REMARK_NOUNS.join('|')})\s+(?:(?:that|which)\s+)?(?:was\s+)?(?:${REMARK_RAN_VERBS.join('|')})\s+(?:on\s+)?$`,
	'i'
);

/** "in a Saturday interview", "in Sunday's statement": the day set before the remark noun. */
const BEFORE_DAY_FIRST = /\b(?:in|during)\s+(?:(?:a|an|his|her|its|their)\s+)?$/i;
const REMARK_AFTER_DAY = new RegExp(
	String.raw`^(?:['’]s)?\s+(?:[a-z-]+\s+)?(${REMARK_NOUNS.join('|')})\b`,
	'i'
);

/** The remark noun a date in this clause belongs to ("statement"), if the clause ends in one. */
export function remarkNoun(clause: string, after = ''): string | undefined {
	const found = REMARK_BEFORE_DATE.exec(clause) ?? REMARK_RAN_BEFORE_DATE.exec(clause);
	if (found) return found[1]!.toLowerCase();
	return BEFORE_DAY_FIRST.test(clause)
		? REMARK_AFTER_DAY.exec(after)?.[1]?.toLowerCase()
		: undefined;
}

export const isRemark = (verb: string) => REMARK_NOUNS.includes(verb);

/** Five words: long enough that two statements do not share them by chance ("the American people"). */
const RUN = 5;

/** Every run of RUN words quoted in the sentence or the two after it, lower-cased. */
function quotedRuns(a: ArticleAnalysis, sentence: number): Set<string> {
	const first = a.sentences[sentence]!;
	const last = a.sentences[Math.min(a.sentences.length - 1, sentence + 2)]!;
	const runs = new Set<string>();
	for (const q of a.quoted) {
		if (q.end <= first.start || last.end <= q.start) continue;
		const words =
			a.article.text
				.slice(q.start, q.end)
				.toLowerCase()
				.match(/[a-z0-9’']+/g) ?? [];
		for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
	}
	return runs;
}

/** Two dated remarks quote the same run of words: one remark, whatever days the outlets give. */
export function sameRemark(
	a: { analysis: ArticleAnalysis; sentence: number },
	b: { analysis: ArticleAnalysis; sentence: number }
): boolean {
	const theirs = quotedRuns(b.analysis, b.sentence);
	return [...quotedRuns(a.analysis, a.sentence)].some((r) => theirs.has(r));
}
