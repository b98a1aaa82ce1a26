/**
 * How many of the first ten questions that compare outlets (skill "compare" or "source")
 * land on a span BASIL's annotators marked as word choice (lexical) or a chosen detail
 * (informational): the closest thing to a gold standard for framing questions.
 *   npx tsx scripts/qgen-eval/span-landing.ts /path/to/basil 0 19
 * Only for development on the corpora; nothing here ships with the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { landsOn, type AnnotatedSpan } from './landing';

const [root = '', from = '0', to = '19'] = process.argv.slice(2);
let asked = 0;
let landed = 0;
const byKind = { lexical: 0, informational: 0 };
let storiesWithCompare = 0;
let storiesWithWhy = 0;
let stories = 0;
for (let n = Number(from); n <= Number(to); n++) {
	const dir = join(root, `event-${String(n).padStart(2, '0')}`);
	if (!existsSync(dir)) continue;
	stories++;
	const articles = loadFolder(dir);
	const notes = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as Record<
		string,
		{ outlet: string; annotations: AnnotatedSpan[] }
	>;
	const spansOf = (outlet: string) =>
		Object.values(notes).find((o) => o.outlet === outlet)?.annotations ?? [];
	const { questions } = runPipelineDetailed({ storyId: `e${n}`, articles }, { max: 10 });
	if (questions.some((q) => q.skill === 'compare')) storiesWithCompare++;
	if (questions.some((q) => q.skill === 'inference')) storiesWithWhy++;
	for (const q of questions) {
		if (q.skill !== 'compare' && q.skill !== 'source') continue;
		asked++;
		const hit = landsOn(q, articles, spansOf);
		if (hit) {
			landed++;
			byKind[hit]++;
		}
		console.log(`${hit ? `LANDS (${hit})` : 'misses'}  ${q.skill}: ${q.prompt.slice(0, 110)}`);
	}
}
console.log(
	`\n${stories} stories; ${storiesWithCompare} with a compare question and ${storiesWithWhy} with a why question in the first ten.`
);
console.log(
	`${landed} of ${asked} compare/source questions (${asked ? Math.round((100 * landed) / asked) : 0}%) land on an annotated span: ${byKind.lexical} lexical, ${byKind.informational} informational.`
);
