/**
 * Does every story get a question on understanding (a why item, or a main-idea item, which
 * readers count with them) in its first ten, whole and when a teacher imports only some of its
 * outlets (the subsets compare-cover.ts reads)? Per set: whether `--max 10` holds one and, when
 * not, every why and main-idea candidate that existed and why it stayed out: the check that
 * rejected it or the selection rule that last kept it out (drop-debug.ts). Counts at the end.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-cover.ts <story folder>... [--quiet] [--whole]
 * `--quiet`: counts and the sets without one only (no prompts); `--whole`: the whole folders
 * only, no subsets. Prompts are printed for tuning stories only: without `--quiet` it refuses
 * BASIL 20-39 (the blind set).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/lib/bank/schema';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf, selectDiverse, type Ranked } from '../../src/lib/qgen/select';
import { loadFiles } from './dev-print';
import { subsets } from './subsets';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const wholeOnly = args.includes('--whole');
const folders = args.filter((a) => !a.startsWith('--'));
if (!quiet && folders.some((f) => /basil\/event-[23]\d\/?$/.test(f))) {
	console.error('why-cover.ts: BASIL 20-39 is blind; use --quiet (counts only)');
	process.exit(2);
}

/** What readers count as a why question (blind/prompt-template.md: cause, effect, main idea). */
const understands = (r: Ranked) => ['why', 'main'].includes(kindOf(r));

const tally = new Map<string, { sets: number; with: number }>();
const reasons = new Map<string, number>();
const missing: string[] = [];
const count = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);

folders.forEach((dir, seed) => {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => join(dir, f));
	const sets = wholeOnly || files.length < 3 ? [files] : [files, ...subsets(files, seed)];
	for (const set of sets) {
		const label = set.length === files.length ? 'whole' : `${set.length} outlets`;
		const name = `${dir.split('/').filter(Boolean).pop()} ${label === 'whole' ? 'whole' : set.map((f) => f.split('/').pop()!.replace(/\.md$/, '')).join('+')}`;
		const run = runPipelineDetailed({ storyId: 'dev', articles: loadFiles(set) }, { max: 10 });
		const has = run.picked.some(understands);
		const t = tally.get(label) ?? { sets: 0, with: 0 };
		t.sets++;
		if (has) t.with++;
		tally.set(label, t);
		const checked = run.ranked.filter(understands);
		const rejected = run.rejected.filter((r) =>
			understands({ candidate: r.candidate, question: r.candidate.draft as Question })
		);
		console.log(
			`${has ? '  ' : '--'} ${name}: ${has ? 'why in first ten' : 'NO why'}; ${checked.length} checked, ${rejected.length} rejected`
		);
		if (has) continue;
		missing.push(name);
		const why = new Map<Question, string>();
		selectDiverse(run.ranked, 10, why);
		for (const r of checked) {
			// A headline that prints the key keeps it out of every ten (select-misfit.ts), whatever
			// rule selection read last.
			const last = why.get(r.question) ?? 'not reached';
			const reason = r.givenAway ? `headline gives it away (last: ${last})` : last;
			count(`select: ${reason.split(/[:“(]/)[0]!.trim()}`);
			if (!quiet)
				console.log(
					`     + [${r.question.score}] ${r.candidate.family}: ${r.question.prompt.slice(0, 120).replace(/\s+/g, ' ')}\n         ← ${reason.slice(0, 120)}`
				);
		}
		for (const r of rejected) {
			count(`check: ${r.reason.slice(0, 60)}`);
			if (!quiet)
				console.log(
					`     - ${r.candidate.family}: ${r.candidate.draft.prompt.slice(0, 120).replace(/\s+/g, ' ')}\n         ← ${r.reason.slice(0, 120)}`
				);
		}
	}
});
console.log(
	`\nsets with a why or main-idea item: ${[...tally].map(([k, t]) => `${k} ${t.with} of ${t.sets}`).join(', ')}`
);
console.log(`without: ${missing.join(', ') || 'none'}`);
if (reasons.size)
	console.log(
		'why candidates that stayed out where none got in:',
		[...reasons].sort((a, b) => b[1] - a[1])
	);
