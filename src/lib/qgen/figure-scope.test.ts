import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from './analyze';
import { article } from './article.test-helpers';
import { figureScope, scopesClash } from './figure-scope';

/** The scope of the first figure of a one-sentence article. */
function scopeOf(text: string) {
	const [f] = viewStory('s', [analyzeArticle(article(0, text))]).figures;
	if (!f) throw new Error(`no figure in: ${text}`);
	return figureScope(f);
}

describe('figureScope', () => {
	it('reads the place named after a preposition, and not a month or a day', () => {
		expect([...scopeOf('About 100 people marched in San Diego on Sunday.').places]).toEqual([
			'san diego'
		]);
		expect([...scopeOf('On the Mexican side, roughly 200 people gathered.').places]).toEqual([
			'mexican'
		]);
		expect([...scopeOf('About 100 people marched in March.').places]).toEqual([]);
	});

	it('counts "last year" and "this year" from the publication date (2023 here)', () => {
		expect([...scopeOf('The agency hired 300 inspectors last year.').years]).toEqual(['2022']);
		expect([...scopeOf('The agency has hired 300 inspectors this year.').years]).toEqual(['2023']);
		// "last year" and "in 2023" now name different years: the counts clash.
		expect(
			scopesClash(
				scopeOf('The agency hired 300 inspectors last year.'),
				scopeOf('The agency hired 250 inspectors in 2023.')
			)
		).toBe(true);
	});

	it('reads a year near the figure, the group its noun names, and new against total', () => {
		expect([...scopeOf('In 2017 the agency hired 300 inspectors.').years]).toEqual(['2017']);
		expect([...scopeOf('The bill won 12 Democrats and no one else.').groups]).toEqual(['democrat']);
		expect(scopeOf('The agency wrote 12 new rules for the trade.').scope).toBe('new');
		expect(scopeOf('The agency now has a total of 15 rules for the trade.').scope).toBe('total');
		expect(scopeOf('The agency wrote 15 rules for the trade.').scope).toBeUndefined();
	});
});

describe('scopesClash', () => {
	it('sets apart figures that name different places, years, groups or scopes', () => {
		const clash = (a: string, b: string) => scopesClash(scopeOf(a), scopeOf(b));
		expect(
			clash('About 100 people marched in San Diego.', 'Roughly 200 people marched in Tijuana.')
		).toBe(true);
		expect(
			clash('The agency hired 300 inspectors in 2017.', 'It hired 450 inspectors in 2018.')
		).toBe(true);
		expect(clash('The bill won 12 Democrats.', 'The bill won 15 Republicans.')).toBe(true);
		expect(clash('The agency wrote 12 new rules.', 'It has a total of 15 rules.')).toBe(true);
	});

	it('leaves the question open when only one figure names a place', () => {
		expect(
			scopesClash(
				scopeOf('About 100 people marched in San Diego.'),
				scopeOf('Roughly 200 people marched to the fence.')
			)
		).toBe(false);
		expect(
			scopesClash(
				scopeOf('About 100 people marched in San Diego.'),
				scopeOf('In San Diego, roughly 200 people marched.')
			)
		).toBe(false);
	});
});

describe('figureScope: venues', () => {
	it('reads no place from "at", so a venue never clashes with its town', () => {
		const venue = scopeOf('Gunmen killed 49 people at the Pulse nightclub early on Sunday.');
		const town = scopeOf('A gunman killed 50 people in Orlando early on Sunday.');
		expect([...venue.places]).toEqual([]);
		expect(scopesClash(venue, town)).toBe(false);
	});
});

describe('figureScope: whose count it is', () => {
	it('sets apart the same count told of two different people, not of one person named twice', () => {
		const roe = scopeOf('In the final on Sunday, Ann Roe scored 20 points for the home side.');
		const doe = scopeOf('In the final on Sunday, Mary Doe scored 25 points for the home side.');
		const roeAgain = scopeOf('On Sunday, Ms. Ann Roe scored 22 points in the final.');
		expect(roe.people).toEqual(['Ann Roe']);
		expect(scopesClash(roe, doe)).toBe(true);
		expect(scopesClash(roe, roeAgain)).toBe(false);
	});
});

describe('figureScope: a person who is the object', () => {
	it('reads no subject from a person the figure follows directly', () => {
		expect(
			scopeOf('The counsel hopes to ask President Jane Roe dozens of questions.').people
		).toEqual([]);
	});
});

describe('places a figure counts in', () => {
	const clash = (a: string, b: string) => scopesClash(scopeOf(a), scopeOf(b));

	it('falls back on the places the sentence names when none stands beside the figure', () => {
		const far =
			'In Northland, where the fighting began long ago and the border is still closed, the ministry keeps about 2,000 troops.';
		const other =
			'Officials in Southland, after a long meeting with leaders of the local army, said the ministry keeps about 14,000 troops.';
		expect([...scopeOf(far).places]).toEqual([]);
		expect([...scopeOf(other).places]).toEqual([]);
		expect(clash(far, other)).toBe(true);
	});

	it('does not read “ties to” or “an inquiry into” far from the figure as a place', () => {
		expect(
			clash(
				'In all, the panel has at least four dozen questions it wants to ask about his ties to Northland.',
				'The panel sent almost four dozen questions in its inquiry into Northlander trade.'
			)
		).toBe(false);
	});

	it('still leaves the question open when one sentence names no place at all', () => {
		expect(
			clash(
				'In Northland, where the fighting began long ago and the border is still closed, the ministry keeps about 2,000 troops.',
				'The ministry keeps about 2,500 troops on the ground, officials said on Monday.'
			)
		).toBe(false);
	});
});

describe('figureScope: a count of one day against a running count', () => {
	it('reads "since", "so far" and "to date" as a running count, a weekday or "yesterday" as one day', () => {
		expect(scopeOf('The governor has signed 19 orders since taking office.').span).toBe('running');
		expect(scopeOf('The governor has signed 19 orders so far.').span).toBe('running');
		expect(scopeOf('The governor signed two orders on Tuesday.').span).toBe('day');
		expect(scopeOf('The governor signed two orders yesterday.').span).toBe('day');
		expect(scopeOf('The governor signed two orders for the schools.').span).toBeUndefined();
	});
	it('sets "two orders on Tuesday" apart from "19 orders since taking office", not from another day’s count', () => {
		const clash = (a: string, b: string) => scopesClash(scopeOf(a), scopeOf(b));
		expect(
			clash(
				'The governor signed two orders on Tuesday.',
				'The governor has signed 19 orders since taking office.'
			)
		).toBe(true);
		expect(
			clash(
				'The governor signed two orders on Tuesday.',
				'The governor signed three orders on Tuesday.'
			)
		).toBe(false);
		expect(
			clash(
				'The governor has signed 23 orders since taking office.',
				'The governor has signed 19 orders since taking office.'
			)
		).toBe(false);
	});
});
