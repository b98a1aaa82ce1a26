/**
 * Which first-ten questions (or, with `--all`, checked candidates) cite an off-topic section of
 * their article (focus-section.ts sideSection): `X` when they do, with the kind, score and the
 * evidence sentence. Prints article text: tuning stories only (basil 00-19, newswcl50).
 *   node scripts/cli/bundled.js scripts/qgen-eval/section-debug.ts <story folder>... [--all]
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { sideSection } from '../../src/lib/qgen/focus-section';
import { leadEventOverlap, OPENING_SENTENCES } from '../../src/lib/qgen/focus';
import { kindOf } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const all = args.includes('--all');
let cited = 0;
for (const dir of args.filter((a) => !a.startsWith('--'))) {
	const articles = loadFolder(dir);
	const analyses = articles.map((a) => analyzeArticle(withQuoteMarks(a)));
	const side = sideSection(analyses, leadEventOverlap(analyses), OPENING_SENTENCES);
	const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const inTen = new Set(run.questions.map((q) => q.id));
	console.log(`== ${dir}`);
	for (const r of all ? run.ranked : run.picked) {
		if (!side(r.question.evidence)) continue;
		if (inTen.has(r.question.id)) cited++;
		const ev = r.question.evidence[0]!;
		const sentence = articles.find((a) => a.id === ev.articleId)!.text.slice(ev.start, ev.end);
		console.log(
			`${inTen.has(r.question.id) ? '*' : ' '} X ${kindOf(r)}/${r.candidate.family} s ${r.question.score} ${r.question.prompt.slice(0, 90).replace(/\s+/g, ' ')} || ${sentence.slice(0, 110)}`
		);
	}
}
console.log(`first-ten questions citing an off-topic section: ${cited}`);
