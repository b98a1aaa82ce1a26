/**
 * Figures no family asks (issue #10): the sentences no checked candidate cites (the `--max 200`
 * pool of a story, or the pool of one PolNeAR article read alone) that hold an odds, a range, a
 * margin or tally, or a share, counted by kind (crude patterns, first that fits). Counts only
 * unless `--print` (tuning stories and train only: it prints sentences).
 *   node scripts/cli/bundled.js scripts/qgen-eval/figure-unused.ts <story folder>... [--print]
 *   node scripts/cli/bundled.js scripts/qgen-eval/figure-unused.ts --polnear <train> [--every N] [--print]
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { NUMBER_WORD_PATTERN } from '../../src/lib/qgen/lexicon';
import type { Article } from '../../src/lib/bank/schema';
import { loadFolder } from './dev-print';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const print = args.includes('--print');
const polnear = args.indexOf('--polnear');
const paths = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--every'));
const blind = (p: string) => /basil\/event-[23]\d\/?$/.test(p) || /polnear\/dev/.test(p);
if (!paths.length || (print && paths.some(blind))) {
	console.error(
		'usage: figure-unused.ts <story folder>... | --polnear <train> [--every N] [--print]'
	);
	process.exit(2);
}

const N = `(?:\\d[\\d,.]*|${NUMBER_WORD_PATTERN})`;
/** Crude patterns for the kinds of figure, first that fits. */
const KINDS: [string, RegExp][] = [
	[
		'odds',
		new RegExp(`\\b(?:chances?|odds|probability|likelihood)\\b|\\b${N}[- ]in[- ]${N}\\b`, 'i')
	],
	[
		'margin/tally',
		new RegExp(
			`\\b\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b(?![-–]\\d)|\\bmargin\\b|\\bvote of ${N} to ${N}\\b`,
			'i'
		)
	],
	[
		'range',
		new RegExp(`\\bbetween ${N}(?: \\w+)? and ${N}\\b|\\bfrom ${N}(?: \\w+)? to ${N}\\b`, 'i')
	],
	['share', /\b(?:half|third|quarter|majority|plurality|percent|per cent)\b|%/i]
];

function unusedSentences(articles: Article[]): string[] {
	const all = runPipelineDetailed(
		{ storyId: 'dev', articles },
		{ max: articles.length > 1 ? 200 : 40 }
	);
	const cited = all.ranked.flatMap((r) => r.question.evidence);
	return articles.flatMap((article) =>
		analyzeArticle(article)
			.sentences.filter(
				(s) =>
					!cited.some(
						(e) =>
							e.articleId === article.id && e.start < s.start + s.text.length && s.start < e.end
					)
			)
			.map((s) => s.text.replace(/\s+/g, ' ').trim())
	);
}

const sets: { name: string; articles: Article[] }[] =
	polnear >= 0
		? loadSplit(paths[0]!, Infinity, numberOption(args, 'every', 1)).map((p) => ({
				name: p.name,
				articles: [p.article]
			}))
		: paths.map((d) => ({ name: d.split('/').filter(Boolean).at(-1)!, articles: loadFolder(d) }));

const counts = new Map<string, number>();
let unused = 0;
for (const set of sets) {
	for (const text of unusedSentences(set.articles)) {
		unused++;
		const kind = KINDS.find(([, re]) => re.test(text))?.[0];
		if (!kind) continue;
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
		if (print) console.log(`${set.name}\t${kind}\t${text.slice(0, 260)}`);
	}
}
console.log(`sets ${sets.length}, uncited sentences ${unused}`);
for (const [kind] of KINDS) console.log(`  ${kind}: ${counts.get(kind) ?? 0}`);
