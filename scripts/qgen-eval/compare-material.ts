/**
 * Whether a first ten without a comparison lacks one for want of material or of alignment: per
 * story (or, with `--subsets`, per subset a teacher might import, as compare-cover.ts reads
 * them), whether `--max 10` holds a comparison (set-mix.ts's kinds), and counts of the pairs
 * compare-pairs.ts finds between two outlets — figures of one counted noun with different
 * values, dated events with a verb or two words in common on different days, placed events with
 * a verb in common in different places, sums for a thing named with a word in common — split
 * into those the generator aligns as one thing (`one`) and those it leaves apart. The tally
 * says how many sets without a comparison have an aligned pair, only pairs left apart, or none.
 *   node scripts/cli/bundled.js scripts/qgen-eval/compare-material.ts <story folder>... [--subsets]
 * Numbers only (no text): safe on the blind set.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf } from '../../src/lib/qgen/select';
import { loadFiles } from './dev-print';
import { subsets } from './subsets';
import { datePairs, figurePairs, moneyPairs, placePairs } from './compare-pairs';
import { materialOf, type MaterialCounts } from './compare-material-tally';

const args = process.argv.slice(2);
const bySubset = args.includes('--subsets');
const folders = args.filter((a) => !a.startsWith('--'));

const tally = { sets: 0, withCompare: 0, aligned: 0, apart: 0, none: 0 };
folders.forEach((dir, seed) => {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => join(dir, f));
	for (const subset of bySubset ? subsets(files, seed) : [files]) {
		const articles = loadFiles(subset);
		const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
		const has = run.picked.some((p) => kindOf(p) === 'compare');
		const view = viewStory('dev', articles.map(analyzeArticle));
		const figures = figurePairs(view);
		const dates = datePairs(view).pairs;
		const places = placePairs(view).pairs;
		const money = moneyPairs(view).pairs;
		const counts: MaterialCounts = {
			figures: { one: figures.filter((p) => p.grouped).length, all: figures.length },
			dates: { one: dates.filter((p) => p.mark !== 'apart').length, all: dates.length },
			places: { one: places.filter((p) => p.mark !== 'apart').length, all: places.length },
			money: { one: money.filter((p) => p.tag !== 'apart').length, all: money.length }
		};
		const name = `${dir.split('/').pop()}${bySubset ? ` ${subset.map((f) => f.split('/').pop()!.replace(/\.md$/, '')).join('+')}` : ''}`;
		const cell = (k: keyof MaterialCounts) => `${k} ${counts[k].one}/${counts[k].all}`;
		console.log(
			`${has ? '  ' : '--'} ${name}: ${has ? 'compare' : 'NO compare'}; one/all pairs: ${(['figures', 'dates', 'places', 'money'] as const).map(cell).join(', ')}`
		);
		tally.sets++;
		if (has) tally.withCompare++;
		else tally[materialOf(counts)]++;
	}
});
console.log(
	`\nsets ${tally.sets}, with a comparison ${tally.withCompare}; without one: ${tally.aligned} with a pair aligned as one thing, ${tally.apart} with pairs only left apart, ${tally.none} with no pair at all`
);
