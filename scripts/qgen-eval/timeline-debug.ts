/**
 * Why a story gets no timeline: per article, the dated events kept and, for every date
 * mention, the rule that left it out.
 *   node scripts/cli/bundled.js scripts/qgen-eval/timeline-debug.ts <story folder>... [--print]
 * Use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { datedEvents, timelineCandidates } from '../../src/lib/qgen/candidates/timeline';

const args = process.argv.slice(2);
const print = args.includes('--print');
const reasons = new Map<string, number>();
let fired = 0;
const dirs = args.filter((a) => !a.startsWith('--'));
for (const dir of dirs) {
	const view = viewStory(
		'dev',
		loadFolder(dir).map((a) => analyzeArticle(withQuoteMarks(a)))
	);
	const counts: string[] = [];
	for (const a of view.analyses) {
		const kept = datedEvents(view, a, (reason, date, sentence) => {
			reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
			if (print) console.log(`    - ${reason}: ${date} | ${sentence.slice(0, 140)}`);
		});
		counts.push(`${view.label.get(a.article.id)} ${kept.length}`);
		if (print) for (const e of kept) console.log(`    + ${e.day}: ${e.item.slice(0, 140)}`);
	}
	const made = timelineCandidates(view).length;
	if (made) fired++;
	console.log(
		`${dir.split('/').slice(-1)[0]}: timeline ${made ? 'yes' : 'no'}; dated events: ${counts.join(', ')}`
	);
}
console.log(`\ntimeline in ${fired} of ${dirs.length} stories; dates left out by rule:`);
console.log([...reasons].sort((a, b) => b[1] - a[1]));
