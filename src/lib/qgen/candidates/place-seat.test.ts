import { describe, expect, it } from 'vitest';
import { placeStandsForSeat } from './place-seat';

describe('placeStandsForSeat', () => {
	it('reads a city as a party to an accord or to dealings as its government', () => {
		expect(placeStandsForSeat('Ottawa', 'the mill owners signed a pledge with ', ' last May')).toBe(
			true
		);
		expect(placeStandsForSeat('Ottawa', 'hoping for normalized ties with ', '.')).toBe(true);
		expect(placeStandsForSeat('Tehran', 'a new trade agreement between ', ' and the bloc')).toBe(
			true
		);
	});
	it('reads a city as a party to joint dealings as its government', () => {
		expect(
			placeStandsForSeat('Lisbon', 'the bloc said it would work with ', ' to curb dumping')
		).toBe(true);
		expect(
			placeStandsForSeat('Lisbon', 'the envoys are negotiating with ', ' on fishing quotas')
		).toBe(true);
		// Its people or a place where something is stay the town.
		expect(placeStandsForSeat('Lisbon', 'the charity works with ', ' families in need')).toBe(
			false
		);
		expect(placeStandsForSeat('Lisbon', 'the firm works in ', ' and Porto')).toBe(false);
	});
	it('reads a city as its political class after what the seat thinks or how its politics go', () => {
		expect(placeStandsForSeat('Boston', 'a growing chorus of criticism in ', '.')).toBe(true);
		expect(placeStandsForSeat('Boston', 'the plan has been debated in ', ' for months')).toBe(true);
		expect(
			placeStandsForSeat('Boston', 'the plan did not go down well, at least at first, in ', '.')
		).toBe(true);
		expect(placeStandsForSeat('Boston', 'he promised to shake things up in ', ' if elected')).toBe(
			true
		);
	});
	it('keeps a country, a place where something is, and the people of a place', () => {
		// The country is the party itself, and its own name is what a reader types.
		expect(placeStandsForSeat('France', 'the council signed a deal with ', ' last week')).toBe(
			false
		);
		expect(placeStandsForSeat('Boston', 'the governor held a long meeting in ', ' on Monday')).toBe(
			false
		);
		expect(placeStandsForSeat('Boston', 'the mayor has learned to deal with ', ' traffic')).toBe(
			false
		);
		expect(placeStandsForSeat('Maine', 'he worked to close the deal with ', ' voters today')).toBe(
			false
		);
	});
});
