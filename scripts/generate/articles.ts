/**
 * Parses input files into article drafts for one story with the content
 * importer, filling what the bank requires but a plain file may lack (outlet,
 * date) in a visible, deterministic way and saying so in a warning.
 */
import { ImportError, type ParsedArticle } from '$lib/content/import';
import type { ArticleDraft } from './story';
import { InputFileError, type InputFile } from './files';

export type ParseArticle = (file: { name: string; content: string }) => ParsedArticle;

export interface DraftsResult {
	drafts: ArticleDraft[];
	/** "path: message" lines for things the user should check. */
	warnings: string[];
}

function mostCommon(values: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best: string | undefined;
	for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
	return best;
}

/**
 * @throws InputFileError naming the file when the importer rejects it.
 */
export function draftsFromFiles(
	inputs: readonly { path: string; file: InputFile }[],
	parse: ParseArticle
): DraftsResult {
	const warnings: string[] = [];
	const parsed = inputs.map(({ path, file }) => {
		try {
			return { path, file, article: parse({ name: file.name, content: file.content }) };
		} catch (error) {
			if (error instanceof ImportError) throw new InputFileError(path, error.problem);
			throw error;
		}
	});
	// Articles of one story are usually from the same days, so an undated one
	// takes the story's most common date before falling back to the file's date.
	const storyDate = mostCommon(parsed.map((p) => p.article.date).filter((d) => d !== ''));
	const drafts = parsed.map(({ path, file, article }): ArticleDraft => {
		warnings.push(...article.warnings.map((w) => `${path}: ${w}`));
		let { outlet, date } = article;
		if (!outlet) {
			outlet = `Unknown outlet (${file.name})`;
			warnings.push(`${path}: using the outlet name “${outlet}”.`);
		}
		if (!date) {
			date = storyDate ?? file.modified.toISOString().slice(0, 10);
			const from = storyDate ? "the other articles' date" : "the file's modification date";
			warnings.push(`${path}: using ${from}, ${date}, as the publication date.`);
		}
		const draft: ArticleDraft = {
			title: article.title,
			outlet,
			date,
			text: article.text,
			notes: article.notes
		};
		if (article.url) draft.url = article.url;
		if (article.byline) draft.byline = article.byline;
		return draft;
	});
	return { drafts, warnings };
}
