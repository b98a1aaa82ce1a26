/**
 * Why a story's first ten are short: the checked pool by kind, and the candidates `--max 40`
 * keeps that `--max 10` does not.
 *   node scripts/cli/bundled.js scripts/qgen-eval/pool-debug.ts <story folder>... [--print]
 * Use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const print = args.includes('--print');
for (const dir of args.filter((a) => !a.startsWith('--'))) {
	const articles = loadFolder(dir);
	const ten = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const all = runPipelineDetailed({ storyId: 'dev', articles }, { max: 200 });
	const tally = (kinds: string[]) => {
		const m = new Map<string, number>();
		for (const k of kinds) m.set(k, (m.get(k) ?? 0) + 1);
		return [...m].map(([k, n]) => `${k} ${n}`).join(', ');
	};
	const reasons = new Map<string, number>();
	for (const r of all.rejected) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
	console.log(
		`${dir.split('/').slice(-1)[0]}: ten ${ten.questions.length}, all ${all.questions.length}; pool ${all.ranked.length} (${tally(all.ranked.map(kindOf))}); rejected ${all.rejected.length}`
	);
	if (print) {
		console.log('  rejected by reason:', [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12));
		const inTen = new Set(ten.questions.map((q) => q.id));
		for (const r of all.ranked)
			console.log(
				`  ${inTen.has(r.question.id) ? '*' : ' '} [${r.question.score}] ${kindOf(r)}/${r.candidate.family}: ${r.question.prompt.slice(0, 150)} {${r.candidate.answerKey.slice(0, 40)}} ${r.question.evidence.map((e) => `${e.articleId}:${e.start}`).join(',')}`
			);
	}
}
