/**
 * Laying a quiz out as sections: a short excerpt of the paragraphs the questions cite,
 * labelled with its outlet, followed by the questions about it. Students read a little,
 * answer, and move on, instead of reading five whole articles first.
 */
import { paragraphsOf, type Article, type Question } from '$lib/bank/model';

export interface QuizExcerpt {
	articleId: string;
	outlet: string;
	/** Paragraph indexes (as `paragraphsOf` counts them), ascending. */
	paragraphs: number[];
}

export interface QuizSection {
	id: string;
	excerpts: QuizExcerpt[];
	questionIds: string[];
}

/** Excerpts stay short: a section grows to at most this many paragraphs per article. */
export const MAX_EXCERPT_PARAGRAPHS = 3;

interface Cited {
	question: Question;
	inputIndex: number;
	/** articleId -> cited paragraph indexes. */
	paragraphs: Map<string, Set<number>>;
	/** [article rank, first paragraph] of the earliest cited paragraph, for sorting. */
	position: [number, number];
}

interface Draft {
	cross: boolean;
	paragraphs: Map<string, Set<number>>;
	members: Cited[];
}

function citedParagraphs(
	question: Question,
	articles: Map<string, Article>,
	paraCache: Map<string, ReturnType<typeof paragraphsOf>>
): Map<string, Set<number>> {
	const cited = new Map<string, Set<number>>();
	for (const span of question.evidence) {
		const article = articles.get(span.articleId);
		if (!article) continue;
		let paras = paraCache.get(article.id);
		if (!paras) {
			paras = paragraphsOf(article.text);
			paraCache.set(article.id, paras);
		}
		const set = cited.get(article.id) ?? new Set<number>();
		// A span may cross a paragraph break; every paragraph it touches is part of the evidence.
		for (const p of paras) if (span.start < p.end && span.end > p.start) set.add(p.index);
		if (set.size > 0) cited.set(article.id, set);
	}
	return cited;
}

function union(a: Set<number> | undefined, b: Set<number>): Set<number> {
	return new Set([...(a ?? []), ...b]);
}

/** Adjacent or overlapping paragraphs read as one passage; a gap means a different passage. */
function touches(a: Set<number>, b: Set<number>): boolean {
	for (const x of a) for (const y of b) if (Math.abs(x - y) <= 1) return true;
	return false;
}

function fits(draft: Draft, item: Cited): boolean {
	if (draft.cross !== item.paragraphs.size > 1) return false;
	if (draft.paragraphs.size !== item.paragraphs.size) return false;
	for (const [articleId, paras] of item.paragraphs) {
		const existing = draft.paragraphs.get(articleId);
		if (!existing || !touches(existing, paras)) return false;
		if (union(existing, paras).size > MAX_EXCERPT_PARAGRAPHS) return false;
	}
	return true;
}

/**
 * Groups questions into sections by the paragraphs their evidence cites.
 *
 * - Questions citing one article share a section when their paragraphs are the same or
 *   adjacent, as long as the excerpt stays within MAX_EXCERPT_PARAGRAPHS.
 * - Cross-source questions (evidence in several articles) share a section only with
 *   questions citing the same articles at nearby paragraphs; the excerpt shows each outlet.
 * - Order: a section containing questions with a teacher-set `order` is placed by the
 *   smallest such order, before sections without one. Unordered sections follow in article
 *   order, then paragraph order; cross-source sections come after the single-article ones
 *   because comparing outlets makes most sense once each has been read.
 * - Questions whose evidence names no known article end up in a last section with no excerpt.
 */
export function planQuiz(questions: Question[], articles: Article[]): QuizSection[] {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const articleRank = new Map(articles.map((a, i) => [a.id, i]));
	const paraCache = new Map<string, ReturnType<typeof paragraphsOf>>();

	const firstPosition = (paras: Map<string, Set<number>>): [number, number] => {
		let best: [number, number] = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
		for (const [articleId, set] of paras) {
			const rank = articleRank.get(articleId) ?? Number.MAX_SAFE_INTEGER;
			const para = Math.min(...set);
			if (rank < best[0] || (rank === best[0] && para < best[1])) best = [rank, para];
		}
		return best;
	};
	// Positions are worked out once per question: sorting compares each many times.
	const cited: Cited[] = questions.map((question, inputIndex) => {
		const paragraphs = citedParagraphs(question, byId, paraCache);
		return { question, inputIndex, paragraphs, position: firstPosition(paragraphs) };
	});
	const byPosition = (a: Cited, b: Cited) => {
		const [ra, pa] = a.position;
		const [rb, pb] = b.position;
		return ra - rb || pa - pb || a.inputIndex - b.inputIndex;
	};

	const drafts: Draft[] = [];
	const orphans: Cited[] = [];
	for (const item of [...cited].sort(byPosition)) {
		if (item.paragraphs.size === 0) {
			orphans.push(item);
			continue;
		}
		const home = drafts.find((d) => fits(d, item));
		if (home) {
			for (const [articleId, paras] of item.paragraphs) {
				home.paragraphs.set(articleId, union(home.paragraphs.get(articleId), paras));
			}
			home.members.push(item);
		} else {
			drafts.push({
				cross: item.paragraphs.size > 1,
				paragraphs: new Map([...item.paragraphs].map(([k, v]) => [k, new Set(v)])),
				members: [item]
			});
		}
	}

	const minOrder = (d: Draft) =>
		Math.min(...d.members.map((m) => m.question.order ?? Number.POSITIVE_INFINITY));
	const sorted = [...drafts].sort((a, b) => {
		const oa = minOrder(a);
		const ob = minOrder(b);
		if (oa !== ob) return oa - ob;
		if (a.cross !== b.cross) return a.cross ? 1 : -1;
		const [ra, pa] = firstPosition(a.paragraphs);
		const [rb, pb] = firstPosition(b.paragraphs);
		return ra - rb || pa - pb;
	});
	if (orphans.length > 0) sorted.push({ cross: false, paragraphs: new Map(), members: orphans });

	return sorted.map((draft) => {
		const members = [...draft.members].sort(
			(a, b) =>
				(a.question.order ?? Number.POSITIVE_INFINITY) -
					(b.question.order ?? Number.POSITIVE_INFINITY) || byPosition(a, b)
		);
		const excerpts = [...draft.paragraphs]
			.sort(([a], [b]) => (articleRank.get(a) ?? 0) - (articleRank.get(b) ?? 0))
			.map(([articleId, paras]) => ({
				articleId,
				outlet: byId.get(articleId)?.outlet ?? articleId,
				paragraphs: [...paras].sort((x, y) => x - y)
			}));
		return {
			id: `section-${members[0]?.question.id ?? 'empty'}`,
			excerpts,
			questionIds: members.map((m) => m.question.id)
		};
	});
}

export interface StudentQuestionOptions {
	/** Whether the teacher lets students see machine-generated questions they have not reviewed. */
	includeGenerated?: boolean;
	/** Generated questions kept apart from the bank (e.g. made on the device); rejected ones never show. */
	generated?: Question[];
}

/**
 * The questions a student may be asked: every approved question, plus, when the teacher
 * allows it, generated questions passed in separately that were not rejected. An id that
 * appears in both lists is asked once, in its approved form.
 */
export function studentQuestions(
	questions: Question[],
	options: StudentQuestionOptions = {}
): Question[] {
	const approved = questions.filter((q) => q.status === 'approved');
	if (!options.includeGenerated) return approved;
	const seen = new Set(approved.map((q) => q.id));
	const extra = (options.generated ?? []).filter((q) => q.status !== 'rejected' && !seen.has(q.id));
	return [...approved, ...extra];
}
