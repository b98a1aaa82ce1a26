/**
 * Why each checked candidate stays out of a story's first ten: the selection rule that last
 * kept it out (select-misfit.ts: stray detail, evidence sentence used, headline gives it away;
 * select.ts: asks again what a pick asks …), with its score, kind and whether the fill stage made it. Recall
 * is left out unless `--recall`. A short first ten is short for want of candidates when what
 * is left is side details and questions the headlines answer; otherwise a rule is to blame.
 *   node scripts/cli/bundled.js scripts/qgen-eval/drop-debug.ts <story folder>... [--recall]
 * Use on tuning stories only (basil 00-19, newswcl50).
 */
import type { Question } from '../../src/lib/bank/schema';
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf, selectDiverse } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const recall = args.includes('--recall');
const tally = new Map<string, number>();
for (const dir of args.filter((a) => !a.startsWith('--'))) {
	const run = runPipelineDetailed({ storyId: 'dev', articles: loadFolder(dir) }, { max: 10 });
	// Selection is deterministic: run again on the same pool, asking for its reasons.
	const why = new Map<Question, string>();
	selectDiverse(run.ranked, 10, why);
	const inTen = new Set(run.questions);
	console.log(`== ${dir.split('/').slice(-1)[0]}: ${run.questions.length} in the first ten`);
	for (const r of run.ranked) {
		if (inTen.has(r.question) || (!recall && kindOf(r) === 'recall')) continue;
		const reason = why.get(r.question) ?? 'not reached';
		const label = reason.startsWith('asks again') ? 'asks again' : reason;
		tally.set(label, (tally.get(label) ?? 0) + 1);
		console.log(
			`  [${r.question.score}] ${kindOf(r)}/${r.candidate.family}${r.candidate.fill ? '/fill' : ''}: ${r.question.prompt.slice(0, 110).replace(/\s+/g, ' ')}\n      ← ${reason.slice(0, 140)}`
		);
	}
}
console.log(
	'left out, by reason:',
	[...tally].sort((a, b) => b[1] - a[1])
);
