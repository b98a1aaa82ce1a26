/**
 * Why first tens run short (issue #10, "ten questions for every story"), in counts: for every
 * story whose `--max 10` writes fewer than ten, the checked candidates left out by the rule
 * that last kept each out (select-misfit.ts, select.ts), split into recall and the rest, and for
 * a rule on a shared sentence ("evidence sentence used", "asks again", "same fact as a pick")
 * the kind of pick that cites it. A short ten whose left-out pool holds no candidate other than
 * recall ran dry: only a family that proposes more can fill it; one whose other candidates are
 * all kept out by give-away or one-use rules needs those read before any rule is narrowed.
 *   node scripts/cli/bundled.js scripts/qgen-eval/short-tens.ts <story folder>... [--print]
 * Counts and rule names only unless `--print` (safe on the blind set); `--print` shows each
 * left-out prompt and the pick that holds its sentence: tuning stories only.
 */
import type { Question } from '../../src/lib/bank/schema';
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf, selectDiverse, type Ranked } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const print = args.includes('--print');
const folders = args.filter((a) => !a.startsWith('--'));

/** Rules that keep a question out because a pick already cites or asks its sentence. */
const SHARED = /^(evidence sentence used|asks again|same fact as a pick)/;
/** "asks again what “…” asks" and "gave way to “…”" name their pick: the rule alone is counted. */
const ruleOf = (reason: string) => reason.replace(/^(asks again|gave way).*/, '$1');
const spansOf = (q: Question) => q.evidence.map((e) => `${e.articleId}:${e.start}`);

const bump = (m: Map<string, Set<string>>, key: string, story: string) =>
	m.set(key, (m.get(key) ?? new Set()).add(story));
const byRule = new Map<string, Set<string>>();
const recallByRule = new Map<string, Set<string>>();
const holders = new Map<string, Set<string>>();
let short = 0;
let dry = 0;
let questions = 0;
for (const dir of folders) {
	const story = dir.split('/').slice(-2).join('/');
	const run = runPipelineDetailed({ storyId: 'dev', articles: loadFolder(dir) }, { max: 10 });
	questions += run.questions.length;
	if (run.questions.length >= 10) continue;
	short++;
	// Selection is deterministic: run again on the same pool, asking for its reasons.
	const why = new Map<Question, string>();
	selectDiverse(run.ranked, 10, why);
	const left = run.ranked.filter((r) => !run.picked.includes(r));
	const others = left.filter((r) => kindOf(r) !== 'recall');
	if (!others.length) dry++;
	console.log(
		`${story}: ${run.questions.length} in ten; left out ${left.length} (${others.length} not recall)`
	);
	for (const r of left) {
		const reason = why.get(r.question) ?? 'not reached';
		const rule = ruleOf(reason);
		bump(kindOf(r) === 'recall' ? recallByRule : byRule, rule, story);
		const held = SHARED.test(reason) ? holderOf(r, run.picked, reason) : undefined;
		if (held && kindOf(r) !== 'recall') bump(holders, `${rule} ← ${held.label}`, story);
		if (print && kindOf(r) !== 'recall')
			console.log(
				`  ${kindOf(r)}/${r.candidate.family}: ${r.question.prompt.slice(0, 110).replace(/\s+/g, ' ')}\n    ← ${rule}${held ? ` (${held.label}: ${held.prompt})` : ''}`
			);
	}
}

/** The pick that cites `r`'s sentence, or that the reason names: its kind and family. */
function holderOf(r: Ranked, picked: readonly Ranked[], reason: string) {
	const spans = spansOf(r.question);
	const named = /“(.{20})/.exec(reason)?.[1];
	const pick =
		picked.find((p) => spansOf(p.question).some((s) => spans.includes(s))) ??
		(named ? picked.find((p) => p.question.prompt.startsWith(named)) : undefined);
	if (!pick) return undefined;
	return {
		label: `${kindOf(pick)}/${pick.candidate.answerKey.split(':')[0]}`,
		prompt: pick.question.prompt.slice(0, 80).replace(/\s+/g, ' ')
	};
}

const table = (title: string, m: Map<string, Set<string>>) => {
	console.log(`\n${title} (short tens it touches):`);
	for (const [k, v] of [...m].sort((a, b) => b[1].size - a[1].size))
		console.log(`  ${v.size}  ${k}`);
};
console.log(
	`\n${short} of ${folders.length} first tens under ten; ${questions} questions; ${dry} short tens left with recall only`
);
table('rules keeping out a candidate other than recall', byRule);
table('rules keeping out a recall candidate', recallByRule);
table('shared-sentence rules, by the pick that holds the sentence (not recall)', holders);
