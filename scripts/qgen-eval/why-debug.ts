/**
 * Why questions per story: the causal links read, the candidates built, and what became of them.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-debug.ts <story folder>...
 * Tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { viewStory } from '../../src/lib/qgen/analyze';
import { causalLinks, causeCandidates } from '../../src/lib/qgen/candidates/cause';

for (const dir of process.argv.slice(2)) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const links = causalLinks(view);
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	console.log(`\n=== ${dir.split('/').slice(-1)[0]}: ${links.length} links`);
	for (const l of links)
		console.log(`  [${l.role}/${l.connective}] E: ${l.effect} || C: ${l.cause}`);
	for (const c of causeCandidates(view)) console.log(`  CAND ${c.draft.prompt}`);
	for (const x of r.rejected.filter((x) => x.candidate.family === 'cause'))
		console.log(`  REJ ${x.reason}: ${x.candidate.draft.prompt}`);
	for (const q of r.questions.filter((q) => q.skill === 'inference'))
		console.log(`  PICK ${q.prompt}`);
}
