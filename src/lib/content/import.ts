/**
 * Article importers for teachers: plain text, Markdown with front matter, and saved web
 * pages. Each file becomes a ParsedArticle with cleaned text, or an ImportError whose
 * message names the file and the problem. Metadata that cannot be read becomes a warning,
 * never a silent guess.
 *
 * HTML import brings in DOMPurify and Readability: load this module with `import()` from
 * teacher pages only.
 */
import { LIMITS, type ArticleNote } from '$lib/bank/schema';
import { cleanArticle, splitParagraphs, type CleanedArticle, type RemovedParagraph } from './clean';
import { wordCount } from './furniture';
import { HtmlReadError, readHtmlArticle, type HtmlDeps } from './html';
import { FrontMatterError, markdownToText, splitFrontMatter } from './markdown';
import { normaliseDate, outletFromUrl, safeHttpUrl, stripSiteName } from './metadata';
import { normaliseSpace } from './space';

export { outletFromUrl, normaliseDate, stripSiteName } from './metadata';
export type { HtmlDeps } from './html';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export type ParsedArticle = {
	title: string;
	outlet: string;
	/** `YYYY-MM-DD`, or '' when unknown (a warning says so). */
	date: string;
	url?: string;
	byline?: string;
	text: string;
	notes: ArticleNote[];
	warnings: string[];
	removed: RemovedParagraph[];
};

export class ImportError extends Error {
	readonly file: string;
	readonly problem: string;
	constructor(file: string, problem: string) {
		super(`Could not import “${file}”: ${problem}.`);
		this.name = 'ImportError';
		this.file = file;
		this.problem = problem;
	}
}

/** Longest headline kept; longer ones are clipped with a warning (the schema allows 500). */
const MAX_TITLE = 300;
/** A short first line reads as a headline even with a full stop ("Trump meets Kim."). */
const SHORT_FIRST_LINE = { words: 20, chars: 150 };

