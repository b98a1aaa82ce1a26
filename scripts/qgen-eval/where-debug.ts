/**
 * Every "where did X …?" candidate (candidates/where-fact.ts) before the checks, with its key
 * and choices: for PolNeAR train articles read alone (`--polnear <train> [--every N]`) or for
 * story folders (each story's articles together). To read whether a wrong place could be right.
 *   node scripts/cli/bundled.js scripts/qgen-eval/where-debug.ts <story folder>...
 *   node scripts/cli/bundled.js scripts/qgen-eval/where-debug.ts --polnear <train> [--every N]
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { whereCandidates } from '../../src/lib/qgen/candidates/where-fact';
import type { Article } from '../../src/lib/bank/schema';
import { storiesFromArgs } from './polnear';

const args = process.argv.slice(2);
const show = (name: string, articles: Article[]) => {
	const view = viewStory(
		's',
		articles.map((a) => analyzeArticle(withQuoteMarks(a)))
	);
	const found = whereCandidates(view);
	for (const c of found) {
		const d = c.draft as {
			prompt: string;
			choices?: { id: string; text: string }[];
			correct?: string[];
		};
		const choices = (d.choices ?? []).map((x) =>
			d.correct?.includes(x.id) ? `*${x.text}` : x.text
		);
		console.log(`${name}\t${d.prompt}\t[${choices.join(' | ')}]`);
	}
	return found.length;
};
let total = 0;
for (const s of storiesFromArgs(args)) total += show(s.name, s.articles);
console.log(`candidates: ${total}`);
