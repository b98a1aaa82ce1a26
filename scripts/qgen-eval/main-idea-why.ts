/**
 * Why a story's first ten has no main-idea item (candidates/main-idea.ts): per story, either
 * no key (the first test that stops each outlet's lead), too few wrong answers (the first test
 * that drops each later sentence, and the key chosen), or a candidate the checks rejected or
 * selection left out (with the reason, as drop-debug.ts reads it). Counts per verdict and test.
 * The tests are restated here in order, with their labels, from mainIdeaCandidates (the two
 * vocabulary tests come from its own keyVocabulary): keep them in step when those change. The verdict per story
 * (`CANDIDATE`, `IN TEN`) comes from the real pipeline.
 *   node scripts/cli/bundled.js scripts/qgen-eval/main-idea-why.ts <story folder>... [--show]
 * `--show` prints sentences: tuning stories only (basil 00-19, newswcl50).
 */
import type { Question } from '../../src/lib/bank/schema';
import { notBodyProse } from '../../src/lib/qgen/caption';
import { datedBefore } from '../../src/lib/qgen/candidates/cause';
import {
	ADDS_TO_EARLIER,
	CUT_BEFORE_POINT,
	clean,
	contentWords,
	fittedParts,
	keyVocabulary,
	readsAloneInStory,
	storyFullNames,
	laterSentences,
	standsAlone
} from '../../src/lib/qgen/candidates/main-idea';
import {
	mainClauseParts,
	sourceAndConditionOnly,
	subordinateOnly
} from '../../src/lib/qgen/candidates/main-clause';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { selectDiverse } from '../../src/lib/qgen/select';
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import type { ArticleAnalysis } from '../../src/lib/qgen/types';
import { loadFolder } from './dev-print';

const args = process.argv.slice(2);
const show = args.includes('--show');
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const verdicts = new Map<string, number>();
const leadTests = new Map<string, number>();
const detailTests = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

for (const dir of args.filter((a) => !a.startsWith('--'))) {
	const name = dir.split('/').filter(Boolean).slice(-1)[0];
	const articles = loadFolder(dir);
	const run = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const lines: string[] = [];
	const inTen = run.picked.find((r) => r.candidate.family === 'main-idea');
	const ranked = run.ranked.find((r) => r.candidate.family === 'main-idea');
	const rejected = run.rejected.find((r) => r.candidate.family === 'main-idea');
	let verdict: string;
	if (inTen) verdict = 'IN TEN';
	else if (ranked) {
		const why = new Map<Question, string>();
		selectDiverse(run.ranked, 10, why);
		verdict = `dropped: ${(why.get(ranked.question) ?? 'not reached').slice(0, 120)}`;
	} else if (rejected) verdict = `rejected: ${rejected.reason}`;
	else verdict = '';
	// Restated key search (mainIdeaCandidates), labelled.
	const analyses: ArticleAnalysis[] = articles.map((a) => analyzeArticle(a));
	const top = analyses.map((a) =>
		contentWords(
			`${a.article.title} ${a.sentences
				.slice(0, 2)
				.map((s) => s.text)
				.join(' ')}`
		)
	);
	let key: { a: ArticleAnalysis; text: string; agree: number; shared: number } | undefined;
	analyses.forEach((a, i) => {
		const s = a.sentences.find((x) => !notBodyProse(x, a.sentences));
		let r = 'OK';
		let text = '';
		if (!s || s.index > 1) r = 'noLead';
		else {
			text = fittedParts(mainClauseParts(clean(s.text))).join(' ');
			const others = top.filter((_, j) => j !== i);
			const mine = contentWords(text);
			const overlap = (t: Set<string>) => [...mine].filter((w) => t.has(w)).length;
			const agree = others.filter((t) => overlap(t) >= 3).length;
			const shared = others.reduce((n, t) => n + overlap(t), 0);
			const mainPart = text.replace(
				/\s+(?:after|because|when|since|following|amid|as|which|who|that)\s.*$/,
				''
			);
			const n = words(text).length;
			if (!standsAlone(a, s, text, 8))
				r = n > 38 || text.length > 200 ? 'sa:long' : n < 8 ? 'sa:short' : 'sa:other';
			else if (/[“”"]/.test(text)) r = 'quoteMark';
			else if (subordinateOnly(text)) r = 'subordinateOnly';
			else if (CUT_BEFORE_POINT.test(text)) r = 'cutBeforePoint';
			else if (ADDS_TO_EARLIER.test(text)) r = 'addsToEarlier';
			else if (datedBefore(`${mainPart}.`, Number(a.article.date.slice(0, 4)))) r = 'datedBefore';
			else if (agree < Math.min(2, others.length)) r = `agree=${agree}`;
			else if (!key || agree > key.agree || (agree === key.agree && shared > key.shared))
				key = { a, text, agree, shared };
			// slanted / overtaken are not restated: a lead marked OK may still lose to them.
		}
		bump(leadTests, r);
		lines.push(
			`  lead ${a.article.outlet}: [${r}] ${show ? (text || s?.text || '').slice(0, 200) : ''}`
		);
	});
	if (!verdict) {
		if (!key) verdict = 'no key';
		else verdict = 'too few wrong answers (or key length)';
	}
	if (key && !inTen && !ranked && !rejected) {
		lines.push(`  key? ${show ? key.text : ''}`);
		const weight = new Map<string, number>();
		for (const t of top) for (const w of t) weight.set(w, (weight.get(w) ?? 0) + 1 / top.length);
		const { topScore, retellsKey } = keyVocabulary(analyses, weight, key.text);
		const fullNames = storyFullNames(analyses);
		for (const { a, s, text } of laterSentences(analyses)) {
			const n = words(text).length;
			let r = 'fits';
			if (!standsAlone(a, s, text))
				r =
					n > 38 || text.length > 200
						? 'sa:long'
						: n < 10
							? 'sa:short'
							: a.quoted.some((q) => q.start <= s.start + 1 && s.start + 1 <= q.end)
								? 'sa:inQuote'
								: 'sa:other';
			else if (/[“”"]/.test(text)) r = 'quoteMark';
			else if (!readsAloneInStory(text, fullNames)) r = 'selfContained';
			else if (sourceAndConditionOnly(text)) r = 'sourceCondition';
			else if (topScore(text) > 1.4) r = `topScore=${topScore(text).toFixed(1)}`;
			else if (retellsKey(text)) r = 'retellsKey';
			bump(detailTests, r.replace(/=.*/, ''));
			if (show) lines.push(`    {${r}} ${text}`);
		}
	}
	bump(verdicts, verdict.replace(/:.*/, ''));
	console.log(`== ${name}: ${verdict}\n${lines.join('\n')}`);
}
console.log(
	'\nstories by verdict:',
	[...verdicts].sort((x, y) => y[1] - x[1])
);
console.log(
	'leads by first failing test:',
	[...leadTests].sort((x, y) => y[1] - x[1])
);
console.log(
	'later sentences by first failing test:',
	[...detailTests].sort((x, y) => y[1] - x[1])
);