function utf8Length(text: string): number {
	// Every UTF-16 unit is at least one UTF-8 byte, so long strings need no encoding pass.
	return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** NUL bytes never occur in text; many control or U+FFFD characters mean a mis-decoded binary. */
function looksBinary(content: string): boolean {
	if (content.includes('\u0000')) return true;
	const sample = content.slice(0, 8192);
	let odd = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		// C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
		const control = (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
		if (control || code === 0xfffd) odd++;
	}
	return odd > sample.length * 0.05;
}

function checkContent(file: { name: string; content: string }): void {
	if (utf8Length(file.content) > MAX_IMPORT_BYTES) {
		throw new ImportError(file.name, 'the file is larger than 2 MB; save just the article');
	}
	if (file.content.trim() === '') throw new ImportError(file.name, 'the file is empty');
	if (looksBinary(file.content)) {
		throw new ImportError(file.name, 'the file is not text (is it a PDF, Word or image file?)');
	}
}

function titleFromFileName(name: string): string {
	return name
		.replace(/^.*[/\\]/, '')
		.replace(/\.[^.]+$/, '')
		.replace(/[-_]+/g, ' ')
		.trim();
}

/**
 * Plain text has no metadata: the headline is the first title-shaped line (after a section
 * label), else a short first line. A long first line is the lede, so it stays in the body
 * and the title comes from the file name instead of eating a paragraph.
 */
function headlineAndBody(text: string): { title: string; cleaned: CleanedArticle } {
	const probe = cleanArticle(text);
	if (probe.headline) return { title: probe.headline, cleaned: probe };
	const [first, second] = splitParagraphs(text);
	if (
		first !== undefined &&
		second !== undefined &&
		wordCount(first) <= SHORT_FIRST_LINE.words &&
		first.length <= SHORT_FIRST_LINE.chars
	) {
		return { title: first, cleaned: cleanArticle(text, { title: first }) };
	}
	return { title: '', cleaned: probe };
}

function textField(file: string, data: Record<string, unknown>, keys: string[]): string {
	for (const key of keys) {
		const value = data[key];
		if (value === undefined || value === null || value === '') continue;
		if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
		if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
			return value.join(' and ');
		if (value instanceof Date) return value.toISOString();
		throw new ImportError(file, `the front matter field “${key}” must be text`);
	}
	return '';
}

type Draft = {
	title: string;
	outlet: string;
	rawDate: string;
	rawUrl: string;
	byline: string;
	cleaned: CleanedArticle;
	removed: RemovedParagraph[];
};

function fromText(content: string): Draft {
	const { title, cleaned } = headlineAndBody(content);
	return {
		title,
		outlet: '',
		rawDate: '',
		rawUrl: '',
		byline: cleaned.byline ?? '',
		cleaned,
		removed: []
	};
}

function fromMarkdown(name: string, content: string): Draft {
	let front;
	try {
		front = splitFrontMatter(content);
	} catch (error) {
		if (error instanceof FrontMatterError) throw new ImportError(name, error.message);
		throw error;
	}
	const { data } = front;
	const { text, images } = markdownToText(front.body);
	const givenTitle = textField(name, data, ['title', 'headline']);
	const { title, cleaned } = givenTitle
		? { title: givenTitle, cleaned: cleanArticle(text, { title: givenTitle }) }
		: headlineAndBody(text);
	return {
		title,
		outlet: textField(name, data, ['outlet', 'source', 'publisher', 'site']),
		rawDate: textField(name, data, ['date', 'published', 'publishedAt']),
		rawUrl: textField(name, data, ['url', 'link', 'canonical']),
		byline: textField(name, data, ['byline', 'author', 'authors']) || (cleaned.byline ?? ''),
		cleaned,
		removed: images.map((alt) => ({ text: alt, reason: 'image' }))
	};
}

function fromHtml(name: string, content: string, deps: HtmlDeps): Draft {
	let page;
	try {
		page = readHtmlArticle(content, deps);
	} catch (error) {
		if (error instanceof HtmlReadError) throw new ImportError(name, error.message);
		throw error;
	}
	return {
		title: page.title,
		outlet: page.outlet,
		rawDate: page.publishedTime,
		rawUrl: page.url,
		byline: page.byline,
		cleaned: cleanArticle(page.text, { title: page.title }),
		removed: []
	};
}

function finish(name: string, draft: Draft): ParsedArticle {
	const warnings: string[] = [];
	const { cleaned } = draft;
	if (cleaned.text === '') {
		throw new ImportError(name, 'no article text is left once page furniture is removed');
	}
	if (cleaned.text.length > LIMITS.articleText) {
		throw new ImportError(name, 'the article text is longer than 500,000 characters');
	}
	let title = stripSiteName(draft.title, draft.outlet, draft.rawUrl);
	if (!title) {
		title = titleFromFileName(name) || 'Untitled article';
		warnings.push(`No headline found; the title “${title}” comes from the file name.`);
	}
	if (title.length > MAX_TITLE) {
		title = `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
		warnings.push('The headline was very long and has been shortened.');
	}
	const url = draft.rawUrl ? safeHttpUrl(draft.rawUrl) : null;
	if (draft.rawUrl && !url)
		warnings.push(`The link “${draft.rawUrl}” is not an http(s) address and was left out.`);
	const outlet = draft.outlet || (url ? outletFromUrl(url) : '');
	if (!draft.outlet && outlet)
		warnings.push(`The outlet “${outlet}” was guessed from the link; please check it.`);
	if (!outlet) warnings.push('The outlet is unknown; please enter it.');
	const date = normaliseDate(draft.rawDate) ?? '';
	if (!draft.rawDate) warnings.push('The publication date is unknown; please enter it.');
	else if (!date) warnings.push(`The date “${draft.rawDate}” could not be read; please enter it.`);
	const article: ParsedArticle = {
		title,
		outlet,
		date,
		text: cleaned.text,
		notes: cleaned.notes,
		warnings,
		removed: [...cleaned.removed, ...draft.removed]
	};
	if (url) article.url = url;
	const byline = normaliseSpace(draft.byline).slice(0, LIMITS.shortText);
	if (byline) article.byline = byline;
	return article;
}

/**
 * Reads one article file. `deps` supplies the DOM for HTML files in Node (see $lib/server/node-dom);
 * browsers need none.
 * @throws ImportError for empty, binary, oversized or unreadable files and unknown types.
 */
export function parseArticleSource(
	file: { name: string; content: string },
	deps: HtmlDeps = {}
): ParsedArticle {
	const extension = /\.[^./\\]+$/.exec(file.name)?.[0].toLowerCase() ?? '';
	if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
		throw new ImportError(
			file.name,
			`“${extension || 'no extension'}” files are not supported; use ${IMPORT_EXTENSIONS.join(', ')}`
		);
	}
	checkContent(file);
	if (extension === '.txt') return finish(file.name, fromText(file.content));
	if (extension === '.md' || extension === '.markdown') {
		return finish(file.name, fromMarkdown(file.name, file.content));
	}
	return finish(file.name, fromHtml(file.name, file.content, deps));
}
