import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import {
	dateIsSubject,
	datesAnotherOccasion,
	eventItem,
	speaksOfTheFuture,
	timelineCandidates,
	withoutDates
} from './timeline';

// 2018-04-28 was a Saturday.
const article = (text: string): Article => ({
	id: 'a0',
	storyId: 's',
	title: 'Caravan reaches the border',
	outlet: 'Daily A',
	date: '2018-04-28',
	text
});

function items(text: string): string[] {
	const [c] = timelineCandidates(viewStory('s', [analyzeArticle(article(text))]));
	return c && c.draft.type === 'ordering' ? c.draft.items.map((i) => i.text) : [];
}

describe('timelineCandidates', () => {
	it('orders reported events and leaves out what lies ahead or only began on a date', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'Officials have been tracking the group since March 25 in the south.',
				'Border agents arrested eight people near the fence on Wednesday.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.',
				'Asylum-seekers are poised on Sunday to test the rules at the port.'
			].join('\n\n')
		);
		// Each item without its own date: it is placed by reading, not by the date it names.
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});

	it('drops an "also" that points to nothing, and leaves out a sentence whose verb only relates two events', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'Border agents also arrested eight people near the fence on Wednesday.',
				'The arrests on Thursday followed a warning from the mayor of the border town.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});

	it('dates no event by a date that belongs to an inner clause, or to a plan', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'The mayor will give the Harlow Lecture, named for a judge who died on March 3, 1990.',
				'The mayor is to speak at the border on April 30 about the caravan.',
				'Border agents arrested eight people near the fence on Wednesday.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.'
			].join('\n\n')
		);
		expect(got).toHaveLength(3);
		expect(got.some((t) => /Lecture|speak at/.test(t))).toBe(false);
	});

	it('dates no event by the date of an earlier event it is said to follow', () => {
		// The protest happened on April 25 (Wednesday); the statement came later. Placed on
		// April 25 it would sit before the arrests of April 26 it may well have followed.
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'The statement came after the protest at the gate on April 25 had ended.',
				'After the rally on April 20, organisers moved the group north.',
				'Border agents arrested eight people near the fence on April 26.',
				'Lawyers held workshops for the migrants in Tijuana on April 27.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});

	it('dates no event by a date that only names another event inside a noun phrase', () => {
		// The council met on April 27; "the April 24 vote" and "Monday's hearing" name other
		// events. Dated April 24 or Monday, those sentences would sit days before they happened.
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'The council debated the April 24 vote on shelters at length in Tijuana.',
				"Lawyers criticised Monday's hearing in a letter to the border agency.",
				'Border agents arrested eight people near the fence on April 26.',
				'Lawyers held workshops for the migrants in Tijuana on April 27.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});

	it('leaves out a weekday six days back, which is more likely an update the day after', () => {
		// Published Saturday 2018-04-28: "Friday" is the day before; "on Sunday" would be six days back.
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'Border agents arrested eight people near the fence on Wednesday.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.',
				'The first families crossed into the port of entry on Sunday.'
			].join('\n\n')
		);
		expect(got).toHaveLength(3);
		expect(got.some((t) => t.includes('first families'))).toBe(false);
	});
});

describe('timelineCandidates, widened with care', () => {
	it('keeps an event whose modal belongs to what was said after its past main verb', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'The governor on Wednesday renewed his attack on the agency and said its chief should resign.',
				'The border agency announced on Friday that it would add staff at the crossing.',
				'The bill the council passed on Thursday will take effect in June.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'The governor renewed his attack on the agency and said its chief should resign',
			'The border agency announced that it would add staff at the crossing'
		]);
	});

	it('leaves out a deadline, a sentence placed on two days, and an unresolved he or she', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'The asylum forms are due on April 30 at the port office.',
				'The letter released on April 24 followed one the lawyers sent on April 19.',
				'The border agency announced on April 25 that he had resigned from the post.',
				'Border agents arrested eight people near the fence on April 26.',
				'Lawyers held workshops for the migrants in Tijuana on April 27.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});

	it('mixes weekdays across outlets only when they were published on the same day', () => {
		const two = (secondDate: string) =>
			timelineCandidates(
				viewStory('s', [
					analyzeArticle({
						...article(
							'The caravan reached Tijuana after weeks on the road.\n\nBorder agents arrested eight people near the fence on Wednesday.\n\nLawyers held workshops for the migrants in Tijuana on Friday.'
						)
					}),
					analyzeArticle({
						...article('The caravan left the southern border on Monday with about 1,200 people.'),
						id: 'a1',
						outlet: 'Daily B',
						date: secondDate
					})
				])
			);
		// Both on Saturday 2018-04-28: Monday is April 23, before the arrests of April 25.
		const [c] = two('2018-04-28');
		expect(c?.draft.type === 'ordering' && c.draft.items.map((i) => i.text)).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
		// A day later "Monday" could be a different day: no timeline from two events.
		expect(two('2018-04-29')).toEqual([]);
	});
});

