/**
 * How central each question of the first ten is: its evidence's overlap with the headline
 * events (leadEventOverlap), its centrality and its score, to read which side details reach
 * the first ten and why. Each line: `*` in the first ten, `S` a fact on a side detail (focus.ts,
 * sideDetail: waits behind the main events), `#n` its evidence's sentence in its article.
 *   node scripts/cli/bundled.js scripts/qgen-eval/focus-debug.ts <story folder>... [--all]
 * Use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { eventWords, leadEventOverlap, storyCentrality } from '../../src/lib/qgen/focus';
import { kindOf } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const all = args.includes('--all');
for (const dir of args.filter((a) => !a.startsWith('--'))) {
	const articles = loadFolder(dir);
	const analyses = articles.map((a) => analyzeArticle(withQuoteMarks(a)));
	const overlap = leadEventOverlap(analyses);
	const lead = new Set(
		analyses.flatMap((a) => [
			...eventWords(
				`${a.article.title} ${a.sentences
					.slice(0, 2)
					.map((s) => s.text)
					.join(' ')}`
			)
		])
	);
	const central = storyCentrality(analyses);
	const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const inTen = new Set(run.questions.map((q) => q.id));
	console.log(`== ${dir.split('/').slice(-1)[0]}: ${run.questions.length} in the first ten`);
	for (const r of all ? run.ranked : run.picked) {
		const ev = r.question.evidence;
		const sentence = articles
			.find((a) => a.id === ev[0]!.articleId)!
			.text.slice(ev[0]!.start, ev[0]!.end);
		// Which sentence of its article the evidence is (0 = the lead's first).
		const at = analyses
			.find((a) => a.article.id === ev[0]!.articleId)!
			.sentences.findIndex((s) => s.start <= ev[0]!.start && ev[0]!.start < s.end);
		console.log(
			`${inTen.has(r.question.id) ? '*' : ' '}${r.sideDetail ? 'S' : ' '} #${at} ev ${overlap(ev).toFixed(2)} c ${central(ev).toFixed(2)} s ${r.question.score} ${kindOf(r)}/${r.candidate.family} ${r.question.prompt.slice(0, 70).replace(/\s+/g, ' ')} || ${sentence.slice(0, 90)} [${[...eventWords(sentence)].filter((w) => lead.has(w)).join(' ')}]`
		);
	}
}
