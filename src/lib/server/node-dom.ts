/**
 * jsdom glue so HTML import runs in Node (tests, scripts). Never import this from browser
 * code: jsdom is large and Node-only. Browsers use DOMParser and their own window instead.
 */
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import type { HtmlDeps } from '$lib/content/html';

/** jsdom neither runs scripts nor fetches resources unless asked, so parsing is inert. */
export function parseHtmlInNode(html: string): Document {
	return new JSDOM(html).window.document;
}

let sharedWindow: WindowLike | undefined;

export function nodeDomDeps(): Required<HtmlDeps> {
	sharedWindow ??= new JSDOM('').window as unknown as WindowLike;
	return { parseHtml: parseHtmlInNode, window: sharedWindow };
}
