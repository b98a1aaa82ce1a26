/**
 * Why one PolNeAR article read alone whose quiz runs short gets no typed gap in a sentence: the
 * first rule of the cloze pass (candidates/cloze.ts) that leaves each sentence out, counted over
 * the articles, with a sentence quoted at length split by where its names stand.
 *
 *   node scripts/cli/bundled.js scripts/qgen-eval/cloze-skips.ts <polnear split> [--every N]
 *     [--min W] [--max W] [--under Q] [--show]
 *
 * Articles of `--min` to `--max` words (100 to 499 unless told) whose quiz (as the app generates
 * alone) has fewer than `--under` questions (5 unless told). Counts only are safe on dev; `--show`
 * prints each sentence left out with its names and figures (train only).
 *
 * Kinds: `short` (under 8 words), `quoted` (someone's words: `whole` a quotation, `outside` a
 * name or figure outside the quotation, most often its speaker, `none` no name outside),
 * `long` (over 35 words: cloze-long.ts asks 36 to 50 when the quiz runs short), `opener` (opens
 * on he, she, they, it, this, that, but or and), `question`, `not prose` (a caption, a
 * headline), `cut` (cut at an abbreviation), `no name` (no name or figure to gap), `refused`
 * (a name or figure the gap checks refuse: the headline prints it, a list, a medium …), `gapped`.
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { notBodyProse } from '../../src/lib/qgen/caption';
import { clozeCandidates, quotesOnlyInPassing } from '../../src/lib/qgen/candidates/cloze';
import { cutAtAbbreviation } from '../../src/lib/qgen/candidates/detail';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
if (!root) {
	console.error(
		'usage: cloze-skips.ts <polnear split> [--every N] [--min W] [--max W] [--under Q]'
	);
	process.exit(2);
}
const show = args.includes('--show');
if (show && /\bdev\/?$/.test(root)) {
	console.error('dev is the blind split: counts only');
	process.exit(2);
}
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
const [min, max, under] = [opt('min', 100), opt('max', 499), opt('under', 5)];

const tally = new Map<string, number>();
let articles = 0;
for (const p of loadSplit(root, Infinity, opt('every', 1))) {
	const words = p.article.text.split(/\s+/).length;
	if (words < min || words > max) continue;
	if (runPipelineDetailed({ storyId: 's', articles: [p.article] }, {}).questions.length >= under)
		continue;
	articles++;
	const a = analyzeArticle(structuredClone(p.article));
	const gapped = new Set(clozeCandidates(viewStory('s', [a])).map((c) => c.position));
	if (show) console.log(`\n${p.name} (${words} words)`);
	for (const s of a.sentences) {
		const n = s.text.split(/\s+/).length;
		const names = a.mentions.filter(
			(m) => m.start >= s.start && m.end <= s.end && m.kind !== 'date'
		);
		const quotes = a.quoted.filter((q) => q.start < s.end && s.start < q.end);
		const outside = names.filter((m) => !quotes.some((q) => q.start < m.end && m.start < q.end));
		const kind =
			n < 8
				? 'short'
				: !quotesOnlyInPassing(s, a.quoted, a.article.text)
					? quotes.some((q) => q.start <= s.start + 2 && q.end >= s.end - 2)
						? 'quoted: whole'
						: outside.length
							? 'quoted: outside'
							: 'quoted: none'
					: n > 35
						? 'long'
						: /^(he|she|they|it|this|that|but|and)\b/i.test(s.text)
							? 'opener'
							: /\?["”’']?\s*$/.test(s.text)
								? 'question'
								: notBodyProse(s, a.sentences)
									? 'not prose'
									: cutAtAbbreviation(s, a.sentences)
										? 'cut'
										: !names.length
											? 'no name'
											: gapped.has(s.index)
												? 'gapped'
												: 'refused';
		tally.set(kind, (tally.get(kind) ?? 0) + 1);
		if (show && kind !== 'short' && kind !== 'gapped')
			console.log(
				`  ${kind}\t${n}\t${names.map((m) => m.text).join('; ')}\t| ${s.text.replace(/\s+/g, ' ')}`
			);
	}
}
const total = [...tally.values()].reduce((x, y) => x + y, 0);
console.log(
	`articles of ${min}-${max} words with under ${under} questions: ${articles}; sentences: ${total}`
);
for (const [kind, n] of [...tally].sort((x, y) => y[1] - x[1]))
	console.log(`  ${kind}: ${n} (${((100 * n) / Math.max(1, total)).toFixed(1)}%)`);
