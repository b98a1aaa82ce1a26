import { describe, expect, it } from 'vitest';
import { heldOrKinTarget } from './act-target';

const people = (text: string) => (/\bBaker$/.test(text) ? 'Tom Baker' : undefined);

describe('heldOrKinTarget', () => {
	it('reads a named person’s held view as that person', () => {
		expect(heldOrKinTarget('Mayor Tom Baker’s remarks', people)).toEqual({ object: 'Tom Baker' });
		expect(heldOrKinTarget("Baker's public stance", people)).toEqual({ object: 'Tom Baker' });
	});
	it('reads a sister, a brother or a sibling of the subject as one relative', () => {
		expect(heldOrKinTarget('her older sibling', people)).toEqual({
			object: 'kin:sibling',
			shown: 'her sibling'
		});
		expect(heldOrKinTarget('her sister’s opposition', people)).toEqual({
			object: 'kin:sibling',
			shown: 'her sister'
		});
		expect(heldOrKinTarget('his father', people)).toEqual({
			object: 'kin:father',
			shown: 'his father'
		});
	});
	it('leaves alone what is neither: a thing a person owns, a relative’s relative, an unnamed owner', () => {
		expect(heldOrKinTarget('Baker’s house', people)).toBeUndefined();
		expect(heldOrKinTarget('her sister’s husband', people)).toBeUndefined();
		expect(heldOrKinTarget('the council’s remarks', people)).toBeUndefined();
	});
});
