/**
 * Built-in banks as static JSON files. Cleaning the seed articles and resolving the curated
 * questions happen once, at build time (`npm run content`), instead of in every student's
 * browser; the pages then fetch plain data and ship neither the cleaner nor the texts as code.
 *
 * Pure (no Node or browser APIs): the build script, its freshness test and the pages share it.
 */
import type { Bank } from '$lib/bank/model';

/** Folder under static/ (and under the site root) that holds the files. */
export const CONTENT_DIR = 'content';
export const INDEX_FILE = 'index.json';
export const BUILTIN_INDEX_FORMAT = 'byline-builtin-index';
export const BUILTIN_INDEX_VERSION = 1;

/** What the pages need to know about a built-in story without loading its bank. */
export interface BuiltinStorySummary {
	id: string;
	title: string;
	summary?: string;
	/** Outlets in the story's article order, each once. */
	outlets: string[];
	articleIds: string[];
	articleCount: number;
	/** Questions a student may be asked (approved ones). */
	questionCount: number;
	/** The bank file, relative to the content folder. */
	file: string;
	/**
	 * The same bank without its questions: what the story and article pages show. Their
	 * prerendered HTML carries it, and without the questions it stays small enough to
	 * arrive in one round trip on a slow phone network.
	 */
	articlesFile: string;
}

export interface BuiltinIndex {
	format: typeof BUILTIN_INDEX_FORMAT;
	version: typeof BUILTIN_INDEX_VERSION;
	stories: BuiltinStorySummary[];
}

export function bankFileName(storyId: string): string {
	return `${storyId}.byline.json`;
}

export function articlesFileName(storyId: string): string {
	return `${storyId}.articles.byline.json`;
}

export function summarizeBuiltinBank(bank: Bank): BuiltinStorySummary[] {
	return bank.stories.map((story) => {
		const outletById = new Map(bank.articles.map((a) => [a.id, a.outlet]));
		const outlets = story.articleIds.flatMap((id) => outletById.get(id) ?? []);
		const summary: BuiltinStorySummary = {
			id: story.id,
			title: story.title,
			outlets: [...new Set(outlets)],
			articleIds: story.articleIds,
			articleCount: story.articleIds.length,
			questionCount: bank.questions.filter((q) => q.storyId === story.id && q.status === 'approved')
				.length,
			file: bankFileName(story.id),
			articlesFile: articlesFileName(story.id)
		};
		if (story.summary) summary.summary = story.summary;
		return summary;
	});
}

/**
 * The files to write under static/content, keyed by file name, as the exact text to write.
 * @throws Error when a bank holds other than one story: each file is one story's bundle.
 */
export function prebuiltContentFiles(banks: Bank[]): Map<string, string> {
	const files = new Map<string, string>();
	for (const bank of banks) {
		if (bank.stories.length !== 1) {
			throw new Error(
				`A built-in bank must hold exactly one story; one has ${bank.stories.length}.`
			);
		}
		const id = bank.stories[0]!.id;
		files.set(bankFileName(id), JSON.stringify(bank) + '\n');
		files.set(articlesFileName(id), JSON.stringify({ ...bank, questions: [] }) + '\n');
	}
	const index: BuiltinIndex = {
		format: BUILTIN_INDEX_FORMAT,
		version: BUILTIN_INDEX_VERSION,
		stories: banks.flatMap(summarizeBuiltinBank)
	};
	files.set(INDEX_FILE, JSON.stringify(index, null, '\t') + '\n');
	return files;
}
