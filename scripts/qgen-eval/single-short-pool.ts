/**
 * Why single articles get short quizzes, in counts (issue #10, "Single articles"): the PolNeAR
 * articles of 500+ words under 8 questions, of 250-499 words under 5, and the near misses (5, 6
 * or 7 questions, any length: a few of them reaching 8 moves the median), each read alone as
 * the app generates. Per group: how many are short for want of checked candidates (`pool short`:
 * the checked pool cites fewer sentences than the mark, and selection asks no sentence twice) and
 * how many because selection left candidates on other sentences out (`selection`); the candidates
 * each family proposes before the checks; the checks' reasons; the selection rules that kept
 * checked candidates out, and of those the ones that cost the quiz a sentence (`on a sentence the
 * quiz does not cite`: the drops a rule change could turn into a question); and the article's
 * sentences that no checked candidate cites, by kind (in a quotation, over 35 words, under 8
 * words, not body prose, or plain: the sentences a new question kind could use).
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
	{ label: '500+ words, under 8', min: 500, max: Infinity, under: 8, atLeast: 0 },
	{ label: '250-499 words, under 5', min: 250, max: 500, under: 5, atLeast: 0 },
	// The near misses: three questions or fewer short of the median's mark.
	{ label: 'any length, 5-7 questions', min: 0, max: Infinity, under: 8, atLeast: 5 }
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
interface GroupTally {
	families: Tally;
	rejected: Tally;
	dropped: Tally;
	/** The drops whose sentences no question of the quiz cites: each cost the quiz a sentence. */
	droppedFree: Tally;
	sentences: Tally;
	n: number;
	poolShort: number;
	pool: number;
	kept: number;
	distinct: number;
}
const tallies = GROUPS.map((): GroupTally => ({
	families: new Map(),
	rejected: new Map(),
	dropped: new Map(),
	droppedFree: new Map(),
	sentences: new Map(),
	n: 0,
	poolShort: 0,
	pool: 0,
	kept: 0,
	distinct: 0
}));
type Range = { start: number; end: number };
const overlaps = (a: readonly Range[], b: readonly Range[]) =>
	a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
// One run of the pipeline per article (the slow part), tallied into every group it falls in.
for (const p of articles) {
	const words = p.article.text.split(/\s+/).length;
	const inGroup = GROUPS.map((g) => words >= g.min && words < g.max);
	if (!inGroup.some(Boolean)) continue;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const groups = GROUPS.flatMap((g, i) =>
		inGroup[i] && r.questions.length < g.under && r.questions.length >= g.atLeast
			? [{ group: g, t: tallies[i]! }]
			: []
	);
	if (!groups.length) continue;
	const a = analyzeArticle(withQuoteMarks(p.article));
	const view = viewStory('s', [structuredClone(a)]);
	const proposed = FAMILIES.map(
		(family) => [family.name.replace(/Candidates$/, ''), family(view).length] as const
	);
	const why = new Map<Question, string>();
	selectDiverse(r.ranked, 40, why);
	const inQuiz = new Set(r.questions);
	const quizEvidence = r.questions.flatMap((q) => q.evidence);
	const cited = r.ranked.flatMap((x) => x.question.evidence);
	const citedSentences = a.sentences.filter((s) =>
		cited.some((e) => e.start < s.start + s.text.length && s.start < e.end)
	).length;
	for (const { group, t } of groups) {
		t.n++;
		t.kept += r.questions.length;
		t.pool += r.ranked.length;
		for (const [family, n] of proposed) add(t.families, family, n);
		for (const x of r.rejected) add(t.rejected, ruleOf(x.reason));
		for (const x of r.ranked) {
			if (inQuiz.has(x.question)) continue;
			const rule = ruleOf(why.get(x.question) ?? '? (before the picks)');
			add(t.dropped, rule);
			if (!overlaps(x.question.evidence, quizEvidence))
				add(t.droppedFree, `${rule} [${x.candidate.family}]`);
		}
		t.distinct += citedSentences;
		if (citedSentences < group.under) t.poolShort++;
		for (const s of a.sentences) {
			const end = s.start + s.text.length;
			add(t.sentences, 'all');
			if (cited.some((e) => e.start < end && s.start < e.end)) {
				add(t.sentences, 'cited');
				continue;
			}
			const length = s.text.split(/\s+/).length;
			add(
				t.sentences,
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
}
for (const [i, group] of GROUPS.entries()) {
	const t = tallies[i]!;
	const per = (x: number) => (t.n ? (x / t.n).toFixed(1) : '0');
	console.log(`\n${group.label}: ${t.n} articles`);
	console.log(
		`  questions per article ${per(t.kept)}, checked pool per article ${per(t.pool)} citing ${per(t.distinct)} sentences; pool short (under ${group.under} sentences cited): ${t.poolShort}, selection (${group.under}+ cited): ${t.n - t.poolShort}`
	);
	console.log(`  proposed before the checks: ${top(t.families, 25)}`);
	console.log(`  rejected by the checks: ${top(t.rejected)}`);
	console.log(`  left out by selection: ${top(t.dropped)}`);
	console.log(`  of those, on a sentence the quiz does not cite: ${top(t.droppedFree)}`);
	console.log(`  sentences: ${top(t.sentences)}`);
}
