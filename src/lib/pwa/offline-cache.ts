/**
 * Decisions the service worker makes about each request, kept free of any
 * worker or DOM API so they can be unit-tested: which cache a version uses,
 * what to precache, and how a request is answered.
 */

export const CACHE_PREFIX = 'byline-offline-';

/**
 * The SPA fallback adapter-static writes. It is not in `$service-worker`'s
 * `prerendered` list (the adapter generates it after prerendering), so it is
 * added by name.
 */
export const APP_SHELL = '/200.html';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Our caches from other versions: safe to delete once this version is active. */
export function staleCaches(names: readonly string[], version: string): string[] {
	const current = cacheName(version);
	return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/** Everything one version needs offline, without duplicates. */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	prerendered: readonly string[]
): string[] {
	return [...new Set([...build, ...files, ...prerendered, APP_SHELL])];
}

/**
 * The cache key of a page: its path without query, hash or trailing slash, as
 * the prerendered list spells it (trailingSlash is 'never', so `/a/` is `/a`).
 */
export function pageKey(pathname: string): string {
	if (pathname.length > 1 && pathname.endsWith('/')) return pathname.replace(/\/+$/, '') || '/';
	return pathname;
}

export type RequestPlan =
	/** Not ours to answer (other origins, non-GET): the browser handles it. */
	| { kind: 'passthrough' }
	/** A page: network first, then the cached page, then the app shell. */
	| { kind: 'navigate'; cached: string | null; shell: string }
	/** A precached file whose content never changes for this version. */
	| { kind: 'cache-first'; key: string }
	/** Anything else of ours: network, with whatever we cached as a fallback. */
	| { kind: 'network-first' };

export interface RequestInfo {
	method: string;
	url: URL;
	mode: string;
}

/**
 * How to answer a request. Pages that were not prerendered (teacher stories,
 * whose ids exist only in this browser's IndexedDB) get the app shell, which
 * renders any route client-side from stored data.
 */
export function planRequest(
	request: RequestInfo,
	origin: string,
	precached: ReadonlySet<string>
): RequestPlan {
	if (request.method !== 'GET' || request.url.origin !== origin) return { kind: 'passthrough' };
	const path = request.url.pathname;
	if (request.mode === 'navigate') {
		const key = pageKey(path);
		return { kind: 'navigate', cached: precached.has(key) ? key : null, shell: APP_SHELL };
	}
	if (precached.has(path)) return { kind: 'cache-first', key: path };
	return { kind: 'network-first' };
}

/** Messages the page sends to the worker. */
export const SKIP_WAITING = 'SKIP_WAITING';

export function isSkipWaitingMessage(data: unknown): boolean {
	return (
		typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING
	);
}
