/**
 * Words in context from a lone voice's quotations (candidates/lone-voice.ts) for single PolNeAR
 * train articles: per article whose attributed quotes all have one speaker, that speaker, the
 * candidates made (`*` in the quiz the app generates alone, `x` rejected by the checks).
 *   node scripts/cli/bundled.js scripts/qgen-eval/lone-voice-debug.ts <polnear train> [--every N]
 * Prints prompts: train only.
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { loneVoice, loneVoiceSenses } from '../../src/lib/qgen/candidates/lone-voice';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption, trainRoot } from './polnear';

const args = process.argv.slice(2);
const root = trainRoot(args[0], 'lone-voice-debug.ts <polnear train> [--every N]');
const every = numberOption(args, 'every', 1);
let lone = 0;
let made = 0;
let kept = 0;
for (const [i, p] of loadSplit(root, Infinity, every).entries()) {
	const view = viewStory('s', [analyzeArticle(withQuoteMarks(p.article))]);
	const voice = loneVoice(view);
	if (!voice) continue;
	lone++;
	const cs = loneVoiceSenses(view);
	made += cs.length;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const asked = new Set(cs.map((c) => c.draft.prompt));
	const inQuiz = r.picked.filter((x) => asked.has(x.candidate.draft.prompt));
	kept += inQuiz.length;
	console.log(
		`\n#${i * every} ${p.name}: ${voice}; ${cs.length} made, ${r.questions.length} questions`
	);
	for (const c of cs) {
		const q = inQuiz.find((x) => x.candidate.draft.prompt === c.draft.prompt);
		const rej = r.rejected.find((x) => x.candidate.draft.prompt === c.draft.prompt);
		console.log(`  ${q ? '*' : rej ? 'x' : ' '} ${c.draft.prompt}`);
		const d = c.draft;
		if (d.type === 'single')
			console.log(
				`      ${d.choices.map((x) => (x.id === d.correct[0] ? `[${x.text}]` : x.text)).join(' | ')}`
			);
		if (rej) console.log(`      rejected: ${rej.reason}`);
	}
}
console.log(`\nlone-voice articles ${lone}, candidates ${made}, in the quiz ${kept}`);
