/** Text to match literally inside a RegExp: every character RegExp syntax gives a meaning is escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
