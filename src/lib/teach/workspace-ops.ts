/**
 * Pure edits and summaries the teacher workspace needs beyond src/lib/bank/ops: article
 * metadata, publishing, folding generated drafts into a bank, and splitting a multi-story
 * bank into the one-story banks storage keeps. No DOM, no storage: the state class persists.
 */
import * as v from 'valibot';
import { storySubset } from '$lib/formats/byline';
import {
	citesArticle,
	EditError,
	restoreQuestions,
	type RemovedQuestion
} from '$lib/bank/ops/edit';
import {
	ArticleSchema,
	LIMITS,
	STATUSES,
	type Article,
	type Bank,
	type Question,
	type Status,
	type Story
} from '$lib/bank/schema';

export type StatusCounts = Record<Status, number> & { total: number };

export type StorySummary = {
	story: Story;
	articles: Article[];
	/** Distinct outlets in the story's article order. */
	outlets: string[];
	counts: StatusCounts;
	published: boolean;
};

export function statusCounts(questions: readonly Question[]): StatusCounts {
	const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	for (const q of questions) counts[q.status]++;
	return { ...counts, total: questions.length };
}

export function summarizeStory(bank: Bank, storyId: string): StorySummary | null {
	const story = bank.stories.find((s) => s.id === storyId);
	if (!story) return null;
	const articles = story.articleIds
		.map((id) => bank.articles.find((a) => a.id === id))
		.filter((a): a is Article => a !== undefined);
	return {
		story,
		articles,
		outlets: [...new Set(articles.map((a) => a.outlet))],
		counts: statusCounts(bank.questions.filter((q) => q.storyId === storyId)),
		published: story.published === true
	};
}

/** The editable metadata of an article; the text itself is fixed once imported (offsets depend on it). */
export type ArticleMeta = { title: string; outlet: string; date: string; url: string };
export type ArticleMetaErrors = Partial<Record<keyof ArticleMeta, string>>;

/** Messages per field for the teacher, empty when the metadata is valid. */
export function articleMetaErrors(meta: ArticleMeta): ArticleMetaErrors {
	const errors: ArticleMetaErrors = {};
	const fieldSchema = ArticleSchema.entries;
	if (!meta.title.trim()) errors.title = 'Enter the headline.';
	else if (meta.title.length > LIMITS.shortText)
		errors.title = `A headline can be at most ${LIMITS.shortText} characters.`;
	if (!meta.outlet.trim()) errors.outlet = 'Enter the outlet that published it.';
	else if (meta.outlet.length > LIMITS.shortText)
		errors.outlet = `An outlet name can be at most ${LIMITS.shortText} characters.`;
	if (!meta.date.trim()) errors.date = 'Enter the publication date.';
	else if (!v.is(fieldSchema.date, meta.date.trim()) || !realDate(meta.date.trim()))
		errors.date = 'Use a real date in the form YYYY-MM-DD, e.g. 2024-03-05.';
	const url = meta.url.trim();
	if (url && !v.is(fieldSchema.url, url))
		errors.url = 'Use a full web address starting with https:// or http://, or leave it empty.';
	return errors;
}

function realDate(iso: string): boolean {
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Metadata with whitespace tidied, as it is stored. */
export function cleanMeta(meta: ArticleMeta): Pick<Article, 'title' | 'outlet' | 'date' | 'url'> {
	const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
	const url = meta.url.trim();
	return {
		title: tidy(meta.title),
		outlet: tidy(meta.outlet),
		date: meta.date.trim(),
		...(url ? { url } : {})
	};
}

export function updateArticleMeta(bank: Bank, articleId: string, meta: ArticleMeta): Bank {
	const errors = Object.values(articleMetaErrors(meta));
	if (errors.length) throw new EditError(errors.join(' '));
	const index = bank.articles.findIndex((a) => a.id === articleId);
	if (index < 0) throw new EditError(`There is no article with id "${articleId}".`);
	const { url: _dropped, ...old } = bank.articles[index]!;
	const updated: Article = { ...old, ...cleanMeta(meta) };
	return { ...bank, articles: bank.articles.map((a, i) => (i === index ? updated : a)) };
}

export function setPublished(bank: Bank, storyId: string, published: boolean, now?: Date): Bank {
	if (!bank.stories.some((s) => s.id === storyId))
		throw new EditError(`There is no story with id "${storyId}".`);
	return {
		...bank,
		stories: bank.stories.map((s) =>
			s.id === storyId ? { ...s, published, ...(now ? { updatedAt: now.toISOString() } : {}) } : s
		)
	};
}

/** Prompts compared without case, spacing or final punctuation, so a re-run finds its old drafts. */
export function promptKey(prompt: string): string {
	return prompt
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s.?!:]+$/, '')
		.trim();
}

export type GeneratedMerge = { bank: Bank; added: Question[]; skipped: number };

/**
 * Adds generated drafts a story does not have yet. A draft is "already there" when a
 * question has its id (generator ids hash the content) or the same prompt; existing
 * questions are never touched, so curated, approved and rejected work survives a re-run
 * and a rejected draft does not come back as new.
 */
export function mergeGenerated(
	bank: Bank,
	storyId: string,
	drafts: readonly Question[]
): GeneratedMerge {
	const inStory = bank.questions.filter((q) => q.storyId === storyId);
	const ids = new Set(bank.questions.map((q) => q.id));
	const prompts = new Set(inStory.map((q) => promptKey(q.prompt)));
	const added: Question[] = [];
	for (const draft of drafts) {
		const key = promptKey(draft.prompt);
		if (draft.storyId !== storyId || ids.has(draft.id) || prompts.has(key)) continue;
		const question: Question = { ...draft, status: 'draft', origin: 'generated' };
		ids.add(question.id);
		prompts.add(key);
		added.push(question);
	}
	return {
		bank: { ...bank, questions: [...bank.questions, ...added] },
		added,
		skipped: drafts.length - added.length
	};
}

/** One bank per story, as storage keeps them (a `keepBoth` result holds two stories). */
export function splitByStory(bank: Bank): Bank[] {
	return bank.stories.map((s) => storySubset(bank, s.id));
}

/** How many of a story's questions cite an article, to warn before deleting it. */
export function questionsCiting(bank: Bank, articleId: string): number {
	return bank.questions.filter((q) => citesArticle(q, articleId)).length;
}

/** A story title suggested from imported articles: the first headline, if any. */
export function defaultStoryTitle(articles: readonly { title: string }[]): string {
	const first = articles.find((a) => a.title.trim())?.title.trim() ?? '';
	return first.slice(0, LIMITS.shortText);
}

/** The undo of `removeArticle`: the article back at its old places, with the questions citing it. */
export function restoreArticle(
	bank: Bank,
	removed: {
		article: Article;
		/** Index in `bank.articles`. */
		articleIndex: number;
		/** Index in the story's `articleIds` (the order students see). */
		position: number;
		removed: RemovedQuestion[];
	}
): Bank {
	const { article } = removed;
	if (bank.articles.some((a) => a.id === article.id))
		throw new EditError(`An article with id "${article.id}" exists again, so it was not restored.`);
	const articles = [...bank.articles];
	articles.splice(Math.min(removed.articleIndex, articles.length), 0, article);
	const stories = bank.stories.map((s) => {
		if (s.id !== article.storyId) return s;
		const ids = [...s.articleIds];
		ids.splice(Math.min(removed.position, ids.length), 0, article.id);
		return { ...s, articleIds: ids };
	});
	return restoreQuestions({ ...bank, articles, stories }, removed.removed);
}
