/**
 * Items of written banks (`generate --max 10` output) that offer one person twice: two choices
 * that are variants of one name ("Bob Roe" and "Robert W. Roe", "Sen. Roe" and "Ann Roe"), as
 * `align.ts` `sameName` reads them, including the "Outlet: Jim Roe; Outlet: James Roe" halves of
 * a two-headline item's choices. Reads banks, so two versions compare without running the
 * old code again; `--polnear <train>` instead runs the quiz each PolNeAR train article gets alone
 * (the app's default). Numbers only unless `--print`, which shows the items (tuning data only).
 *   npx tsx scripts/qgen-eval/name-variants.ts BANK.json... [--print]
 *   node scripts/cli/bundled.js scripts/qgen-eval/name-variants.ts --polnear <train> [--every N] [--print]
 */
import { readFileSync } from 'node:fs';
import { sameName } from '../../src/lib/qgen/align';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { storiesFromArgs } from './polnear';

interface Choice {
	id: string;
	text: string;
}
interface Question {
	prompt: string;
	choices?: Choice[];
	correct?: string[];
}

const args = process.argv.slice(2);
const print = args.includes('--print');
const polnear = args[0] === '--polnear';
const files = polnear ? [] : args.filter((a) => !a.startsWith('--'));

/** A choice that reads as a name: two to five capitalised words, a title or initial allowed. */
const nameLike = (t: string) =>
	/^(?:[A-Z][\p{L}'’.-]*\.?\s+){1,4}[A-Z][\p{L}'’-]+(?:,? (?:Jr|Sr)\.?)?$/u.test(t.trim());

let items = 0;
let hits = 0;
let banksHit = 0;
/** The names a choice offers: itself, or each side of "Fox News: Jim Roe; HuffPost: James Roe". */
const offered = (text: string) =>
	text
		.split(/;\s*/)
		.map((part) => part.replace(/^[^:]{2,40}:\s*/, '').trim())
		.filter(nameLike);

function scan(name: string, questions: Question[]): boolean {
	let hitHere = false;
	for (const q of questions) {
		const names = [...new Set((q.choices ?? []).flatMap((c) => offered(c.text)))];
		if (names.length < 2) continue;
		items++;
		const pairs: string[] = [];
		for (let i = 0; i < names.length; i++)
			for (let j = i + 1; j < names.length; j++)
				if (sameName(names[i]!, names[j]!)) pairs.push(`${names[i]} ~ ${names[j]}`);
		if (!pairs.length) continue;
		hits++;
		hitHere = true;
		if (print) console.log(`${name}\n  ${q.prompt}\n  ${pairs.join('; ')}`);
	}
	return hitHere;
}

let sets = 0;
if (polnear)
	for (const s of storiesFromArgs(args)) {
		sets++;
		const r = runPipelineDetailed({ storyId: s.name, articles: s.articles }, {});
		if (scan(s.name, r.questions as Question[])) banksHit++;
	}
for (const file of files) {
	sets++;
	const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Question[] };
	if (scan(file, bank.questions)) banksHit++;
}
console.log(
	`sets ${sets}, items with 2+ name choices ${items}, offering one person twice ${hits} (in ${banksHit} banks)`
);
