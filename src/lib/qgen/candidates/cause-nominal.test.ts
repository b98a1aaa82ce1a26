import { describe, expect, it } from 'vitest';
import { actNoun, happeningEvents, nominalEvents } from './cause-nominal';

describe('actNoun', () => {
	it('knows nouns made from verbs and plain act nouns, not bodies or things', () => {
		expect(actNoun('closure')).toBe(true);
		expect(actNoun('vote')).toBe(true);
		expect(actNoun('firing')).toBe(true);
		expect(actNoun('nation')).toBe(false);
		expect(actNoun('harbour')).toBe(false);
	});
});

describe('nominalEvents: acts a sentence names in its subject or object', () => {
	it('takes the act with what it is about, up to the sentence’s own verb', () => {
		expect(nominalEvents('The firing of the ferry captain prompted a wave of complaints.')).toEqual(
			['the firing of the ferry captain']
		);
		expect(nominalEvents('Residents said the release of the survey was overdue.')).toEqual([
			'the release of the survey'
		]);
		expect(
			nominalEvents('The council criticised the decision to close the pier for repairs.')
		).toEqual(['the decision to close the pier for repairs']);
		// A verb in the present after the object ends the phrase too.
		expect(
			nominalEvents('The investigation into the harbour accident continues this week.')
		).toEqual(['the investigation into the harbour accident']);
		// A number's thousands comma and a short form's dots are inside the phrase, not its end.
		expect(
			nominalEvents(
				'The mayor criticised the withdrawal of roughly 2,000 U.S. sailors from the port.'
			)
		).toEqual(['the withdrawal of roughly 2,000 U.S. sailors from the port']);
	});

	it('leaves out phrases inside a quotation, cut short, about a time or begun at a verb', () => {
		expect(nominalEvents('The mayor called it “an attack on the town’s fishermen.”')).toEqual([]);
		expect(nominalEvents('The board issued a statement on Friday.')).toEqual([]);
		expect(nominalEvents('The board announced a ban on all.')).toEqual([]);
		expect(nominalEvents('Her office granted exemptions to the ferry operators.')).toEqual([]);
		expect(nominalEvents('The union condemned the release of it.')).toEqual([]);
	});
});

describe('happeningEvents: what a single article names as happening, with or without an object', () => {
	it('reads happenings with no preposition after them, or one nominalEvents does not read', () => {
		expect(happeningEvents('The mayor said the harbour scandal had hurt the ferry trade.')).toEqual(
			['the harbour scandal']
		);
		// A change with nothing said of what changed is left out: "a sharp drop" in what?
		expect(happeningEvents('The mayor said the sudden slump had hurt the ferry trade.')).toEqual(
			[]
		);
		expect(
			happeningEvents('Ms. Ortiz blamed her fall in the polls on the harbour dispute.')
		).toEqual(['her fall in the polls']);
		expect(happeningEvents('The ferry line closed after a report by the Gazette.')).toEqual([
			'a report by the Gazette'
		]);
	});
	it('keeps what nominalEvents finds, once', () => {
		expect(happeningEvents('The firing of the ferry captain prompted an outcry.')).toEqual([
			'the firing of the ferry captain'
		]);
	});
	it('leaves out a figure’s change, a time, a pronoun and a phrase inside a quotation', () => {
		expect(happeningEvents('Turnout showed a drop from 76 percent four years ago.')).toEqual([]);
		expect(happeningEvents('The board expects a rise on Monday.')).toEqual([]);
		expect(happeningEvents('Critics said the scrutiny of them was unfair.')).toEqual([]);
		expect(happeningEvents('The paper ran a report by its island desk.')).toEqual([]);
		// A function word among the modifiers: "in losses" is no happening of its own.
		expect(happeningEvents('The ferry line ran up a million pounds in losses.')).toEqual([]);
		// A spaced hyphen is a dash that ends the phrase.
		expect(
			happeningEvents('It followed a breach of the port’s records - a blow to trust.')
		).toEqual(['a breach of the port’s records']);
		expect(happeningEvents('The mayor called it “the worst slump in decades.”')).toEqual([]);
	});
});
