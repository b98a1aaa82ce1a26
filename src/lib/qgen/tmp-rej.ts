import { loadFolder } from '$lib/qgen/dev-print';
import { runPipelineDetailed } from '$lib/qgen/pipeline';
for (const n of process.argv.slice(2)) {
	const articles = loadFolder(`/work/shared/corpora/basil/event-${n}`);
	const { rejected } = runPipelineDetailed({ storyId: 's', articles }, { max: 40 });
	for (const r of rejected) if (['cause', 'compare', 'source'].includes(r.candidate.family)) console.log(n, r.reason, '|', r.candidate.draft.prompt.slice(0, 150));
}
