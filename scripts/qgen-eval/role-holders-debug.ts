/**
 * One post, two holders (candidates/compare-role-holders.ts): per story every post-and-holder
 * phrase each outlet writes ("Roe's former communications director, Ann Lee"), read as owner,
 * post and holder, then the candidates made (`*` in the first ten). Counts at the end.
 *   node scripts/cli/bundled.js scripts/qgen-eval/role-holders-debug.ts <story folder>...
 * Prints names and prompts: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import {
	roleHolderCandidates,
	roleHolders
} from '../../src/lib/qgen/candidates/compare-role-holders';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';

const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let phrases = 0;
let made = 0;
let inTen = 0;
for (const dir of folders) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const picked = new Set(
		runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 }).picked.map(
			(p) => p.question.prompt
		)
	);
	console.log(`== ${dir.split('/').slice(-1)[0]}`);
	for (const a of view.analyses)
		for (const r of roleHolders(view, a)) {
			phrases++;
			console.log(`  [${view.label.get(a.article.id)}] ${r.owner} | ${r.role} | ${r.holder}`);
		}
	for (const c of roleHolderCandidates(view)) {
		made++;
		const mark = picked.has(c.draft.prompt) ? '*' : ' ';
		if (mark === '*') inTen++;
		console.log(`  ${mark} ${c.draft.prompt}\n      ${c.draft.explanation}`);
	}
}
console.log(
	`\nstories ${folders.length}; post-and-holder phrases ${phrases}; candidates ${made}; in a first ten ${inTen}`
);
