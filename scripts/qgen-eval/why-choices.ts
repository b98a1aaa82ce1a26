/**
 * The why items of written banks, in counts: how many first tens hold one, how many items ask
 * with three or four choices, and how many wrong reasons share no person, thing or act with the
 * effect the prompt states (`rivalRank` 0, as why-debug.ts counts them). It reads banks, not
 * stories, so two versions' banks (one written at each commit) compare without running the old
 * code again. Numbers only unless `--print`, which shows the items (tuning banks only).
 *   npx tsx scripts/qgen-eval/why-choices.ts BANK.json... [--print]
 */
import { readFileSync } from 'node:fs';
import { isWhy, statedEffect, type Question } from './why-bank';
import { rivalRank } from '../../src/lib/qgen/candidates/cause-rival';

const args = process.argv.slice(2);
const print = args.includes('--print');
const files = args.filter((a) => !a.startsWith('--'));

let banks = 0;
let withWhy = 0;
let items = 0;
let wrong = 0;
let unrelated = 0;
const byChoices = new Map<number, number>();
for (const file of files) {
	const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Question[] };
	banks++;
	const why = bank.questions.filter(isWhy);
	if (why.length > 0) withWhy++;
	for (const q of why) {
		items++;
		const n = q.choices!.length;
		byChoices.set(n, (byChoices.get(n) ?? 0) + 1);
		if (print) console.log(`${file.split('/').at(-1)}: ${q.prompt}`);
		for (const c of q.choices!) {
			const key = q.correct?.includes(c.id) ?? false;
			const far = !key && rivalRank(c.text, statedEffect(q.prompt), false) === 0;
			if (!key) wrong++;
			if (far) unrelated++;
			if (print) console.log(`   ${key ? '*' : far ? 'u' : ' '} ${c.text}`);
		}
	}
}
console.log(`banks with a why item: ${withWhy} of ${banks}; why items: ${items}`);
console.log(
	`choices per item: ${[...byChoices]
		.sort((a, b) => a[0] - b[0])
		.map(([n, k]) => `${n}: ${k}`)
		.join(', ')}`
);
console.log(
	`wrong reasons: ${wrong}, sharing no person, thing or act with the effect: ${unrelated}`
);
