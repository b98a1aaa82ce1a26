/**
 * Which outlet's lead a story's main-idea item keys, beside every outlet's lead and publication
 * date: to find keys that tell the news before it happened ("is expected to announce", "will
 * step down") while another outlet's lead reports the act as done (issue #10). Per story `*` marks
 * the key's outlet, `>` a lead that looks ahead (`looksAhead`, main-idea-ahead.ts), `^` an outlet published before the
 * latest one. Counts: stories with a main-idea item in the first ten, keys that look ahead or come
 * from an earlier outlet while another lead does not look ahead.
 *   node scripts/cli/bundled.js scripts/qgen-eval/main-idea-leads.ts <story folder>... [--print]
 * `--print` prints leads: tuning stories only.
 */
import { notBodyProse } from '../../src/lib/qgen/caption';
import { clean } from '../../src/lib/qgen/candidates/main-idea';
import { looksAhead } from '../../src/lib/qgen/candidates/main-idea-ahead';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { loadFolder } from './dev-print';

const args = process.argv.slice(2);
const print = args.includes('--print');
const dirs = args.filter((a) => !a.startsWith('--'));
if (print && dirs.some((d) => /basil\/event-[23]\d|polnear\/dev/.test(d)))
	throw new Error('--print reads tuning stories only');
let stories = 0;
let withItem = 0;
let aheadKey = 0;
let earlierKey = 0;
for (const dir of dirs) {
	stories++;
	const articles = loadFolder(dir);
	const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const item = run.picked.find((r) => r.candidate.family === 'main-idea');
	if (!item) continue;
	withItem++;
	const keySpan = item.candidate.draft.evidence[0]!;
	const latest = articles
		.map((a) => a.date)
		.sort()
		.at(-1)!;
	const leads = articles.map((article) => {
		const a = analyzeArticle(article);
		const s = a.sentences.find((x) => !notBodyProse(x, a.sentences));
		const text = s ? clean(s.text) : '';
		return { article, text, ahead: looksAhead(text), key: keySpan.articleId === article.id };
	});
	const key = leads.find((l) => l.key)!;
	const doneElsewhere = leads.some((l) => !l.key && !l.ahead);
	if (key.ahead && doneElsewhere) aheadKey++;
	if (key.article.date < latest) earlierKey++;
	if (print) {
		console.log(`\n${dir}`);
		for (const l of leads)
			console.log(
				`${l.key ? '*' : ' '}${l.ahead ? '>' : ' '}${l.article.date < latest ? '^' : ' '} ${l.article.date} ${l.article.outlet}: ${l.text.slice(0, 220)}`
			);
		const q = item.question;
		const keyText =
			q.type === 'single' ? q.choices.find((c) => q.correct.includes(c.id))?.text : '';
		console.log(`   KEY: ${keyText ?? ''}`);
	}
}
console.log(
	`stories ${stories}, main-idea in ten ${withItem}, key looks ahead while another lead does not ${aheadKey}, key from an earlier outlet ${earlierKey}`
);
