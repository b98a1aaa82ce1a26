/**
 * Main-idea items for single PolNeAR articles (train only to print; counts are safe on dev):
 * of the articles of 250+ words, how many get a main-idea item alone (as the app generates, up
 * to 40), how many propose one that the checks or selection drop, and the key-is-longest rate.
 *   node scripts/cli/bundled.js scripts/qgen-eval/main-idea-single.ts <polnear split> [--show] [--every N]
 */
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
const show = args.includes('--show');
if (!root || (show && /\bdev\/?$/.test(root))) {
	console.error(
		'usage: main-idea-single.ts <polnear split> [--show] [--every N] (dev: counts only)'
	);
	process.exit(2);
}
const i = args.indexOf('--every');
const articles = loadSplit(root, Infinity, i >= 0 ? Number(args[i + 1]) : 1);
let long = 0;
let proposed = 0;
let picked = 0;
let longest = 0;
const reasons = new Map<string, number>();
for (const [n, p] of articles.entries()) {
	const words = p.article.text.split(/\s+/).length;
	if (words < 250) continue;
	long++;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const mine = (x: { candidate: { family: string } }) => x.candidate.family === 'main-idea';
	const rej = r.rejected.filter(mine);
	const ranked = r.ranked.filter(mine);
	if (rej.length || ranked.length) proposed++;
	for (const x of rej) reasons.set(x.reason, (reasons.get(x.reason) ?? 0) + 1);
	const kept = r.picked.find(mine);
	if (ranked.length && !kept) reasons.set('selection', (reasons.get('selection') ?? 0) + 1);
	if (!kept) continue;
	picked++;
	const q = kept.question;
	if (q.type !== 'single') continue;
	const key = q.choices.find((c) => c.id === q.correct[0])!.text;
	const len = (t: string) => t.split(/\s+/).length;
	if (q.choices.every((c) => c === q.choices.find((x) => x.text === key) || len(c.text) < len(key)))
		longest++;
	if (show) {
		console.log(`\n#${n} ${p.name} (${words} words)\nHEADLINE: ${p.article.title}\n${q.prompt}`);
		for (const c of q.choices) console.log(`  ${c.text === key ? '*' : '-'} ${c.text}`);
	}
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(
	`articles of 250+ words: ${long}; main-idea proposed ${proposed} (${pct(proposed, long)}), kept ${picked} (${pct(picked, long)}); key longest ${longest}/${picked} (${pct(longest, picked)})`
);
console.log(`dropped: ${[...reasons].map(([k, v]) => `${k} ${v}`).join('; ') || 'none'}`);
