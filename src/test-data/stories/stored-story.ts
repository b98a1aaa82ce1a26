/**
 * Small stories and the records a student's device stores about them, for the storage, backup
 * and review tests: a one-article story with one question, its answers and review cards.
 */
import type { Bank } from '$lib/bank/schema';
import type { AnswerRecord } from '$lib/quiz/types';
import type { ReviewCard, StoryReviews } from '$lib/review/types';
import { makeArticle } from '../article';
import { makeQuestion } from '../question';
import { span } from '../span';
import { makeBankFile, makeStory } from '../story';

/**
 * A one-article story with one approved question, `${storyId}-q1` (right answer: choice "a").
 * Several can sit in one store side by side.
 */
export function makeStoredStory(storyId = 'story-a', title = 'A story'): Bank {
	const article = makeArticle({
		id: `${storyId}-article`,
		storyId,
		title: 'Report',
		outlet: 'Outlet',
		date: '2019-12-31',
		text: 'The embassy was attacked on Tuesday.\n\nOfficials said 100 marines were sent.'
	});
	return makeBankFile(
		makeStory({
			id: storyId,
			title,
			articles: [article],
			questions: [
				makeQuestion('single', {
					id: `${storyId}-q1`,
					storyId,
					prompt: 'How many marines were sent?',
					choices: [
						{ id: 'a', text: '100' },
						{ id: 'b', text: '750' }
					],
					correct: ['a'],
					evidence: [span(article, 'Officials said 100 marines were sent.')],
					explanation: 'Officials said 100 marines were sent.'
				})
			]
		})
	);
}

/** A single-choice answer as stored: choice "a" is the right one. */
export function makeAnswer(questionId: string, answeredAt: string, choiceId = 'a'): AnswerRecord {
	return {
		questionId,
		response: { type: 'single', choiceId },
		correct: choiceId === 'a',
		credit: choiceId === 'a' ? 1 : 0,
		answeredAt
	};
}

/** A stored review card, due at `due`; fields as FSRS leaves a card after one review. */
export function makeReviewCard(
	questionId: string,
	due: string,
	overrides: Partial<ReviewCard> = {}
): ReviewCard {
	const at = new Date(Date.parse(due) - 86_400_000).toISOString();
	return {
		questionId,
		bankVersion: 'v1',
		createdAt: at,
		due,
		stability: 0.2,
		difficulty: 6.4,
		scheduledDays: 1,
		learningSteps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		lastReview: at,
		log: [{ at, rating: 1, credit: 0 }],
		...overrides
	};
}

/** A story's review cards as storage keeps them, by question id. */
export function makeStoryReviews(storyId: string, cards: ReviewCard[]): StoryReviews {
	return { storyId, cards: Object.fromEntries(cards.map((c) => [c.questionId, c])) };
}
