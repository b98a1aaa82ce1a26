/**
 * The sentences no kept question cites, in single PolNeAR articles whose quiz alone has 5-7
 * questions or whose length is 250-499 words, counted by kind: a poll or study result, reported
 * speech whose speaker is no named person, a passive, a sentence opening on a time or place
 * phrase, and the rest. Counts only unless `--show` (train only).
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-untouched.ts <polnear split> [--every N] [--show]
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';
import { untouchedKind } from './untouched-kind';

const args = process.argv.slice(2);
const root = args[0]!;
const show = args.includes('--show');
if (show && /\bdev\/?$/.test(root)) {
	console.error('dev is the blind split: counts only');
	process.exit(2);
}
const counts = new Map<string, number>();
let articles = 0;
for (const p of loadSplit(root, Infinity, numberOption(args, 'every', 1))) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const n = r.questions.length;
	const words = p.article.text.split(/\s+/).length;
	if (!((n >= 5 && n <= 7) || (words >= 250 && words < 500))) continue;
	articles++;
	const cited = r.questions.flatMap((q) => q.evidence);
	const a = analyzeArticle(p.article);
	for (const s of a.sentences) {
		if (cited.some((e) => e.start < s.end && s.start < e.end)) continue;
		const kind = untouchedKind(s, a);
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
		if (show) console.log(`${kind}\t${p.name.slice(0, 40)}\t${s.text.replace(/\s+/g, ' ')}`);
	}
}
console.log(`articles: ${articles}`);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${k}\t${v}`);
