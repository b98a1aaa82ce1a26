/**
 * Why single articles get short quizzes, in counts (issue #10, "Single articles"): the PolNeAR
 * articles of 500+ words under 8 questions and of 250-499 words under 5, each read alone as the
 * app generates. Per group: how many are short for want of checked candidates (`pool short`: the
 * checked pool cites fewer sentences than the mark, and selection asks no sentence twice) and how
 * many because selection left candidates on other sentences out (`selection`); the candidates each family proposes before the checks; the checks' reasons;
 * the selection rules that kept checked candidates out; and the article's sentences that no
 * checked candidate cites, by kind (in a quotation, over 35 words, under 8 words, not body
 * prose, or plain: the sentences a new question kind could use).
 *
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-short-pool.ts <polnear split> [--every N] [--limit N]
 *
 * Prints numbers and rule names only, never article text: safe on dev (blind) at the end.
 */
import type { Question } from '../../src/lib/bank/schema';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { notBodyProse } from '../../src/lib/qgen/caption';
import { FAMILIES, runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { selectDiverse } from '../../src/lib/qgen/select';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root) {
	console.error('usage: single-short-pool.ts <polnear split> [--every N] [--limit N]');
	process.exit(2);
}

/** The marks: an article of 500+ words wants 8 questions, one of 250-499 words 5. */
const GROUPS = [
	{ label: '500+ words, under 8', min: 500, max: Infinity, under: 8 },
	{ label: '250-499 words, under 5', min: 250, max: 500, under: 5 }
];

type Tally = Map<string, number>;
const add = (t: Tally, k: string, n = 1) => t.set(k, (t.get(k) ?? 0) + n);
const top = (t: Tally, n = 12) =>
	[...t]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([k, v]) => `${v} ${k}`)
		.join('; ');
/** A reason without the prompts it quotes: the rule's name, the same for every article. */
const ruleOf = (reason: string) =>
	reason.split(/[“"‘]/)[0]!.replace(/\s+/g, ' ').trim().replace(/[:,]$/, '');

const articles = loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
);
for (const group of GROUPS) {
	const families: Tally = new Map();
	const rejected: Tally = new Map();
	const dropped: Tally = new Map();
	const sentences: Tally = new Map();
	let n = 0;
	let poolShort = 0;
	let pool = 0;
	let kept = 0;
	let distinct = 0;
	for (const p of articles) {
		const words = p.article.text.split(/\s+/).length;
		if (words < group.min || words >= group.max) continue;
		const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
		if (r.questions.length >= group.under) continue;
		n++;
		kept += r.questions.length;
		pool += r.ranked.length;
		const a = analyzeArticle(withQuoteMarks(p.article));
		const view = viewStory('s', [structuredClone(a)]);
		for (const family of FAMILIES)
			add(families, family.name.replace(/Candidates$/, ''), family(view).length);
		for (const x of r.rejected) add(rejected, ruleOf(x.reason));
		const why = new Map<Question, string>();
		selectDiverse(r.ranked, 40, why);
		const inQuiz = new Set(r.questions);
		for (const x of r.ranked)
			if (!inQuiz.has(x.question))
				add(dropped, ruleOf(why.get(x.question) ?? '? (before the picks)'));
		const cited = r.ranked.flatMap((x) => x.question.evidence);
		const citedSentences = a.sentences.filter((s) =>
			cited.some((e) => e.start < s.start + s.text.length && s.start < e.end)
		).length;
		distinct += citedSentences;
		if (citedSentences < group.under) poolShort++;
		for (const s of a.sentences) {
			const end = s.start + s.text.length;
			add(sentences, 'all');
			if (cited.some((e) => e.start < end && s.start < e.end)) {
				add(sentences, 'cited');
				continue;
			}
			const length = s.text.split(/\s+/).length;
			add(
				sentences,
				a.quoted.some((q) => q.start < end && s.start < q.end)
					? 'uncited: quoted'
					: length > 35
						? 'uncited: over 35 words'
						: length < 8
							? 'uncited: under 8 words'
							: notBodyProse(s, a.sentences)
								? 'uncited: not prose'
								: 'uncited: plain'
			);
		}
	}
	const per = (x: number) => (n ? (x / n).toFixed(1) : '0');
	console.log(`\n${group.label}: ${n} articles`);
	console.log(
		`  questions per article ${per(kept)}, checked pool per article ${per(pool)} citing ${per(distinct)} sentences; pool short (under ${group.under} sentences cited): ${poolShort}, selection (${group.under}+ cited): ${n - poolShort}`
	);
	console.log(`  proposed before the checks: ${top(families, 25)}`);
	console.log(`  rejected by the checks: ${top(rejected)}`);
	console.log(`  left out by selection: ${top(dropped)}`);
	console.log(`  sentences: ${top(sentences)}`);
}
