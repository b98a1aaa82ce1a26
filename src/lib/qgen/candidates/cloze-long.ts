/**
 * Gaps in the long sentences of one article read alone. Opinion columns, analysis pieces and
 * transcripts write in long sentences (36 to 50 words) that the cloze pass leaves out, so an
 * article of 500 words may offer a handful of questions. The same gaps (a name or a figure,
 * cloze.ts) are asked of those sentences, only when the quiz runs short (pipeline.ts): a long
 * sentence carries more asides, so two kinds of aside it adds are left out here.
 */
import type { StoryView } from '../analyze';
import { parseNumber } from '$lib/quiz/normalize';
import type { Candidate } from './candidate';
import { clozeCandidates } from './cloze';

/** Longer than the cloze pass reads, short enough to read as one statement. */
export const LONG_SENTENCE = { min: 36, max: 50 };

/**
 * "Ann Poe, a law professor at the ____": where a person works is a description of them,
 * a stray detail beside what the sentence says they did.
 */
const AFFILIATION =
	/\b(?:professor|researcher|fellow|scholar|lecturer|economist|student)s?\s+(?:of|at|from)\s+(?:the\s+)?$/i;

/** Three or more items, of one to three words each, separated by commas: "A, B and C". */
const LIST = /(?:[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}\s*,\s*){2,}(?:and\s+|or\s+)?[\p{L}]/u;

/**
 * "____ mainstream candidates - Roe, Poe, Dale and Ash - …", "given the choice of ____
 * options -- enthusiastic, satisfied or scared": a small count whose sentence lists what it
 * counts adds them up for the reader.
 */
function countListed(key: string, after: string): boolean {
	// The quiz's own number reader (digits or words), as it grades a typed count.
	const n = parseNumber(key);
	return n !== null && n <= 12 && LIST.test(after.slice(0, 100));
}

/**
 * "chairman of the Harbour Safety ____", "a new Daily Ledger/____ poll": a gap right after a
 * capitalised word or a slash holds the tail of a longer name.
 */
const NAME_TAIL_RE = /(?:[^.!?:;\s]\s+\p{Lu}[\p{L}.'’-]*|\/)\s*$/u;
export const nameTail = (before: string) => NAME_TAIL_RE.test(before);

export function longClozeCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	// An opinion or analysis piece's long sentence names a place for what governs or stands
	// there ("new agreements with Ottawa", "the most loathed man in Ottawa") or by a nickname:
	// the country, the state or the body fills the gap as well, so no place is gapped here.
	const places = new Set(
		a.mentions.filter((m) => m.kind === 'place').map((m) => a.article.text.slice(m.start, m.end))
	);
	return clozeCandidates(view, view, LONG_SENTENCE).filter((c) => {
		const prompt = c.draft.prompt;
		const at = prompt.indexOf('____');
		if (at < 0) return false;
		const before = prompt.slice(0, at);
		const after = prompt.slice(at + 4);
		const key = c.keyTexts[0] ?? '';
		return (
			!places.has(key) &&
			!AFFILIATION.test(before) &&
			!nameTail(before.replace(/^Fill the gap \([^)]*\):\s*/, '')) &&
			!countListed(key, after)
		);
	});
}
