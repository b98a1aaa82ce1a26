/**
 * Single imported articles: how often the first twelve questions one PolNeAR article gets on
 * its own ask one quote or one evidence sentence twice (train only: dev is blind).
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-repeats.ts <polnear train> [--every N] [--limit N] [--show]
 * A repeat is two of the first twelve whose evidence spans share text, or whose asked quotes
 * (a prompt's quotation, a "which of these did X say" key, a matching item's pairs) share a
 * run of four words. `--show` prints each repeated pair.
 * Also counted apart: two of the first twelve that ask a quote (family quote: "who said",
 * "which of these did X say") on one speaker's continuing quotation: quotes by one speaker in
 * one paragraph, or in adjacent sentences with no other quote between (the quotation split
 * into two "who said" items, the second answered by the first).
 */
import type { Question } from '../../src/lib/bank/schema';
import { sameName } from '../../src/lib/qgen/align';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import type { Quote } from '../../src/lib/qgen/types';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: single-repeats.ts <polnear train> [--every N] [--limit N] [--show]');
	process.exit(2);
}
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
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

/**
 * Each quote's quotation: a quote continues the one before it (in text order) when one speaker
 * says both, in one paragraph or in adjacent sentences ("“A,” Roe said.\n\n“B.”").
 */
function quotationRuns(text: string, quotes: Quote[]): Map<Quote, number> {
	const who = (q: Quote) => q.speaker ?? q.speakerText;
	const para = (q: Quote) => text.lastIndexOf('\n\n', q.start);
	const run = new Map<Quote, number>();
	quotes.forEach((q, i) => {
		const prev = quotes[i - 1];
		const goesOn =
			!!prev &&
			sameName(who(prev), who(q)) &&
			(para(prev) === para(q) || q.sentence - prev.sentence <= 1);
		run.set(q, goesOn ? run.get(prev)! : i);
	});
	return run;
}
const articles = loadSplit(root, opt('limit', Infinity), opt('every', 1));
let withRepeat = 0;
let pairs = 0;
let spanPairs = 0;
let quotePairs = 0;
let total = 0;
let withSplit = 0;
let splitPairs = 0;
for (const p of articles) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const head = r.questions.slice(0, FIRST);
	total += head.length;
	const quotes = head.map(askedQuote);
	let found = 0;
	// One speaker's continuing quotation asked by two quote items.
	const analysis = analyzeArticle(withQuoteMarks(p.article));
	const text = analysis.article.text;
	const all = [...analysis.quotes].sort((x, y) => x.start - y.start);
	const runs = quotationRuns(text, all);
	const quoteOf = (q: Question) =>
		all.filter((x) => q.evidence.some((e) => e.start < x.context.end && x.context.start < e.end));
	const asked = r.picked
		.slice(0, FIRST)
		.map((k) => (k.candidate.family === 'quote' ? quoteOf(k.question) : []));
	let split = 0;
	for (let i = 0; i < asked.length; i++)
		for (let j = i + 1; j < asked.length; j++) {
			const hit = asked[i]!.flatMap((a) =>
				asked[j]!.filter((b) => runs.get(a) === runs.get(b)).map((b) => [a, b] as const)
			)[0];
			if (!hit) continue;
			split++;
			if (args.includes('--show'))
				console.log(
					`${p.name} Q${i + 1}/Q${j + 1} continuing quotation (${hit[0].speakerText} s${hit[0].sentence}, ${hit[1].speakerText} s${hit[1].sentence}${hit[1].speakerSpan ? ' carried' : ''})\n  ${head[i]!.prompt.slice(0, 150)}\n  ${head[j]!.prompt.slice(0, 150)}`
				);
		}
	splitPairs += split;
	if (split) withSplit++;
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
	`articles: ${articles.length}, questions in first ${FIRST}s: ${total}; articles with a repeat: ${withRepeat}; repeated pairs: ${pairs} (evidence overlaps ${spanPairs}, shared quote ${quotePairs}); articles with one quotation asked by two quote items: ${withSplit} (pairs ${splitPairs})`
);
