import { describe, expect, it } from 'vitest';
import { article } from '../article.test-helpers';
import { analyzeArticle, viewStory } from '../analyze';
import { datedEvents } from './compare-dates';
import { laterOccasion, laterOccasionCandidates, quotedToDate, toldAsDone } from './compare-later';

// 2023-10-09 was a Monday, 2023-10-12 a Thursday.
const MONDAY = '2023-10-09';
const THURSDAY = '2023-10-12';

/** One article per [text, publication date], outlets Daily 0, Daily 1, …. */
const story = (...texts: [string, string][]) =>
	viewStory(
		's',
		texts.map(([text, date], n) => analyzeArticle({ ...article(n, text), date }))
	);

const SUNDAY_MEETING =
	'The governor and the mayor met Sunday afternoon at the city hall for the first time in months.';
const THURSDAY_MEETING =
	'Governor Ada Park and Mayor Tom Reyes met on Thursday for an hour at the city hall to discuss the transit budget.';

describe('toldAsDone', () => {
	const first = (text: string, date = MONDAY) =>
		datedEvents(analyzeArticle({ ...article(0, text), date }))[0]!;
	it('takes a date whose clause has a past-tense verb before it', () => {
		expect(toldAsDone(first(SUNDAY_MEETING))).toBe(true);
	});
	it('refuses what is still to come, whatever day it was read as', () => {
		const e = first('The marchers are poised on Sunday to cross the river at the old toll bridge.');
		expect(e === undefined || !toldAsDone(e)).toBe(true);
	});
});

describe('quotedToDate', () => {
	const first = (text: string) =>
		datedEvents(analyzeArticle({ ...article(0, text), date: THURSDAY }))[0]!;
	it('quotes the sentence up to its date and a time of day, marking what is left out', () => {
		expect(
			quotedToDate(
				first(
					'The governor and the mayor met on Tuesday evening in a bid to end the long dispute over bus fares.'
				)
			)
		).toBe('The governor and the mayor met on Tuesday evening …');
	});
	it('keeps the full stop of a sentence that ends with its date', () => {
		expect(quotedToDate(first('The governor and the mayor met on Tuesday.'))).toBe(
			'The governor and the mayor met on Tuesday.'
		);
	});
});

describe('laterOccasionCandidates', () => {
	it('asks how two reports relate when one tells of a day after the other was published', () => {
		const view = story([SUNDAY_MEETING, MONDAY], [THURSDAY_MEETING, THURSDAY]);
		const [q, ...rest] = laterOccasionCandidates(view);
		expect(rest).toEqual([]);
		expect(q!.family).toBe('compare');
		expect(q!.draft.prompt).toContain('Daily 0 writes: “The governor and the mayor met Sunday');
		expect(q!.draft.prompt).toContain(
			'Daily 1 writes: “Governor Ada Park and Mayor Tom Reyes met on Thursday …” How do the two reports relate?'
		);
		const draft = q!.draft as { choices: { id: string; text: string }[]; correct: string[] };
		const key = draft.choices.find((c) => c.id === draft.correct[0])!.text;
		expect(key).toBe(
			'Two different meetings: the one on Thursday came after Daily 0 published its report'
		);
		expect(draft.choices.map((c) => c.text)).toContain(
			'One meeting, which Daily 0 and Daily 1 date differently'
		);
		// Both publication dates, so a reader can check the key against the articles.
		expect(q!.draft.explanation).toContain('published Monday, 9 October 2023');
		expect(q!.draft.explanation).toContain('published Thursday, 12 October 2023');
		expect(q!.draft.evidence).toHaveLength(2);
	});
	it('names and cites a second earlier outlet that gives the same first day', () => {
		const view = story(
			[SUNDAY_MEETING, MONDAY],
			[THURSDAY_MEETING, THURSDAY],
			['The mayor and the governor met at the city hall on Sunday, aides said.', MONDAY]
		);
		const [q] = laterOccasionCandidates(view);
		expect(q!.draft.explanation).toMatch(/\(as does Daily 2\)/);
		expect(q!.draft.evidence).toHaveLength(3);
	});
	it('leaves two days in papers of one date to compare-dates: they may be one act dated twice', () => {
		const view = story(
			['The governor and the mayor met at the city hall on Tuesday for an hour.', THURSDAY],
			[THURSDAY_MEETING, THURSDAY]
		);
		expect(laterOccasionCandidates(view)).toEqual([]);
	});
	it('asks nothing of an act still to come, nor of acts by different people', () => {
		expect(
			laterOccasionCandidates(
				story(
					[SUNDAY_MEETING, MONDAY],
					['Governor Ada Park and Mayor Tom Reyes will meet at the city hall on Friday.', THURSDAY]
				)
			)
		).toEqual([]);
		expect(
			laterOccasionCandidates(
				story(
					['The teachers union and the school board met on Sunday in a church hall.', MONDAY],
					[THURSDAY_MEETING, THURSDAY]
				)
			)
		).toEqual([]);
	});
	it('is not asked when the later outlet dates the act on the earlier day too', () => {
		const view = story(
			[SUNDAY_MEETING, MONDAY],
			[
				`${THURSDAY_MEETING} The governor and the mayor first met at the city hall on Sunday afternoon.`,
				THURSDAY
			]
		);
		const events = view.analyses.flatMap(datedEvents);
		// The pair itself still reads as two occasions …
		expect(events.some((x) => events.some((y) => laterOccasion(x, y)))).toBe(true);
		// … but the later outlet tells of both, so no question.
		expect(laterOccasionCandidates(view)).toEqual([]);
	});
});
