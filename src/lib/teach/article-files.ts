/**
 * Checks an article file before it is read, and turns an imported article into what a bank
 * stores. The importer (src/lib/content/import.ts) is loaded lazily because it brings in
 * DOMPurify and Readability, so its limits are repeated here; a test keeps them equal.
 */
import type { NewArticle } from '$lib/bank/ops/articles';
import type { ArticleNote } from '$lib/bank/schema';
import { cleanMeta, type ArticleMeta } from '$lib/bank/ops/articles';

export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
export const ARTICLE_ACCEPT = ARTICLE_EXTENSIONS.join(',');

/** A per-file message for a file that cannot be an article, or null to go ahead and read it. */
export function articleFileProblem(name: string, size: number): string | null {
	const extension = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
	if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
		return `Could not import “${name}”: only ${ARTICLE_EXTENSIONS.join(', ')} files can be imported (save a PDF or Word file as text first).`;
	}
	if (size === 0) return `Could not import “${name}”: the file is empty.`;
	if (size > ARTICLE_MAX_BYTES) {
		return `Could not import “${name}”: the file is larger than 2 MB; save just the article.`;
	}
	return null;
}

/** The article as a bank stores it, from the importer's text and the teacher's checked metadata. */
export function toNewArticle(
	parsed: { text: string; notes: ArticleNote[]; byline?: string },
	meta: ArticleMeta
): NewArticle {
	return {
		...cleanMeta(meta),
		text: parsed.text,
		...(parsed.notes.length ? { notes: parsed.notes } : {}),
		...(parsed.byline ? { byline: parsed.byline } : {})
	};
}

/** A name the importer understands for pasted text, so paste and upload share one path. */
export function pastedName(kind: 'text' | 'html', n: number): string {
	return kind === 'html' ? `pasted-page-${n}.html` : `pasted-text-${n}.txt`;
}
