/**
 * Whether a library URL carries an assigned story. Kept apart from share-link.ts (which pulls in
 * fflate) so the library page can check on every load for the cost of one regular expression.
 */
export function hasShareLink(url: URL): boolean {
	return /(^#|&)story=/.test(url.hash) || url.searchParams.has('story');
}
