import { describe, expect, it } from 'vitest';
import { selectSections, type BenchSection } from './registry';

const section = (id: string): BenchSection => ({
	id,
	title: id,
	run: async () => ({ tables: [], notes: [] })
});
const all = [section('generate'), section('bundle-size')];

describe('selectSections', () => {
	it('runs everything by default', () => {
		expect(selectSections(all, []).map((s) => s.id)).toEqual(['generate', 'bundle-size']);
	});
	it('keeps registry order for named sections', () => {
		expect(selectSections(all, ['bundle-size', 'generate']).map((s) => s.id)).toEqual([
			'generate',
			'bundle-size'
		]);
	});
	it('names unknown sections', () => {
		expect(() => selectSections(all, ['nope'])).toThrow(/nope.*known: generate, bundle-size/);
	});
});
