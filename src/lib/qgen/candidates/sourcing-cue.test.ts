import { describe, expect, it } from 'vitest';
import { withoutSourcingCue } from './sourcing-cue';

describe('withoutSourcingCue', () => {
	it('cuts a trailing attribution', () => {
		expect(
			withoutSourcingCue(
				'The harbour board will sell the old ferry next spring, two officials said.'
			)
		).toBe('The harbour board will sell the old ferry next spring …');
		expect(
			withoutSourcingCue(
				'The harbour board will sell the old ferry next spring, the Valley Tribune has learned.'
			)
		).toBe('The harbour board will sell the old ferry next spring …');
	});
	it('cuts a leading attribution up to its comma or its "that"', () => {
		expect(
			withoutSourcingCue(
				'According to two senior aides, the harbour board will sell the old ferry.'
			)
		).toBe('… the harbour board will sell the old ferry.');
		expect(
			withoutSourcingCue(
				'One aide said on condition of anonymity that the harbour board will sell the old ferry.'
			)
		).toBe('… the harbour board will sell the old ferry.');
		expect(
			withoutSourcingCue(
				'The Valley Tribune reported on Monday that the harbour board will sell the ferry.'
			)
		).toBe('… the harbour board will sell the ferry.');
		expect(
			withoutSourcingCue(
				'Two people familiar with the talks said the harbour board will sell the ferry.'
			)
		).toBe('… the harbour board will sell the ferry.');
	});
	it('cuts nothing when the sourcing words run on into the claim or stand inside it', () => {
		// After the comma comes the claim itself, not only who gave it.
		expect(
			withoutSourcingCue(
				'While the board met on Monday, a source said Mayor Ana Ruiz assured that the ferry stays.'
			)
		).toBeUndefined();
		expect(
			withoutSourcingCue('The Valley Tribune first reported the sale, which the board denied.')
		).toBeUndefined();
	});
	it('cuts no lone opening phrase before a source set off by commas, but the source alone', () => {
		expect(
			withoutSourcingCue(
				'Underneath all the sharp criticism from his side, two aides said, Roe still respects the mayor.'
			)
		).toBe('Underneath all the sharp criticism from his side … Roe still respects the mayor.');
	});
	it('cuts a source set off by commas inside the claim and joins the rest', () => {
		expect(
			withoutSourcingCue(
				'The harbour company, according to two people briefed on the talks, will cut 300 jobs.'
			)
		).toBe('The harbour company … will cut 300 jobs.');
		expect(
			withoutSourcingCue(
				'For their part, the Valley Tribune reported, most of the ferry crews seem ready to strike.'
			)
		).toBe('For their part … most of the ferry crews seem ready to strike.');
	});
	it('cuts a subject whose anonymity is explained before "said", up to the claim', () => {
		expect(
			withoutSourcingCue(
				'The official, who spoke on condition of anonymity to discuss the review, said Tuesday that the harbour board will sell the ferry.'
			)
		).toBe('… the harbour board will sell the ferry.');
		// A clause opens the sentence, not a subject: the claim would lose it.
		expect(
			withoutSourcingCue(
				'While the board met, an aide close to the mayor, who spoke on condition of anonymity, said the ferry stays open all winter.'
			)
		).toBeUndefined();
	});
	it('cuts a source that opens a "but" clause and keeps both clauses', () => {
		expect(
			withoutSourcingCue(
				'The harbour board did not announce which ferry it would sell, but people briefed on the talks said the oldest one would go first.'
			)
		).toBe(
			'The harbour board did not announce which ferry it would sell, but … the oldest one would go first.'
		);
		expect(withoutSourcingCue('Sources say Mayor Ana Ruiz signed the ferry sale on Monday.')).toBe(
			'… Mayor Ana Ruiz signed the ferry sale on Monday.'
		);
	});
	it('shows nothing that leans on the cut words or leaves a quotation open', () => {
		// A sentence break the segmenter missed inside the aside.
		expect(
			withoutSourcingCue(
				'The harbour board won by about 300 votes, according to the Valley Tribune. With such a thin margin, Ruiz could ask for a recount.'
			)
		).toBeUndefined();
		// What is left after the cut is the rest of the verb's phrase and a bare quotation.
		expect(
			withoutSourcingCue(
				'A harbour aide, who spoke on condition of anonymity, said of the mayor, “She takes the ferry strike very seriously.”'
			)
		).toBeUndefined();
		// The person "he" means is in the cut words.
		expect(
			withoutSourcingCue(
				'The ferry sale was delayed, but two officials familiar with the talks said he would sign it within the week.'
			)
		).toBeUndefined();
	});
	it('cuts a leading source at "said", not at a relative "that" inside the claim', () => {
		expect(
			withoutSourcingCue(
				'A source familiar with the review said the parts of the harbour network that were hacked last spring held the payroll of every worker.'
			)
		).toBe(
			'… the parts of the harbour network that were hacked last spring held the payroll of every worker.'
		);
	});
	it('keeps no claim that still shows a sourcing cue or is too short', () => {
		expect(withoutSourcingCue('The ferry stays, two officials said.')).toBeUndefined();
		expect(
			withoutSourcingCue(
				'Officials familiar with the talks expect a sale soon, according to two senior aides.'
			)
		).toBeUndefined();
	});
});
