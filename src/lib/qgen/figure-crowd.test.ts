import { describe, expect, it } from 'vitest';
import { crowdedFigure } from './figure-crowd';
import { chosenGap as chosen, typedGap as typed } from './gap-question.test-helpers';

describe('crowdedFigure', () => {
	it('marks a figure gap whose sentence prints two other figures or more', () => {
		expect(
			crowdedFigure(
				chosen('Roe held ____ meetings with donors, against 412 phone calls and 57 dinners.')
			)
		).toBe(true);
		expect(
			crowdedFigure(typed('The ____ ferry bills would cost $447 billion and add 900 jobs.', '15'))
		).toBe(true);
		expect(
			crowdedFigure(
				chosen(
					'The plan cut ferry fares by ____ percent, bus fares by 14 percent and parking by 12 percent.'
				)
			)
		).toBe(true);
	});

	it('leaves a figure with one neighbour or none, and dates, alone', () => {
		expect(crowdedFigure(chosen('The flood reached ____ homes in the valley.'))).toBe(false);
		expect(
			crowdedFigure(chosen('The storm killed ____ people and injured 40 others in Portwell.'))
		).toBe(false);
		expect(
			crowdedFigure(chosen('The ferry sank with ____ passengers on March 3, 2017, near Portwell.'))
		).toBe(false);
	});

	it('keeps a toll or a tally, however many figures stand beside it', () => {
		expect(
			crowdedFigure(
				chosen(
					'The flood, which cost 200 homes over six hours, left ____ people dead and 40 injured.'
				)
			)
		).toBe(false);
		expect(
			crowdedFigure(
				typed('The storm killed ____ people, hurt 40 others and flattened 300 barns.', '12')
			)
		).toBe(false);
		expect(
			crowdedFigure(chosen('The council passed it with ____ votes, two more than 43 members need.'))
		).toBe(false);
	});

	it('leaves a gap that asks no figure alone', () => {
		expect(crowdedFigure(chosen('____ paid 40 workers and 12 pilots to stay.', 'Who?'))).toBe(
			false
		);
	});
});
