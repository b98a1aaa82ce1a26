/**
 * The raw material of number, date and place comparisons in one story: every pair of mentions
 * from two outlets that could be one thing told differently, with whether the generator's
 * alignment takes them for one. figure-pairs.ts and money-pairs.ts print these pairs to read;
 * compare-material.ts counts them, to tell a story whose outlets never give two versions of
 * anything countable from one whose versions the alignment leaves apart.
 */
import type { CountedFigure, StoryView } from '../../src/lib/qgen/analyze';
import { figureGroups } from '../../src/lib/qgen/figure-groups';
import { nounLemma } from '../../src/lib/qgen/align';
import {
	datedEvents,
	sameDayWeekdayEvent,
	sameEvent,
	type DatedEvent
} from '../../src/lib/qgen/candidates/compare-dates';
import { laterOccasion } from '../../src/lib/qgen/candidates/compare-later';
import {
	placeDisagreements,
	placedEvents,
	samePlacedEvent
} from '../../src/lib/qgen/candidates/compare-places';
import {
	moneyDisagreements,
	pricedThings,
	samePricedThing
} from '../../src/lib/qgen/candidates/compare-money';

const headNoun = (f: CountedFigure) => nounLemma((f.mention.noun ?? '').split(/\s+/).pop()!);

/** Two outlets' figures with one counted noun and different values; `grouped` when figureGroups joins them. */
export function figurePairs(view: StoryView) {
	const groupOf = new Map<CountedFigure, number>();
	figureGroups(view.figures).forEach((grp, g) => grp.figs.forEach((f) => groupOf.set(f, g)));
	const out: { a: CountedFigure; b: CountedFigure; grouped: boolean }[] = [];
	const figs = view.figures;
	for (let i = 0; i < figs.length; i++)
		for (let j = i + 1; j < figs.length; j++) {
			const a = figs[i]!,
				b = figs[j]!;
			if (a.analysis === b.analysis || headNoun(a) !== headNoun(b)) continue;
			if (a.mention.value === b.mention.value) continue;
			// Shares and years are compared by their own rules (compare-hedges.ts, compare-dates.ts).
			if (headNoun(a) === 'percent' || headNoun(a) === 'year') continue;
			const grouped = groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b);
			out.push({ a, b, grouped });
		}
	return out;
}

/**
 * Two outlets' dated events on different days with a verb or two words in common: `LATER` two
 * occasions (compare-later.ts), `SAME ` or `DAY  ` one event (compare-dates.ts), else `apart`.
 */
export function datePairs(view: StoryView) {
	const events = view.analyses.flatMap(datedEvents);
	const pairs: {
		x: DatedEvent;
		y: DatedEvent;
		mark: 'LATER' | 'SAME ' | 'DAY  ' | 'apart';
		verbs: string[];
		words: string[];
	}[] = [];
	for (let i = 0; i < events.length; i++)
		for (let j = i + 1; j < events.length; j++) {
			const x = events[i]!,
				y = events[j]!;
			if (x.analysis === y.analysis || x.mention.iso === y.mention.iso) continue;
			// "last week" has a week, no iso: set it beside days only, never beside a year.
			const isYear = (e: DatedEvent) => e.mention.iso?.length === 4;
			if (isYear(x) !== isYear(y)) continue;
			const verbs = [...x.verbs].filter((v) => y.verbs.has(v));
			const words = [...x.words].filter((w) => y.words.has(w));
			if (!verbs.length && words.length < 2) continue;
			const mark =
				laterOccasion(x, y) || laterOccasion(y, x)
					? 'LATER'
					: sameEvent(x, y)
						? 'SAME '
						: sameDayWeekdayEvent(x, y)
							? 'DAY  '
							: 'apart';
			pairs.push({ x, y, mark, verbs, words });
		}
	return { events: events.length, pairs };
}

/** Two outlets' placed events ("arrested … in Seattle") with a verb in common and different places. */
export function placePairs(view: StoryView) {
	const placed = view.analyses.flatMap((a) => placedEvents(a, view));
	const asked = new Set(placeDisagreements(view).flat());
	const out: {
		x: (typeof placed)[number];
		y: (typeof placed)[number];
		mark: 'ASKED' | 'SAME ' | 'apart';
		verbs: string[];
		words: string[];
	}[] = [];
	for (let i = 0; i < placed.length; i++)
		for (let j = i + 1; j < placed.length; j++) {
			const x = placed[i]!,
				y = placed[j]!;
			if (x.analysis === y.analysis || x.place.toLowerCase() === y.place.toLowerCase()) continue;
			const verbs = [...x.verbs].filter((v) => y.verbs.has(v));
			const words = [...x.words].filter((w) => y.words.has(w));
			if (!verbs.length) continue;
			const mark =
				asked.has(x) && asked.has(y) ? 'ASKED' : samePlacedEvent(view, x, y) ? 'SAME ' : 'apart';
			out.push({ x, y, mark, verbs, words });
		}
	return { placed: placed.length, pairs: out };
}

/**
 * Two outlets' sums of money with different values whose phrases for what is paid for share a
 * word: `ASKED` (they cannot both be right), `same ` (one thing priced), else `apart`.
 */
export function moneyPairs(view: StoryView) {
	const all = view.analyses.flatMap(pricedThings);
	// pricedThings builds new objects on each call: a sum is known by its article and offset.
	const id = (p: { analysis: { article: { id: string } }; start: number }) =>
		`${p.analysis.article.id}:${p.start}`;
	const asked = new Set(moneyDisagreements(view).flat().map(id));
	const out: {
		x: (typeof all)[number];
		y: (typeof all)[number];
		tag: 'ASKED' | 'same ' | 'apart';
	}[] = [];
	for (let i = 0; i < all.length; i++)
		for (let j = i + 1; j < all.length; j++) {
			const x = all[i]!,
				y = all[j]!;
			if (x.analysis === y.analysis || x.value === y.value) continue;
			if (!x.words.some((w) => y.words.includes(w))) continue;
			const tag =
				asked.has(id(x)) && asked.has(id(y)) ? 'ASKED' : samePricedThing(x, y) ? 'same ' : 'apart';
			out.push({ x, y, tag });
		}
	return { sums: all.length, pairs: out };
}
