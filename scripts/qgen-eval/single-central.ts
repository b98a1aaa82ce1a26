/**
 * Single PolNeAR articles of 250+ words whose first twelve questions (as the app generates alone)
 * ask the article's central event or claim: a main-idea item (family `main-idea`) or a why /
 * what-led-to item (family `cause`), counted for 250-499 and 500+ words. Numbers only (safe on dev).
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-central.ts <polnear split> [--every N] [--limit N]
 */
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0]!;
const FIRST = 12;
const articles = loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
);
type Band = { n: number; main: number; why: number; either: number };
const band = (): Band => ({ n: 0, main: 0, why: 0, either: 0 });
const bands: Record<string, Band> = { '250-499': band(), '500+': band() };
for (const p of articles) {
	const words = p.article.text.split(/\s+/).length;
	if (words < 250) continue;
	const b = bands[words < 500 ? '250-499' : '500+']!;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const fams = r.picked.slice(0, FIRST).map((x) => x.candidate.family);
	const main = fams.includes('main-idea');
	const why = fams.includes('cause');
	b.n++;
	if (main) b.main++;
	if (why) b.why++;
	if (main || why) b.either++;
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
for (const [label, { n, main, why, either }] of Object.entries(bands))
	console.log(
		`${label} words (${n}): main idea ${main} (${pct(main, n)}), why ${why} (${pct(why, n)}), either ${either} (${pct(either, n)})`
	);
