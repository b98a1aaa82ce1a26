/** Each headline's own runs (headline-stress.ts), per story: what a "stresses" question may offer. */
import { loadFolder } from './dev-print';
import { nameTest, parseHeadline, stripKicker } from '../../src/lib/qgen/headline-grammar';
import { ownRuns } from '../../src/lib/qgen/candidates/headline-stress';

for (const dir of process.argv.slice(2)) {
	const articles = loadFolder(dir);
	const isName = nameTest(articles.map((a) => a.text));
	const titles = articles.map((a) => a.title.replace(/\s+/g, ' ').trim());
	console.log(dir.split('/').slice(-1)[0]);
	titles.forEach((t, i) => {
		const parse = parseHeadline(stripKicker(t), isName);
		const runs = ownRuns(
			t,
			titles.filter((_, j) => j !== i),
			isName,
			parse?.verb ?? ''
		);
		console.log(`  “${t}” → ${runs.map((r) => `[${r}]`).join(' ') || '-'}`);
	});
}