describe('timelineCandidates, a day told by two outlets', () => {
	it('offers one version per outlet sentence, so selection can take one whose sentences are free', () => {
		const cands = timelineCandidates(
			viewStory('s', [
				analyzeArticle(
					article(
						'The caravan reached Tijuana after weeks on the road.\n\nBorder agents arrested eight people near the fence on Wednesday.\n\nLawyers held workshops for the migrants in Tijuana on Friday.'
					)
				),
				analyzeArticle({
					...article(
						'The caravan reached the coast after weeks on the road.\n\nThe caravan left the southern border on Monday with about 1,200 people.\n\nGuards detained a group of eight migrants on Wednesday.'
					),
					id: 'a1',
					outlet: 'Daily B'
				})
			])
		);
		const orders = cands.map((c) =>
			c.draft.type === 'ordering' ? c.draft.items.map((i) => i.text) : []
		);
		expect(orders).toHaveLength(2);
		// Wednesday is told by each outlet in its own words; the other days are the same in both.
		expect(orders.map((o) => o[1]).sort()).toEqual([
			'Border agents arrested eight people near the fence',
			'Guards detained a group of eight migrants'
		]);
		for (const o of orders) {
			expect(o[0]).toBe('The caravan left the southern border with about 1,200 people');
			expect(o[2]).toBe('Lawyers held workshops for the migrants in Tijuana');
		}
	});
});

describe('timelineCandidates, one event on two days', () => {
	it('leaves out an event two outlets date differently, and orders the rest', () => {
		const from = (id: string, outlet: string, text: string) =>
			analyzeArticle({ ...article(text), id, outlet });
		const [c] = timelineCandidates(
			viewStory('s', [
				from(
					'a0',
					'Daily A',
					'The caravan left the southern border on April 2 with about 1,200 people.\n\nBorder agents arrested eight people near the fence on Wednesday.'
				),
				from(
					'a1',
					'Daily B',
					'The caravan reached the coast after weeks on the road.\n\nBorder agents arrested eight people near the fence on Thursday.\n\nLawyers held workshops for the migrants in Tijuana on Friday.'
				),
				from('a2', 'Daily C', 'Officials opened a shelter in Tijuana on April 10.')
			])
		);
		expect(c && c.draft.type === 'ordering' ? c.draft.items.map((i) => i.text) : []).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Officials opened a shelter in Tijuana',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});
});

describe('speaksOfTheFuture', () => {
	const at = (text: string, date: string) =>
		speaksOfTheFuture(text, text.indexOf(date), text.indexOf(date) + date.length);
	it('reads a modal after a reporting clause as what was said, and any other as a plan', () => {
		expect(at('The mayor vowed Wednesday that the tax will end.', 'Wednesday')).toBe(false);
		expect(
			at('The mayor on Sunday gave thanks, and he said the city would recover.', 'Sunday')
		).toBe(false);
		expect(at('The bill passed Monday will take effect next year.', 'Monday')).toBe(true);
		expect(at('The mayor is expected to sign the bill on Friday.', 'Friday')).toBe(true);
		expect(at('The mayor was expected on Friday to sign the bill.', 'Friday')).toBe(true);
		expect(at('The mayor signed the bill on Friday.', 'Friday')).toBe(false);
	});
});

describe('dateIsSubject', () => {
	const at = (text: string, date: string) =>
		dateIsSubject(text, text.indexOf(date), text.indexOf(date) + date.length);
	it('finds a date that opens the sentence as its subject, whose item would have none', () => {
		expect(at('Tuesday brought some relief for the flooded towns.', 'Tuesday')).toBe(true);
		expect(at('Dec. 27 marked the end of the strike.', 'Dec. 27')).toBe(true);
		expect(at('Last Friday saw the first vote on the plan.', 'Friday')).toBe(true);
		expect(at('Sunday night brought more rain.', 'Sunday')).toBe(true);
	});
	it('leaves a date that only times a clause with its own subject', () => {
		expect(at('On Tuesday the board fired the director.', 'Tuesday')).toBe(false);
		expect(at('Tuesday, the board fired the director.', 'Tuesday')).toBe(false);
		expect(at('The board fired the director on Tuesday.', 'Tuesday')).toBe(false);
		expect(at('Last Friday, the council voted.', 'Friday')).toBe(false);
	});
});

describe('withoutDates', () => {
	const strip = (text: string, ...dates: string[]) =>
		withoutDates(
			text,
			dates.map((d) => ({ start: text.indexOf(d), end: text.indexOf(d) + d.length }))
		);
	it('takes out the time expression with its preposition and mends the sentence', () => {
		expect(strip('On Tuesday, the board fired the director.', 'Tuesday')).toBe(
			'The board fired the director.'
		);
		expect(strip('The board met last Friday and fired him.', 'last Friday')).toBe(
			'The board met and fired him.'
		);
		expect(strip('The board met Tuesday morning in Harlow.', 'Tuesday')).toBe(
			'The board met in Harlow.'
		);
		expect(strip('The director resigned, on Friday.', 'Friday')).toBe('The director resigned.');
		expect(strip('The board, on Dec. 27, 2019, fired him.', 'Dec. 27')).toBe(
			'The board fired him.'
		);
	});

	it('takes "on the" along with a day written before its month', () => {
		expect(strip('The ferry sank on the 13th of July near the harbour.', '13th of July')).toBe(
			'The ferry sank near the harbour.'
		);
	});

	it('never leaves a possessive without its owner: a possessive date becomes "the"', () => {
		expect(
			strip('The mayor tried to recover from Monday night’s badly received speech.', 'Monday')
		).toBe('The mayor tried to recover from the badly received speech.');
		expect(strip("Friday's storm closed the harbour for hours.", 'Friday')).toBe(
			'The storm closed the harbour for hours.'
		);
	});
});

describe('timeline and a possessive date', () => {
	it('dates an event by its own day, not by the day of the event a possessive names', () => {
		// 2018-04-28 was a Saturday: Thursday is the 26th, Wednesday the 25th.
		const got = timelineCandidates(
			viewStory('s', [
				analyzeArticle(
					article(
						[
							'The caravan left the southern border on April 2 with about 1,200 people.',
							'Volunteers set up a clinic on April 9 for the families at the camp.',
							'The mayor on Thursday tried to win back voters lost at Wednesday night’s badly received town hall.',
							'The governor sought to recover from Tuesday night’s widely mocked interview on the radio.',
							'Lawyers held workshops for the migrants in Tijuana on Friday.'
						].join('\n\n')
					)
				)
			])
		)[0];
		expect(got?.draft.type).toBe('ordering');
		const items = got!.draft.type === 'ordering' ? got!.draft.items.map((i) => i.text) : [];
		expect(items.some((t) => /(?:^|\s)[’']s\b/.test(t))).toBe(false);
		expect(items).toContain(
			'The mayor tried to win back voters lost at the badly received town hall'
		);
		// A sentence whose only date is a possessive one names when another event happened.
		expect(items.some((t) => /governor/.test(t))).toBe(false);
		// The key dates the mayor's attempt on Thursday, not on the Wednesday of the town hall.
		expect(got!.draft.explanation).toMatch(/2018-04-26: The mayor on Thursday tried/);
		expect(got!.draft.explanation).not.toMatch(/2018-04-25/);
	});
});

describe('timeline dates each event by its own time expressions', () => {
	it('leaves out a sentence whose own time is another year, a relative time or a day after publication', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'In October 2016, a smaller group on Tuesday crossed the river near the town.',
				'The shelter, which opened two years ago, on Thursday took in forty families.',
				'Volunteers set up a clinic on May 3 for the families at the camp.',
				'Border agents arrested eight people near the fence on Wednesday.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border with about 1,200 people',
			'Border agents arrested eight people near the fence',
			'Lawyers held workshops for the migrants in Tijuana'
		]);
	});

	it('leaves out a date without a year right after the text sets another year', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'The first group formed in 2016 in the south of the country.',
				'On March 3 that group reached the capital with some 300 people.',
				'Border agents arrested eight people near the fence on Wednesday.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.'
			].join('\n\n')
		);
		expect(got.some((t) => /capital/.test(t))).toBe(false);
		expect(got).toHaveLength(3);
	});
});

