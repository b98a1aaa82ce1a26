/**
 * How central each question of the first ten is: its evidence's overlap with the headline
 * events (leadEventOverlap), its centrality and its score, to read which side details reach
 * the first ten and why. Each line: `*` in the first ten, `S` a fact on a side detail (focus.ts,
 * sideDetail: waits behind the main events), `#n` its evidence's sentence in its article.
 * `--late`: only the first-ten questions a late pass of select.ts picked (`side`: a side detail
 * or other waiting item once nothing else fits; `stray`: a fact below STRAY_DETAIL on the story's
 * own events; `relaxed`) or the read-through made (`fill`), each with its key and sentence.
 *   node scripts/cli/bundled.js scripts/qgen-eval/focus-debug.ts <story folder>... [--all] [--late]
 * Use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { eventWords, leadEventOverlap, storyCentrality } from '../../src/lib/qgen/focus';
import type { Question } from '../../src/lib/bank/schema';
import { kindOf, selectDiverse } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const all = args.includes('--all');
const late = args.includes('--late');
let lateCount = 0;
const keyOf = (q: Question): string => {
	if (q.type === 'cloze') return q.accepted.join(' | ');
	const correct: readonly string[] = 'correct' in q ? q.correct : [];
	if ('choices' in q && q.type !== 'truefalse')
		return q.choices
			.filter((c) => correct.includes(c.id))
			.map((c) => c.text)
			.join(' | ');
	return correct.join(' | ');
};
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
	if (late) {
		// Selection is deterministic: run again on the same pool, asking which pass took each.
		const stages = new Map<Question, string>();
		selectDiverse(run.ranked, 10, undefined, stages);
		for (const r of run.picked) {
			const stage = stages.get(r.question) ?? '?';
			const fill = !!r.candidate.fill;
			if (!fill && (stage === 'reserved' || stage === 'main')) continue;
			lateCount++;
			const ev = r.question.evidence[0]!;
			const sentence = articles.find((a) => a.id === ev.articleId)!.text.slice(ev.start, ev.end);
			console.log(
				`  [${stage}${fill ? '/fill' : ''}${r.sideDetail ? '/S' : ''}] s ${r.question.score} ${kindOf(r)}/${r.candidate.family} ${r.question.prompt.replace(/\s+/g, ' ')}\n      key: ${keyOf(r.question)}\n      ev: ${sentence.replace(/\s+/g, ' ').slice(0, 300)}`
			);
		}
		continue;
	}
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
if (late) console.log(`late-pass items in first tens: ${lateCount}`);
