/**
 * Single imported articles: how many questions one PolNeAR article gets on its own.
 *
 *   node scripts/cli/bundled.js scripts/qgen-eval/single.ts <polnear split> <index> [--rejected]
 *     prints the quiz one article gets (train only: dev is blind), with rejected candidates;
 *   node scripts/cli/bundled.js scripts/qgen-eval/single.ts <polnear split> --counts [--every N] [--limit N]
 *     counts only (safe on dev): the median and the share under 5 and under 8, for every
 *     article, for those of 500+ words, for short ones (under 250) and for 250-499, and how many questions
 *     each family gives, and how many articles (all, 500+ words) get a why item; `--list` also
 *     prints each article's count and length.
 */
import { describe } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root) {
	console.error('usage: single.ts <polnear split> (<index> [--rejected] | --counts [--every N])');
	process.exit(2);
}
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
/** Under this many words an article cannot carry eight good questions: reported apart. */
const SHORT = 250;
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

if (args.includes('--counts')) {
	const articles = loadSplit(root, opt('limit', Infinity), opt('every', 1));
	const all: number[] = [];
	const long: number[] = [];
	const short: number[] = [];
	const mid: number[] = [];
	const families = new Map<string, number>();
	// Articles whose quiz holds a why / what-led-to item (family 'cause'), all and 500+ words.
	let withWhy = 0;
	let longWithWhy = 0;
	for (const p of articles) {
		// As the app generates for a teacher: the default (up to 40 questions).
		const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
		const n = r.questions.length;
		all.push(n);
		const words = p.article.text.split(/\s+/).length;
		if (words >= 500) long.push(n);
		if (words < SHORT) short.push(n);
		else if (words < 500) mid.push(n);
		if (args.includes('--list')) console.log(`${n}\t${words}\t${p.name}`);
		for (const x of r.picked)
			families.set(x.candidate.family, (families.get(x.candidate.family) ?? 0) + 1);
		if (r.picked.some((x) => x.candidate.family === 'cause')) {
			withWhy++;
			if (words >= 500) longWithWhy++;
		}
	}
	console.log(`articles: ${articles.length}`);
	for (const [label, xs] of [
		['all articles', all],
		['articles of 500+ words', long],
		[`articles under ${SHORT} words`, short],
		[`articles of ${SHORT}-499 words`, mid]
	] as const)
		console.log(
			`${label} (${xs.length}): median ${median(xs)}, under 5: ${pct(xs.filter((x) => x < 5).length, xs.length)}, under 8: ${pct(xs.filter((x) => x < 8).length, xs.length)}`
		);
	console.log(
		`articles with a why item: ${withWhy} of ${all.length} (${pct(withWhy, all.length)}); of 500+ words: ${longWithWhy} of ${long.length} (${pct(longWithWhy, long.length)})`
	);
	console.log(
		`questions by family: ${[...families]
			.sort((a, b) => b[1] - a[1])
			.map(([f, n]) => `${f} ${n}`)
			.join(', ')}`
	);
} else {
	if (/\bdev\/?$/.test(root)) {
		console.error('dev is the blind split: use --counts only');
		process.exit(2);
	}
	const p = loadSplit(root)[Number(args[1] ?? '0')]!;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, { max: 40 });
	console.log(
		`${p.name}: ${p.article.text.split(/\s+/).length} words, ${r.questions.length} questions`
	);
	for (const q of r.questions) console.log(describe(q));
	if (args.includes('--rejected'))
		for (const x of r.rejected)
			console.log(
				`REJECTED ${x.candidate.family} (${x.reason}): ${x.candidate.draft.prompt.slice(0, 150)}`
			);
}
