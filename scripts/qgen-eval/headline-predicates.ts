/**
 * What headline-predicate.ts reads: per story, each headline's main predicate (the act it
 * credits its subject with, `-` when none is read) and its subject, whether the framing item
 * "How does each outlet's headline put what X did?" is made and whether it reaches `--max 10`
 * (`IN TEN`), with counts: stories with the item made, in the first ten, and first tens with a
 * headline look-up (a candidate marked `lookup`).
 *   node scripts/cli/bundled.js scripts/qgen-eval/headline-predicates.ts <story folder>... [--quiet]
 * Prints headlines: tuning stories only (basil 00-19, newswcl50); `--quiet` prints counts only.
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { nameTest, parseHeadline, stripKicker } from '../../src/lib/qgen/headline-grammar';
import {
	headlinePredicateCandidates,
	mainPredicate
} from '../../src/lib/qgen/candidates/headline-predicate';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const folders = args.filter((a) => !a.startsWith('--'));
let made = 0;
let inTen = 0;
let lookups = 0;
for (const dir of folders) {
	const articles = loadFolder(dir);
	const view = viewStory(
		'dev',
		articles.map((a) => analyzeArticle(a))
	);
	const isName = nameTest(articles.map((a) => a.text));
	const item = headlinePredicateCandidates(view)[0];
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const picked = !!item && r.picked.some((p) => p.question.prompt === item.draft.prompt);
	const lookup = r.picked.some((p) => p.candidate.lookup);
	made += Number(!!item);
	inTen += Number(picked);
	lookups += Number(lookup);
	if (quiet) continue;
	console.log(
		`== ${dir}${item ? (picked ? '  ITEM, IN TEN' : '  ITEM, left out') : ''}${lookup ? '  (look-up in ten)' : ''}`
	);
	for (const a of articles) {
		const p = mainPredicate(a.title, isName);
		const subject = parseHeadline(stripKicker(a.title), isName)?.subject ?? '-';
		console.log(
			`   ${a.outlet}: ${a.title}\n      subject: ${subject} | predicate: ${p?.phrase ?? '-'}`
		);
	}
	if (item) console.log(`   Q ${item.draft.prompt}`);
}
console.log(
	`${folders.length} stories: framing item made in ${made}, in the first ten in ${inTen}; first tens with a headline look-up: ${lookups}`
);
