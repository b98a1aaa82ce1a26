import { loadFolder } from '$lib/qgen/dev-print';
import { runPipelineDetailed } from '$lib/qgen/pipeline';
import { analyzeArticle, viewStory } from '$lib/qgen/analyze';
import { causeCandidates, causalLinks } from '$lib/qgen/candidates/cause';
for (let n = 0; n < 20; n++) {
	const dir = `/work/shared/corpora/basil/event-${String(n).padStart(2, '0')}`;
	const articles = loadFolder(dir);
	const view = viewStory('s', articles.map(analyzeArticle));
	const links = causalLinks(view).length;
	const cands = causeCandidates(view).length;
	const { questions } = runPipelineDetailed({ storyId: 's', articles }, { max: 10 });
	const { questions: all } = runPipelineDetailed({ storyId: 's', articles }, { max: 40 });
	console.log(n, 'links', links, 'cands', cands, 'in40', all.filter((q) => q.skill === 'inference').length, 'top10', questions.filter((q) => q.skill === 'inference').length, 'at', all.findIndex((q) => q.skill === 'inference'));
}
