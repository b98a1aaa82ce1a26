/**
 * Why the word families make no item from the sentences a single article's quiz leaves
 * untouched (issue #10, "Single articles"): for PolNeAR articles read alone whose quiz has 5-7
 * questions, each sentence no kept question cites is counted by the first reason the
 * vocabulary-in-context family (candidates/vocabulary.ts) and the content-word gap
 * (candidates/word-gap.ts) give no item on it: no word of their lists, a sentence their
 * filters leave out, a word the per-article cap or the one-gap-per-theme key left unasked,
 * a candidate the checks rejected or selection dropped (with the rule). `cap` is crude: a
 * listed word with no candidate in a quiz already asking three words.
 *
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-word-misses.ts <polnear split> [--every N] [--limit N] [--show]
 *
 * Numbers and rule names only unless `--show` (train only: prints sentences).
 */
import type { Question } from '../../src/lib/bank/schema';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import type { Candidate } from '../../src/lib/qgen/candidates/candidate';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { notBodyProse } from '../../src/lib/qgen/caption';
import { senseUse } from '../../src/lib/qgen/candidates/vocabulary';
import { wordGapIn } from '../../src/lib/qgen/candidates/word-gap';
import {
	ALONE_MORE_SENSES,
	ALONE_WORD_SENSES,
	FILL_LATE_SENSES,
	FILL_SENSES,
	SHORT_REPORT_SENSES,
	WORD_SENSES
} from '../../src/lib/qgen/lexicon';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { selectDiverse } from '../../src/lib/qgen/select';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root) {
	console.error('usage: single-word-misses.ts <polnear split> [--every N] [--limit N] [--show]');
	process.exit(2);
}
const show = args.includes('--show');
if (show && /\bdev\/?$/.test(root)) {
	console.error('dev is the blind split: counts only');
	process.exit(2);
}
// Every list an article read alone asks words from, the short quiz's fill words too.
const SENSES = [
	...WORD_SENSES,
	...ALONE_WORD_SENSES,
	...ALONE_MORE_SENSES,
	...SHORT_REPORT_SENSES,
	...FILL_SENSES,
	...FILL_LATE_SENSES
];

type Tally = Map<string, number>;
const add = (t: Tally, k: string) => t.set(k, (t.get(k) ?? 0) + 1);
const ruleOf = (reason: string) =>
	reason.split(/[“"‘]/)[0]!.replace(/\s+/g, ' ').trim().replace(/[:,]$/, '');
const vocab: Tally = new Map();
const gap: Tally = new Map();
const perArticleWords: Tally = new Map();
let articles = 0;
let untouched = 0;
for (const p of loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
)) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const n = r.questions.length;
	if (n < 5 || n > 7) continue;
	articles++;
	const a = analyzeArticle(withQuoteMarks(p.article));
	const why = new Map<Question, string>();
	selectDiverse(r.ranked, 40, why);
	const kept = r.questions.flatMap((q) => q.evidence);
	const on = (s: { start: number; end: number }, ev: readonly { start: number; end: number }[]) =>
		ev.some((e) => e.start < s.end && s.start < e.end);
	const words = r.questions.filter((q) => q.skill === 'vocabulary').length;
	add(perArticleWords, `${words} words asked`);
	for (const s of a.sentences) {
		if (on(s, kept)) continue;
		untouched++;
		const length = s.text.split(/\s+/).length;
		const quoted = a.quoted.some((q) => q.start < s.end && s.start < q.end);
		const unfit =
			length < 6 || length > 45 ? 'length' : notBodyProse(s, a.sentences) ? 'not prose' : undefined;
		// Why a family has no item here once its word is found: selection dropped it, the checks
		// rejected it, or the sentence is not one it asks from.
		const familyMiss = (isFamily: (c: Candidate) => boolean): string | undefined => {
			const dropped = r.ranked.find((x) => isFamily(x.candidate) && on(s, x.question.evidence));
			if (dropped) return `dropped: ${ruleOf(why.get(dropped.question) ?? '?')}`;
			const rejected = r.rejected.find(
				(x) => isFamily(x.candidate) && x.candidate.position === s.index
			);
			if (rejected) return `rejected: ${ruleOf(rejected.reason)}`;
			return unfit ? `sentence: ${unfit}` : undefined;
		};
		// Vocabulary in context.
		const entry = SENSES.find((e) => senseUse(e, s.text));
		const v = !entry
			? 'no listed word'
			: (familyMiss((c) => c.family === 'vocabulary') ??
				(words >= 3
					? 'cap (3+ words asked)'
					: 'word listed, no candidate (wholly quoted, name, another use)'));
		add(vocab, v);
		// Content-word gap.
		const g = wordGapIn(s.text, p.article.text);
		const w = !g
			? 'no contrast word'
			: quoted
				? 'sentence: quoted'
				: (familyMiss((c) => c.answerKey.startsWith('word:')) ??
					'no candidate (length, opener, cut)');
		add(gap, w);
		if (show && entry) console.log(`V ${v}\t${entry.word}\t${s.text.replace(/\s+/g, ' ')}`);
		if (show && g) console.log(`G ${w}\t${g.key}\t${s.text.replace(/\s+/g, ' ')}`);
	}
}
const print = (label: string, t: Tally) => {
	console.log(label);
	for (const [k, v] of [...t].sort((a, b) => b[1] - a[1])) console.log(`  ${v}\t${k}`);
};
console.log(`articles with 5-7 questions: ${articles}, untouched sentences: ${untouched}`);
print('vocabulary in context:', vocab);
print('content-word gap:', gap);
print('words asked per article:', perArticleWords);
