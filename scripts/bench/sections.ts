/** Every bench section, in the order `npm run bench` runs them. */
import { bundleSizeSection } from './bundle-size';
import { filterBench } from './filter';
import { generationSection } from './generation';
import type { BenchSection } from './registry';

/** filter.ts reports plain lines; shown as notes under its title. */
const filterSection: BenchSection = {
	id: 'filter',
	title: filterBench.name,
	run: async () => ({ tables: [], notes: await filterBench.run() })
};

export const SECTIONS: BenchSection[] = [generationSection, filterSection, bundleSizeSection];
