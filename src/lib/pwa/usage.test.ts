import { describe, expect, it } from 'vitest';
import { PERSISTENCE_TEXT, persistenceState, summarizeUsage } from './usage';

describe('summarizeUsage', () => {
	it('gives text and a meter fraction when both figures are known', () => {
		expect(summarizeUsage({ usage: 1_200_000, quota: 300_000_000 })).toEqual({
			text: '1.2 MB of 300 MB used.',
			fraction: 0.004
		});
	});

	it('caps the fraction at 1 and has no meter when a figure is missing', () => {
		expect(summarizeUsage({ usage: 5000, quota: 1000 }).fraction).toBe(1);
		expect(summarizeUsage({ usage: 5000, quota: null })).toEqual({
			text: '5.0 KB used.',
			fraction: null
		});
		expect(summarizeUsage({ usage: null, quota: 2_000_000 })).toEqual({
			text: 'Up to 2.0 MB available.',
			fraction: null
		});
		expect(summarizeUsage({ usage: null, quota: null }).text).toMatch(/does not say/);
	});
});

it('maps the persisted flag to one of three honest states', () => {
	expect(persistenceState(true)).toBe('persisted');
	expect(persistenceState(false)).toBe('not-persisted');
	expect(persistenceState(null)).toBe('unknown');
	expect(PERSISTENCE_TEXT['not-persisted']).toMatch(/may delete/);
});
