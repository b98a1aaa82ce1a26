/**
 * Facts on one outlet's word where the story gives reason to doubt them as settled: a count
 * another outlet gives as another number of the same kind of thing (contested-figure.ts,
 * Ranked.contestedFigure), and a gap keyed on a person the whole story names once (focus.ts
 * sideFigure with Ranked.keyIsPerson, a stray detail in select-kinds.ts). Per story: how many
 * checked candidates carry each flag and how many of them `--max 10` keeps; `--print` shows
 * their prompts (`*` in the first ten).
 *   npx tsx scripts/qgen-eval/contested-facts.ts <story folder>... [--print]
 * Counts only without --print (safe on the blind set); --print on tuning stories only.
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import type { Ranked } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const print = args.includes('--print');
const folders = args.filter((a) => !a.startsWith('--'));
const flags: [string, (r: Ranked) => boolean][] = [
	['contested figure', (r) => !!r.contestedFigure],
	['person named once', (r) => !!r.sideFigure && !!r.keyIsPerson]
];
const totals = flags.map(() => ({ pool: 0, kept: 0 }));
for (const dir of folders) {
	const r = runPipelineDetailed({ storyId: 'dev', articles: loadFolder(dir) }, { max: 10 });
	const line = flags.map(([name, has], i) => {
		const pool = r.ranked.filter(has);
		const kept = pool.filter((e) => r.picked.includes(e));
		totals[i]!.pool += pool.length;
		totals[i]!.kept += kept.length;
		if (print)
			for (const e of pool)
				console.log(
					`  ${kept.includes(e) ? '*' : ' '} [${name}] ${e.question.prompt.slice(0, 160)}`
				);
		return `${name} ${kept.length}/${pool.length}`;
	});
	console.log(`${dir.split('/').slice(-2).join('/')}: ${line.join(', ')}`);
}
console.log(
	`over ${folders.length} stories (first ten / checked): ` +
		flags.map(([name], i) => `${name} ${totals[i]!.kept}/${totals[i]!.pool}`).join(', ')
);
