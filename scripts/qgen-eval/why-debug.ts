/**
 * Why questions per story: the causal links read, the candidates built (with their choices), what
 * became of them, and how many stories get a why question in the first ten; and how many wrong
 * reasons of the first-ten why items share no person, thing or act with the effect the prompt
 * states (`rivalRank` 0): the choices a student rules out by elimination.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-debug.ts <story folder>... [--quiet]
 *     [--drops=TEST,TEST|--drops=all]
 * Tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { kindOf } from '../../src/lib/qgen/select';
import { causalLinks, causeCandidates } from '../../src/lib/qgen/candidates/cause';
import { rivalRank } from '../../src/lib/qgen/candidates/cause-rival';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
// --drops=TEST,TEST: each wrong answer those tests dropped, under its link ("all" for every test).
const dropsArg = args.find((a) => a.startsWith('--drops='))?.slice('--drops='.length);
const dropTests = dropsArg === undefined ? undefined : new Set(dropsArg.split(','));
const folders = args.filter((a) => !a.startsWith('--'));
const log = (line: string) => {
	if (!quiet) console.log(line);
};
let withWhy = 0;
let wrongReasons = 0;
let unrelated = 0;
/** The effect a why prompt states: "X reports that <effect>. What reason …?" */
const statedEffect = (prompt: string) =>
	prompt
		.replace(/^.*? reports that /, '')
		.replace(/^According to [^,]+, /, '')
		.replace(/\. What [^.]*\?$/, '');
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
	const candidates = causeCandidates(
		view,
		(l, why) => log(`  SKIP ${why}: ${l.effect}`),
		(l, phrase, test) => {
			if (dropTests && (dropTests.has('all') || dropTests.has(test)))
				log(`  DROP ${test} [${l.effect.slice(0, 50)}]: ${phrase}`);
		}
	);
	for (const c of candidates) {
		log(`  CAND ${c.draft.prompt}`);
		if (c.draft.type === 'single')
			for (const ch of c.draft.choices)
				log(`       ${c.draft.correct.includes(ch.id) ? '*' : ' '} ${ch.text}`);
	}
	for (const x of r.rejected.filter((x) => x.candidate.family === 'cause'))
		log(`  REJ ${x.reason}: ${x.candidate.draft.prompt}`);
	for (const p of picked) {
		log(`  PICK ${p.question.prompt}`);
		if (p.question.type !== 'single') continue;
		for (const ch of p.question.choices) {
			if (p.question.correct.includes(ch.id)) continue;
			wrongReasons++;
			const far = rivalRank(ch.text, statedEffect(p.question.prompt), false) === 0;
			if (far) unrelated++;
			log(`       ${far ? 'unrelated' : 'related  '} ${ch.text}`);
		}
	}
}
console.log(`\nstories with a why question in the first ten: ${withWhy} of ${folders.length}`);
console.log(
	`wrong reasons in first-ten why items: ${wrongReasons}, sharing no person, thing or act with the effect: ${unrelated}`
);
