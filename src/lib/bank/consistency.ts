/**
 * Consistency rules the bank schemas apply on top of each type's shape. Validator-free like ./model,
 * but a module of their own: they matter only where banks are validated (the schema, the
 * editor), so student pages that import ./model do not carry them.
 */
import type { Article, Bank, Question } from './schema';
import { CLOZE_GAP } from './model';

/** Rules within one question that a type's shape alone cannot express. */
export function questionConsistencyIssues(q: Question): string[] {
	const issues: string[] = [];
	const uniq = (xs: string[]) => new Set(xs).size === xs.length;
	if ('choices' in q) {
		const ids = q.choices.map((c) => c.id);
		if (!uniq(ids)) issues.push(`question ${q.id}: choice ids repeat`);
		const texts = q.choices.map((c) => c.text.trim().toLowerCase());
		if (!uniq(texts)) issues.push(`question ${q.id}: two choices have the same text`);
		if ('correct' in q) {
			for (const c of q.correct) {
				if (!ids.includes(c))
					issues.push(`question ${q.id}: correct answer "${c}" is not a choice`);
			}
			if (!uniq(q.correct)) issues.push(`question ${q.id}: a correct answer is listed twice`);
		}
	}
	const fractions = (
		('choices' in q ? q.choices : []) as { id: string; text: string; fraction?: number }[]
	).filter((c) => 'fraction' in c);
	if (fractions.length) {
		if (q.type === 'single') {
			for (const c of fractions)
				if (q.correct.includes(c.id) ? c.fraction !== 1 : !(c.fraction! > 0 && c.fraction! < 1))
					issues.push(
						`question ${q.id}: partial credit for “${c.text}” must be between 0 and 1, and the right answer earns all`
					);
		} else if (q.type === 'multi') {
			const positive = q.choices.filter((c) => (c.fraction ?? 0) > 0);
			const sum = positive.reduce((s, c) => s + c.fraction!, 0);
			if (Math.abs(sum - 1) > 0.01)
				issues.push(`question ${q.id}: the right answers' fractions add up to ${sum}, not 1`);
			if (
				positive.map((c) => c.id).join() !==
				q.choices
					.filter((c) => q.correct.includes(c.id))
					.map((c) => c.id)
					.join()
			)
				issues.push(
					`question ${q.id}: the right answers are not the choices with a fraction above 0`
				);
		} else
			issues.push(
				`question ${q.id}: only single and multiple choice give partial credit per choice`
			);
	}
	if (q.type === 'evidence') {
		const ids = q.evidenceChoices.map((c) => c.id);
		if (!uniq(ids)) issues.push(`question ${q.id}: evidence choice ids repeat`);
		const correctEvidence = q.evidenceCorrect[0];
		if (correctEvidence === undefined || !ids.includes(correctEvidence)) {
			issues.push(`question ${q.id}: the correct evidence is not among the evidence choices`);
		}
	}
	if (q.type === 'cloze') {
		const gaps = q.prompt.match(CLOZE_GAP)?.length ?? 0;
		if (gaps !== 1) issues.push(`question ${q.id}: a cloze prompt needs exactly one ____ gap`);
	}
	if (q.type === 'matching') {
		if (!uniq(q.pairs.map((p) => p.id))) issues.push(`question ${q.id}: pair ids repeat`);
		if (!uniq(q.pairs.map((p) => p.left)))
			issues.push(`question ${q.id}: two left items are equal`);
	}
	if (q.type === 'ordering' && !uniq(q.items.map((i) => i.id))) {
		issues.push(`question ${q.id}: item ids repeat`);
	}
	return issues;
}

/** Cross-references: ids unique, questions point at real articles, offsets inside the text. */
export function bankConsistencyIssues(
	bank: Pick<Bank, 'stories' | 'articles' | 'questions'>
): { message: string; path: (string | number)[] }[] {
	const issues: { message: string; path: (string | number)[] }[] = [];
	const storyIds = new Set<string>();
	bank.stories.forEach((s, i) => {
		if (storyIds.has(s.id))
			issues.push({ message: `story id "${s.id}" repeats`, path: ['stories', i] });
		storyIds.add(s.id);
	});
	const articles = new Map<string, Article>();
	bank.articles.forEach((a, i) => {
		if (articles.has(a.id))
			issues.push({ message: `article id "${a.id}" repeats`, path: ['articles', i] });
		articles.set(a.id, a);
		if (!storyIds.has(a.storyId)) {
			issues.push({
				message: `article "${a.id}" belongs to unknown story "${a.storyId}"`,
				path: ['articles', i]
			});
		}
	});
	bank.stories.forEach((s, i) => {
		for (const aid of s.articleIds) {
			if (!articles.has(aid)) {
				issues.push({
					message: `story "${s.id}" lists unknown article "${aid}"`,
					path: ['stories', i]
				});
			}
		}
	});
	const questionIds = new Set<string>();
	bank.questions.forEach((q, i) => {
		if (questionIds.has(q.id))
			issues.push({ message: `question id "${q.id}" repeats`, path: ['questions', i] });
		questionIds.add(q.id);
		if (!storyIds.has(q.storyId)) {
			issues.push({
				message: `question "${q.id}" belongs to unknown story "${q.storyId}"`,
				path: ['questions', i]
			});
		}
		const spans = [...q.evidence, ...(q.type === 'evidence' ? q.evidenceChoices : [])];
		for (const e of spans) {
			const a = articles.get(e.articleId);
			if (!a) {
				issues.push({
					message: `question "${q.id}" cites unknown article "${e.articleId}"`,
					path: ['questions', i]
				});
			} else if (e.end > a.text.length || e.start >= e.end) {
				issues.push({
					message: `question "${q.id}" cites text outside article "${a.id}"`,
					path: ['questions', i]
				});
			}
		}
	});
	return issues;
}
