/**
 * Pure rules for review cards, kept apart from storage like ./progress.
 *
 * - All of a story's cards live in one key; saving a card re-reads that key under its lock and
 *   changes only that card, so two tabs reviewing different cards both keep their work.
 * - The same card reviewed in two tabs: the later review wins (ties go to the incoming card),
 *   and both reviews stay in its log, so progress over time counts each answer once.
 */
import { MAX_LOG_ENTRIES, type ReviewCard, type StoryReviews } from '$lib/review/types';

export function emptyReviews(storyId: string): StoryReviews {
	return { storyId, cards: {} };
}

function reviewedAt(card: ReviewCard): number {
	return Date.parse(card.lastReview ?? card.createdAt);
}

export function mergeCard(current: ReviewCard | undefined, incoming: ReviewCard): ReviewCard {
	if (!current) return incoming;
	const winner = reviewedAt(incoming) >= reviewedAt(current) ? incoming : current;
	const seen = new Set<string>();
	const log = [...current.log, ...incoming.log]
		.filter((entry) => {
			const key = `${entry.at}|${entry.rating}|${entry.credit}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
		.slice(-MAX_LOG_ENTRIES);
	return { ...winner, log };
}

export function withCard(reviews: StoryReviews, card: ReviewCard): StoryReviews {
	return {
		...reviews,
		cards: { ...reviews.cards, [card.questionId]: mergeCard(reviews.cards[card.questionId], card) }
	};
}

export function withoutCards(reviews: StoryReviews, questionIds: readonly string[]): StoryReviews {
	const drop = new Set(questionIds);
	return {
		...reviews,
		cards: Object.fromEntries(Object.entries(reviews.cards).filter(([id]) => !drop.has(id)))
	};
}
