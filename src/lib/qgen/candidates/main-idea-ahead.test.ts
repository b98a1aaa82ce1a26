import { describe, expect, it } from 'vitest';
import { looksAhead, overtakesPreview } from './main-idea-ahead';

describe('looksAhead: a lead that tells its act as still to come', () => {
	it('reads future modals, planned frames and verbs of intent', () => {
		expect(looksAhead('Ann Roe will step down as mayor of Harlow on March 1.')).toBe(true);
		expect(looksAhead('Ann Roe is expected to announce her run for governor on Monday.')).toBe(
			true
		);
		expect(looksAhead('The Harlow council is set to vote on the budget this week.')).toBe(true);
		expect(looksAhead('Ann Roe plans to sue the Harlow council over the vote.')).toBe(true);
	});

	it('reads a done act as done', () => {
		expect(looksAhead('Ann Roe resigned as mayor of Harlow on Friday, effective January 1.')).toBe(
			false
		);
		// "plans" after a past verb is a noun: the plan was given up.
		expect(looksAhead('Ann Roe has dropped plans to run for governor of the state.')).toBe(false);
		// What comes after the act is a later clause, not the lead's act.
		expect(
			looksAhead('Ann Roe resigned on Friday after the council said it will audit her office.')
		).toBe(false);
	});
});

describe('overtakesPreview', () => {
	const done = (date: string) => ({ ahead: false, date });
	const ahead = (date: string) => ({ ahead: true, date });
	it('lets a done lead published no earlier overtake a preview', () => {
		expect(overtakesPreview(done('2024-03-02'), ahead('2024-03-01'), true)).toBe(true);
		expect(overtakesPreview(done('2024-03-01'), ahead('2024-03-01'), true)).toBe(true);
	});
	it('keeps a preview published after the done lead, and a slanted done lead does not overtake', () => {
		expect(overtakesPreview(done('2024-02-28'), ahead('2024-03-01'), true)).toBe(false);
		expect(overtakesPreview(done('2024-03-02'), ahead('2024-03-01'), false)).toBe(false);
		expect(overtakesPreview(ahead('2024-03-02'), ahead('2024-03-01'), true)).toBe(false);
	});
});
