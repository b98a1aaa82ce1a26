/**
 * Each quote recall item a story's first ten keeps ("Who said …", "Which outlet quoted X …",
 * "Which outlets quote X directly", a true/false attribution) with its speaker's standing in the
 * story (candidates/quote-voice.ts): how many outlets quote them, whether a headline or an
 * article's opening names them, and the headline-event weight of the words asked. To read
 * whether a recall item asks about one of the story's voices or a side figure (`SIDE`: it waited
 * behind the main events and came only to fill). Prints prompts: tuning stories only.
 *   node scripts/cli/bundled.js scripts/qgen-eval/voice-debug.ts <story folder>...
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { leadEventWeight } from '../../src/lib/qgen/focus';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { voiceStanding } from '../../src/lib/qgen/candidates/quote-voice';

const RECALL = /^(?:said:|quote-outlet:|quoted-by:)/;
let items = 0;
let side = 0;
for (const dir of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
	const articles = loadFolder(dir);
	const view = viewStory(
		'dev',
		articles.map((a) => analyzeArticle(withQuoteMarks(a)))
	);
	const weigh = leadEventWeight(view.analyses);
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const byId = new Map(r.picked.map((p) => [p.question.id, p]));
	console.log(`== ${dir.split('/').at(-1)}: ${r.questions.length} questions`);
	for (const [i, q] of r.questions.entries()) {
		const c = byId.get(q.id)?.candidate;
		if (!c || !RECALL.test(c.answerKey)) continue;
		items++;
		if (c.sideVoice) side++;
		// The speaker: a source item's subject, a "who said" key, else the group whose words it asks.
		const speaker =
			c.subject ??
			c.hidden[0] ??
			view.quoteGroups.find((g) => g.quotes.some((x) => c.answerKey.includes(x.text.slice(0, 20))))
				?.speaker;
		const s = speaker ? voiceStanding(speaker, view) : undefined;
		const asked = /“([^”]+)”/.exec(q.prompt)?.[1] ?? '';
		console.log(
			`  ${c.sideVoice ? 'SIDE' : '    '} Q${i + 1} ${q.prompt.slice(0, 120)}\n         ${speaker ?? '?'}: quoted by ${s?.quotedBy ?? '?'} of ${view.analyses.length}, ${s?.upTop ? 'up top' : 'not up top'}, words' weight ${weigh(asked).toFixed(2)}`
		);
	}
}
console.log(`quote recall items: ${items}, on a side voice: ${side}`);
