/**
 * Sentence-length choices torn out of their sentence (issue #10; `candidates/torn-choice.ts`):
 * in main-idea, why and "what did X do?" items, the choices that open on a connective pointing
 * back, a counted member ("One, …"), a lower-case word mid-clause, or end on a word waiting for
 * more. Reads written banks (`generate --max 10` output), or with `--polnear <train>` the first
 * twelve each PolNeAR train article gets alone (as the app generates). Counts items with such a
 * wrong choice (and keys that are such a choice); `--print` shows them (tuning data only).
 *   node scripts/cli/bundled.js scripts/qgen-eval/torn-choices.ts BANK.json... [--print]
 *   node scripts/cli/bundled.js scripts/qgen-eval/torn-choices.ts --polnear <train> [--every N] [--print]
 */
import { readFileSync } from 'node:fs';
import { tornChoice } from '../../src/lib/qgen/candidates/torn-choice';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

interface Item {
	skill?: string;
	prompt: string;
	choices?: { id: string; text: string }[];
	correct?: string[];
}

const args = process.argv.slice(2);
const print = args.includes('--print');
const polnear = args.indexOf('--polnear');

/** The item's family as a reader sees it, from its prompt; undefined for other kinds. */
function kindOf(q: Item): 'main idea' | 'why' | 'did' | undefined {
	if (!q.choices?.length) return undefined;
	if (/mainly about|main point/.test(q.prompt)) return 'main idea';
	if (/\bwhat did .+ do\b/i.test(q.prompt)) return 'did';
	if (q.skill === 'inference') return 'why';
	return undefined;
}

const banks: { name: string; items: Item[] }[] = [];
if (polnear >= 0) {
	const root = args[polnear + 1];
	if (!root || /\bdev\/?$/.test(root)) {
		console.error('usage: torn-choices.ts --polnear <train> [--every N] (train only)');
		process.exit(2);
	}
	for (const p of loadSplit(root, Infinity, numberOption(args, 'every', 1))) {
		const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
		banks.push({ name: p.name, items: r.picked.slice(0, 12).map((x) => x.question as Item) });
	}
} else {
	for (const file of args.filter((a) => !a.startsWith('--'))) {
		const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Item[] };
		banks.push({ name: file.split('/').at(-1)!, items: bank.questions });
	}
}

const counts = new Map<string, { items: number; torn: number; tornKey: number; choices: number }>();
for (const { name, items } of banks)
	for (const q of items) {
		const kind = kindOf(q);
		if (!kind) continue;
		const c = counts.get(kind) ?? { items: 0, torn: 0, tornKey: 0, choices: 0 };
		counts.set(kind, c);
		c.items++;
		const key = q.choices!.find((x) => q.correct?.includes(x.id))?.text;
		const lowercasePhrases = kind !== 'main idea';
		const marks = q.choices!.map((x) => tornChoice(x.text, { lowercasePhrases, key }));
		const wrongTorn = marks.filter((m, i) => m && !q.correct?.includes(q.choices![i]!.id)).length;
		const keyTorn = q.choices!.some((x, i) => marks[i] && q.correct?.includes(x.id));
		if (wrongTorn) c.torn++;
		c.choices += wrongTorn;
		if (keyTorn) c.tornKey++;
		if (print && (wrongTorn || keyTorn)) {
			console.log(`${name} ${kind}: ${q.prompt}`);
			q.choices!.forEach((x, i) =>
				console.log(
					`   ${q.correct?.includes(x.id) ? '*' : ' '} ${marks[i] ? `[${marks[i]}] ` : ''}${x.text}`
				)
			);
		}
	}
for (const [kind, c] of counts)
	console.log(
		`${kind}: ${c.items} items, ${c.torn} with a torn wrong choice (${c.choices} choices), ${c.tornKey} with a torn key`
	);
console.log(`banks: ${banks.length}`);
