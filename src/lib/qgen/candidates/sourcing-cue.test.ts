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
	it('cuts no lone opening phrase before a source set off by commas', () => {
		expect(
			withoutSourcingCue(
				'Underneath all the sharp criticism from his side, two aides said, Roe still respects the mayor.'
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
