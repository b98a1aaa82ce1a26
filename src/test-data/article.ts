import type { Article } from '$lib/bank/schema';

/**
 * The default test story: two outlets report the reopening of a bridge. Invented (not the seed
 * story) so tests cannot lean on a real article. Tests that need other wording pass it in.
 */
export const STORY_ID = 'test-story';

const FIRST: Article = {
	id: 'art-a',
	storyId: STORY_ID,
	title: 'Bridge reopens after repairs',
	outlet: 'Daily Planet',
	date: '2024-03-05',
	text: [
		'The Harbor Bridge reopened on Monday after six weeks of repairs.',
		'Sen. Maria Lopez, D-Calif., said the U.S. Department of Transportation paid for most of the work. "It was overdue," she said.',
		'Correction: An earlier version of this article misstated the cost of the repairs.'
	].join('\n\n'),
	notes: [{ paragraph: 2, kind: 'correction' }]
};

const SECOND: Article = {
	id: 'art-b',
	storyId: STORY_ID,
	title: 'Traffic returns to Harbor Bridge',
	outlet: 'Metro Wire',
	date: '2024-03-05',
	text: [
		'About 40,000 cars crossed the bridge on its first day back.',
		'City engineer Tom Reyes said the deck was replaced. Drivers were relieved.'
	].join('\n\n')
};

/** `overrides` on top of `article`; the notes go with the default text, so new text drops them. */
function withOverrides(article: Article, overrides: Partial<Article>): Article {
	const { notes, ...rest } = structuredClone(article);
	const keepNotes = notes && overrides.text === undefined;
	return { ...rest, ...(keepNotes ? { notes } : {}), ...overrides };
}

/** An article: the default story's first one (Daily Planet), with `overrides` on top. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
	return withOverrides(FIRST, overrides);
}

/** The default story's second article (Metro Wire), with `overrides` on top. */
export function makeSecondArticle(overrides: Partial<Article> = {}): Article {
	return withOverrides(SECOND, overrides);
}

/** Both articles of the default story, in story order. */
export function makeArticles(): [Article, Article] {
	return [makeArticle(), makeSecondArticle()];
}
