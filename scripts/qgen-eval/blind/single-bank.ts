// Blind-check helper (`node scripts/cli/bundled.js scripts/qgen-eval/blind/single-bank.ts DIR NAME,NAME OUTDIR`): the quiz one PolNeAR article gets alone, as a bank-like JSON.
import { writeFileSync } from 'node:fs';
import { runPipelineDetailed } from '../../../src/lib/qgen/pipeline';
import { loadSplit } from '../polnear';

const [root, names, outdir] = process.argv.slice(2);
const wanted = new Set(names!.split(','));
for (const p of loadSplit(root!)) {
	if (!wanted.has(p.name)) continue;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	writeFileSync(
		`${outdir}/${p.name}.json`,
		JSON.stringify({ articles: [p.article], questions: r.questions })
	);
}
