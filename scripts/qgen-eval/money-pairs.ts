/**
 * Sums of money two outlets give for one thing (candidates/compare-money.ts), to read by hand:
 * every pair of sums from two outlets whose phrases share a word, whether samePricedThing
 * pairs them and whether the pair is ASKED (the values cannot both be right).
 *   node scripts/cli/bundled.js scripts/qgen-eval/money-pairs.ts <story folder>...
 * Prints sentences: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import {
	moneyDisagreements,
	pricedThings,
	samePricedThing
} from '../../src/lib/qgen/candidates/compare-money';

for (const dir of process.argv.slice(2)) {
	const view = viewStory('dev', loadFolder(dir).map(analyzeArticle));
	const all = view.analyses.flatMap(pricedThings);
	// pricedThings builds new objects on each call: a sum is known by its article and offset.
	const id = (p: { analysis: { article: { id: string } }; start: number }) =>
		`${p.analysis.article.id}:${p.start}`;
	const asked = new Set(moneyDisagreements(view).flat().map(id));
	console.log(`== ${dir.split('/').pop()} (${all.length} sums)`);
	for (let i = 0; i < all.length; i++)
		for (let j = i + 1; j < all.length; j++) {
			const x = all[i]!,
				y = all[j]!;
			if (x.analysis === y.analysis || x.value === y.value) continue;
			if (!x.words.some((w) => y.words.includes(w))) continue;
			const tag =
				asked.has(id(x)) && asked.has(id(y)) ? 'ASKED' : samePricedThing(x, y) ? 'same ' : 'apart';
			console.log(
				`  ${tag} [${x.analysis.article.outlet}] ${x.text} ${x.phrase} {${x.words}} | [${y.analysis.article.outlet}] ${y.text} ${y.phrase} {${y.words}}`
			);
		}
}
