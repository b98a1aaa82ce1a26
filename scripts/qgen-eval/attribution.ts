/**
 * Measures the generator on PolNeAR:
 *  - speaker attribution: for each direct quote whose annotated Source is a name, is the
 *    speaker the generator keys that person? (Quotes it leaves unattributed ask no
 *    question, so they count for coverage, not against accuracy.)
 *  - single-article quizzes: how many questions one article gets (median, share under 5), for all
 *    articles and by length: 500+, 250-499 and under 250 words.
 *
 *   npx tsx scripts/qgen-eval/attribution.ts /work/shared/corpora/polnear/train [--every N] [--limit N] [--show]
 *
 * Tune on train only. The dev split is for one final run, reported as a figure.
 */
import { readStory } from '../../src/lib/qgen/inspect';
import { generateQuestions } from '../../src/lib/qgen/index';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!root) {
	console.error('usage: attribution.ts <polnear split folder> [--every N] [--limit N] [--show]');
	process.exit(2);
}
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
const show = args.includes('--show');
const articles = loadSplit(root, opt('limit', Infinity), opt('every', 1));

const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their|its|one|another|who|whom)$/i;
/** A source that is a name: capitalised words, not a description ("the campaign") or a pronoun. */
function namedSource(text: string): string | undefined {
	const t = text.trim();
	if (PRONOUN.test(t) || /^(?:the|a|an|this|that|these|those|some|many|several|other)\b/i.test(t))
		return undefined;
	const words = t.replace(/['’]s\b/g, '').match(/[A-Z][\p{L}'’.-]+/gu) ?? [];
	return words.length ? words.at(-1) : undefined;
}
const lastWord = (name: string) =>
	name
		.replace(/,.*$/, '')
		.split(/\s+/)
		.filter((w) => /^[A-Z]/.test(w) && !/^(?:Jr|Sr|II|III)\.?$/.test(w))
		.pop() ?? name;
const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

let named = 0;
let keyed = 0;
let right = 0;
const counts: number[] = [];
const longCounts: number[] = [];
const midCounts: number[] = [];
const shortCounts: number[] = [];
for (const p of articles) {
	const reading = readStory('s', [p.article]);
	const quotes = reading.articles[0]!.quotes;
	for (const a of p.attributions) {
		if (!a.source || !/^\s*(?:["“]|'')/.test(a.content.text)) continue;
		const want = namedSource(a.source.text);
		if (!want) continue;
		const start = a.content.start - p.offset;
		const end = a.content.end - p.offset;
		const ours = quotes.find((q) => q.start < end && start < q.end && !q.partial);
		if (!ours) continue;
		named++;
		if (!ours.speaker) continue;
		keyed++;
		const ok =
			fold(ours.speaker).includes(fold(want)) ||
			fold(a.source.text).includes(fold(lastWord(ours.speaker)));
		if (ok) right++;
		else if (show)
			console.log(
				`✗ ${p.name}: “${ours.text.slice(0, 60)}” keyed ${ours.speaker}; annotated ${a.source.text}`
			);
	}
	const words = p.article.text.split(/\s+/).length;
	const n = generateQuestions({ storyId: 's', articles: [p.article] }, {}).length;
	counts.push(n);
	if (words >= 500) longCounts.push(n);
	else if (words >= 250) midCounts.push(n);
	else shortCounts.push(n);
}
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
console.log(`articles: ${articles.length}`);
console.log(
	`attribution (direct quotes whose annotated source is a name, found by the generator): ${named}; keyed ${keyed} (${pct(keyed, named)}); right ${right} of keyed = ${pct(right, keyed)}`
);
for (const [label, xs] of [
	['all articles', counts],
	['articles of 500+ words', longCounts],
	['articles of 250-499 words', midCounts],
	['articles under 250 words', shortCounts]
] as const)
	console.log(
		`questions per single article, ${label} (${xs.length}): median ${median(xs)}, under 5: ${pct(xs.filter((x) => x < 5).length, xs.length)}, under 8: ${pct(xs.filter((x) => x < 8).length, xs.length)}`
	);
