/**
 * The fact items (clozes, typed gaps, "According to …" and true/false items: families cloze,
 * fact, source) among the first twelve questions one PolNeAR train article gets alone (as the
 * app generates), each with its key and choices: to read which a teacher would call trivial.
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-facts.ts <polnear train> [--every N] [--limit N] [--all]
 * `--all` prints every one of the first twelve, to diff two versions' quizzes.
 * Prints article sentences: train only (dev is blind).
 */
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: single-facts.ts <polnear train> [--every N] [--limit N]');
	process.exit(2);
}
const FIRST = 12;
const FACT = new Set(['cloze', 'fact', 'source']);
const all = args.includes('--all');
let items = 0;
const articles = loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
);
for (const p of articles) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	r.picked.slice(0, FIRST).forEach((x, i) => {
		if (!all && !FACT.has(x.candidate.family)) return;
		items++;
		const q = x.question;
		const tail =
			q.type === 'cloze'
				? `accepted: ${q.accepted.join(' | ')}`
				: q.type === 'truefalse'
					? `answer: ${q.correct[0]}`
					: 'choices' in q
						? q.choices.map((c) => `${q.correct.includes(c.id) ? '*' : ''}${c.text}`).join(' | ')
						: '';
		console.log(`${p.name} #${i + 1} ${x.candidate.family}/${q.type}: ${q.prompt}\n\t${tail}`);
	});
}
console.log(`fact items in first ${FIRST}: ${items} in ${articles.length} articles`);
