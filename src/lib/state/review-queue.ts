/**
 * Getting today's review ready: which stories the cards belong to, tidying the cards (drop the
 * vanished, add the missing), and laying each due card out with its passage. Plain code that
 * ReviewSession calls once per visit.
 */
import type { Question } from '$lib/bank/schema';
import { orderSeed } from '$lib/quiz/item-order';
import { planQuiz, type QuizSection } from '$lib/quiz/plan';
import {
	dueToday,
	hasMissingCards,
	knownQuestions,
	nextReviewAfterToday,
	type CardFilter
} from '$lib/review/due';
import type { StoryProgress } from '$lib/quiz/types';
import type { ReviewCard, StoryReviews } from '$lib/review/types';
import type { ByLineStore } from '$lib/storage/types';
import type { StoryBundle } from '$lib/bank/story';

export interface ReviewItem {
	storyId: string;
	card: ReviewCard;
	question: Question;
	content: StoryBundle;
	/** The passage the question is about, laid out as the quiz would. */
	section: QuizSection | null;
	/**
	 * Fixes the shown order of the choices: new for each review of the card (its count of
	 * reviews so far), the same after a reload, and unchanged when this review is saved.
	 */
	orderSeed: string;
}

/** The stories the due cards belong to; the page fetches them (built-in banks, stored ones). */
export type StoryLoader = (storyIds: ReadonlySet<string>) => Promise<StoryBundle[]>;

export interface ReviewQueue {
	items: ReviewItem[];
	nextReview: Date | null;
	/** Whether a card's question exists in the stories loaded. */
	exists: CardFilter;
}

/**
 * Drops cards whose question vanished and adds cards missing for missed answers (see
 * $lib/review/reconcile). Each story's change is one write; most visits write nothing.
 */
async function tidy(
	store: ByLineStore,
	stored: StoryReviews[],
	progress: Awaited<ReturnType<ByLineStore['listProgress']>>,
	stories: ReadonlyMap<string, StoryBundle>
): Promise<StoryReviews[]> {
	const byStory = new Map(stored.map((r) => [r.storyId, r] as const));
	for (const reviews of stored) {
		const content = stories.get(reviews.storyId);
		// A story that could not be loaded (offline before its bank was cached) is left alone.
		if (!content) continue;
		const gone = Object.keys(reviews.cards).filter(
			(id) => !content.questions.some((q) => q.id === id)
		);
		if (gone.length > 0) {
			await store.dropReviewCards(reviews.storyId, gone);
			byStory.set(reviews.storyId, await store.getReviews(reviews.storyId));
		}
	}
	const current = [...byStory.values()];
	const questions = [...stories].map(([id, c]) => [id, c.questions] as const);
	const added = await addMissingCards(store, progress, current, questions);
	return added ? store.listReviews() : current;
}

/**
 * Makes the cards missed answers should have (see $lib/review/reconcile), one write per card.
 * Loads the scheduler only when some card is missing. Returns whether it wrote any.
 */
export async function addMissingCards(
	store: ByLineStore,
	progress: readonly StoryProgress[],
	reviews: readonly StoryReviews[],
	/** Each story's questions, as [storyId, questions]. */
	stories: readonly (readonly [string, readonly Question[]])[]
): Promise<boolean> {
	const exists = knownQuestions(stories);
	if (!hasMissingCards(progress, reviews, exists)) return false;
	const { missingCards } = await import('$lib/review/reconcile');
	let added = false;
	for (const p of progress) {
		const own = stories.find(([id]) => id === p.storyId)?.[1];
		if (!own) continue;
		const current = reviews.find((r) => r.storyId === p.storyId) ?? {
			storyId: p.storyId,
			cards: {}
		};
		const questions = new Map(own.map((q) => [q.id, q] as const));
		for (const card of missingCards(p, current, questions)) {
			await store.saveReviewCard(p.storyId, card);
			added = true;
		}
	}
	return added;
}

function itemFor(storyId: string, card: ReviewCard, content: StoryBundle): ReviewItem {
	const question = content.questions.find((q) => q.id === card.questionId)!;
	const section = planQuiz([question], content.articles)[0] ?? null;
	const seed = orderSeed(`review|${storyId}|${card.reps}`, question.id);
	return { storyId, card, question, content, section, orderSeed: seed };
}

export async function prepareReview(
	store: ByLineStore,
	loadStories: StoryLoader,
	now: Date
): Promise<ReviewQueue> {
	const [progress, stored] = await Promise.all([store.listProgress(), store.listReviews()]);
	const storyIds = new Set([
		...stored.map((r) => r.storyId),
		...progress.filter((p) => p.attempts.length > 0).map((p) => p.storyId)
	]);
	const stories = new Map((await loadStories(storyIds)).map((c) => [c.story.id, c] as const));
	const reviews = await tidy(store, stored, progress, stories);
	const exists = knownQuestions([...stories].map(([id, c]) => [id, c.questions] as const));
	return {
		items: dueToday(reviews, now, exists).map(({ storyId, card }) =>
			itemFor(storyId, card, stories.get(storyId)!)
		),
		nextReview: nextReviewAfterToday(reviews, now, exists),
		exists
	};
}
