/**
 * Single imported articles: how often the first twelve questions one PolNeAR article gets on
 * its own ask one quote or one evidence sentence twice (train only: dev is blind).
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-repeats.ts <polnear train> [--every N] [--limit N] [--show]
 * A repeat is two of the first twelve whose evidence spans share text, or whose asked quotes
 * (a prompt's quotation, a "which of these did X say" key, a matching item's pairs) share a
 * run of four words. `--show` prints each repeated pair.
 */
import type { Question } from '../../src/lib/bank/schema';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: single-repeats.ts <polnear train> [--every N] [--limit N] [--show]');
	process.exit(2);
}
const opt = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FIRST = 12;

const plain = (t: string) =>
	t
		.toLowerCase()
		.replace(/[^\p{L}\d\s]+/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
const runs = (t: string) => {
	const ws = plain(t);
	return ws.length < 4 ? [] : ws.slice(0, -3).map((_, i) => ws.slice(i, i + 4).join(' '));
};
/** The quote a question asks about, as runs of four words. */
function askedQuote(q: Question): Set<string> {
	const texts = [...q.prompt.matchAll(/“([^”]+)”?|"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
	if (q.type === 'single' && /^Which of these did /.test(q.prompt))
		texts.push(q.choices.find((c) => c.id === q.correct[0])?.text ?? '');
	if (q.type === 'matching') for (const p of q.pairs) texts.push(p.left, p.right);
	return new Set(texts.flatMap(runs));
}
const overlap = (a: Question, b: Question) =>
	a.evidence.some((x) =>
		b.evidence.some((y) => x.articleId === y.articleId && x.start < y.end && y.start < x.end)
	);

const articles = loadSplit(root, opt('limit', Infinity), opt('every', 1));
let withRepeat = 0;
let pairs = 0;
let spanPairs = 0;
let quotePairs = 0;
let total = 0;
for (const p of articles) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const head = r.questions.slice(0, FIRST);
	total += head.length;
	const quotes = head.map(askedQuote);
	let found = 0;
	for (let i = 0; i < head.length; i++)
		for (let j = i + 1; j < head.length; j++) {
			const span = overlap(head[i]!, head[j]!);
			const quote = [...quotes[i]!].some((w) => quotes[j]!.has(w));
			if (!span && !quote) continue;
			found++;
			if (span) spanPairs++;
			if (quote) quotePairs++;
			if (args.includes('--show'))
				console.log(
					`${p.name} Q${i + 1}/Q${j + 1} ${span ? 'span' : ''}${quote ? ' quote' : ''}\n  ${head[i]!.prompt.slice(0, 150)}\n  ${head[j]!.prompt.slice(0, 150)}`
				);
		}
	pairs += found;
	if (found) withRepeat++;
}
console.log(
	`articles: ${articles.length}, questions in first ${FIRST}s: ${total}; articles with a repeat: ${withRepeat}; repeated pairs: ${pairs} (evidence overlaps ${spanPairs}, shared quote ${quotePairs})`
);
