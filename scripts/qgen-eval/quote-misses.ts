/**
 * Quotes one PolNeAR article read alone leaves unused (train only: dev is blind): each quoted
 * span the generator gives no speaker (`none`: no attribution read; `unresolved`: words read
 * but no person found), and each quote with a speaker that no question of the article's quiz
 * asks (`unasked`), with its sentence. A count per kind at the end.
 *   node scripts/cli/bundled.js scripts/qgen-eval/quote-misses.ts <polnear train> [--min W] [--max W] [--every N] [--kind K]
 * `--min`/`--max` keep articles of that many words (default 250-499: those with the shortest quizzes).
 */
import { paragraphsOf } from '../../src/lib/bank/schema';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { quoteSpans } from '../../src/lib/qgen/quotes';
import { loadSplit, numberOption, trainRoot } from './polnear';

const args = process.argv.slice(2);
const root = trainRoot(
	args[0],
	'quote-misses.ts <polnear train> [--min W] [--max W] [--every N] [--kind K]'
);
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
const kindWanted = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const [min, max] = [opt('min', 250), opt('max', 499)];
const counts = new Map<string, number>();
const all = loadSplit(root, Infinity, 1);
all.forEach((p, index) => {
	if (index % opt('every', 1) !== 0) return;
	const words = p.article.text.split(/\s+/).length;
	if (words < min || words > max) return;
	const article = withQuoteMarks(p.article);
	const a = analyzeArticle(article);
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const asked = r.questions.map((q) =>
		[q.prompt, q.explanation, ...(q.type === 'matching' ? q.pairs.map((x) => x.left) : [])]
			.concat('choices' in q && q.choices ? q.choices.map((c) => c.text) : [])
			.join(' ')
	);
	const lines: string[] = [];
	const report = (kind: string, text: string, sentence: string, extra = '') => {
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
		if (!kindWanted || kindWanted === kind)
			lines.push(`  ${kind}${extra}: “${text.slice(0, 70)}” | ${sentence.slice(0, 240)}`);
	};
	const sentenceAt = (at: number) =>
		a.sentences.find((s) => s.start <= at && at < s.end)?.text.replace(/\s+/g, ' ') ?? '';
	for (const para of paragraphsOf(article.text))
		for (const raw of quoteSpans(para.text)) {
			const start = para.start + raw.start;
			const end = para.start + raw.end;
			const text = article.text.slice(start, end).replace(/^[“"]|[”"]$/g, '');
			const q = a.quotes.find((x) => x.start < end && start < x.end);
			if (!q) {
				report('none', text, sentenceAt(start));
				continue;
			}
			if (!q.speaker) {
				report('unresolved', text, sentenceAt(start), ` [${q.speakerText}]`);
				continue;
			}
			const probe = q.text.replace(/\s+/g, ' ').slice(0, 24);
			if (!asked.some((t) => t.replace(/\s+/g, ' ').includes(probe)))
				report(
					'unasked',
					text,
					sentenceAt(start),
					` [${q.speaker}${q.partial ? ', partial' : ''}]`
				);
		}
	if (lines.length)
		console.log(
			`#${index} ${p.name} (${words} words, ${r.questions.length} questions)\n${lines.join('\n')}`
		);
});
console.log(`quotes by kind: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
