/**
 * Saved web pages: sanitise with DOMPurify, find the article with Mozilla Readability, and
 * read title/byline/outlet/date/link from the page's metadata. The DOM is injected, so the
 * same code runs in the browser (DOMParser) and in Node (jsdom via $lib/server/node-dom).
 *
 * This module pulls in DOMPurify and Readability: load it lazily, never from student pages.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { Readability } from '@mozilla/readability';
import { wordCount } from './furniture';
import { normaliseSpace } from './space';

export type HtmlDeps = {
	/** Parses HTML into an inert Document (no scripts run, nothing is fetched). */
	parseHtml?: (html: string) => Document;
	/** The window DOMPurify works in; defaults to the browser's own window. */
	window?: WindowLike;
};

export type HtmlArticle = {
	title: string;
	byline: string;
	outlet: string;
	publishedTime: string;
	url: string;
	/** Body text, one paragraph per block element, paragraphs separated by blank lines. */
	text: string;
};

export class HtmlReadError extends Error {}

const BLOCK_TAGS = new Set(
	'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul br'.split(
		' '
	)
);
const SKIPPED_TAGS = new Set(
	'script style noscript template svg math img picture source video audio iframe object embed canvas button form input select textarea'.split(
		' '
	)
);
/**
 * Readability falls back to whatever text it finds (a menu, a cookie notice), so a page
 * whose "article" is shorter than this is treated as having none. 140 is Readability's own
 * default minimum for a readable page (isProbablyReaderable's minContentLength).
 */
const MIN_ARTICLE_CHARS = 140;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function defaultParseHtml(html: string): Document {
	if (typeof DOMParser === 'undefined') {
		throw new HtmlReadError('reading HTML needs a DOM (pass parseHtml from node-dom in Node)');
	}
	return new DOMParser().parseFromString(html, 'text/html');
}

function defaultWindow(): WindowLike {
	if (typeof window === 'undefined') {
		throw new HtmlReadError('sanitising HTML needs a window (pass window from node-dom in Node)');
	}
	return window as unknown as WindowLike;
}

/** Text of each innermost block element, so paragraphs survive as separate lines. */
export function blockTexts(root: Node): string[] {
	const out: string[] = [];
	let buffer = '';
	const flush = () => {
		const text = normaliseSpace(buffer);
		if (text) out.push(text);
		buffer = '';
	};
	const visit = (node: Node) => {
		if (node.nodeType === TEXT_NODE) {
			buffer += node.nodeValue ?? '';
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const tag = (node as Element).tagName.toLowerCase();
		if (SKIPPED_TAGS.has(tag)) return;
		const block = BLOCK_TAGS.has(tag);
		if (block) flush();
		node.childNodes.forEach(visit);
		if (block) flush();
	};
	visit(root);
	flush();
	return out;
}

function metaContent(doc: Document, selectors: string[]): string {
	for (const selector of selectors) {
		const el = doc.querySelector(selector);
		const value =
			el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
		if (value && value.trim()) return value.trim();
	}
	return '';
}

/** Metadata read from the unsanitised but inert document (DOMPurify drops <meta> and <link>). */
function pageMetadata(doc: Document) {
	return {
		title: metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
		byline: metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']),
		outlet: metaContent(doc, [
			'meta[property="og:site_name"]',
			'meta[name="application-name"]',
			'meta[name="publisher"]'
		]),
		publishedTime: metaContent(doc, [
			'meta[property="article:published_time"]',
			'meta[name="article:published_time"]',
			'meta[itemprop="datePublished"]',
			'meta[name="pubdate"]',
			'meta[name="publish-date"]',
			'meta[name="date"]',
			'meta[name="dc.date"]',
			'time[datetime]'
		]),
		url: metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]'])
	};
}

/** "Headline | Site" or "Headline - Site" when Site is the outlet. */
function withoutSiteSuffix(title: string, outlet: string): string {
	if (!outlet) return title;
	const suffix = title.lastIndexOf(outlet);
	if (suffix <= 0 || suffix + outlet.length !== title.length) return title;
	const head = title.slice(0, suffix).replace(/\s+[|–—:·-]\s*$/, '');
	return head !== title.slice(0, suffix) && head.trim() ? head.trim() : title;
}

function tidyByline(byline: string): string {
	return byline
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^by\s+/i, '');
}

export function readHtmlArticle(html: string, deps: HtmlDeps = {}): HtmlArticle {
	const parseHtml = deps.parseHtml ?? defaultParseHtml;
	const meta = pageMetadata(parseHtml(html));
	const purify = createDOMPurify(deps.window ?? defaultWindow());
	const safeHtml = purify.sanitize(html, {
		WHOLE_DOCUMENT: true,
		FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
		FORBID_ATTR: ['style']
	});
	const doc = parseHtml(safeHtml);
	const h1 = doc.querySelector('h1')?.textContent?.trim() ?? '';
	const docTitle = doc.title?.trim() ?? '';
	const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
	const paragraphs = article?.content ? blockTexts(article.content) : [];
	const textLength = paragraphs.reduce((sum, p) => sum + p.length, 0);
	if (textLength < MIN_ARTICLE_CHARS) {
		throw new HtmlReadError('no readable article text was found in this page');
	}
	const outlet = (meta.outlet || article?.siteName || '').trim();
	// The publisher's own headline fields beat Readability's guess, which keeps
	// "Headline | Site" whenever the part before the bar is short.
	const headline = meta.title || (wordCount(h1) >= 3 ? h1 : '') || article?.title || docTitle;
	return {
		title: withoutSiteSuffix(normaliseSpace(headline), outlet),
		byline: tidyByline(article?.byline || meta.byline),
		outlet,
		publishedTime: meta.publishedTime || article?.publishedTime || '',
		url: meta.url,
		text: paragraphs.join('\n\n')
	};
}
