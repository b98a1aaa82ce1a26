import { describe, expect, it } from 'vitest';
import { partyStem } from './person-choices';
import { partyOf } from './person-party';

// Invented parties and people: the rule reads the labels, not the names.
const PARTIES = new Set(['Whig', 'Tory']);
const party = (name: string, ...texts: string[]) => partyOf(name, texts, PARTIES, partyStem);

describe('partyOf', () => {
	it('reads a party and state tag after the name', () => {
		expect(party('Ada Vance', 'Rep. Ada Vance (W-Ohio) spoke first.')).toBe('W');
		expect(party('Ada Vance', 'Vance, T-N.Y., spoke first.')).toBe('T');
	});

	it('reads a party word after the name or before its title', () => {
		expect(party('Ada Vance', 'Senator Ada Vance, Whig of Ohio, spoke first.')).toBe('W');
		expect(party('Ada Vance', 'Ada Vance, the Senate’s top Tory, spoke first.')).toBe('T');
		expect(party('Ada Vance', 'The Tories cheered. Tory Sen. Ada Vance spoke first.')).toBe('T');
	});

	it('gives none when the story gives none, or two', () => {
		expect(party('Ada Vance', 'Ada Vance, a lawyer, spoke first.')).toBeUndefined();
		expect(
			party('Ada Vance', 'Ada Vance (W-Ohio) spoke.', 'Vance, a Tory, left the party.')
		).toBeUndefined();
	});

	it('takes no word that is not one of the story’s parties', () => {
		expect(party('Ada Vance', 'Ada Vance, Chairman of the board, spoke first.')).toBeUndefined();
	});
});
