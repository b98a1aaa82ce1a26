import { describe, expect, it } from 'vitest';
import { isPartyName, trivialGap } from './gap-checks';

describe('trivialGap and isPartyName', () => {
	it('finds a gap the words around it fill', () => {
		// A maker before a model number.
		expect(trivialGap('The jet was a ', 'Tupolev', ' 154 built in 1990.', 'org')).toBe(true);
		expect(trivialGap('The jet flew to ', 'Riverton', ' on Monday.', 'place')).toBe(false);
		// A set phrase of a percentage.
		expect(trivialGap('He is ', '100', ' percent behind the plan.', 'quantity')).toBe(true);
		expect(trivialGap('The claim is ', '90', ' percent false, he said.', 'quantity')).toBe(true);
		expect(trivialGap('Prices rose ', '12', ' percent in May.', 'quantity')).toBe(false);
		// A number dialled.
		expect(trivialGap('She called ', '911', ' from the car.', 'quantity')).toBe(true);
		// The parts of the sentence add up to the count.
		expect(
			trivialGap(
				'',
				'Ten',
				' of the 33 seats are open, seven held by one party and three by the other.',
				'quantity'
			)
		).toBe(true);
		expect(trivialGap('', 'Ten', ' of the 33 seats are open this year.', 'quantity')).toBe(false);
	});
	it('knows a party by its name or by the plural of its members', () => {
		const text = 'The Liberal Party won. Liberals cheered in the hall.';
		expect(isPartyName('the Liberal Party', text)).toBe(true);
		expect(isPartyName('Liberals', text)).toBe(true);
		expect(isPartyName('Riverton', text)).toBe(false);
	});
});
