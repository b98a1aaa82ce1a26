/**
 * Each headline's clauses as headline-claim.ts reads them (subject | predicate, said in sentence
 * case) and the claim it would ask about, if any: to read whether a "Which outlet's headline
 * says that …?" prompt states a whole clause and one no other headline makes.
 *   node scripts/cli/bundled.js scripts/qgen-eval/claim-debug.ts <story folder>...
 * Prints headlines: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { nameTest } from '../../src/lib/qgen/headline-grammar';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import {
	headlineClaim,
	headlineClauses,
	sayClause
} from '../../src/lib/qgen/candidates/headline-claim';
import { normaliseSpace } from '../../src/lib/content/space';

for (const dir of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const isName = nameTest(articles.map((a) => a.text));
	const titles = articles.map((a) => normaliseSpace(a.title));
	const names = [...view.people, ...view.names.place, ...view.names.org];
	console.log(dir.split('/').slice(-1)[0]);
	titles.forEach((t, i) => {
		console.log(`  “${t}”`);
		for (const c of headlineClauses(t, isName))
			console.log(
				`    ${c.main ? 'main' : 'more'}: ${c.subject.map((w) => w.text).join(' ')} | ${c.predicate.map((w) => w.text).join(' ')} → ${sayClause(c, isName) ?? '-'}`
			);
		const claim = headlineClaim(
			t,
			titles.filter((_, j) => j !== i),
			isName,
			names
		);
		console.log(`    CLAIM: ${claim ? `${claim.claim} [${claim.own.join(', ')}]` : '-'}`);
	});
}