describe('timeline events are acts dated by their own clause', () => {
	const base = [
		'The caravan left the southern border on April 2 with about 1,200 people.',
		'Border agents arrested eight people near the fence on Wednesday.',
		'Lawyers held workshops for the migrants in Tijuana on Friday.'
	];
	it('leaves out a refusal to comment: no event happened', () => {
		const got = items(
			[...base, 'The mayor’s lawyer declined to comment to reporters on Thursday.'].join('\n\n')
		);
		expect(got.some((t) => /comment/.test(t))).toBe(false);
		expect(got).toHaveLength(3);
	});
	it('leaves out a sentence whose date times a statement it names, not its own act', () => {
		// The statement came Thursday; the act the item tells may have come a day later.
		const got = items(
			[
				...base,
				'The governor brushed aside an error in her initial statement on Thursday about the caravan.'
			].join('\n\n')
		);
		expect(got.some((t) => /brushed/.test(t))).toBe(false);
	});
	it('keeps a statement that is the act itself', () => {
		expect(datesAnotherOccasion('In a statement ')).toBe(false);
		expect(datesAnotherOccasion('The agency said in a statement ')).toBe(false);
		expect(datesAnotherOccasion('She brushed aside an error in her initial statement ')).toBe(true);
		expect(datesAnotherOccasion('The senator quoted a line from his speech on ')).toBe(true);
	});
});

describe('eventItem', () => {
	it('drops a dateline and an "also" that points to nothing', () => {
		expect(eventItem('HARBOURTON ― The mayor renewed his attack on the port board')).toBe(
			'The mayor renewed his attack on the port board'
		);
		expect(eventItem('The board also fired its chairman')).toBe('The board fired its chairman');
		// Only the adverb before a verb goes: "also" opening a name stays.
		expect(eventItem('Also Sprach Records signed the band')).toBe(
			'Also Sprach Records signed the band'
		);
	});
});
