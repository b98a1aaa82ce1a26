/**
 * The checked pool one PolNeAR article gets alone (train only): every candidate that passed
 * the checks, `*` when selection kept it, with its family and answer key.
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-pool.ts <polnear train> <index>... [--why]
 * `--why` adds, under each candidate left out, the selection rule that last kept it out.
 */
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { trainArticlesByIndex } from './polnear';
import { selectDiverse } from '../../src/lib/qgen/select';
import type { Question } from '$lib/bank/schema';

const args = process.argv.slice(2).filter((a) => a !== '--why');
const showWhy = process.argv.includes('--why');
for (const { index: i, article: p } of trainArticlesByIndex('single-pool.ts', args)) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, { max: 40 });
	const kept = new Set(r.questions);
	// The same selection again, asked why each question left out stayed out.
	const why = new Map<Question, string>();
	if (showWhy) selectDiverse(r.ranked, 40, why);
	console.log(`\n#${i} ${p.name}: ${p.article.text.split(/\s+/).length} words, ${kept.size} kept`);
	for (const x of r.ranked)
		console.log(
			`${kept.has(x.question) ? '*' : ' '} [${x.question.score}] ${x.candidate.family} ${x.candidate.answerKey.slice(0, 40)} | ${x.question.prompt.slice(0, 160)}` +
				(showWhy && !kept.has(x.question) ? `\n      out: ${why.get(x.question) ?? '?'}` : '')
		);
}
