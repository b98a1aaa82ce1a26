import { describe, expect, it } from 'vitest';
import { actsFirst, eventTense, weakReason } from './cause-weak';

describe('eventTense', () => {
	it('tells a present perfect apart from a simple past', () => {
		expect(eventTense('the mayor has sought for months to meet the board')).toBe('perfect');
		expect(eventTense('the harbour board has already closed the pier')).toBe('perfect');
		expect(eventTense('the harbour board closed the pier')).toBe('past');
		// "have" with a noun is no perfect.
		expect(eventTense('other towns have harbour boards')).not.toBe('perfect');
	});
});

describe('weakReason: background a student rules out at a glance', () => {
	const key = 'the leaked memos were published';
	it('marks a state told in the present perfect beside a key in the past', () => {
		expect(weakReason('Ms. Ortega has long sought to reform the harbour board', key)).toBe(
			'another tense'
		);
	});
	it('marks a statistic: a sentence whose subject is a count or a share', () => {
		expect(weakReason('nearly 80 percent of the dock workers passed the inspection', key)).toBe(
			'a statistic'
		);
		expect(weakReason('two of every three ferries sailed late', key)).toBe('a statistic');
		// A number before a noun counts the actors of an act.
		expect(weakReason('two ferries collided in the harbour', key)).toBeUndefined();
	});
	it('passes an act of the story told like the key, figures and all', () => {
		expect(weakReason('the harbour board fired its finance director', key)).toBeUndefined();
		expect(weakReason('the navy fired 23 shells during the exercise', key)).toBeUndefined();
	});
	it('passes a wrong reason in the key’s own tense', () => {
		const perfectKey = 'the board has raised the harbour fees';
		expect(weakReason('Ms. Ortega has resigned from the board', perfectKey)).toBeUndefined();
	});
});

describe('actsFirst', () => {
	it('puts the acts told like the key before the weak ones, keeping the order within each', () => {
		const key = 'the leaked memos were published';
		expect(
			actsFirst(
				[
					'Mr. Vance has long opposed the harbour plan',
					'the council voted to sell the pier',
					'nearly 80 percent of the dock workers passed the inspection',
					'Ms. Ortega resigned from the harbour board'
				],
				(s) => s,
				key
			)
		).toEqual([
			'the council voted to sell the pier',
			'Ms. Ortega resigned from the harbour board',
			'Mr. Vance has long opposed the harbour plan',
			'nearly 80 percent of the dock workers passed the inspection'
		]);
	});
});
