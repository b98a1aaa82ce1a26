/**
 * The one pair of functions between the multi-story `Bank` of files and backups and the
 * app's `StoryBundle`. Only file formats, backups and the built-in story files hold a `Bank`.
 */
import { BANK_FORMAT, BANK_VERSION, type Article, type Bank } from './model';
import type { StoryBundle } from './story';

/**
 * Each story of a bank with its articles in the story's order and its questions. An article
 * the story does not list is left out, as students never saw it.
 */
export function storiesFromBank(bank: Bank): StoryBundle[] {
	const articles = new Map(bank.articles.map((a) => [a.id, a]));
	return bank.stories.map(({ articleIds, ...story }) => ({
		story,
		articles: articleIds.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined),
		questions: bank.questions.filter((q) => q.storyId === story.id)
	}));
}

/** One story of a bank, or null when the bank does not have it. */
export function storyFromBank(bank: Bank, storyId: string): StoryBundle | null {
	return storiesFromBank(bank).find((s) => s.story.id === storyId) ?? null;
}

/** A bank holding the stories; `builtIn` is the app's own mark and is not written. */
export function bankFromStories(
	stories: readonly StoryBundle[],
	header: Pick<Bank, 'exportedAt' | 'generator'> = {}
): Bank {
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		...header,
		// The file's own key order: id, title, then the article order, then the rest.
		stories: stories.map(({ story: { id, title, ...rest }, articles }) => ({
			id,
			title,
			articleIds: articles.map((a) => a.id),
			...rest
		})),
		articles: stories.flatMap((s) => s.articles),
		questions: stories.flatMap((s) => s.questions)
	};
}
