import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { AnswerRecord, StoryProgress } from '$lib/quiz/types';
import {
	makeAnswer,
	makeProgress,
	makeRecordedAttempt,
	makeReviewCard,
	makeStoredStory,
	makeStoryReviews,
	STUDENT_STORY as HARBOR,
	studentQuestions
} from '$test-data';
import {
	answerEvents,
	progressReport,
	suggestNext,
	weekOf,
	type QuestionLookup,
	type StoryForSuggestion
} from './report';

const harborQuestions = studentQuestions();

const other = makeStoredStory('story-b', 'Story B');
const byStory = new Map<string, Question[]>([
	[HARBOR, harborQuestions],
	['story-b', other.questions]
]);
const lookup: QuestionLookup = (storyId, id) => byStory.get(storyId)?.find((q) => q.id === id);
const stories: StoryForSuggestion[] = [
	{ id: HARBOR, title: 'Harbor', questions: harborQuestions },
	{ id: 'story-b', title: 'Story B', questions: other.questions },
	{ id: 'story-c', title: 'Story C', questions: [] }
];

function graded(questionId: string, at: string, credit: number): AnswerRecord {
	return { ...makeAnswer(questionId, at), correct: credit === 1, credit };
}

const progress = (storyId: string, records: AnswerRecord[]): StoryProgress =>
	makeProgress([makeRecordedAttempt(storyId, records)]);

// Local times: weeks start on the student's own Monday. 2026-03-02 is a Monday.
const WEEK1 = '2026-03-03T10:00:00';
const WEEK3 = '2026-03-18T10:00:00';
const iso = (local: string) => new Date(local).toISOString();

describe('answerEvents', () => {
	it('counts quiz answers and reviews across stories, a quiz answer in a card’s log once', () => {
		const quiz = [
			progress(HARBOR, [graded('q-day', iso(WEEK1), 0), graded('q-who', iso(WEEK1), 1)]),
			progress('story-b', [graded('story-b-q1', iso(WEEK1), 0.5)])
		];
		const cards = [
			makeStoryReviews(HARBOR, [
				makeReviewCard('q-day', iso(WEEK3), {
					log: [
						{ at: iso(WEEK1), rating: 1, credit: 0 },
						{ at: iso(WEEK3), rating: 3, credit: 1 }
					]
				}),
				// A question since deleted is not reported.
				makeReviewCard('gone', iso(WEEK3))
			])
		];
		const events = answerEvents(quiz, cards, lookup);
		expect(events.map((e) => [e.storyId, e.questionId, e.skill, e.credit])).toEqual([
			[HARBOR, 'q-day', 'fact', 0],
			[HARBOR, 'q-who', 'quote', 1],
			['story-b', 'story-b-q1', 'fact', 0.5],
			[HARBOR, 'q-day', 'fact', 1]
		]);
	});
});

describe('progressReport', () => {
	it('gives accuracy by skill week by week, with empty weeks in between', () => {
		expect(weekOf(new Date(WEEK1))).toBe('2026-03-02');
		const events = answerEvents(
			[
				progress(HARBOR, [graded('q-day', iso(WEEK1), 0), graded('q-who', iso(WEEK1), 1)]),
				progress('story-b', [graded('story-b-q1', iso(WEEK3), 1)])
			],
			[],
			lookup
		);
		const report = progressReport(events);
		expect(report.weeks).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
		expect(report.answered).toBe(3);
		const fact = report.skills.find((s) => s.skill === 'fact')!;
		expect(fact).toMatchObject({ answered: 2, percent: 50, storyIds: [HARBOR, 'story-b'] });
		expect(fact.weeks.map((w) => w?.percent ?? null)).toEqual([0, null, 100]);
		expect(report.skills.map((s) => s.skill)).toEqual(['fact', 'quote']);
	});

	it('shows only the latest weeks, while the totals keep every answer', () => {
		const records = Array.from({ length: 12 }, (_, i) =>
			graded('q-day', iso(`2026-01-${String(5 + i * 2).padStart(2, '0')}T10:00:00`), i % 2)
		);
		// One answer per question per attempt: spread them over attempts.
		const p: StoryProgress = {
			storyId: HARBOR,
			attempts: records.map((r, i) => ({ ...progress(HARBOR, [r]).attempts[0]!, id: `a${i}` }))
		};
		// 5 to 27 January 2026: four weeks of answers, two shown.
		const report = progressReport(answerEvents([p], [], lookup), 2);
		expect(report.weeks).toEqual(['2026-01-19', '2026-01-26']);
		expect(report.skills[0]!.answered).toBe(12);
	});

	it('is empty without answers', () => {
		expect(progressReport([])).toEqual({ weeks: [], skills: [], answered: 0 });
	});
});

describe('suggestNext', () => {
	it('puts due reviews first', () => {
		expect(suggestNext(progressReport([]), [], stories, 3)).toEqual({ kind: 'review', due: 3 });
	});

	it('names the weakest skill and the story with most of it left to get right', () => {
		const events = answerEvents(
			[
				progress(HARBOR, [
					graded('q-day', iso(WEEK1), 0),
					graded('q-cars', iso(WEEK1), 1),
					graded('q-who', iso(WEEK1), 1)
				]),
				progress('story-b', [graded('story-b-q1', iso(WEEK1), 0)])
			],
			[],
			lookup
		);
		const report = progressReport(events);
		expect(suggestNext(report, events, stories, 0)).toEqual({
			kind: 'skill',
			skill: 'fact',
			percent: 33,
			storyId: HARBOR,
			storyTitle: 'Harbor'
		});
	});

	it('suggests a story not started when no skill is weak, and well done after that', () => {
		const events = answerEvents(
			[progress(HARBOR, [graded('q-day', iso(WEEK1), 1), graded('q-who', iso(WEEK1), 1)])],
			[],
			lookup
		);
		const report = progressReport(events);
		expect(suggestNext(report, events, stories, 0)).toEqual({
			kind: 'story',
			storyId: 'story-b',
			storyTitle: 'Story B'
		});
		expect(suggestNext(report, events, stories.slice(0, 1), 0)).toEqual({ kind: 'well-done' });
	});
});
