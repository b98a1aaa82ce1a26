/**
 * Sums of money two outlets give for one thing (candidates/compare-money.ts), to read by hand:
 * every pair of sums from two outlets whose phrases share a word, whether samePricedThing
 * pairs them and whether the pair is ASKED (the values cannot both be right).
 *   node scripts/cli/bundled.js scripts/qgen-eval/money-pairs.ts <story folder>...
 * Prints sentences: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { moneyPairs } from './compare-pairs';

for (const dir of process.argv.slice(2)) {
	const view = viewStory('dev', loadFolder(dir).map(analyzeArticle));
	const { sums, pairs } = moneyPairs(view);
	console.log(`== ${dir.split('/').pop()} (${sums} sums)`);
	for (const { x, y, tag } of pairs)
		console.log(
			`  ${tag} [${x.analysis.article.outlet}] ${x.text} ${x.phrase} {${x.words}} | [${y.analysis.article.outlet}] ${y.text} ${y.phrase} {${y.words}}`
		);
}
