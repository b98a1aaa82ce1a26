/**
 * What "How does each outlet describe X?" (candidates/describe.ts) reads: per story, each
 * person's first description in each outlet, and the describe candidates made.
 *   node scripts/cli/bundled.js scripts/qgen-eval/describe-debug.ts <story folder>...
 * Prints the articles' words: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { describeCandidates, describeIn } from '../../src/lib/qgen/candidates/describe';
import { criticismActs, describeActCandidates } from '../../src/lib/qgen/candidates/describe-acts';
import { describeQuoteVerbCandidates } from '../../src/lib/qgen/candidates/describe-quote-verbs';

for (const dir of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
	const view = viewStory('dev', loadFolder(dir).map(analyzeArticle));
	console.log(`== ${dir}`);
	for (const person of view.people) {
		const rows = view.analyses
			.map((a) => [view.label.get(a.article.id), describeIn(a, person, view.canon)?.text] as const)
			.filter(([, d]) => d);
		if (rows.length)
			console.log(`  ${person}: ${rows.map(([o, d]) => `${o}: “${d}”`).join(' | ')}`);
	}
	for (const a of view.analyses)
		for (const act of criticismActs(a, view))
			console.log(
				`  act ${view.label.get(a.article.id)}: ${act.subject} → ${act.object}: “${act.phrase}”`
			);
	for (const c of [
		...describeCandidates(view),
		...describeActCandidates(view),
		...describeQuoteVerbCandidates(view)
	])
		console.log(`  * ${c.draft.prompt}\n    ${c.draft.explanation}`);
}
