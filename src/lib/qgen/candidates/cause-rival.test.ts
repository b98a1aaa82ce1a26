import { describe, expect, it } from 'vitest';
import { byRivalRank, fewerUnrelated, nearRival, rivalRank } from './cause-rival';

describe('rivalRank: how near a wrong reason stands to the act explained', () => {
	const about =
		'Ms. Ortega said she resigned from the harbour board because she distrusted its budget';
	it('ranks a reason about the same person or thing above one about other people', () => {
		const near = rivalRank('Ms. Ortega voted against the harbour budget in March', about, false);
		const far = rivalRank('a florist opened a shop on Elm Street on Thursday', about, false);
		expect(near).toBeGreaterThan(far);
		expect(far).toBe(0);
	});
	it('ranks a reason the story states for something else above plain narration', () => {
		const stated = rivalRank('dock workers lost their jobs', about, true);
		const told = rivalRank('dock workers lost their jobs', about, false);
		expect(stated).toBeGreaterThan(told);
	});
});

describe('byRivalRank', () => {
	it('puts higher ranks first and keeps the story order among equals', () => {
		const rank = (s: string) => (s.startsWith('near') ? 1 : 0);
		expect(byRivalRank(['far one', 'near one', 'far two', 'near two'], rank)).toEqual([
			'near one',
			'near two',
			'far one',
			'far two'
		]);
	});
});

describe('rivalRank: people in general', () => {
	it('does not tie a wrong reason to the act by a noun for people in general', () => {
		const about = 'the port closed after what officials called a gas leak';
		expect(rivalRank('regional officials have watched the market with unease', about, false)).toBe(
			0
		);
		expect(rivalRank('a tanker leak spread near the port', about, false)).toBe(2);
	});
});

describe('fewerUnrelated: three choices rather than a fourth about nothing in the act', () => {
	const near = (s: string) => s.startsWith('near');
	it('leaves out unrelated reasons when two related ones are there', () => {
		expect(fewerUnrelated(['far one', 'near one', 'far two', 'near two'], near)).toEqual([
			'near one',
			'near two'
		]);
	});
	it('takes up to three related ones, in the given order', () => {
		expect(fewerUnrelated(['near a', 'far', 'near b', 'near c', 'near d'], near)).toEqual([
			'near a',
			'near b',
			'near c'
		]);
	});
	it('fills with unrelated ones only up to the two a question needs', () => {
		expect(fewerUnrelated(['far one', 'far two', 'near one', 'far three'], near)).toEqual([
			'far one',
			'near one'
		]);
		expect(fewerUnrelated(['far one', 'far two', 'far three'], near)).toEqual([
			'far one',
			'far two'
		]);
	});
});

describe('nearRival: a wrong reason a student has to weigh', () => {
	const about = 'the harbour board closed the ferry terminal';
	const key = 'inspectors found cracks in the main pier';
	it('is an act about the effect’s people or things', () => {
		expect(nearRival('the mayor ordered a review of every ferry terminal', about, key)).toBe(true);
		expect(nearRival('a choir sang carols in the old church', about, key)).toBe(false);
	});
	it('is no state in another tense or statistic, however near its words', () => {
		expect(nearRival('the ferry unions have fought the terminal owners in court', about, key)).toBe(
			false
		);
		expect(nearRival('nearly 80 percent of ferry riders used the terminal', about, key)).toBe(
			false
		);
	});
});
