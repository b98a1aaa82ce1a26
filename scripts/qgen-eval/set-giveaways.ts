/**
 * Pairs of items in one first ten where one item's shown text (prompt, choices, matching pairs,
 * ordering items, evidence choices; not the explanation, which students read after answering)
 * prints another item's key: a cloze's accepted answers, a numeric answer, or the key choice of
 * an item that gaps a word or phrase ("____") or asks a word's meaning. Read each hit: a real
 * give-away (the student answers from the other item) or harmless (a name every item prints).
 *   node scripts/cli/bundled.js scripts/qgen-eval/set-giveaways.ts <story folder>... [--subsets]
 * `--subsets`: also every two-outlet subset as compare-cover.ts makes them (BASIL: three pairs).
 * A key of two words or more is matched without a plural "s" too, so "Federal Election Commission" in a quote prints
 * the key "Federal Elections Commission". Each hit is tagged: `offered` when the printing text
 * is a short wrong choice of another item (the key offered as a wrong answer there tells
 * nothing of this item's answer: at most a weak set, not a give-away), `everywhere` when half
 * the set's items or more print it (the story's main person or body), else `real?` (read it).
 * Prints prompts: tuning stories only (basil 00-19, newswcl50).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/lib/bank/schema';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadFiles } from './dev-print';

const args = process.argv.slice(2);
const withSubsets = args.includes('--subsets');
const folders = args.filter((a) => !a.startsWith('--'));

/** Lower case, digits without thousands commas, everything else a single space. */
const norm = (s: string) =>
	` ${s
		.toLowerCase()
		.replace(/(?<=\d),(?=\d{3})/g, '')
		.replace(/[^\p{L}\p{N}.]+/gu, ' ')
		.replace(/\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()} `;
/** Without a plural "s": for keys of two words or more only ("attacks" is no "terrorist attack"). */
const singular = (s: string) => s.replace(/(?<=\p{L}{3})s\b/gu, '');
/** Does a normalised text print a normalised key? */
const printsKey = (t: string, k: string) =>
	t.includes(k) || (k.trim().includes(' ') && singular(t).includes(singular(k)));

/** A wrong choice of a few words (a name, a figure, a term): offered, not told. */
function shortWrongChoices(q: Question): Set<string> {
	const r = q as unknown as Record<string, unknown>;
	if (!Array.isArray(r.choices) || !Array.isArray(r.correct)) return new Set();
	const correct = new Set(r.correct as string[]);
	return new Set(
		(r.choices as { id: string; text: string }[])
			.filter((c) => !correct.has(c.id) && c.text.split(/\s+/).length <= 5)
			.map((c) => c.text)
	);
}

/** What a student sees before answering. */
function shown(q: Question): string[] {
	const out = [q.prompt];
	const r = q as unknown as Record<string, unknown>;
	for (const field of ['choices', 'pairs', 'items', 'evidenceChoices']) {
		const list = r[field];
		if (!Array.isArray(list)) continue;
		for (const x of list as Record<string, unknown>[])
			for (const k of ['text', 'left', 'right']) if (typeof x[k] === 'string') out.push(x[k]);
	}
	if (typeof r.evidencePrompt === 'string') out.push(r.evidencePrompt);
	return out;
}

/** The answers an item keys that another item could print. */
function keys(q: Question): string[] {
	const r = q as unknown as Record<string, unknown>;
	if (Array.isArray(r.accepted)) return r.accepted as string[];
	if (typeof r.answer === 'number') return [String(r.answer)];
	const asks = /_{3,}/.test(q.prompt) || q.skill === 'vocabulary';
	if (!asks || !Array.isArray(r.choices) || !Array.isArray(r.correct)) return [];
	const correct = new Set(r.correct as string[]);
	return (r.choices as { id: string; text: string }[])
		.filter((c) => correct.has(c.id))
		.map((c) => c.text);
}

let sets = 0;
let hits = 0;
const tags = new Map<string, number>();
function check(name: string, questions: Question[]) {
	sets++;
	questions.forEach((q, i) => {
		const ks = [...new Set(keys(q).map(norm))].filter((k) => k.trim().length >= 2);
		if (!ks.length) return;
		questions.forEach((o, j) => {
			if (i === j) return;
			for (const text of shown(o)) {
				const t = norm(text);
				const k = ks.find((k) => printsKey(t, k));
				if (!k) continue;
				hits++;
				const everywhere =
					questions.filter((x) => x !== q && shown(x).some((t) => printsKey(norm(t), k))).length *
						2 >=
					questions.length;
				const tag = shortWrongChoices(o).has(text)
					? 'offered'
					: everywhere
						? 'everywhere'
						: 'real?';
				tags.set(tag, (tags.get(tag) ?? 0) + 1);
				console.log(
					`${name}: [${tag}] #${j + 1} ${o.type}/${o.skill} prints "${k.trim()}" keyed by #${i + 1} ${q.type}/${q.skill}\n    key item: ${q.prompt.slice(0, 160).replace(/\s+/g, ' ')}\n    printer:  ${text.slice(0, 160).replace(/\s+/g, ' ')}`
				);
				return;
			}
		});
	});
}

for (const dir of folders) {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => join(dir, f));
	const groups = [files];
	if (withSubsets && files.length === 3)
		groups.push([files[0]!, files[1]!], [files[0]!, files[2]!], [files[1]!, files[2]!]);
	for (const subset of groups) {
		const label =
			subset === files
				? dir.split('/').pop()!
				: `${dir.split('/').pop()} ${subset.map((f) => f.split('/').pop()!.replace(/\.md$/, '')).join('+')}`;
		const run = runPipelineDetailed({ storyId: 'dev', articles: loadFiles(subset) }, { max: 10 });
		check(label, run.questions);
	}
}
console.log(
	`\n${hits} give-away pairs in ${sets} first tens (${[...tags].map(([t, n]) => `${t} ${n}`).join(', ')})`
);
