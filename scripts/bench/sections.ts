/**
 * Every bench section, in the order `npm run bench` runs them. Each is
 * imported only when it runs, so running one section does not load the
 * others' code and one broken section cannot stop the rest.
 */
import type { BenchContext, BenchReport, BenchSection } from './registry';

function lazySection(id: string, title: string, load: () => Promise<BenchSection>): BenchSection {
	return {
		id,
		title,
		run: async (ctx: BenchContext): Promise<BenchReport> => (await load()).run(ctx)
	};
}

export const SECTIONS: BenchSection[] = [
	lazySection(
		'generate',
		'Question generation (Node)',
		async () => (await import('./generation')).generationSection
	),
	lazySection(
		'cli',
		'npm run generate on three-article stories',
		async () => (await import('./cli-run')).cliRunSection
	),
	// filter.ts reports plain lines, shown as notes under its title.
	lazySection('filter', 'Filter 5,000 questions', async () => {
		const { filterBench } = await import('./filter');
		return {
			id: 'filter',
			title: filterBench.name,
			run: async () => ({ tables: [], notes: await filterBench.run() })
		};
	}),
	lazySection(
		'bundle-size',
		'Gzip size of the JS and CSS each route loads up front',
		async () => (await import('./bundle-size')).bundleSizeSection
	),
	lazySection(
		'sizes-loaded',
		'Gzip JS and CSS each route downloads in Chromium (incl. lazy chunks)',
		async () => (await import('./sizes-loaded')).sizesLoadedSection
	)
];
