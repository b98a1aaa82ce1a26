/**
 * Every "Only one outlet reports that …" candidate (candidates/only-one.ts) a story proposes,
 * before the checks, with its key, the other outlets' dates, whether the checks kept it and
 * whether it reached the first ten; and how many stories propose one and get one in the ten.
 *   node scripts/cli/bundled.js scripts/qgen-eval/only-one-debug.ts <story folder>... [--quiet]
 * Use on tuning stories only (basil 00-19, newswcl50): it prints article sentences.
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { onlyOneCandidates } from '../../src/lib/qgen/candidates/only-one';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
let proposing = 0;
let made = 0;
let kept = 0;
let inTen = 0;
let storiesInTen = 0;
const dirs = args.filter((a) => !a.startsWith('--'));
for (const dir of dirs) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const cands = onlyOneCandidates(view);
	const ten = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const all = runPipelineDetailed({ storyId: 'dev', articles }, { max: 200 });
	const keptPrompts = new Set(all.ranked.map((r) => r.question.prompt));
	const tenPrompts = new Set(ten.questions.map((q) => q.prompt));
	if (cands.length) proposing++;
	made += cands.length;
	let here = 0;
	if (!quiet)
		console.log(
			`${dir.split('/').slice(-1)[0]}: ${articles.map((a) => `${a.outlet} ${a.date?.slice(0, 10)}`).join('; ')}`
		);
	for (const c of cands) {
		const p = c.draft.prompt;
		const k = keptPrompts.has(p);
		const t = tenPrompts.has(p);
		kept += Number(k);
		inTen += Number(t);
		here += Number(t);
		if (!quiet) {
			const d = c.draft;
			const key = d.type === 'single' ? d.choices.find((x) => x.id === d.correct[0])?.text : '';
			console.log(`  ${t ? '*' : k ? '+' : '-'} [${key}] ${p}`);
		}
	}
	storiesInTen += Number(here > 0);
}
console.log(
	`stories ${dirs.length}; proposing ${proposing}; candidates ${made}, kept by checks ${kept}, in first ten ${inTen} (${storiesInTen} stories)`
);
