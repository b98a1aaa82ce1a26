/**
 * Markdown articles: YAML front matter (via the `yaml` package) and a plain-text rendering
 * of the body. A full Markdown parser would build HTML we would only strip again; news
 * articles use a handful of constructs, so a few line-level rules are smaller and keep every
 * character of the prose untouched except the markup itself.
 */
import { parse as parseYaml } from 'yaml';

export class FrontMatterError extends Error {}

export type FrontMatter = { data: Record<string, unknown>; body: string };

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits off `---` front matter. A file without it has empty data and the whole text as body. */
export function splitFrontMatter(content: string): FrontMatter {
	if (!/^\uFEFF?---[ \t]*\r?\n/.test(content)) return { data: {}, body: content };
	const match = FENCE.exec(content);
	if (!match) throw new FrontMatterError('the front matter starts with --- but never ends');
	let data: unknown;
	try {
		data = parseYaml(match[1] as string);
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new FrontMatterError(`the front matter is not valid YAML (${detail})`);
	}
	if (data === null || data === undefined) data = {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new FrontMatterError('the front matter must be a list of "key: value" lines');
	}
	return { data: data as Record<string, unknown>, body: content.slice(match[0].length) };
}

export type MarkdownText = { text: string; images: string[] };

/** Inline markup: images out, links to their text, emphasis and code marks dropped. */
function stripInline(line: string, images: string[]): string {
	// Every span is bounded ({1,300}) so a hostile line of unmatched marks stays linear.
	return (
		line
			// Images first, or the link rule below would keep their alt text.
			.replace(
				/!\[([^[\]]{0,300})\]\([^()\s]{0,2000}\)|!\[([^[\]]{0,300})\]\[[^[\]]{0,300}\]/g,
				(_, a = '', b = '') => {
					images.push(String(a || b));
					return '';
				}
			)
			.replace(/\[([^[\]]{1,300})\]\((?:[^()\s]|\([^()\s]{0,300}\)){0,2000}\)/g, '$1')
			.replace(/\[([^[\]]{1,300})\]\[[^[\]]{0,300}\]/g, '$1')
			.replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
			// Raw inline HTML tags; the text between them stays.
			.replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, '')
			.replace(/`([^`]{1,300})`/g, '$1')
			// Emphasis only when the marks hug text, so "5 * 3" or snake_case survive.
			.replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2')
			.replace(/(^|[^\w*])\*(?=\S)([^*]{1,300}?)(?<=\S)\*(?![\w*])/g, '$1$2')
			.replace(/(^|[^\w])_(?=\S)([^_]{1,300}?)(?<=\S)_(?!\w)/g, '$1$2')
			.replace(/~~(?=\S)(.{1,300}?)(?<=\S)~~/g, '$1')
			.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
	);
}

/** Plain text with paragraphs separated by blank lines; image alt texts are reported. */
export function markdownToText(markdown: string): MarkdownText {
	const images: string[] = [];
	const out: string[] = [];
	let inFence = false;
	for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
		if (/^\s*(```|~~~)/.test(rawLine)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) {
			out.push(rawLine);
			continue;
		}
		// Link reference definitions and thematic breaks carry no prose.
		if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(rawLine)) continue;
		if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(rawLine)) {
			out.push('');
			continue;
		}
		const line = rawLine
			.replace(/^\s{0,3}(>\s?)+/, '')
			.replace(/^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/, '$1')
			.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
		const isHeading = /^\s{0,3}#{1,6}\s/.test(rawLine);
		// Headings are their own paragraph even without blank lines around them.
		if (isHeading) out.push('', stripInline(line, images), '');
		else out.push(stripInline(line, images));
	}
	const text = out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text, images: images.filter((alt) => alt.trim() !== '') };
}
