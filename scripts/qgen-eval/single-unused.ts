/**
 * The sentences of one PolNeAR train article (read alone) that no checked candidate cites: where a
 * short single-article quiz could find more questions (train only).
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-unused.ts <polnear train> <index>...
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit } from './polnear';

const [root, ...indexes] = process.argv.slice(2);
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: single-unused.ts <polnear train> <index>... (dev is blind)');
	process.exit(2);
}
const all = loadSplit(root);
for (const i of indexes) {
	const p = all[Number(i)]!;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, { max: 40 });
	const cited = r.ranked.flatMap((x) => x.question.evidence);
	const a = analyzeArticle(p.article);
	const unused = a.sentences.filter(
		(s) => !cited.some((e) => e.start < s.start + s.text.length && s.start < e.end)
	);
	console.log(
		`\n#${i} ${p.name}: ${a.sentences.length} sentences, ${unused.length} cited by no candidate`
	);
	for (const s of unused) console.log(`  - ${s.text.slice(0, 220)}`);
}
