/**
 * Give-aways and poll-method gaps inside the first twelve items single articles get (the app
 * reads a single article's first twelve as a set), counted from banks that
 * `blind/single-bank.ts` writes, so two versions compare without running the old code:
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-giveaways.ts <bank folder> [--show]
 * Counts, per first twelve:
 * - `prompt`: an item's prompt prints another item's key (a cloze's accepted answer, a numeric
 *   answer, the key choice of a gap or vocabulary item; two letters or more, whole words);
 * - `figure`: figure-giveaway.ts printsFigureKey holds (a figure, an everyday count of the same
 *   thing, or a count a true/false states, printed by another item);
 * - `poll-method`: a gap on a poll's sample size or margin of error (stray-gaps.ts pollMethodGap).
 * Numbers only unless `--show`, which prints each hit's prompts (train banks only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/lib/bank/schema';
import { printsFigureKey } from '../../src/lib/qgen/figure-giveaway';
import { aroundGap } from '../../src/lib/qgen/figure-aside';
import { pollMethodGap } from '../../src/lib/qgen/candidates/stray-gaps';
import { SINGLE_FIRST } from '../../src/lib/qgen/select';

const args = process.argv.slice(2);
const show = args.includes('--show');
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
	console.error('usage: single-giveaways.ts <bank folder> [--show]');
	process.exit(2);
}

const norm = (s: string) =>
	` ${s
		.toLowerCase()
		.replace(/(?<=\d),(?=\d{3})/g, '')
		.replace(/[^\p{L}\p{N}.]+/gu, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()} `;

/** The answers an item keys that another item's prompt could print. */
function keys(q: Question): string[] {
	if (q.type === 'cloze') return q.accepted ?? [];
	if (q.type === 'numeric') return [String(q.answer)];
	if (q.type !== 'single' || !(/_{3,}/.test(q.prompt) || q.skill === 'vocabulary')) return [];
	return q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text);
}

const counts = { prompt: 0, figure: 0, 'poll-method': 0 };
const sets = { prompt: 0, figure: 0, 'poll-method': 0 };
let banks = 0;
for (const name of readdirSync(folder)
	.filter((f) => f.endsWith('.json'))
	.sort()) {
	const bank = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { questions: Question[] };
	const qs = bank.questions.slice(0, SINGLE_FIRST);
	banks++;
	const hit = new Set<keyof typeof counts>();
	const note = (kind: keyof typeof counts, text: string) => {
		counts[kind]++;
		hit.add(kind);
		if (show) console.log(`${name} [${kind}] ${text.replace(/\s+/g, ' ')}`);
	};
	qs.forEach((q, i) => {
		const ks = keys(q)
			.map(norm)
			.filter((k) => k.trim().length >= 2);
		qs.forEach((o, j) => {
			if (i === j) return;
			if (ks.some((k) => norm(o.prompt).includes(k)))
				note('prompt', `#${j + 1} prints the key of #${i + 1}: ${q.prompt.slice(0, 140)}`);
			else if (printsFigureKey(o, q))
				note('figure', `#${j + 1} prints the figure of #${i + 1}: ${q.prompt.slice(0, 140)}`);
		});
		const gap = aroundGap(q);
		if (gap && pollMethodGap(gap.before, gap.after))
			note('poll-method', `#${i + 1}: ${q.prompt.slice(0, 160)}`);
	});
	for (const k of hit) sets[k]++;
}
console.log(`${banks} first twelves`);
for (const k of Object.keys(counts) as (keyof typeof counts)[])
	console.log(`${k}: ${counts[k]} pairs/items in ${sets[k]} first twelves`);
