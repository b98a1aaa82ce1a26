/**
 * Where the story's comparisons on figures, dates and wording go: for each story, every
 * compare candidate of those kinds (figures, days, sums, places, later occasions, descriptions,
 * headlines, quote versions), whether a check rejected it (and why), and whether it reached
 * the first ten. Counts at the end.
 *   node scripts/cli/bundled.js scripts/qgen-eval/compare-debug.ts <story folder>... [--quiet]
 * Prompts are printed: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import type { Question } from '../../src/lib/bank/schema';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { compareCandidates } from '../../src/lib/qgen/candidates/compare';
import { framingCandidates } from '../../src/lib/qgen/candidates/framing';
import { rejectReason } from '../../src/lib/qgen/checks';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { scoreOf } from '../../src/lib/qgen/rank';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const folders = args.filter((a) => !a.startsWith('--'));

/** The comparison kind a candidate's answer key names, or undefined for other comparisons. */
export function wordingKind(answerKey: string): string | undefined {
	if (/^(?:figure|figure-outlet|match-figures|tf-figures|count):/.test(answerKey)) return 'figure';
	if (answerKey.startsWith('date-outlet:')) return 'date';
	if (answerKey.startsWith('money-outlet:')) return 'money';
	if (answerKey.startsWith('place-outlet:')) return 'place';
	if (answerKey.startsWith('later-occasion:')) return 'later-occasion';
	if (answerKey.startsWith('describe:')) return 'describe';
	if (answerKey === 'headline') return 'headline';
	if (answerKey.startsWith('quote-version:')) return 'quote-version';
	if (answerKey.startsWith('role-holder:')) return 'role-holder';
	return undefined;
}

const stories: Record<string, number> = {};
/** Per kind: candidates made, rejected by a check, and stories where one was made. */
const made: Record<string, { made: number; rejected: number; stories: number }> = {};
let anyStories = 0;
for (const dir of folders) {
	const articles = loadFolder(dir);
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const pickedPrompts = new Set(r.picked.map((p) => p.question.prompt));
	const view = viewStory('dev', articles.map(analyzeArticle));
	const byId = new Map(articles.map((a) => [a.id, a]));
	const rows: { score: number; line: string }[] = [];
	const here = new Set<string>();
	for (const c of [...compareCandidates(view), ...framingCandidates(view)]) {
		const kind = wordingKind(c.answerKey);
		if (!kind) continue;
		const question = {
			...c.draft,
			id: 'x',
			storyId: 'dev',
			origin: 'generated',
			status: 'draft'
		} as Question;
		const score = scoreOf(c, question);
		const reason = rejectReason(c, question, byId);
		const inTen = pickedPrompts.has(c.draft.prompt);
		if (inTen) here.add(kind);
		const status = inTen ? 'FIRST TEN' : reason ? `rejected (${reason})` : 'not picked';
		const m = (made[kind] ??= { made: 0, rejected: 0, stories: 0 });
		if (!rows.some((r) => r.line.startsWith(`  [${kind} `))) m.stories++;
		m.made++;
		if (reason) m.rejected++;
		rows.push({
			score,
			line: `  [${kind} ${score.toFixed(3)}] ${status}: ${c.draft.prompt.slice(0, 150)}`
		});
	}
	for (const k of here) stories[k] = (stories[k] ?? 0) + 1;
	if (here.size) anyStories++;
	console.log(`${dir.split('/').slice(-1)[0]}: in first ten: ${[...here].join(', ') || 'none'}`);
	if (!quiet) for (const row of rows.sort((a, b) => b.score - a.score)) console.log(row.line);
}
console.log(
	`\nstories (${folders.length}) with a figure/date/wording comparison in the first ten: ${anyStories}; by kind: ${JSON.stringify(stories)}`
);
console.log(
	`candidates by kind (made, rejected by checks, stories with one): ${JSON.stringify(made)}`
);
