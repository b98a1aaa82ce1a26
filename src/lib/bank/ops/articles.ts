/**
 * Pure edits of a story's articles: adding, removing (with the questions citing the article)
 * and its undo, and the editable metadata with the teacher's messages. Like ./edit, each takes
 * a `StoryBundle` and returns a new one.
 */
import * as v from 'valibot';
import { ArticleSchema, LIMITS, type Article, type Question } from '../schema';
import type { StoryBundle } from '../story';
import { EditError, nextId, removeQuestions, restoreQuestions, type RemovedQuestion } from './edit';
import { normaliseSpace } from '$lib/content/space';

/** At most this many articles in one story (the bank format's limit). */
const MAX_ARTICLES = 100;

export type NewArticle = Omit<Article, 'id' | 'storyId'> & { id?: string };

/** Adds articles at the end of the story; an id that is missing or already used gets a fresh one. */
export function addArticles(story: StoryBundle, articles: readonly NewArticle[]): StoryBundle {
	if (story.articles.length + articles.length > MAX_ARTICLES) {
		throw new EditError(`A story can hold at most ${MAX_ARTICLES} articles.`);
	}
	const storyId = story.story.id;
	const taken = new Set(story.articles.map((a) => a.id));
	const added: Article[] = articles.map((a) => {
		const id = a.id && !taken.has(a.id) ? a.id : nextId(`${storyId}-a-`, taken);
		taken.add(id);
		return { ...a, id, storyId };
	});
	return { ...story, articles: [...story.articles, ...added] };
}

/** A story holding `articles`, with no questions yet. */
export function newStory(info: StoryBundle['story'], articles: readonly NewArticle[]): StoryBundle {
	if (articles.length === 0) throw new EditError('A story needs at least one article.');
	return addArticles({ story: info, articles: [], questions: [] }, articles);
}

export function citesArticle(question: Question, articleId: string): boolean {
	if (question.evidence.some((e) => e.articleId === articleId)) return true;
	return (
		question.type === 'evidence' && question.evidenceChoices.some((e) => e.articleId === articleId)
	);
}

/** How many of the story's questions cite an article, to warn before deleting it. */
export function questionsCiting(story: StoryBundle, articleId: string): number {
	return story.questions.filter((q) => citesArticle(q, articleId)).length;
}

/** What `restoreArticle` needs: the article, its place in the story and the questions citing it. */
export type RemovedArticle = { article: Article; position: number; removed: RemovedQuestion[] };

/** Removes an article and every question citing it; both are returned for undo. */
export function removeArticle(
	story: StoryBundle,
	articleId: string
): { story: StoryBundle } & RemovedArticle {
	const position = story.articles.findIndex((a) => a.id === articleId);
	const article = story.articles[position];
	if (!article) throw new EditError(`There is no article with id "${articleId}".`);
	if (story.articles.length <= 1) {
		throw new EditError('A story needs at least one article; delete the story instead.');
	}
	const citing = story.questions.filter((q) => citesArticle(q, articleId)).map((q) => q.id);
	const { story: without, removed } = removeQuestions(story, citing);
	return {
		story: { ...without, articles: story.articles.filter((a) => a.id !== articleId) },
		article,
		position,
		removed
	};
}

/** The undo of `removeArticle`: the article back at its old place, with the questions citing it. */
export function restoreArticle(story: StoryBundle, removed: RemovedArticle): StoryBundle {
	const { article } = removed;
	if (story.articles.some((a) => a.id === article.id))
		throw new EditError(`An article with id "${article.id}" exists again, so it was not restored.`);
	const articles = [...story.articles];
	articles.splice(Math.min(removed.position, articles.length), 0, article);
	return restoreQuestions({ ...story, articles }, removed.removed);
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
	const url = meta.url.trim();
	return {
		title: normaliseSpace(meta.title),
		outlet: normaliseSpace(meta.outlet),
		date: meta.date.trim(),
		...(url ? { url } : {})
	};
}

export function updateArticleMeta(
	story: StoryBundle,
	articleId: string,
	meta: ArticleMeta
): StoryBundle {
	const errors = Object.values(articleMetaErrors(meta));
	if (errors.length) throw new EditError(errors.join(' '));
	const index = story.articles.findIndex((a) => a.id === articleId);
	if (index < 0) throw new EditError(`There is no article with id "${articleId}".`);
	const { url: _dropped, ...old } = story.articles[index]!;
	const updated: Article = { ...old, ...cleanMeta(meta) };
	return { ...story, articles: story.articles.map((a, i) => (i === index ? updated : a)) };
}

/** A story title suggested from imported articles: the first headline, if any. */
export function defaultStoryTitle(articles: readonly { title: string }[]): string {
	const first = articles.find((a) => a.title.trim())?.title.trim() ?? '';
	return first.slice(0, LIMITS.shortText);
}
