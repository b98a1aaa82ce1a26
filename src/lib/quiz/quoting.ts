/**
 * Wraps quoted article text in curly double quotes. Quotes inside the text
 * become single quotes, the usual rule for a quote within a quote, so a
 * sentence that itself quotes someone doesn't end in a confusing ”” pair.
 */
export function quoteText(text: string): string {
	const inner = text.replace(/[“”"]/g, (q) => (q === '“' ? '‘' : q === '”' ? '’' : "'"));
	return `“${inner}”`;
}
