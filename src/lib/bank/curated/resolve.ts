/**
 * Hand-written questions cite their evidence as verbatim quotes, not offsets: a quote can be
 * checked by eye against the article, and it survives a re-run of the cleaner that shifts
 * offsets. This module turns quotes into the bank's `{ articleId, start, end }` spans.
 */
import type { Article, Evidence, EvidenceQuestion, Question } from '$lib/bank/schema';

export interface QuoteRef {
	articleId: string;
	/** Exact text from the article's cleaned text; must occur there exactly once. */
	quote: string;
}

export type EvidenceChoiceRef = QuoteRef & { id: string };

/** Fields every curated question shares, filled in by `resolveCurated`. */
type Filled = 'evidence' | 'storyId' | 'origin' | 'status';
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type CuratedQuestion =
	| (DistributiveOmit<Exclude<Question, EvidenceQuestion>, Filled> & { evidence: QuoteRef[] })
	| (Omit<EvidenceQuestion, Filled | 'evidenceChoices'> & {
			evidence: QuoteRef[];
			evidenceChoices: EvidenceChoiceRef[];
	  });

function occurrences(text: string, quote: string): number[] {
	const found: number[] = [];
	for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
	return found;
}

/**
 * Resolves quotes to offsets. Throws, naming the question, when an article is unknown or a
 * quote is missing or ambiguous, so a wrong quote fails the build instead of pointing
 * students at the wrong sentence.
 */
export function resolveEvidence(
	articles: Article[],
	refs: QuoteRef[],
	questionId = 'unknown'
): Evidence[] {
	const byId = new Map(articles.map((a) => [a.id, a]));
	return refs.map((ref) => {
		const article = byId.get(ref.articleId);
		if (!article) throw new Error(`question ${questionId}: unknown article "${ref.articleId}"`);
		if (ref.quote.length === 0)
			throw new Error(`question ${questionId}: empty quote from "${ref.articleId}"`);
		const at = occurrences(article.text, ref.quote);
		if (at.length !== 1) {
			const problem = at.length === 0 ? 'is not in' : `occurs ${at.length} times in`;
			throw new Error(
				`question ${questionId}: the quote "${ref.quote}" ${problem} article "${ref.articleId}"`
			);
		}
		const start = at[0] ?? 0;
		return { articleId: ref.articleId, start, end: start + ref.quote.length };
	});
}

/** Curated questions as bank questions: offsets resolved, origin curated, status approved. */
export function resolveCurated(
	articles: Article[],
	storyId: string,
	curated: CuratedQuestion[]
): Question[] {
	return curated.map((q) => {
		const common = {
			storyId,
			origin: 'curated' as const,
			status: 'approved' as const,
			evidence: resolveEvidence(articles, q.evidence, q.id)
		};
		if (q.type !== 'evidence') return { ...q, ...common } as Question;
		const evidenceChoices = q.evidenceChoices.map((choice) => {
			const [span] = resolveEvidence(articles, [choice], q.id);
			return { id: choice.id, text: choice.quote, ...span! };
		});
		return { ...q, ...common, evidenceChoices };
	});
}
