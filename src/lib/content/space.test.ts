import { describe, expect, it } from 'vitest';
import { normaliseSpace } from './space';

describe('normaliseSpace', () => {
	it('collapses tabs, newlines and no-break spaces to single spaces and trims the ends', () => {
		expect(normaliseSpace('  Troops \t arrived\n\non\u00a0Tuesday.  ')).toBe(
			'Troops arrived on Tuesday.'
		);
	});

	it('leaves text that is already tidy unchanged', () => {
		expect(normaliseSpace('One space each.')).toBe('One space each.');
	});
});
