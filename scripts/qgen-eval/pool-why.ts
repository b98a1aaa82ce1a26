/**
 * Why a PolNeAR train article read alone gets few candidates: its people, mentions and quotes
 * as analysed, and how many candidates each family proposes (train only).
 *   node scripts/cli/bundled.js scripts/qgen-eval/pool-why.ts <polnear train> <index>...
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { FAMILIES } from '../../src/lib/qgen/pipeline';
import { trainArticlesByIndex } from './polnear';

for (const { index: i, article: p } of trainArticlesByIndex('pool-why.ts', process.argv.slice(2))) {
	const a = analyzeArticle(withQuoteMarks(p.article));
	const view = viewStory('s', [a]);
	console.log(`\n#${i} ${p.name}`);
	console.log(
		`people: ${a.people.map((x) => `${x.name}${x.role ? ` (${x.role})` : ''}`).join('; ')}`
	);
	console.log(`view people: ${view.people.join('; ')}`);
	console.log(`mentions: ${a.mentions.map((m) => `${m.kind}:${m.text}`).join('; ')}`);
	console.log(
		`quotes: ${a.quotes.map((q) => `[${q.speaker ?? q.speakerText}] ${q.text.slice(0, 50)}`).join(' | ')}`
	);
	for (const f of FAMILIES) console.log(`${f.name}: ${f(view).length}`);
}
