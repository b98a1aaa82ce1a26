import { describe, expect, it } from 'vitest';
import { tornChoice } from './torn-choice';

describe('tornChoice', () => {
	it('marks a sentence opening on a connective or an adverbial of sequence that points back', () => {
		for (const text of [
			'Shortly afterward, the library board voted to close the Harlow branch.',
			'Nevertheless the council approved the new bus contract on Monday.',
			'But the mayor said the plan would go ahead in the spring.',
			'Also, the union asked for a second vote on the contract.',
			'Instead the board hired an outside firm to review the budget.',
			'Two days later, the council met again to discuss the plan.',
			'Later, Ann Roe told the board she would not run again.'
		])
			expect(tornChoice(text), text).toBe('points back');
	});
	it('marks the other contrast and sequence openers that answer an earlier sentence', () => {
		for (const text of [
			'Conversely, the union said the contract would cut its members’ pay.',
			'By comparison, the Harlow branch lent twice as many books last year.',
			'On the contrary, the board said the library had never been busier.',
			'Rather, the council wants the branch to share a building with the school.',
			'Nor did the mayor say when the bus contract would be signed.',
			'Even then, the board refused to publish the report.',
			'That said, the mayor would not rule out a second vote.',
			'In response, the union called a strike for the following week.',
			'Subsequently the council hired an outside firm to review the budget.'
		])
			expect(tornChoice(text), text).toBe('points back');
		for (const text of [
			'Rather than wait, the council voted on the contract on Monday.',
			'In response to the strike, the council hired more drivers.',
			'All the same people signed the second petition.'
		])
			expect(tornChoice(text), text).toBeUndefined();
	});
	it('marks a counted member ("One, Ann Roe, …")', () => {
		expect(tornChoice('One, Ann Roe, told the board she had voted against the contract.')).toBe(
			'counts back'
		);
	});
	it('marks a sentence opening in lower case, and one ending on a word that waits for more', () => {
		expect(tornChoice('criticizing himself against a report by the Harlow board.')).toBe(
			'opens mid-clause'
		);
		expect(tornChoice('The council voted to change the pact’s.')).toBe('ends mid-phrase');
		expect(tornChoice('The council voted on the budget and.')).toBe('ends mid-phrase');
	});
	it('keeps plain statements, a dated "later this month", "so far" and a stranded preposition', () => {
		for (const text of [
			'Ann Roe was sued by a former aide in 2014.',
			'Later this month, the council will vote on the bus contract.',
			'So far, twelve people have signed the petition against the plan.',
			'So many people signed the petition that the council held a second vote.',
			'Then-mayor Tom Poe signed the first bus contract in 2009.',
			'Roe wants the town to rejoin a pact that the council withdrew from.',
			'Roe contrasted her record with Poe’s.'
		])
			expect(tornChoice(text), text).toBeUndefined();
	});
	it('for families offering lower-case phrases, keeps a verb phrase or a clause but not a cut one', () => {
		const phrases = { lowercasePhrases: true };
		expect(tornChoice('vetoed the bus contract on Tuesday', phrases)).toBeUndefined();
		expect(tornChoice('the council cut the library budget', phrases)).toBeUndefined();
		expect(tornChoice('criticizing himself against a report', phrases)).toBe('opens mid-clause');
		expect(tornChoice('which the board rejected in May', phrases)).toBe('opens mid-clause');
		expect(tornChoice('organised a strike at the depot and', phrases)).toBe('ends mid-phrase');
		expect(tornChoice('asked the board for a ban on imports of', phrases)).toBe('ends mid-phrase');
		// A key of the same form sets the family's form: purpose phrases all open on "to".
		expect(
			tornChoice('calling for a new vote', { ...phrases, key: 'calling for a recount' })
		).toBeUndefined();
	});
});
