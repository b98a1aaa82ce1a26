/** Fixtures and fault-injecting drivers shared by the storage and backup tests. */
import { BANK_FORMAT, BANK_VERSION, type Bank } from '$lib/bank/model';
import type { AnswerRecord } from '$lib/quiz/types';
import type { ReviewCard, StoryReviews } from '$lib/review/types';
import type { KeyValueDriver } from './kv';

const TEXT = 'The embassy was attacked on Tuesday.\n\nOfficials said 100 marines were sent.';

export function sampleBank(storyId = 'story-a', title = 'A story'): Bank {
	const articleId = `${storyId}-article`;
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: [{ id: storyId, title, articleIds: [articleId] }],
		articles: [
			{ id: articleId, storyId, title: 'Report', outlet: 'Outlet', date: '2019-12-31', text: TEXT }
		],
		questions: [
			{
				id: `${storyId}-q1`,
				storyId,
				type: 'single',
				skill: 'fact',
				prompt: 'How many marines were sent?',
				choices: [
					{ id: 'a', text: '100' },
					{ id: 'b', text: '750' }
				],
				correct: ['a'],
				evidence: [{ articleId, start: 38, end: TEXT.length }],
				explanation: 'Officials said 100 marines were sent.',
				origin: 'curated',
				status: 'approved',
				difficulty: 1
			}
		]
	};
}

export function answer(questionId: string, answeredAt: string, choiceId = 'a'): AnswerRecord {
	return {
		questionId,
		response: { type: 'single', choiceId },
		correct: choiceId === 'a',
		credit: choiceId === 'a' ? 1 : 0,
		answeredAt
	};
}

export function domError(name: string, message = name): Error {
	return new DOMException(message, name);
}

/**
 * Wraps a driver and makes chosen writes fail, as a full disk or an aborted
 * IndexedDB transaction would: the failing write changes nothing.
 */
export class FailingDriver implements KeyValueDriver {
	setCalls = 0;
	constructor(
		private readonly inner: KeyValueDriver,
		public failWhen: (key: string, call: number) => Error | null = () => null
	) {}

	getItem(key: string) {
		return this.inner.getItem(key);
	}

	async setItem(key: string, value: unknown) {
		this.setCalls++;
		const error = this.failWhen(key, this.setCalls);
		if (error) throw error;
		await this.inner.setItem(key, value);
	}

	removeItem(key: string) {
		return this.inner.removeItem(key);
	}

	keys() {
		return this.inner.keys();
	}
}

/** A stored review card, due at `due`; fields as FSRS leaves a card after one review. */
export function reviewCard(
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

export function storyReviews(storyId: string, cards: ReviewCard[]): StoryReviews {
	return { storyId, cards: Object.fromEntries(cards.map((c) => [c.questionId, c])) };
}
