import { describe, expect, it } from 'vitest';
import { byRivalRank, rivalRank } from './cause-rival';

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
