/**
 * Every typed cloze and chosen gap a story proposes (before ranking), with its key and the
 * answers it accepts or the choices it offers: to read whether a gap refuses an equally good
 * answer or offers a fragment of a name.
 *   node scripts/cli/bundled.js scripts/qgen-eval/gap-debug.ts <story folder>... [--alone]
 *   node scripts/cli/bundled.js scripts/qgen-eval/gap-debug.ts --polnear <polnear train> [--every N]
 * `--alone` also reads each article on its own, as the fill stage does. Tuning data only.
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { clozeCandidates } from '../../src/lib/qgen/candidates/cloze';
import { detailCandidates } from '../../src/lib/qgen/candidates/detail';
import { storiesFromArgs } from './polnear';

const args = process.argv.slice(2);
const alone = args.includes('--alone');
const stories = storiesFromArgs(args);

for (const { name, articles } of stories) {
	const analyses = articles.map((a) => analyzeArticle(withQuoteMarks(a)));
	const views = [viewStory(name, analyses)];
	if (alone && analyses.length > 1)
		views.push(...analyses.map((a) => viewStory(name, [structuredClone(a)])));
	const seen = new Set<string>();
	for (const view of views)
		for (const c of [...clozeCandidates(view), ...detailCandidates(view)]) {
			const d = c.draft;
			const line =
				d.type === 'cloze'
					? `  cloze [${c.keyTexts[0]}] ${d.prompt}\n      accepted: ${d.accepted.join(' | ')}`
					: d.type === 'single'
						? `  gap [${c.keyTexts[0]}] ${d.prompt}\n      choices: ${d.choices.map((x) => (d.correct.includes(x.id) ? `*${x.text}` : x.text)).join(' | ')}`
						: '';
			if (!line || seen.has(line)) continue;
			seen.add(line);
			console.log(`${name}${line}`);
		}
}
