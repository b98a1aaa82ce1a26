/** Does a question's evidence (or its keyed words) hold a span an annotator marked? */
import type { Article, Question } from '../../src/lib/bank/schema';

export interface AnnotatedSpan {
	bias: 'lexical' | 'informational';
	text: string;
	sentence: string;
}

const squash = (s: string) =>
	s
		.toLowerCase()
		.replace(/[“”"‘’']/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The kind of the first annotated span found: in an evidence passage of its own outlet,
 * or, for headline and wording questions, in the words the question keys.
 */
export function landsOn(
	q: Question,
	articles: Article[],
	spansOf: (outlet: string) => AnnotatedSpan[]
): AnnotatedSpan['bias'] | undefined {
	const keyed =
		'choices' in q && 'correct' in q
			? q.choices.filter((c) => (q.correct as string[]).includes(c.id)).map((c) => c.text)
			: [];
	for (const e of q.evidence) {
		const article = articles.find((a) => a.id === e.articleId);
		if (!article) continue;
		const passage = squash(article.text.slice(e.start, e.end));
		for (const span of spansOf(article.outlet)) {
			const t = squash(span.text);
			if (t.length >= 3 && passage.includes(t)) return span.bias;
		}
	}
	const asked = squash([q.prompt, ...keyed].join(' '));
	for (const article of articles)
		for (const span of spansOf(article.outlet)) {
			const t = squash(span.text);
			if (t.length >= 6 && asked.includes(t)) return span.bias;
		}
	return undefined;
}
