/**
 * Which story pages to prerender: one per built-in story (and per article). Teacher stories
 * exist only in the browser's storage, so the SPA fallback serves their pages instead.
 * Used only by +page.server.ts files (prerendering), so the banks never reach the browser.
 */
import { builtinBanks } from '$lib/content/builtin';

export function builtinStoryEntries(): { id: string }[] {
	return builtinBanks.flatMap((bank) => bank.stories.map((story) => ({ id: story.id })));
}

export function builtinArticleEntries(): { id: string; articleId: string }[] {
	return builtinBanks.flatMap((bank) =>
		bank.stories.flatMap((story) =>
			story.articleIds.map((articleId) => ({ id: story.id, articleId }))
		)
	);
}
