import { describe, expect, it } from 'vitest';
import { parseNumber } from '$lib/quiz/normalize';
import {
	BROADCAST_WORDS,
	CAUSAL_CONNECTIVES,
	CREDITED_TO_OUTLET,
	DOTTED_HONORIFICS,
	HONORIFICS,
	MONTH_PATTERN,
	NUMBER_WORD_PATTERN,
	UNNAMED_SOURCE,
	UNVERIFIED,
	ALONE_MORE_SENSES,
	ALONE_WORD_SENSES,
	SHORT_REPORT_SENSES,
	FILL_LATE_SENSES,
	FILL_SENSES,
	WORD_SENSES,
	countWordTitle,
	monthIndex
} from './lexicon';

const creditedTo = (s: string) => CREDITED_TO_OUTLET.exec(s)?.slice(1).find(Boolean);

describe('lexicon: how a claim is sourced', () => {
	it('finds unnamed sources in their usual shapes', () => {
		for (const s of [
			'The plan was shelved, according to two senior officials.',
			'People familiar with the talks said the deal was close.',
			'A state official said the road would reopen.',
			'The aide spoke on condition of anonymity to discuss the memo.'
		])
			expect(UNNAMED_SOURCE.test(s), s).toBe(true);
	});
	it('does not take a named official or a plain reporting verb for an unnamed source', () => {
		for (const s of [
			'Mayor Ana Ruiz said the road would reopen.',
			'He told reporters the plan was shelved.',
			'The council voted on Tuesday.',
			'The blast injured Lee Park, a staffer for the mayor, and two officers.',
			'The governor said a senior aide would resign.'
		])
			expect(UNNAMED_SOURCE.test(s), s).toBe(false);
	});
	it('finds a claim flagged as unverified, and not one that was confirmed', () => {
		expect(UNVERIFIED.test('The paper could not independently verify the footage.')).toBe(true);
		expect(UNVERIFIED.test('The account has not been confirmed.')).toBe(true);
		expect(UNVERIFIED.test('The ministry confirmed the figure on Monday.')).toBe(false);
	});
	it('names the news organisation a claim is credited to, by the shape of its name', () => {
		expect(creditedTo('The bill stalled, according to the Riverside Tribune.')).toBe(
			'the Riverside Tribune'
		);
		expect(creditedTo('KXYZ first reported that she would run.')).toBe('KXYZ');
		// The person who told a network is the source, not the network.
		expect(creditedTo('Mayor Ana Ruiz told KXYZ that she would run.')).toBeUndefined();
		expect(creditedTo('The Valley Post first reported the payments.')).toBe('The Valley Post');
		expect(creditedTo('He told reporters he would run.')).toBeUndefined();
		expect(creditedTo('The deal collapsed, according to the mayor.')).toBeUndefined();
	});
	it('lists each causal connective once', () => {
		const words = CAUSAL_CONNECTIVES.map((c) => c.words);
		expect(new Set(words).size).toBe(words.length);
	});
});

describe('lexicon: words of broadcasting', () => {
	it('lists each word once, each with a place beside a show’s name', () => {
		const words = BROADCAST_WORDS.map((w) => w.word);
		expect(new Set(words).size).toBe(words.length);
		expect(BROADCAST_WORDS.filter((w) => !w.ends && !w.around)).toEqual([]);
	});
	it('ends a show’s name only with words of the programme itself, never a guest or host', () => {
		const ends = BROADCAST_WORDS.filter((w) => w.ends).map((w) => w.word);
		expect(ends).toEqual(expect.arrayContaining(['show', 'program', 'tonight', 'hour']));
		expect(ends).not.toContain('guest');
		expect(ends).not.toContain('host');
	});
});

describe('lexicon: months and numbers', () => {
	it('reads months in full, abbreviated and AP-style', () => {
		expect(monthIndex('January')).toBe(0);
		expect(monthIndex('Sept.')).toBe(8);
		expect(monthIndex('dec')).toBe(11);
		expect(monthIndex('Mayor')).toBe(-1);
		expect(new RegExp(`^${MONTH_PATTERN}$`, 'i').test('June')).toBe(true);
	});

	it('matches the longest number word, so "seventeen" is not read as "seven"', () => {
		expect(new RegExp(NUMBER_WORD_PATTERN).exec('seventeen people')?.[0]).toBe('seventeen');
	});

	it('spells a prompt’s count of outlets from two up to a bound, and a vaguer word otherwise', () => {
		expect(countWordTitle(3, 4, 'Most')).toBe('Three');
		expect(countWordTitle(5, 5, 'Several')).toBe('Five');
		expect(countWordTitle(5, 4, 'Most')).toBe('Most');
		expect(countWordTitle(1, 4, 'Most')).toBe('Most');
	});

	it('is the grader’s number vocabulary too', () => {
		expect(parseNumber('ninety-nine')).toBe(99);
		expect(parseNumber('two dozen')).toBe(24);
	});
});

describe('lexicon: word senses', () => {
	it('lists each word once, each with three wrong meanings unlike its meaning', () => {
		// Across all the lists: a word in two would be asked with two glosses.
		const senses = [
			...WORD_SENSES,
			...ALONE_WORD_SENSES,
			...ALONE_MORE_SENSES,
			...SHORT_REPORT_SENSES,
			...FILL_SENSES,
			...FILL_LATE_SENSES
		];
		const words = senses.map((w) => w.word);
		expect(new Set(words).size).toBe(words.length);
		for (const w of senses) {
			expect(new Set([w.meaning, ...w.wrong]).size, w.word).toBe(4);
			// A meaning that names the word itself explains nothing.
			expect(new RegExp(`\\b${w.word}\\b`).test(w.meaning), w.word).toBe(false);
		}
	});
});

describe('lexicon: honorifics', () => {
	it('writes the dotted honorifics out as HONORIFICS has them, capitalised and without the stop', () => {
		const fromHonorifics = HONORIFICS.filter((h) => h.endsWith('.')).map(
			(h) => h[0]!.toUpperCase() + h.slice(1, -1)
		);
		expect([...DOTTED_HONORIFICS]).toEqual(fromHonorifics);
	});
});
