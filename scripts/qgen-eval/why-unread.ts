/**
 * Where single PolNeAR train articles lose their why items (train only: dev is blind). For each
 * article whose cause family proposes no candidate, every sentence with a causal word (the
 * issue's list: because, after, in response to, prompted, led to, due to, citing …), marked
 *   `+` a link was read from it (`SKIP`: why the link gave no question, as why-single.ts prints),
 *   `q` it holds or opens a quotation (someone's words: the link reader leaves those alone),
 *   `-` no link read;
 * and at the end, per word, sentences / sentences outside quotes / sentences read, and the
 * articles with a link whose every link was skipped for want of wrong answers.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-unread.ts <polnear train> [--every N] [--limit N] [--word W] [--quiet]
 * Prints article sentences: train only.
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { causalLinks, causeCandidates } from '../../src/lib/qgen/candidates/cause';
import { loadSplit, numberOption, trainRoot } from './polnear';

const args = process.argv.slice(2);
const root = trainRoot(
	args[0],
	'why-unread.ts <polnear train> [--every N] [--limit N] [--word W] (dev is blind)'
);
const quiet = args.includes('--quiet');
const wordAt = args.indexOf('--word');
const only = wordAt >= 0 ? args[wordAt + 1]!.toLowerCase() : undefined;
const CAUSAL =
	/\b(because|after|since|following|so that|in order to|in response to|in reaction to|in retaliation for|in the wake of|amid|prompted|prompting|triggered|led to|forced|caused|as a result|due to|owing to|thanks to|citing)\b/gi;
const log = (line: string) => {
	if (!quiet) console.log(line);
};
const counts = new Map<string, [all: number, outside: number, read: number]>();
let without = 0;
let wantingWrong = 0;
const every = numberOption(args, 'every', 1);
// Every Nth article, indexed as in `ls <train>/text` (single.ts's index).
const chosen = loadSplit(root, numberOption(args, 'limit', Infinity), every);
for (const [n, p] of chosen.entries()) {
	const i = n * every;
	const view = viewStory('s', [analyzeArticle(withQuoteMarks(p.article))]);
	const skips: string[] = [];
	if (causeCandidates(view, (l, why) => skips.push(`${why.slice(0, 120)} :: ${l.effect}`)).length)
		continue;
	without++;
	const links = causalLinks(view);
	if (links.length > 0 && skips.length > 0 && skips.every((s) => s.startsWith('too few wrong')))
		wantingWrong++;
	log(`\n=== #${i} ${p.name} (${p.article.text.split(/\s+/).length} words)`);
	for (const s of view.analyses[0]!.sentences) {
		const text = s.text.replace(/\s+/g, ' ');
		const found = [...new Set([...text.matchAll(CAUSAL)].map((m) => m[1]!.toLowerCase()))];
		if (found.length === 0 || (only && !found.includes(only))) continue;
		const read = links.filter((l) => l.sentence === s);
		const quoted = /[“”"]|''/.test(text);
		for (const w of found) {
			const c = counts.get(w) ?? [0, 0, 0];
			c[0]++;
			if (!quoted) c[1]++;
			if (read.some((l) => l.connective.toLowerCase().includes(w))) c[2]++;
			counts.set(w, c);
		}
		log(`${read.length > 0 ? '+' : quoted ? 'q' : '-'} ${text}`);
		for (const l of read) log(`    [${l.role}/${l.connective}] E: ${l.effect} || C: ${l.cause}`);
	}
	for (const s of skips) log(`  SKIP ${s}`);
}
console.log(
	`\narticles with no why candidate: ${without}; with links, every one short of wrong answers: ${wantingWrong}`
);
console.log('sentences with the word / outside quotes / with a link read:');
for (const [w, [n, o, k]] of [...counts].sort((x, y) => y[1][0] - x[1][0]))
	console.log(`  ${w}: ${n} / ${o} / ${k}`);
