/**
 * Some newspaper archives write every quotation mark as two apostrophes: ''It's nonsense,''
 * Mr. Roe said. The quote readers look for real marks, so such an article had no quotes at all,
 * and its quoted words were read as the reporter's. The same text with “ and ” reads as any
 * other report. Each pair becomes a mark and a space, so every offset stays where it was and
 * evidence still points into the article as stored.
 */
import type { Article } from '$lib/bank/schema';

export function archiveQuotesAsMarks(text: string): string {
	if (!text.includes("''")) return text;
	return text.replace(/''/g, (_, at: number) => {
		const before = at === 0 ? '\n' : text[at - 1]!;
		// A mark after a space, a line break, a bracket or a dash opens a quote; any other closes one.
		return /[\s([—–-]/.test(before) ? ' “' : '” ';
	});
}

/** The article as the generator reads it: quotation marks where the archive wrote apostrophes. */
export function withQuoteMarks(article: Article): Article {
	const text = archiveQuotesAsMarks(article.text);
	return text === article.text ? article : { ...article, text };
}
