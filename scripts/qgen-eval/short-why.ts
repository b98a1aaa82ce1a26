/**
 * Why short single articles (250-499 words) get few questions: twenty PolNeAR train articles of
 * that length, picked with a fixed seed, each read alone as the app does; per family how many
 * candidates are proposed, rejected by the checks (with the reasons) and kept in the quiz. Train
 * only (dev is blind).
 *   node scripts/cli/bundled.js scripts/qgen-eval/short-why.ts <polnear train> [--seed N] [--n N] [--print] [--drops]
 * `--print` also prints each article's quiz, `--drops` each checked candidate selection leaves out.
 */
import { describe } from './dev-print';
import type { Question } from '../../src/lib/bank/schema';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { selectDiverse } from '../../src/lib/qgen/select';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: short-why.ts <polnear train> [--seed N] [--n N] [--print] (dev is blind)');
	process.exit(2);
}
const all = loadSplit(root)
	.map((p, i) => ({ p, i, words: p.article.text.split(/\s+/).length }))
	.filter((x) => x.words >= 250 && x.words < 500);
// A small linear congruential generator: the same twenty articles on every run and machine.
let seed = numberOption(args, 'seed', 23);
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const picked = [...all]
	.map((x) => ({ x, r: rand() }))
	.sort((a, b) => a.r - b.r)
	.slice(0, numberOption(args, 'n', 20))
	.map((y) => y.x)
	.sort((a, b) => a.i - b.i);
const tally = new Map<string, { proposed: number; rejected: number; kept: number }>();
const reasons = new Map<string, number>();
const drops = new Map<string, number>();
const counts: number[] = [];
for (const { p, i, words } of picked) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	counts.push(r.questions.length);
	console.log(`#${i} ${p.name}: ${words} words, ${r.questions.length} questions`);
	const row = (f: string) => {
		let t = tally.get(f);
		if (!t) tally.set(f, (t = { proposed: 0, rejected: 0, kept: 0 }));
		return t;
	};
	for (const x of r.ranked) row(x.candidate.family).proposed++;
	for (const x of r.rejected) {
		row(x.candidate.family).proposed++;
		row(x.candidate.family).rejected++;
		const k = `${x.candidate.family}: ${x.reason}`;
		reasons.set(k, (reasons.get(k) ?? 0) + 1);
	}
	for (const x of r.picked) row(x.candidate.family).kept++;
	// Selection is deterministic: run again on the same pool, asking why each checked one stays out.
	const why = new Map<Question, string>();
	selectDiverse(r.ranked, 40, why);
	const inQuiz = new Set(r.picked.map((x) => x.question));
	for (const x of r.ranked) {
		if (inQuiz.has(x.question)) continue;
		const reason = (why.get(x.question) ?? 'not reached').replace(/asks again.*/, 'asks again');
		const k = `${x.candidate.family}: left out: ${reason.slice(0, 80)}`;
		drops.set(k, (drops.get(k) ?? 0) + 1);
		if (args.includes('--drops'))
			console.log(
				`  - ${x.candidate.family}: ${x.question.prompt.slice(0, 120)} ← ${reason.slice(0, 100)}`
			);
	}
	if (args.includes('--print')) for (const q of r.questions) console.log(`  ${describe(q)}`);
}
const sorted = [...counts].sort((a, b) => a - b);
console.log(`\nmedian ${sorted[(sorted.length - 1) >> 1]}, counts ${counts.join(' ')}`);
console.log('family: proposed / rejected by checks / kept');
for (const [f, t] of [...tally].sort((a, b) => b[1].proposed - a[1].proposed))
	console.log(`  ${f}: ${t.proposed} / ${t.rejected} / ${t.kept}`);
console.log('reasons:');
for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n} ${k}`);
console.log('left out by selection:');
for (const [k, n] of [...drops].sort((a, b) => b[1] - a[1])) console.log(`  ${n} ${k}`);
