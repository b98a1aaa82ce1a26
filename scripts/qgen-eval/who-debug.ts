/**
 * Every "Who said …?" item a story's quiz keeps (`--max 10` for story folders; the app's default
 * for a PolNeAR train article read alone), with each choice marked: `*` the key, `Q` quoted in
 * the story, `s` given words by a verb of saying, `- Nx` neither, named N times, and the person's kind
 * (person-choices.ts `personKind`). To read whether a wrong speaker is one a student could
 * rule out without reading. Prints quotes: tuning stories only.
 *   node scripts/cli/bundled.js scripts/qgen-eval/who-debug.ts <story folder>...
 *   node scripts/cli/bundled.js scripts/qgen-eval/who-debug.ts --polnear <train> [--every N]
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { sameName } from '../../src/lib/qgen/align';
import { personKind, speaksInStory } from '../../src/lib/qgen/person-choices';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import type { Article } from '../../src/lib/bank/schema';
import { storiesFromArgs } from './polnear';

const args = process.argv.slice(2);
let items = 0;
const show = (name: string, articles: Article[], max?: number) => {
	const view = viewStory(
		's',
		articles.map((a) => analyzeArticle(withQuoteMarks(a)))
	);
	const r = runPipelineDetailed({ storyId: 's', articles }, max ? { max } : {});
	for (const q of r.questions) {
		if (q.type !== 'single' || !/^Who (?:said|is quoted)/.test(q.prompt)) continue;
		items++;
		const marks = q.choices.map((c) => {
			const quoted = view.quoteGroups.some((g) => sameName(g.speaker, c.text));
			const named = view.analyses.reduce(
				(n, a) =>
					n + a.mentions.filter((m) => m.kind === 'person' && sameName(m.text, c.text)).length,
				0
			);
			const tag = quoted ? 'Q' : speaksInStory(c.text, view) ? 's' : `- ${named}x`;
			return `${q.correct.includes(c.id) ? '*' : ''}${c.text} [${tag} ${personKind(c.text, view)}]`;
		});
		console.log(`${name}\t${q.prompt}\n\t${marks.join(' | ')}`);
	}
};
for (const s of storiesFromArgs(args)) show(s.name, s.articles, s.alone ? undefined : 10);
console.log(`who-said items: ${items}`);
