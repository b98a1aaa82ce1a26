/**
 * The checked pool one PolNeAR article gets alone (train only): every candidate that passed
 * the checks, `*` when selection kept it, with its family and answer key.
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-pool.ts <polnear train> <index>...
 */
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit } from './polnear';

const [root, ...indexes] = process.argv.slice(2);
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: single-pool.ts <polnear train> <index>... (dev is blind)');
	process.exit(2);
}
const all = loadSplit(root);
for (const i of indexes) {
	const p = all[Number(i)]!;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, { max: 40 });
	const kept = new Set(r.questions);
	console.log(`\n#${i} ${p.name}: ${p.article.text.split(/\s+/).length} words, ${kept.size} kept`);
	for (const x of r.ranked)
		console.log(
			`${kept.has(x.question) ? '*' : ' '} [${x.question.score}] ${x.candidate.family} ${x.candidate.answerKey.slice(0, 40)} | ${x.question.prompt.slice(0, 160)}`
		);
}
