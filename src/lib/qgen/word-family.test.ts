import { describe, expect, it } from 'vitest';
import { familyStem } from './giveaway';
import { sameWordFamily } from './word-family';

describe('sameWordFamily', () => {
	it('joins the verb and noun forms of one root', () => {
		expect(sameWordFamily('alleging', 'allegation')).toBe(true);
		expect(sameWordFamily('alleged', 'allegations')).toBe(true);
		expect(sameWordFamily('insist', 'insistence')).toBe(true);
		expect(sameWordFamily('partisan', 'partisanship')).toBe(true);
	});

	it('keeps apart words that only look alike', () => {
		expect(sameWordFamily('scrutiny', 'scrutinise')).toBe(false);
		expect(sameWordFamily('divisive', 'contentious')).toBe(false);
		expect(sameWordFamily('refrain', 'refusal')).toBe(false);
	});

	it('joins nothing to an unknown word', () => {
		expect(sameWordFamily('', '')).toBe(false);
		expect(sameWordFamily('', 'allegation')).toBe(false);
	});

	it('compares phrases whole', () => {
		expect(sameWordFamily('deep state', 'Deep State')).toBe(true);
		expect(sameWordFamily('deep state', 'state')).toBe(false);
	});

	it('never cuts a short word down to a stub', () => {
		expect(familyStem('ring')).toBe('ring');
		expect(familyStem('being')).toBe('being');
		expect(sameWordFamily('ring', 'rung')).toBe(false);
	});
});
