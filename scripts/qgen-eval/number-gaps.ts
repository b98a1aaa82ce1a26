/**
 * The number and date gaps of written banks (issue #10, "Clozes and timelines"): fact items
 * whose gap asks a figure, an amount, a date or a duration, and of those how many the selection
 * rules read as a figure of the background: an earlier time than the news (`earlier`,
 * figure-earlier.ts), told in passing (`aside`, figure-aside.ts backgroundFigure) or among other
 * figures of its sentence (`crowded`, figure-crowd.ts). It reads banks, so two versions' banks
 * compare without running the old code. Numbers only unless `--print` (tuning banks only).
 *   npx tsx scripts/qgen-eval/number-gaps.ts BANK.json... [--print]
 */
import { readFileSync } from 'node:fs';
import type { Question } from '../../src/lib/bank/schema';
import { asksForFigure, backgroundFigure } from '../../src/lib/qgen/figure-aside';
import { crowdedFigure } from '../../src/lib/qgen/figure-crowd';
import { earlierTimeFigure } from '../../src/lib/qgen/figure-earlier';

const args = process.argv.slice(2);
const print = args.includes('--print');
const files = args.filter((a) => !a.startsWith('--'));

/** A gap keyed on a date or a weekday ("When?"): the chosen-gap family says so in its prompt. */
const asksDate = (q: Question) => /\bWhen\?/.test(q.prompt) && q.prompt.includes('____');

const counts = { banks: 0, withGap: 0, gaps: 0, earlier: 0, aside: 0, crowded: 0 };
for (const file of files) {
	const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Question[] };
	counts.banks++;
	const gaps = bank.questions.filter(
		(q) => q.skill === 'fact' && (asksForFigure(q) || asksDate(q))
	);
	if (gaps.length > 0) counts.withGap++;
	for (const q of gaps) {
		counts.gaps++;
		const flags = [
			earlierTimeFigure(q) && 'earlier',
			backgroundFigure(q) && 'aside',
			crowdedFigure(q) && 'crowded'
		].filter((f): f is 'earlier' | 'aside' | 'crowded' => !!f);
		for (const f of flags) counts[f]++;
		if (print) console.log(`${file.split('/').at(-1)} [${flags.join(',')}] ${q.prompt}`);
	}
}
console.log(
	`banks ${counts.banks}, with a number or date gap ${counts.withGap}; gaps ${counts.gaps}: earlier ${counts.earlier}, aside ${counts.aside}, crowded ${counts.crowded}`
);
