/**
 * Where a short first ten could look for more questions: per article of a story, the sentences
 * that no checked candidate cites (the pool `--max 200` ranks), each with the candidates the
 * checks rejected on it and why (`x`). A sentence with neither got no proposal from any family.
 * Prints article text: tuning stories only (BASIL 00–19, newswcl50); it refuses BASIL 20–39.
 *   node scripts/cli/bundled.js scripts/qgen-eval/story-unused.ts <story folder>...
 */
import { loadFolder } from './dev-print';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';

type Span = { articleId: string; start: number; end: number };

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirs.length || dirs.some((d) => /basil\/event-[23]\d\/?$/.test(d))) {
	console.error(
		'usage: story-unused.ts <story folder>... (tuning stories only: BASIL 20-39 are blind)'
	);
	process.exit(2);
}

for (const dir of dirs) {
	const articles = loadFolder(dir);
	const ten = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const all = runPipelineDetailed({ storyId: 'dev', articles }, { max: 200 });
	const cited = all.ranked.flatMap((r) => r.question.evidence);
	console.log(`== ${dir.split('/').filter(Boolean).at(-1)}: first ten ${ten.questions.length}`);
	for (const article of articles) {
		const sentences = analyzeArticle(article).sentences;
		const on = (s: { start: number; text: string }) => (e: Span) =>
			e.articleId === article.id && e.start < s.start + s.text.length && s.start < e.end;
		const unused = sentences.filter((s) => !cited.some(on(s)));
		console.log(
			`  ${article.outlet}: ${sentences.length} sentences, ${unused.length} cited by no candidate`
		);
		for (const s of unused) {
			console.log(`    - ${s.text.slice(0, 240)}`);
			for (const r of all.rejected)
				if ((r.candidate.draft.evidence ?? []).some(on(s)))
					console.log(
						`        x ${r.candidate.family}: ${r.reason.slice(0, 90)} | ${(r.candidate.draft.prompt ?? '').slice(0, 90)}`
					);
		}
	}
}
