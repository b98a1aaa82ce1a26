import type { Article, Bank, Question } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { bankFromStories } from '$lib/bank/bank-stories';
import { makeArticles, STORY_ID } from './article';
import { makeEveryKind } from './question';

export interface StoryParts {
	id?: string;
	title?: string;
	published?: boolean;
	/** In story order; the story's articleIds follow them. */
	articles?: Article[];
	questions?: Question[];
}

/**
 * A story with its articles in order and its questions, as the app holds one. Defaults: the
 * default story's two articles and one question of every kind.
 */
export function makeStory(parts: StoryParts = {}): StoryBundle {
	const articles = parts.articles ?? makeArticles();
	return {
		story: {
			id: parts.id ?? STORY_ID,
			title: parts.title ?? 'The Harbor Bridge reopens',
			...(parts.published === undefined ? {} : { published: parts.published })
		},
		articles: structuredClone(articles),
		questions: structuredClone(parts.questions ?? Object.values(makeEveryKind()))
	};
}

/** A bank file holding the stories, as Byline JSON and backups carry them (format tests). */
export function makeBankFile(...stories: StoryBundle[]): Bank {
	return bankFromStories(structuredClone(stories));
}
