/**
 * Why questions per story: the causal links read, the candidates built (with their choices), what
 * became of them, and how many stories get a why question in the first ten.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-debug.ts <story folder>... [--quiet]
 * Tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { kindOf } from '../../src/lib/qgen/select';
import { causalLinks, causeCandidates } from '../../src/lib/qgen/candidates/cause';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const folders = args.filter((a) => !a.startsWith('--'));
const log = (line: string) => {
	if (!quiet) console.log(line);
};
let withWhy = 0;
for (const dir of folders) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const links = causalLinks(view);
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const picked = r.picked.filter((p) => kindOf(p) === 'why');
	if (picked.length > 0) withWhy++;
	console.log(
		`\n=== ${dir.split('/').slice(-2).join('/')}: ${links.length} links, ${picked.length} why in the first ten`
	);
	for (const l of links) log(`  [${l.role}/${l.connective}] E: ${l.effect} || C: ${l.cause}`);
	const candidates = causeCandidates(view, (l, why) => log(`  SKIP ${why}: ${l.effect}`));
	for (const c of candidates) {
		log(`  CAND ${c.draft.prompt}`);
		if (c.draft.type === 'single')
			for (const ch of c.draft.choices)
				log(`       ${c.draft.correct.includes(ch.id) ? '*' : ' '} ${ch.text}`);
	}
	for (const x of r.rejected.filter((x) => x.candidate.family === 'cause'))
		log(`  REJ ${x.reason}: ${x.candidate.draft.prompt}`);
	for (const p of picked) log(`  PICK ${p.question.prompt}`);
}
console.log(`\nstories with a why question in the first ten: ${withWhy} of ${folders.length}`);
