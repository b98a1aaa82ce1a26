import {
	BANK_FORMAT,
	BANK_VERSION,
	type Article,
	type Bank,
	type Question
} from '$lib/bank/schema';
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
 * A story with its articles in order and its questions, as the app holds one (today a bank of
 * one story). Defaults: the default story's two articles and one question of every kind.
 */
export function makeStory(parts: StoryParts = {}): Bank {
	const articles = parts.articles ?? makeArticles();
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: [
			{
				id: parts.id ?? STORY_ID,
				title: parts.title ?? 'The Harbor Bridge reopens',
				articleIds: articles.map((a) => a.id),
				...(parts.published === undefined ? {} : { published: parts.published })
			}
		],
		articles: structuredClone(articles),
		questions: structuredClone(parts.questions ?? Object.values(makeEveryKind()))
	};
}

/** A bank file holding several stories, as Byline JSON and backups carry them. */
export function makeBankFile(...stories: Bank[]): Bank {
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: stories.flatMap((s) => s.stories),
		articles: stories.flatMap((s) => s.articles),
		questions: stories.flatMap((s) => s.questions)
	};
}
