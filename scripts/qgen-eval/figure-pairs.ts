/**
 * Candidate pairs for figure comparisons, to read by hand: for each story, every pair of
 * figures from two outlets whose counted nouns share a head word and whose values differ,
 * with their keys and whether figureGroups puts them together; then pairs of dated events
 * (compare-dates.datedEvents) with a verb or two words in common and different days (LATER:
 * two occasions, the later after the other outlet went to press, compare-later.ts); then
 * pairs of placed events (compare-places.placedEvents, "arrested … in Seattle") with a verb in
 * common and different places, ASKED when placeDisagreements pairs them.
 *   node scripts/cli/bundled.js scripts/qgen-eval/figure-pairs.ts <story folder>...
 * Prints sentences: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory, type CountedFigure } from '../../src/lib/qgen/analyze';
import { contentWords, predicatesNear } from '../../src/lib/qgen/figure-groups';
import { figureScope } from '../../src/lib/qgen/figure-scope';
import { datePairs, figurePairs, placePairs } from './compare-pairs';

for (const dir of process.argv.slice(2)) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	console.log(`== ${dir.split('/').pop()}`);
	const both = (x: Set<string>, y: Set<string>) => [...x].filter((w) => y.has(w)).join(',');
	const scopeText = (f: CountedFigure) => {
		const s = figureScope(f);
		return `places=${[...s.places]} years=${[...s.years]} groups=${[...s.groups]} scope=${s.scope ?? ''}`;
	};
	const sent = (f: CountedFigure) =>
		f.analysis.sentences[f.mention.sentence]!.text.replace(/\s+/g, ' ').slice(0, 200);
	for (const { a, b, grouped } of figurePairs(view))
		console.log(
			`  ${grouped ? 'GROUPED' : 'apart  '} ${a.key} | ${b.key} words=${both(contentWords(a), contentWords(b))} verbs=${both(predicatesNear(a), predicatesNear(b))}\n    A ${scopeText(a)}\n    B ${scopeText(b)}\n    [${a.analysis.article.outlet}] ${a.mention.text} ${a.mention.noun}: ${sent(a)}\n    [${b.analysis.article.outlet}] ${b.mention.text} ${b.mention.noun}: ${sent(b)}`
		);
}

// Dates: pairs of dated events from two outlets with a verb in common and different days.
for (const dir of process.argv.slice(2)) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const sentence = (
		e: { analysis: CountedFigure['analysis']; mention: { sentence: number } },
		n: number
	) => e.analysis.sentences[e.mention.sentence]!.text.replace(/\s+/g, ' ').slice(0, n);
	const dated = datePairs(view);
	console.log(`== dates ${dir.split('/').pop()} (${dated.events} dated events)`);
	for (const { x, y, mark, verbs, words } of dated.pairs)
		console.log(
			`  ${mark} verbs=${verbs} words=${words}\n    [${x.analysis.article.outlet} ${x.analysis.article.date}] ${x.mention.text}=${x.mention.iso} {${[...x.verbs]}}: ${sentence(x, 180)}\n    [${y.analysis.article.outlet} ${y.analysis.article.date}] ${y.mention.text}=${y.mention.iso} {${[...y.verbs]}}: ${sentence(y, 180)}`
		);
	const places = placePairs(view);
	console.log(`== places ${dir.split('/').pop()} (${places.placed} placed events)`);
	for (const { x, y, mark, verbs, words } of places.pairs)
		console.log(
			`  ${mark} verbs=${verbs} words=${words}\n    [${x.analysis.article.outlet}] ${x.place} [${x.names.map((n) => n.text)}]: ${sentence(x, 180)}\n    [${y.analysis.article.outlet}] ${y.place} [${y.names.map((n) => n.text)}]: ${sentence(y, 180)}`
		);
}
