/**
 * What is due, and when the next review is: light code the library and the review page share.
 * It never loads the scheduler (ts-fsrs): counting due cards only compares stored dates.
 */
import type { Grade, StoryProgress } from '$lib/quiz/types';
import { RATING, type ReviewRating, type StoryCard, type StoryReviews } from './types';

/** Wrong -> Again, partly right -> Hard, right -> Good. */
export function ratingFor(grade: Grade): ReviewRating {
	if (grade.correct) return RATING.good;
	return grade.credit > 0 ? RATING.hard : RATING.again;
}

/** Only a question the student missed or half got becomes a card; a right answer does not. */
export function makesCard(grade: Grade): boolean {
	return !grade.correct;
}

/**
 * The end of the student's day (local time). "Due today" means due before it: a card FSRS wants
 * back this evening can be reviewed this morning, as in Anki, and the count does not change by
 * the hour.
 */
export function endOfDay(now: Date): Date {
	const end = new Date(now);
	end.setHours(23, 59, 59, 999);
	return end;
}

/** Whether a card's question still exists; cards of vanished questions are never shown. */
export type CardFilter = (storyId: string, questionId: string) => boolean;

/** A CardFilter that keeps cards of the questions listed per story. */
export function knownQuestions(
	stories: Iterable<readonly [storyId: string, questions: readonly { id: string }[]]>
): CardFilter {
	const known = new Set<string>();
	for (const [storyId, questions] of stories) {
		for (const q of questions) known.add(`${storyId}\u0000${q.id}`);
	}
	return (storyId, questionId) => known.has(`${storyId}\u0000${questionId}`);
}

function allCards(reviews: readonly StoryReviews[], keep: CardFilter): StoryCard[] {
	return reviews.flatMap((r) =>
		Object.values(r.cards)
			.filter((card) => keep(r.storyId, card.questionId))
			.map((card) => ({ storyId: r.storyId, card }))
	);
}

const byDue = (a: StoryCard, b: StoryCard) =>
	Date.parse(a.card.due) - Date.parse(b.card.due) ||
	a.storyId.localeCompare(b.storyId) ||
	a.card.questionId.localeCompare(b.card.questionId);

/**
 * The cards due today, mixed across stories: each story's cards in due order, the stories taking
 * turns (interleaving), starting with the story whose card is most overdue. Interleaved practice
 * beats blocked practice, and a student who stops half-way has reviewed a bit of everything.
 */
export function dueToday(
	reviews: readonly StoryReviews[],
	now: Date,
	keep: CardFilter = () => true
): StoryCard[] {
	const cutoff = endOfDay(now).getTime();
	const due = allCards(reviews, keep)
		.filter((c) => Date.parse(c.card.due) <= cutoff)
		.sort(byDue);
	const queues = new Map<string, StoryCard[]>();
	for (const item of due) {
		const queue = queues.get(item.storyId) ?? [];
		queue.push(item);
		queues.set(item.storyId, queue);
	}
	const mixed: StoryCard[] = [];
	const lists = [...queues.values()];
	for (let round = 0; mixed.length < due.length; round++) {
		for (const list of lists) {
			const item = list[round];
			if (item) mixed.push(item);
		}
	}
	return mixed;
}

export function countDueToday(
	reviews: readonly StoryReviews[],
	now: Date,
	keep: CardFilter = () => true
): number {
	const cutoff = endOfDay(now).getTime();
	return allCards(reviews, keep).filter((c) => Date.parse(c.card.due) <= cutoff).length;
}

/** When the next card falls due after today, or null when there are no cards at all. */
export function nextReviewAfterToday(
	reviews: readonly StoryReviews[],
	now: Date,
	keep: CardFilter = () => true
): Date | null {
	const cutoff = endOfDay(now).getTime();
	const later = allCards(reviews, keep)
		.map((c) => Date.parse(c.card.due))
		.filter((t) => t > cutoff);
	return later.length > 0 ? new Date(Math.min(...later)) : null;
}

/**
 * Whether some missed answer has no card (it predates review, or its card's write was cut off
 * when the tab closed): a cheap check, so pages load the scheduler to make the cards only then.
 */
export function hasMissingCards(
	progress: readonly StoryProgress[],
	reviews: readonly StoryReviews[],
	exists: CardFilter
): boolean {
	return progress.some((p) => {
		const cards = reviews.find((r) => r.storyId === p.storyId)?.cards ?? {};
		return p.attempts.some((a) =>
			Object.values(a.answers).some(
				(r) => !r.correct && !cards[r.questionId] && exists(p.storyId, r.questionId)
			)
		);
	});
}
