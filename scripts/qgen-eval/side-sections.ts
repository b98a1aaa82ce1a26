/**
 * Paragraphs below each article's opening with their overlap with the headline events
 * (focus.ts leadEventOverlap, per sentence), `*` where a first-ten question cites one: to read
 * which sections of an article tell another story (a sidebar inside a report).
 *   node scripts/cli/bundled.js scripts/qgen-eval/side-sections.ts <story folder>... [--max X]
 * Prints article text: tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { leadEventOverlap } from '../../src/lib/qgen/focus';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 1.5;
for (const dir of args.filter((a, i) => !a.startsWith('--') && i !== maxAt + 1)) {
	const articles = loadFolder(dir);
	const analyses = articles.map((a) => analyzeArticle(withQuoteMarks(a)));
	const overlap = leadEventOverlap(analyses);
	const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const cited = run.questions.flatMap((q) => q.evidence);
	console.log(`== ${dir}`);
	for (const a of analyses) {
		const paragraphs = new Map<number, typeof a.sentences>();
		for (const s of a.sentences.slice(5))
			paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
		for (const [p, ss] of paragraphs) {
			const scores = ss.map((s) =>
				overlap([{ articleId: a.article.id, start: s.start, end: s.end }])
			);
			if (Math.max(...scores) >= max) continue;
			const hit = ss.some((s) =>
				cited.some((e) => e.articleId === a.article.id && s.start <= e.start && e.start < s.end)
			);
			console.log(
				`${hit ? '*' : ' '} ${a.article.id.slice(0, 12)} p${p} [${scores.map((x) => x.toFixed(1)).join(' ')}] ${ss
					.map((s) => s.text)
					.join(' ')
					.slice(0, 200)}`
			);
		}
	}
}
