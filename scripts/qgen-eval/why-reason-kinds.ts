/**
 * What kind of thing each wrong reason of a written bank's why items is, as issue #10's readers
 * sort them: (a) a motive or cause the story states for something else (the choice follows a
 * causal connective in its own sentence: "because …", "to …", "over …", "citing …", "after …",
 * "amid …", "in response to …"), (b) an act of a related actor (it shares a person, thing or act
 * with the effect the prompt states and is told like the key, `cause-rival.ts` `nearRival`), or
 * (c) neither: a bare event, a figure, a fragment, background a student rules out at a glance.
 * It reads banks (the articles' text travels with them), so two versions compare without running
 * the old code. Numbers only unless `--print`, which shows each wrong reason with its kind
 * (tuning banks only).
 *   npx tsx scripts/qgen-eval/why-reason-kinds.ts BANK.json... [--print]
 */
import { readFileSync } from 'node:fs';
import { isWhy, statedEffect, type Question } from './why-bank';
import { nearRival } from '../../src/lib/qgen/candidates/cause-rival';
import { statedAsReason } from '../../src/lib/qgen/candidates/cause-stated';

const args = process.argv.slice(2);
const print = args.includes('--print');
const files = args.filter((a) => !a.startsWith('--'));

const counts = { a: 0, b: 0, c: 0 };
let banks = 0;
let withWhy = 0;
let items = 0;
let cleanItems = 0;
for (const file of files) {
	const bank = JSON.parse(readFileSync(file, 'utf8')) as {
		questions: Question[];
		articles: { text: string }[];
	};
	banks++;
	const texts = bank.articles.map((a) => a.text);
	const why = bank.questions.filter(isWhy);
	if (why.length > 0) withWhy++;
	for (const q of why) {
		items++;
		const key = q.choices!.find((c) => q.correct?.includes(c.id))!.text;
		if (print) console.log(`${file.split('/').at(-1)}: ${q.prompt}`);
		let clean = true;
		for (const c of q.choices!) {
			if (c.text === key) {
				if (print) console.log(`   * ${c.text}`);
				continue;
			}
			const kind = statedAsReason(c.text, texts)
				? 'a'
				: nearRival(c.text, statedEffect(q.prompt), key)
					? 'b'
					: 'c';
			counts[kind]++;
			if (kind === 'c') clean = false;
			if (print) console.log(`   ${kind} ${c.text}`);
		}
		if (clean) cleanItems++;
	}
}
console.log(
	`banks with a why item: ${withWhy} of ${banks}; why items: ${items}, with no (c): ${cleanItems}`
);
console.log(
	`wrong reasons: (a) stated reason ${counts.a}, (b) related act ${counts.b}, (c) neither ${counts.c}`
);
