/**
 * Builds the built-in seed story from the raw article files and seed/meta.json. Pure (no Vite
 * or Node APIs), so the app (via ./seed) and Node scripts (via $lib/server/seed-node) share one recipe.
 */
import * as v from 'valibot';
import { ArticleSchema, StorySchema, type Article, type Story } from '$lib/bank/schema';
import { parse, text } from '$lib/validation';
import { cleanArticle } from './clean';
import meta from './seed/meta.json';

const nonEmpty = text(1, Infinity);
const SeedMetaSchema = v.object({
	story: v.pick(StorySchema, ['id', 'title', 'summary']),
	articles: v.pipe(
		v.array(
			v.object({
				file: nonEmpty,
				id: nonEmpty,
				title: nonEmpty,
				/** "text": the headline printed in the file; "editor": written for the app. */
				titleSource: v.picklist(['text', 'editor']),
				outlet: nonEmpty,
				date: v.string()
			})
		),
		v.minLength(1, 'must list at least one article')
	)
});

export type SeedMeta = v.InferOutput<typeof SeedMetaSchema>;
export type SeedStory = { story: Story; articles: Article[] };

export const seedMeta: SeedMeta = parse(SeedMetaSchema, meta);

/** The file name without folders, so `./seed/000_x.txt` and `000_x.txt` both work as keys. */
function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * @param rawByFile raw article text keyed by file name (folders are ignored).
 * @throws Error naming the file when a file listed in meta.json is missing or cleans to nothing.
 */
export function buildSeedStory(rawByFile: Record<string, string>): SeedStory {
	const byBaseName = new Map(Object.entries(rawByFile).map(([k, v]) => [baseName(k), v]));
	const articles = seedMeta.articles.map((m) => {
		const raw = byBaseName.get(m.file);
		if (raw === undefined) throw new Error(`Seed article file ${m.file} is missing.`);
		const cleaned = cleanArticle(raw, { title: m.title });
		return parse(ArticleSchema, {
			id: m.id,
			storyId: seedMeta.story.id,
			title: m.title,
			outlet: m.outlet,
			date: m.date,
			text: cleaned.text,
			notes: cleaned.notes
		});
	});
	const story = parse(StorySchema, {
		...seedMeta.story,
		articleIds: articles.map((a) => a.id),
		published: true
	});
	return { story, articles };
}
