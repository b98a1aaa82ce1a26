/**
 * Number items among the first twelve questions one PolNeAR train article gets alone whose key
 * the set gives away: (a) the key's value printed in another item's prompt, choices or shown
 * sentences, in any written form ("$25,000", "25,000 dollars", "twenty-five thousand"), and
 * (b) the gap's own prompt states a ratio ("a quarter of", "half", "twice", "one in four")
 * that with another figure of the prompt gives the key.
 *   node scripts/cli/bundled.js scripts/qgen-eval/number-giveaway.ts <polnear train> [--every N] [--limit N] [--show]
 * Prints prompts with --show: train only (dev is blind).
 */
import type { Question } from '../../src/lib/bank/schema';
import { figureValue } from '../../src/lib/qgen/figure-rank';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { TENS_UNIT } from '../../src/lib/qgen/quantities';
import { MONTH_PATTERN, NUMBER_WORDS } from '../../src/lib/qgen/lexicon';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root || /\bdev\/?$/.test(root)) {
	console.error('usage: number-giveaway.ts <polnear train> [--every N] [--limit N] [--show]');
	process.exit(2);
}
const show = args.includes('--show');
const FIRST = 12;
const WORDS = Object.keys(NUMBER_WORDS).join('|');
const FIGURE = new RegExp(
	`(?:\\d[\\d,]*(?:\\.\\d+)?|${TENS_UNIT}|\\b(?:${WORDS}))(?:\\s+(?:thousand|million|billion|trillion))?\\b`,
	'gi'
);
// Days ("Aug. 30", "Sept. 15, 2011"), years and ordinals are not figures.
const DATES = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b|\\b\\d+(?:st|nd|rd|th)\\b`, 'gi');
const valuesIn = (text: string) =>
	[...text.replace(DATES, ' ').matchAll(FIGURE)]
		.filter((m) => !/^(?:19|20)\d\d$/.test(m[0]))
		.map(
			(m) => figureValue(m[0].replace(/-/g, ' ').replace(/^(\w+) (\w+)$/, (s) => s)) ?? hyph(m[0])
		)
		.filter((v): v is number => v !== undefined);
function hyph(t: string): number | undefined {
	const [a, b] = t.toLowerCase().split('-');
	return b && NUMBER_WORDS[a!] !== undefined && NUMBER_WORDS[b] !== undefined
		? NUMBER_WORDS[a!]! + NUMBER_WORDS[b]!
		: undefined;
}
function keyOf(q: Question): string | undefined {
	if (q.type === 'cloze') return q.accepted[0];
	if (q.type === 'numeric') return String(q.answer);
	if (q.type === 'single') {
		if (q.choices.some((c) => figureValue(c.text) === undefined)) return undefined;
		return q.choices.find((c) => q.correct.includes(c.id))?.text;
	}
	return undefined;
}
const shown = (q: Question, feedback: boolean) => {
	const out = [q.prompt];
	if ('choices' in q && q.type !== 'truefalse') out.push(...q.choices.map((c) => c.text));
	if (q.type === 'evidence') out.push(...q.evidenceChoices.map((c) => c.text));
	if (q.type === 'matching') out.push(...q.pairs.flatMap((p) => [p.left, p.right]));
	if (q.type === 'ordering') out.push(...q.items.map((i) => i.text));
	if (feedback && q.explanation) out.push(q.explanation);
	return out;
};
const RATIO =
	/\b(?:half|quarter|third|fourth|fifth|double[ds]?|twice|triple[ds]?|tripled|\w+ times|one in \w+|one out of \w+)\b/i;
const c = { articles: 0, items: 0, a: 0, aBig: 0, aFeedback: 0, b: 0 };
for (const p of loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
)) {
	c.articles++;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const first = r.picked.slice(0, FIRST);
	first.forEach((x, i) => {
		const q = x.question;
		if (!['fact', 'cloze', 'source'].includes(x.candidate.family)) return;
		const key = keyOf(q);
		const v = key === undefined ? undefined : figureValue(key);
		if (v === undefined || /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(key!))
			return;
		c.items++;
		const others = first.filter((_, j) => j !== i);
		const hit = others.find((o) => shown(o.question, false).some((t) => valuesIn(t).includes(v)));
		const hitFb = others.find((o) => shown(o.question, true).some((t) => valuesIn(t).includes(v)));
		if (hit) {
			c.a++;
			if (v > 12) c.aBig++;
		} else if (hitFb && v > 12) c.aFeedback++;
		const prompt = q.prompt;
		const rest = valuesIn(prompt.replace(/____/g, ' '));
		const ratio = RATIO.test(prompt) && prompt.includes('____');
		const derived =
			ratio &&
			rest.some((f) =>
				[2, 3, 4, 5, 10].some(
					(k) => Math.abs(f * k - v) < 0.01 * v || Math.abs(f / k - v) < 0.01 * v
				)
			);
		if (derived) c.b++;
		if (show && (hit || (hitFb && v > 12) || derived))
			console.log(
				`${p.name} #${i + 1} ${hit ? (v > 12 ? 'A' : 'a') : hitFb ? 'F' : ''}${derived ? 'B' : ''} key=${key}\n\t${prompt}` +
					((hit ?? hitFb)
						? `\n\t<- #${first.indexOf((hit ?? hitFb)!) + 1} ${shown((hit ?? hitFb)!.question, !hit)
								.join(' | ')
								.slice(0, 400)}`
						: '')
			);
	});
}
console.log(
	`articles ${c.articles}, number items in first ${FIRST} ${c.items}: (a) key printed in another item ${c.a} (over 12: ${c.aBig}; only in feedback, over 12: ${c.aFeedback}); (b) ratio in own prompt ${c.b}`
);
