/** Text to match literally inside a RegExp: every character RegExp syntax gives a meaning is escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A list of words or phrases as one RegExp alternation ("a|b\\s+c"), each escaped, the spaces
 * inside a phrase matching any run of `space` (any whitespace unless told).
 */
export function wordAlternatives(list: readonly string[], space = String.raw`\s+`): string {
	return list.map((w) => escapeRegExp(w).replace(/\s+/g, space)).join('|');
}
