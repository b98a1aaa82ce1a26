/**
 * Does every story get a comparison in its first ten when a teacher imports only two outlets
 * (or three of five)? For each tuning story folder, the subsets of its articles a teacher
 * might import: every pair of a three-outlet folder (BASIL: three per event), and for larger
 * folders (newswcl50) two rotating pairs and one rotating triple. Per subset: whether `--max 10`
 * (as `npm run generate -- --max 10 FILE FILE` writes it) has a comparison (set-mix.ts's kinds)
 * and, when not, every comparison candidate that existed and why it stayed out: the check that
 * rejected it (drop reasons as pool-debug.ts) or the selection rule (drop-debug.ts).
 *   node scripts/cli/bundled.js scripts/qgen-eval/compare-cover.ts <story folder>... [--quiet] [--all] [--pairs]
 * `--quiet`: counts and the subsets without one only; `--all`: list candidates for every subset;
 * `--pairs`: every two-outlet pair of each folder instead (a five-outlet newswcl50 event: ten).
 * Prints prompts: use on tuning stories only (basil 00-19, newswcl50).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/lib/bank/schema';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadFiles } from './dev-print';
import { kindOf, selectDiverse } from '../../src/lib/qgen/select';
import { allPairs, subsets } from './subsets';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const all = args.includes('--all');
const pairsOnly = args.includes('--pairs');
const folders = args.filter((a) => !a.startsWith('--'));

const tally = { pairs: 0, pairsWith: 0, triples: 0, triplesWith: 0 };
const reasons = new Map<string, number>();
const missing: string[] = [];
folders.forEach((dir, seed) => {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => join(dir, f));
	for (const subset of pairsOnly ? allPairs(files) : subsets(files, seed)) {
		const name = `${dir.split('/').slice(-1)[0]} ${subset.map((f) => f.split('/').pop()!.replace(/\.md$/, '')).join('+')}`;
		const run = runPipelineDetailed({ storyId: 'dev', articles: loadFiles(subset) }, { max: 10 });
		const has = run.picked.some((p) => kindOf(p) === 'compare');
		if (subset.length === 2) {
			tally.pairs++;
			if (has) tally.pairsWith++;
		} else {
			tally.triples++;
			if (has) tally.triplesWith++;
		}
		const compares = run.ranked.filter((r) => kindOf(r) === 'compare');
		const rejected = run.rejected.filter(
			(r) =>
				kindOf({ candidate: r.candidate, question: r.candidate.draft as Question }) === 'compare'
		);
		console.log(
			`${has ? '  ' : '--'} ${name}: ${has ? 'compare in first ten' : 'NO compare'}; ${compares.length} checked, ${rejected.length} rejected`
		);
		if (!has) missing.push(name);
		if (quiet || (has && !all)) continue;
		const why = new Map<Question, string>();
		selectDiverse(run.ranked, 10, why);
		const inTen = new Set(run.questions);
		for (const r of compares) {
			const reason = inTen.has(r.question)
				? 'FIRST TEN'
				: (why.get(r.question) ?? 'not reached').slice(0, 120);
			if (!has)
				reasons.set(
					`select: ${reason.split(':')[0]}`,
					(reasons.get(`select: ${reason.split(':')[0]}`) ?? 0) + 1
				);
			console.log(
				`     + [${r.question.score}] ${r.candidate.family}/${r.candidate.answerKey.slice(0, 30)}: ${r.question.prompt.slice(0, 120).replace(/\s+/g, ' ')}\n         ← ${reason}`
			);
		}
		for (const r of rejected) {
			if (!has)
				reasons.set(
					`check: ${r.reason.slice(0, 60)}`,
					(reasons.get(`check: ${r.reason.slice(0, 60)}`) ?? 0) + 1
				);
			console.log(
				`     - ${r.candidate.family}/${r.candidate.answerKey.slice(0, 30)}: ${r.candidate.draft.prompt.slice(0, 120).replace(/\s+/g, ' ')}\n         ← ${r.reason.slice(0, 120)}`
			);
		}
	}
});
console.log(
	`\ntwo-outlet subsets with a comparison: ${tally.pairsWith} of ${tally.pairs}; three-outlet: ${tally.triplesWith} of ${tally.triples}`
);
console.log(`without: ${missing.join(', ') || 'none'}`);
if (reasons.size)
	console.log(
		'why candidates stayed out where none got in:',
		[...reasons].sort((a, b) => b[1] - a[1])
	);
