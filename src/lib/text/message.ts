/** The words of a caught error for a message on screen: its message, or the thrown value itself. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
