/**
 * Stories to benchmark: the built-in seed story, plus every event folder of
 * the development corpora when they are present next to the repository.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/lib/bank/schema';
import { MAX_IMPORT_BYTES, parseArticleSource } from '../../src/lib/content/import';
import { loadSeedStory } from '../../src/lib/server/seed-node';
import { draftsFromFiles } from '../generate/articles';
import { InputFileError, readInputFile } from '../generate/files';
import { buildStory } from '../generate/story';

export interface BenchStory {
	label: string;
	storyId: string;
	articles: Article[];
}

export function corporaDir(root: string): string {
	return resolve(root, '..', 'shared', 'corpora', 'newswcl50');
}

export function seedBenchStory(): BenchStory {
	const { story, articles } = loadSeedStory();
	return { label: `seed (${story.id})`, storyId: story.id, articles };
}

/** Event folders in numeric order ("event-2" before "event-10"). */
export function eventFolders(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && /^event-\d+$/.test(e.name))
		.map((e) => e.name)
		.sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
}

/** One story per event folder; files the importer rejects are skipped and reported. */
export function corpusStories(dir: string): { stories: BenchStory[]; problems: string[] } {
	const stories: BenchStory[] = [];
	const problems: string[] = [];
	for (const event of eventFolders(dir)) {
		const folder = join(dir, event);
		const inputs = [];
		for (const name of readdirSync(folder)
			.filter((f) => f.endsWith('.md'))
			.sort()) {
			const path = join(folder, name);
			try {
				const file = readInputFile(path, MAX_IMPORT_BYTES);
				draftsFromFiles([{ path, file }], (f) => parseArticleSource(f)); // rejects a bad file alone
				inputs.push({ path, file });
			} catch (error) {
				if (!(error instanceof InputFileError)) throw error;
				problems.push(error.message);
			}
		}
		if (inputs.length === 0) continue;
		const { drafts } = draftsFromFiles(inputs, (f) => parseArticleSource(f));
		const { story, articles } = buildStory(drafts);
		stories.push({ label: event, storyId: story.id, articles });
	}
	return { stories, problems };
}

export function wordCount(articles: readonly Article[]): number {
	return articles.reduce((sum, a) => sum + (a.text.match(/\S+/g)?.length ?? 0), 0);
}
