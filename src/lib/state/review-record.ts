/**
 * What a checked quiz answer means for review: a missed or half-right question gets a card (or
 * its card a review), and a right answer to a question that has a card counts as a review too.
 * The quiz loads this module only after an answer is checked, and the scheduler (ts-fsrs) only
 * when there is a card to schedule, so neither is in the quiz's up-front JavaScript.
 */
import type { Question } from '$lib/bank/schema';
import type { Grade } from '$lib/quiz/types';
import { makesCard } from '$lib/review/due';
import type { ByLineStore } from '$lib/storage/types';

export async function recordForReview(
	store: ByLineStore,
	storyId: string,
	question: Question,
	grade: Grade,
	answeredAt: string
): Promise<void> {
	const existing = (await store.getReviews(storyId)).cards[question.id] ?? null;
	if (!existing && !makesCard(grade)) return;
	const { reviewAnswer } = await import('$lib/review/schedule');
	const card = reviewAnswer(existing, question, grade, new Date(answeredAt));
	if (card) await store.saveReviewCard(storyId, card);
}
