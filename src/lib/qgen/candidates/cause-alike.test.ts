import { describe, expect, it } from 'vitest';
import { alikeBeyond } from './cause-alike';

describe('alikeBeyond: two wrong reasons that say the same thing', () => {
	const about = 'Mr. Ortega said he took the unusual step';
	it('keeps apart two acts that share only the name of the act explained', () => {
		expect(
			alikeBeyond('Mr. Ortega defended the harbour chief', 'Mr. Ortega testified in May', about)
		).toBe(false);
	});
	it('still finds two tellings of one thing alike', () => {
		expect(alikeBeyond('the threat of protests', 'the threat of widespread protests', about)).toBe(
			true
		);
	});
});
