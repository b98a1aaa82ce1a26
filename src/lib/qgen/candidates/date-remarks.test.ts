import { describe, expect, it } from 'vitest';
import { storyFiledOn } from '../article.test-helpers';
import { dateCompareCandidates, dateDisagreements } from './compare-dates';
import { remarkNoun } from './date-remarks';

// 2019-12-04 was a Wednesday.
const WEDNESDAY = '2019-12-04';

const view = (...texts: [outlet: string, text: string][]) => storyFiledOn(WEDNESDAY, ...texts);

const RATES = '“the city will not raise water rates again this winter”';
const REMARK = (noun: string, day: string, quote = RATES) =>
	`Mayor Jane Roe said in a ${noun} ${day} that ${quote}, after weeks of complaints from tenants.`;

const days = (v: ReturnType<typeof view>) =>
	dateDisagreements(v).map(([x, y]) => [x.mention.text, y.mention.text]);

describe('remarkNoun', () => {
	it('reads the statement or interview a date follows, not a statement named otherwise', () => {
		expect(remarkNoun('Mayor Jane Roe said in a statement ')).toBe('statement');
		expect(remarkNoun('In a written statement on ')).toBe('statement');
		expect(remarkNoun('the governor told reporters during an interview ')).toBe('interview');
		// "The mayor's statement on Monday that …": no remark the day is given for.
		expect(remarkNoun('The mayor’s statement on ')).toBe(undefined);
		expect(remarkNoun('the council met in a closed session ')).toBe(undefined);
	});
	it('reads a remark dated by when it ran ("an interview that aired Sunday") or with the day before the noun', () => {
		expect(remarkNoun('Mayor Jane Roe said in an interview that aired ')).toBe('interview');
		expect(remarkNoun('The agency said in a statement released on ')).toBe('statement');
		expect(remarkNoun('Mayor Jane Roe said in a ', ' television interview with the Post')).toBe(
			'interview'
		);
		expect(remarkNoun('In ', '’s interview, the mayor said')).toBe('interview');
		// "The mayor's Sunday interview": no "in" or "during" before it, no remark the words come from.
		expect(remarkNoun('The mayor’s ', ' interview drew complaints')).toBe(undefined);
		// The interview was not what aired: "the ad that aired Sunday".
		expect(remarkNoun('Roe spoke about the ad that aired ')).toBe(undefined);
	});
});

describe('dateDisagreements: one remark dated twice', () => {
	it('pairs one statement quoted alike and dated Monday in one outlet, Tuesday in another', () => {
		expect(
			days(
				view(
					['Daily A', REMARK('statement', 'on Monday')],
					['Daily B', REMARK('statement', 'Tuesday')]
				)
			)
		).toEqual([['Monday', 'Tuesday']]);
	});
	it('does not pair two statements that quote different words, nor a statement and an interview', () => {
		expect(
			days(
				view(
					['Daily A', REMARK('statement', 'on Monday')],
					[
						'Daily B',
						REMARK('statement', 'Tuesday', '“tenants deserve a clear answer before the new year”')
					]
				)
			)
		).toEqual([]);
		expect(
			days(
				view(
					['Daily A', REMARK('statement', 'on Monday')],
					['Daily B', REMARK('interview', 'Tuesday')]
				)
			)
		).toEqual([]);
	});
	it('asks which day the outlet gives for the statement, the other outlet’s day among the choices', () => {
		const v = view(
			['Daily A', REMARK('statement', 'on Monday')],
			['Daily B', REMARK('statement', 'Tuesday')]
		);
		const q = dateCompareCandidates(v).find((c) =>
			c.draft.prompt.endsWith('Which day does Daily B give?')
		)!.draft;
		// "The same statement": a statement is no "event" to a reader.
		expect(
			q.prompt.startsWith('Daily B and Daily A give different days for the same statement.')
		).toBe(true);
		if (q.type !== 'single') throw new Error(q.type);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Tuesday');
		expect(q.choices.map((c) => c.text)).toContain('Monday');
	});
});

describe('dateDisagreements: one interview given two days, however each outlet words the day', () => {
	const QUOTE = '“I have done what I came to do in this city”';
	it('pairs "an interview that aired Sunday" with "a Saturday interview" that quote the same words', () => {
		expect(
			days(
				view(
					['Daily A', `Mayor Jane Roe said in an interview that aired Sunday that ${QUOTE}.`],
					['Daily B', `In a Saturday interview with a local station, Mayor Jane Roe said ${QUOTE}.`]
				)
			)
		).toEqual([['Sunday', 'Saturday']]);
	});
	it('does not pair them when the quoted words differ: two interviews, perhaps', () => {
		expect(
			days(
				view(
					['Daily A', `Mayor Jane Roe said in an interview that aired Sunday that ${QUOTE}.`],
					[
						'Daily B',
						'In a Saturday interview with a local station, Mayor Jane Roe said “the water rates will not go up this winter”.'
					]
				)
			)
		).toEqual([]);
	});
});
