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
import { contentWords, figureGroups, predicatesNear } from '../../src/lib/qgen/figure-groups';
import { figureScope } from '../../src/lib/qgen/figure-scope';
import { nounLemma } from '../../src/lib/qgen/align';
import {
	datedEvents,
	sameDayWeekdayEvent,
	sameEvent
} from '../../src/lib/qgen/candidates/compare-dates';
import { laterOccasion } from '../../src/lib/qgen/candidates/compare-later';
import {
	placeDisagreements,
	placedEvents,
	samePlacedEvent
} from '../../src/lib/qgen/candidates/compare-places';

const head = (f: CountedFigure) => nounLemma((f.mention.noun ?? '').split(/\s+/).pop()!);
for (const dir of process.argv.slice(2)) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const groupOf = new Map<CountedFigure, number>();
	let g = 0;
	for (const grp of figureGroups(view.figures)) {
		g++;
		for (const f of grp.figs) groupOf.set(f, g);
	}
	console.log(`== ${dir.split('/').pop()}`);
	const both = (x: Set<string>, y: Set<string>) => [...x].filter((w) => y.has(w)).join(',');
	const scopeText = (f: CountedFigure) => {
		const s = figureScope(f);
		return `places=${[...s.places]} years=${[...s.years]} groups=${[...s.groups]} scope=${s.scope ?? ''}`;
	};
	const figs = view.figures;
	for (let i = 0; i < figs.length; i++)
		for (let j = i + 1; j < figs.length; j++) {
			const a = figs[i]!,
				b = figs[j]!;
			if (a.analysis === b.analysis || head(a) !== head(b) || a.mention.value === b.mention.value)
				continue;
			if (head(a) === 'percent' || head(a) === 'year') continue;
			const same = groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b);
			const sent = (f: CountedFigure) =>
				f.analysis.sentences[f.mention.sentence]!.text.replace(/\s+/g, ' ').slice(0, 200);
			console.log(
				`  ${same ? 'GROUPED' : 'apart  '} ${a.key} | ${b.key} words=${both(contentWords(a), contentWords(b))} verbs=${both(predicatesNear(a), predicatesNear(b))}\n    A ${scopeText(a)}\n    B ${scopeText(b)}\n    [${a.analysis.article.outlet}] ${a.mention.text} ${a.mention.noun}: ${sent(a)}\n    [${b.analysis.article.outlet}] ${b.mention.text} ${b.mention.noun}: ${sent(b)}`
			);
		}
}

// Dates: pairs of dated events from two outlets with a verb in common and different days.
for (const dir of process.argv.slice(2)) {
	const articles = loadFolder(dir);
	const view = viewStory('dev', articles.map(analyzeArticle));
	const events = view.analyses.flatMap(datedEvents);
	console.log(`== dates ${dir.split('/').pop()} (${events.length} dated events)`);
	for (let i = 0; i < events.length; i++)
		for (let j = i + 1; j < events.length; j++) {
			const x = events[i]!,
				y = events[j]!;
			if (x.analysis === y.analysis || x.mention.iso === y.mention.iso) continue;
			// "last week" has a week, no iso: set it beside days only, never beside a year.
			const isYear = (e: typeof x) => e.mention.iso?.length === 4;
			if (isYear(x) !== isYear(y)) continue;
			const verbs = [...x.verbs].filter((v) => y.verbs.has(v));
			const words = [...x.words].filter((w) => y.words.has(w));
			if (!verbs.length && words.length < 2) continue;
			const sent = (e: typeof x) =>
				e.analysis.sentences[e.mention.sentence]!.text.replace(/\s+/g, ' ').slice(0, 180);
			console.log(
				`  ${laterOccasion(x, y) || laterOccasion(y, x) ? 'LATER' : sameEvent(x, y) ? 'SAME ' : sameDayWeekdayEvent(x, y) ? 'DAY  ' : 'apart'} verbs=${verbs} words=${words}\n    [${x.analysis.article.outlet} ${x.analysis.article.date}] ${x.mention.text}=${x.mention.iso} {${[...x.verbs]}}: ${sent(x)}\n    [${y.analysis.article.outlet} ${y.analysis.article.date}] ${y.mention.text}=${y.mention.iso} {${[...y.verbs]}}: ${sent(y)}`
			);
		}
	const placed = view.analyses.flatMap((a) => placedEvents(a, view));
	const asked = new Set(placeDisagreements(view).flat());
	console.log(`== places ${dir.split('/').pop()} (${placed.length} placed events)`);
	for (let i = 0; i < placed.length; i++)
		for (let j = i + 1; j < placed.length; j++) {
			const x = placed[i]!,
				y = placed[j]!;
			if (x.analysis === y.analysis || x.place.toLowerCase() === y.place.toLowerCase()) continue;
			const verbs = [...x.verbs].filter((v) => y.verbs.has(v));
			const words = [...x.words].filter((w) => y.words.has(w));
			if (!verbs.length) continue;
			const sent = (e: typeof x) =>
				e.analysis.sentences[e.mention.sentence]!.text.replace(/\s+/g, ' ').slice(0, 180);
			const mark =
				asked.has(x) && asked.has(y) ? 'ASKED' : samePlacedEvent(view, x, y) ? 'SAME ' : 'apart';
			console.log(
				`  ${mark} verbs=${verbs} words=${words}\n    [${x.analysis.article.outlet}] ${x.place} [${x.names.map((n) => n.text)}]: ${sent(x)}\n    [${y.analysis.article.outlet}] ${y.place} [${y.names.map((n) => n.text)}]: ${sent(y)}`
			);
		}
}
