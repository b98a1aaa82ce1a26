import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../test-data/question';
import { earlierTimeFigure } from './figure-earlier';

const cloze = (prompt: string, key: string) =>
	makeQuestion('cloze', { prompt: `Fill the gap (Daily A): ${prompt}`, accepted: [key] });
const choice = (prompt: string, key: string, asks = 'How many?') =>
	makeQuestion('single', {
		prompt: `Daily A writes: “${prompt}” ${asks} Choose what belongs in the gap.`,
		choices: [
			{ id: 'k', text: key },
			{ id: 'w', text: 'Other' }
		],
		correct: ['k']
	});

describe('earlierTimeFigure: a figure or date set at an earlier time than the news', () => {
	it('finds a figure its sentence dates to a past year', () => {
		expect(
			earlierTimeFigure(
				cloze('A petition signed by ____ people last year urged the mayor to resign.', '4,000')
			)
		).toBe(true);
		expect(
			earlierTimeFigure(
				choice(
					'Mr. Lee arranged in June 2009 to have $____ paid to a boat dealer.',
					'6,000',
					'How much?'
				)
			)
		).toBe(true);
		expect(earlierTimeFigure(cloze('The mill employed ____ workers in 1998.', '700'))).toBe(true);
		expect(earlierTimeFigure(cloze('The port closed ____ docks two years ago.', 'three'))).toBe(
			true
		);
	});

	it('finds a month beside a completed act in the passive', () => {
		expect(
			earlierTimeFigure(
				cloze('The ferry lanes were closed for ____ days in October, the town said.', 'five')
			)
		).toBe(true);
		expect(
			earlierTimeFigure(choice('Mr. Poe was sentenced in March to ____ years in prison.', 'two'))
		).toBe(true);
	});

	it('finds a date of the background', () => {
		expect(
			earlierTimeFigure(
				choice('On ____ last year, the board first met in Marton.', 'May 4', 'When?')
			)
		).toBe(true);
	});

	it('leaves the news figure, a look ahead and a comparison with the past', () => {
		expect(earlierTimeFigure(cloze('The board fired ____ workers on Tuesday.', '40'))).toBe(false);
		expect(
			earlierTimeFigure(cloze('Roe last week offered $____ in new spending.', '80 million'))
		).toBe(false);
		expect(earlierTimeFigure(cloze('The mill will hire ____ workers in 2031.', '300'))).toBe(false);
		expect(earlierTimeFigure(cloze('Ticket sales rose ____ percent from last year.', '12'))).toBe(
			false
		);
		// A month alone may be the month the news is about.
		expect(earlierTimeFigure(cloze('The jobless rate was ____ percent in April.', '4.1'))).toBe(
			false
		);
		// Only the gap's own sentence is read, not the one a chosen gap prints before it.
		expect(
			earlierTimeFigure(choice('The plant opened in 1998. It now employs ____ workers.', '700'))
		).toBe(false);
	});

	it('leaves a gap that asks neither a figure nor a date', () => {
		expect(earlierTimeFigure(cloze('Last year the board was led by ____.', 'Ann Roe'))).toBe(false);
	});
});
