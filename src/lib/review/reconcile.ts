/**
 * Cards that should exist but do not: answers given before review existed, or whose card
 * could not be saved (a full disk while the quiz went on). Replaying the question's answers in
 * time order through FSRS gives the card the student would have had. Loads the scheduler.
 */
import type { Question } from '$lib/bank/schema';
import type { AnswerRecord, StoryProgress } from '$lib/quiz/types';
import { reviewAnswer } from './schedule';
import type { ReviewCard, StoryReviews } from './types';

export function missingCards(
	progress: StoryProgress,
	reviews: StoryReviews,
	questions: ReadonlyMap<string, Question>
): ReviewCard[] {
	const answers = new Map<string, AnswerRecord[]>();
	for (const attempt of progress.attempts) {
		for (const record of Object.values(attempt.answers)) {
			if (reviews.cards[record.questionId] || !questions.has(record.questionId)) continue;
			answers.set(record.questionId, [...(answers.get(record.questionId) ?? []), record]);
		}
	}
	const cards: ReviewCard[] = [];
	for (const [questionId, records] of answers) {
		const question = questions.get(questionId)!;
		let card: ReviewCard | null = null;
		for (const r of records.sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt))) {
			card = reviewAnswer(card, question, r, new Date(r.answeredAt));
		}
		if (card) cards.push(card);
	}
	return cards;
}
