import { describe, expect, it } from 'vitest';
import { slug } from './format';

describe('slug', () => {
	it('makes schema-safe ids', () => {
		expect(slug('Protesters storm the U.S. Embassy — in Baghdad!')).toBe(
			'protesters-storm-the-u-s-embassy-in-baghdad'
		);
		expect(slug('Café Zürich')).toBe('cafe-zurich');
		expect(slug('“”')).toBe('');
		expect(slug('a'.repeat(100))).toHaveLength(60);
	});

	it('makes short ASCII ids', () => {
		expect(slug('Fox News', 24)).toBe('fox-news');
		expect(slug('Le Monde diplomatique, édition française', 24)).toBe('le-monde-diplomatique-ed');
		expect(slug('***', 24)).toBe('');
	});

	it('never ends in a dash where the length cut falls', () => {
		expect(slug('ab cd', 3)).toBe('ab');
	});
});
