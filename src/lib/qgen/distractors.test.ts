import { describe, expect, it } from 'vitest';
import { inStyleOf, nearFigures, normalise, pickDistractors } from './distractors';

describe('nearFigures', () => {
	it('keeps the hedge and stays near the number', () => {
		expect(nearFigures('at least 25', 25, false)).toEqual([
			'at least 13',
			'at least 50',
			'at least 38',
			'at least 19'
		]);
		// Written as the key writes it: a lone word among digits would give the key away.
		expect(nearFigures('three', 3, false)).toEqual(['four', 'five', 'two', 'six']);
		expect(nearFigures('twenty', 20, false)).toEqual(['ten', 'forty', 'thirty', 'fifteen']);
	});
	it('writes a story figure in the key’s form', () => {
		expect(inStyleOf('six', '4')).toBe('four');
		expect(inStyleOf('6', 'four')).toBe('4');
		expect(inStyleOf('at least six', 'at least 150')).toBeUndefined();
		expect(inStyleOf('25', '30')).toBe('30');
		expect(inStyleOf('over a dozen', '90')).toBeUndefined();
		expect(inStyleOf('a dozen', 'two dozen')).toBe('two dozen');
	});
	it('climbs the ladder of vague amounts', () => {
		expect(nearFigures('Thousands', 3000, true)).toEqual([
			'dozens',
			'hundreds',
			'tens of thousands',
			'millions'
		]);
	});
});

describe('nearFigures in dozens and on the vague ladder', () => {
	it('answers a figure in dozens with other dozens, keeping the hedge', () => {
		expect(nearFigures('almost four dozen', 48, false)).toEqual([
			'almost five dozen',
			'almost eight dozen',
			'almost three dozen',
			'almost six dozen'
		]);
	});
	it('never offers "dozens" against "several dozen"', () => {
		expect(nearFigures('several dozen', 48, true)).toEqual(['hundreds', 'thousands']);
	});
});

describe('pickDistractors', () => {
	it('drops options equal to the key once normalised and other spellings of the same name', () => {
		expect(
			pickDistractors(
				'Mark Esper',
				['mark esper', 'Esper', 'Mike Pompeo', 'Nancy Pelosi', 'Mike Pompeo'],
				3,
				true
			)
		).toEqual(['Mike Pompeo', 'Nancy Pelosi']);
		expect(normalise('Adél, Mahdi!')).toBe('adel mahdi');
	});
});
