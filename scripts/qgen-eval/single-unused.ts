/**
 * The sentences of one PolNeAR train article (read alone) that no checked candidate cites: where a
 * short single-article quiz could find more questions (train only).
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-unused.ts <polnear train> <index>...
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { trainArticlesByIndex } from './polnear';

for (const { index: i, article: p } of trainArticlesByIndex(
	'single-unused.ts',
	process.argv.slice(2)
)) {
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
