/**
 * The one story type inside the app: a story, its articles in the order students read them, and
 * its questions. State, storage, edits, the quiz and the teacher pages all pass this around; the
 * multi-story `Bank` is a file format only (formats/ and backup/ convert with ./bank-stories.ts).
 * Type-only imports and no validator, so student pages can use it for free.
 */
import type { Article, Question, Story } from './schema';

/** A story's own fields. Its article order is not stored here: it is the order of `articles`. */
export type StoryInfo = Omit<Story, 'articleIds'>;

export interface StoryBundle {
	story: StoryInfo;
	/** In the story's order (the order of the article tabs). */
	articles: Article[];
	/** Every question of the story, in stored order (a student's view keeps the askable ones). */
	questions: Question[];
	/** Ships with the app: never stored, always visible to students. */
	builtIn?: boolean;
}

/** Distinct outlets in the story's article order. */
export function outletsOf(story: Pick<StoryBundle, 'articles'>): string[] {
	return [...new Set(story.articles.map((a) => a.outlet))];
}

export function articleIdsOf(story: Pick<StoryBundle, 'articles'>): string[] {
	return story.articles.map((a) => a.id);
}
