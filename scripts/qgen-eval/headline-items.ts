/**
 * The headline items (a prompt that names a headline) in `--max 10` of each story and, for a
 * three-outlet folder, of each two-outlet subset (as compare-cover.ts reads them), with the
 * headlines, the choices (`*` key) and the family, to rate them by the rubric; counts at the end.
 *   node scripts/cli/bundled.js scripts/qgen-eval/headline-items.ts <story folder>... [--full-only]
 * Prints headlines and prompts: tuning stories only (basil 00-19, newswcl50).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/lib/bank/schema';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadFiles } from './dev-print';
import { kindOf } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const fullOnly = args.includes('--full-only');
const folders = args.filter((a) => !a.startsWith('--'));

function choicesOf(q: Question): string {
	if ('choices' in q && q.choices) {
		const key = new Set([q.correct].flat());
		return q.choices.map((c) => `${key.has(c.id) ? '*' : ''}${c.text}`).join(' | ');
	}
	if ('pairs' in q && q.pairs) return q.pairs.map((p) => `${p.left} -> ${p.right}`).join(' | ');
	return '';
}

let items = 0;
let runs = 0;
let withCompare = 0;
for (const dir of folders) {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => join(dir, f));
	const sets = [files];
	if (files.length === 3 && !fullOnly)
		sets.push([files[0]!, files[1]!], [files[0]!, files[2]!], [files[1]!, files[2]!]);
	for (const subset of sets) {
		const name = `${dir.split('/').slice(-1)[0]} ${subset.map((f) => f.split('/').pop()!.replace(/\.md$/, '')).join('+')}`;
		const articles = loadFiles(subset);
		const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
		runs++;
		if (run.picked.some((p) => kindOf(p) === 'compare')) withCompare++;
		const heads = run.picked.filter((p) => /headline/i.test(p.question.prompt));
		console.log(`== ${name}${heads.length ? '' : '  (no headline item)'}`);
		if (!heads.length) continue;
		for (const a of articles) console.log(`   H ${a.outlet}: ${a.title}`);
		for (const p of heads) {
			items++;
			console.log(`   Q [${p.candidate.family}] ${p.question.prompt}`);
			console.log(`     ${choicesOf(p.question)}`);
		}
	}
}
console.log(
	`\nheadline items: ${items} in ${runs} first tens; first tens with a comparison: ${withCompare}`
);
