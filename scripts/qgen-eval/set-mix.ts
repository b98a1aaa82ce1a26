/**
 * What the first ten are made of, per story and overall: recall share, and how many stories
 * get a comparison, a why question, a fact, a timeline and a vocabulary item.
 *   npx tsx scripts/qgen-eval/set-mix.ts <story folder>... [--print]
 * Use on tuning stories only (basil 00-19, newswcl50); the blind set is read by someone else.
 */
import { loadFolder, describe } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const print = args.includes('--print');
const folders = args.filter((a) => !a.startsWith('--'));
const kinds = ['recall', 'compare', 'why', 'main', 'fact', 'timeline', 'vocabulary'] as const;
const stories: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 0]));
let total = 0;
let recall = 0;
for (const dir of folders) {
	const articles = loadFolder(dir);
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const kindsHere = r.picked.map(kindOf);
	total += r.questions.length;
	recall += kindsHere.filter((k) => k === 'recall').length;
	for (const k of kinds) if (kindsHere.includes(k)) stories[k]!++;
	console.log(
		`${dir.split('/').slice(-2).join('/')}: ${r.questions.length} questions; ${kindsHere.join(' ')}`
	);
	if (print) for (const q of r.questions) console.log(describe(q), '\n');
}
console.log(
	`\nrecall: ${recall} of ${total} (${((100 * recall) / Math.max(1, total)).toFixed(0)}%)`
);
console.log(
	`stories (${folders.length}) with: ${kinds.map((k) => `${k} ${stories[k]}`).join(', ')}`
);
