/**
 * A section of an article on another topic: the outlet's sidebar inside a report (a passage on
 * a candidate's running-mate search inside a story about a court nomination, a figure's old
 * case told at length). Each sentence of it may name the story's main figure once, so the
 * sentence-level test (focus.ts leadEventOverlap) lets a quote or a fact from it through; read
 * with the paragraphs around it, the whole passage tells nothing of the headlines and leads.
 */
import type { ArticleAnalysis, Span } from './types';

/**
 * Below this overlap with the headline events, a paragraph names less of them than one word
 * every outlet puts up top: one outlet's lead word, a title, a party at most.
 */
const SECTION_OVERLAP = 1;

/**
 * Is every evidence sentence in an off-topic section of its article: below its opening
 * (focus.ts OPENING_SENTENCES), in a paragraph that, like the paragraph right before it and the one
 * right after it (both below the opening too), names next to none of the headline events
 * (SECTION_OVERLAP)? One quiet paragraph between two on the news is a quote's reply or a
 * transition, part of the main thread; three in a row are another story told inside this one.
 * Stories of one article have no other outlets' leads to tell the main thread by. focus.ts
 * passes its own overlap (leadEventOverlap) and opening length, and asks this.
 */
export function sideSection(
	analyses: readonly ArticleAnalysis[],
	overlap: (evidence: readonly Span[]) => number,
	opening: number
): (evidence: readonly Span[]) => boolean {
	if (analyses.length < 2) return () => false;
	// Each article's paragraphs below its opening, with the most any sentence of each names.
	const quiet = new Map<string, Map<number, boolean>>();
	for (const a of analyses) {
		const most = new Map<number, number>();
		for (const s of a.sentences.slice(opening)) {
			const o = overlap([{ articleId: a.article.id, start: s.start, end: s.end }]);
			most.set(s.paragraph, Math.max(most.get(s.paragraph) ?? 0, o));
		}
		quiet.set(a.article.id, new Map([...most].map(([p, o]) => [p, o < SECTION_OVERLAP])));
	}
	const byId = new Map(analyses.map((a) => [a.article.id, a]));
	const inSection = (e: Span) => {
		const a = byId.get(e.articleId);
		const at = a?.sentences.findIndex((s) => s.start <= e.start && e.start < s.end) ?? -1;
		if (!a || at < opening) return false;
		const paragraphs = quiet.get(e.articleId)!;
		const p = a.sentences[at]!.paragraph;
		const around = [p - 1, p, p + 1].filter((q) => paragraphs.has(q));
		return around.length >= 3 && around.every((q) => paragraphs.get(q));
	};
	return (evidence) => evidence.length > 0 && evidence.every(inSection);
}
