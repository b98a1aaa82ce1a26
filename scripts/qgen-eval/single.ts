/**
 * Prints the quiz one PolNeAR article gets on its own, with rejected candidates' reasons:
 *   npx tsx scripts/qgen-eval/single.ts <polnear split folder> <index> [--rejected]
 */
import { describe } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit } from './polnear';

const [root, index = '0', flag] = process.argv.slice(2);
const p = loadSplit(root!)[Number(index)]!;
const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, { max: 40 });
console.log(
	`${p.name}: ${p.article.text.split(/\s+/).length} words, ${r.questions.length} questions`
);
for (const q of r.questions) console.log(describe(q));
if (flag === '--rejected')
	for (const x of r.rejected)
		console.log(
			`REJECTED ${x.candidate.family} (${x.reason}): ${x.candidate.draft.prompt.slice(0, 150)}`
		);
