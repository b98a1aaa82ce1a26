/**
 * Why questions for single PolNeAR articles (train only: dev is blind): per article, the causal
 * links read, why each gave no candidate, the candidates with their choices and what became of
 * them; at the end, counts of links, skip reasons and articles with a why item.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-single.ts <polnear train> [--every N] [--limit N] [--quiet] [--picked] [index...]
 * `--picked` prints only the why items that reach an article's quiz (to read them).
 */
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { causalLinks, causeCandidates } from '../../src/lib/qgen/candidates/cause';
import { loadSplit, numberOption, trainRoot } from './polnear';

const args = process.argv.slice(2);
const root = trainRoot(
	args[0],
	'why-single.ts <polnear train> [--every N] [--limit N] [index...] (dev is blind)'
);
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
const quiet = args.includes('--quiet');
const pickedOnly = args.includes('--picked');
const indexes = args
	.slice(1)
	.filter((a, i, xs) => /^\d+$/.test(a) && !/^--(?:every|limit)$/.test(xs[i - 1] ?? ''))
	.map(Number);
const all = loadSplit(root);
const chosen =
	indexes.length > 0
		? indexes.map((i) => [i, all[i]!] as const)
		: all
				.map((p, i) => [i, p] as const)
				.filter(([i]) => i % opt('every', 1) === 0)
				.slice(0, opt('limit', Infinity));
const log = (line: string) => {
	if (!quiet && !pickedOnly) console.log(line);
};
const reasons = new Map<string, number>();
let links = 0;
let candidates = 0;
let withWhy = 0;
let longArticles = 0;
let longWithWhy = 0;
for (const [i, p] of chosen) {
	const words = p.article.text.split(/\s+/).length;
	const a = analyzeArticle(withQuoteMarks(p.article));
	const view = viewStory('s', [a]);
	const ls = causalLinks(view);
	links += ls.length;
	log(`\n=== #${i} ${p.name} (${words} words): ${ls.length} links`);
	for (const l of ls) log(`  [${l.role}/${l.connective}] E: ${l.effect} || C: ${l.cause}`);
	const cands = causeCandidates(view, (l, why) => {
		const kind = why.replace(/\s*\(.*$/, '').replace(/;.*$/, '');
		reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
		log(`  SKIP ${why}: ${l.effect}`);
	});
	candidates += cands.length;
	for (const c of cands) {
		log(`  CAND ${c.draft.prompt}`);
		if (c.draft.type === 'single')
			for (const ch of c.draft.choices)
				log(`       ${c.draft.correct.includes(ch.id) ? '*' : ' '} ${ch.text}`);
	}
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	for (const x of r.rejected.filter((x) => x.candidate.family === 'cause'))
		log(`  REJ ${x.reason}: ${x.candidate.draft.prompt}`);
	const picked = r.picked.filter((x) => x.candidate.family === 'cause');
	if (words >= 500) longArticles++;
	if (picked.length > 0) {
		withWhy++;
		if (words >= 500) longWithWhy++;
	}
	for (const x of picked) {
		if (pickedOnly) console.log(`\n#${i} ${p.name} (${p.article.title})`);
		if (!quiet) {
			console.log(`  PICK ${x.question.prompt}`);
			if (x.question.type === 'single')
				for (const ch of x.question.choices)
					console.log(`       ${x.question.correct.includes(ch.id) ? '*' : ' '} ${ch.text}`);
			if (pickedOnly) console.log(`       (${x.question.explanation})`);
		}
	}
}
console.log(
	`\narticles: ${chosen.length}, links: ${links}, candidates: ${candidates}, with a why item: ${withWhy} (500+ words: ${longWithWhy} of ${longArticles})`
);
console.log(
	`skipped links: ${[...reasons]
		.sort((x, y) => y[1] - x[1])
		.map(([k, n]) => `${k} ${n}`)
		.join('; ')}`
);
