import type { Article, Evidence } from '$lib/bank/schema';

/**
 * The evidence span that covers `text` in `article` (its first occurrence). Offsets are found,
 * never typed in, so editing a test article's wording cannot leave a span pointing at the wrong
 * words: a missing text fails the test that asked for it.
 */
export function span(article: Pick<Article, 'id' | 'text'>, text: string): Evidence {
	const start = article.text.indexOf(text);
	if (start < 0 || text === '') throw new Error(`test data: "${text}" is not in ${article.id}`);
	return { articleId: article.id, start, end: start + text.length };
}

/** The span of the whole of paragraph `index` (paragraphs are separated by a blank line). */
export function paragraphSpan(article: Pick<Article, 'id' | 'text'>, index: number): Evidence {
	const paragraphs = article.text.split('\n\n');
	const paragraph = paragraphs[index];
	if (paragraph === undefined)
		throw new Error(`test data: ${article.id} has no paragraph ${index}`);
	const start = paragraphs.slice(0, index).reduce((sum, p) => sum + p.length + 2, 0);
	return { articleId: article.id, start, end: start + paragraph.length };
}
