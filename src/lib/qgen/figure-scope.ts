/**
 * What sets two counts of the same noun apart, so a comparison never asks why "about 100
 * people" in one town and "roughly 200 people" in another "disagree": the place named next
 * to the figure, the year it belongs to, the group its noun names ("12 Democrats" against
 * "15 Republicans"), and whether it counts what is new or the total. Two figures clash
 * only when both say something of one kind and what they say differs; a figure that says
 * nothing of a kind leaves the question open, and the grouping rules decide. A count of one
 * day ("two orders on Tuesday") and a count run up over a time ("19 orders since taking
 * office") are two counts too.
 */
import { sameName } from './align';
import { WEEKDAYS, monthIndex } from './lexicon';
import type { Placed } from './figure-groups';

export interface FigureScope {
	/** Places named after a preposition near the figure ("in San Diego", "on the U.S. side"), not venues ("at …"). */
	places: Set<string>;
	/**
	 * Places the figure's sentence names anywhere ("… 2,000 troops, most of them stationed at
	 * bases along the Euphrates in Syria"): what the figure counts when nothing nearer says.
	 */
	sentencePlaces: Set<string>;
	/** Years near the figure ("in 2017", "the 2016 count"). */
	years: Set<string>;
	/** Capitalised words of the counted noun ("Democrats", "Republican senators"). */
	groups: Set<string>;
	/** "new" (new, additional, latest) or "total" (a total of, in all, overall). */
	scope?: 'new' | 'total';
	/** People whose count it is, named just before its verb ("Ann Roe scored 20 points"). */
	people: string[];
	/**
	 * "day" for a count of one day ("signed two orders on Tuesday"), "running" for a count
	 * run up over a time ("has signed 19 orders since taking office", "so far", "to date").
	 */
	span?: 'day' | 'running';
}

/**
 * "in Tijuana", "across Ohio", "on the Mexican side": a town, region or side. Not "at" or
 * "near", which name venues: "killed at the Pulse nightclub" and "killed in Orlando" are
 * one place.
 */
const PLACE =
	/\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]n the|[Tt]o the)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|de|del))*)/g;
/**
 * Far from the figure only "in", "across" and "throughout" name where things are: "ties to
 * Russia" and "an inquiry into Russian meddling" say what a count is about, not where.
 */
const SENTENCE_PLACE =
	/\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|de|del))*)/g;
/** Capitalised words after "in" that are not places: months, days, and the like. */
const NOT_PLACE = new Set<string>([...WEEKDAYS, 'total', 'all', 'addition', 'fact', 'response']);
const isPlaceWord = (w: string) => !NOT_PLACE.has(w) && monthIndex(w) < 0 && !/^\d/.test(w);
const NEW_SCOPE = /\b(?:new|newly|additional|latest|further)\b/i;
const TOTAL_SCOPE = /\b(?:total|in all|overall|altogether|all told|cumulative)\b/i;
const RUNNING_SPAN = /\b(?:since|so far|to date|thus far|as of)\b/i;
const DAY_SPAN = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|yesterday|today)\\b`, 'i');

/** The text around a figure that its modifiers sit in: the clause before it and a dozen words after. */
function windowOf(f: Placed): { before: string; after: string } {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const rel = f.mention.start - sentence.start;
	const before = sentence.text
		.slice(0, rel)
		.split(/[;:—–]|\s-\s/)
		.pop()!
		.split(/\s+/)
		.slice(-8)
		.join(' ');
	const after = sentence.text
		.slice(rel + f.mention.text.length)
		.split(/[;:—–]|\s-\s/)[0]!
		.split(/\s+/)
		.slice(0, 14)
		.join(' ');
	return { before, after };
}

const placeKey = (p: string) =>
	p
		.replace(/['’]s$/, '')
		.replace(/[.,]+$/, '')
		.toLowerCase();

/** Figures are compared pairwise across a story; each mention's scope is read once. */
const scopeCache = new WeakMap<Placed['mention'], FigureScope>();

export function figureScope(f: Placed): FigureScope {
	let scope = scopeCache.get(f.mention);
	if (!scope) {
		scope = readScope(f);
		scopeCache.set(f.mention, scope);
	}
	return scope;
}

/** The places a stretch of text names after a preposition of place. */
function placesIn(text: string, pattern: RegExp): Set<string> {
	const places = new Set<string>();
	for (const m of text.matchAll(pattern)) {
		const place = placeKey(m[1]!);
		if (isPlaceWord(place.split(/\s+/)[0]!)) places.add(place);
	}
	return places;
}

/**
 * "last year", "this year", "next year" counted from the publication date: "over 20 tests last
 * year" in a 2018 paper and "16 tests in 2017" name one year; "last year" and "in 2018" do not.
 */
export function relativeYears(text: string, published: string | undefined): string[] {
	const year = Number(published?.slice(0, 4));
	if (!year) return [];
	const shift = { last: -1, this: 0, next: 1 } as const;
	return [...text.matchAll(/\b(last|this|next) year\b/gi)].map((m) =>
		String(year + shift[m[1]!.toLowerCase() as keyof typeof shift])
	);
}

function readScope(f: Placed): FigureScope {
	const { before, after } = windowOf(f);
	const around = `${before} ${f.mention.text} ${after}`;
	const places = placesIn(around, PLACE);
	const sentencePlaces = placesIn(f.analysis.sentences[f.mention.sentence]!.text, SENTENCE_PLACE);
	const years = new Set([
		...(around.match(/\b(?:19|20)\d\d\b/g) ?? []).filter((y) => !f.mention.text.includes(y)),
		...relativeYears(around, f.analysis.article.date)
	]);
	const noun = f.mention.noun ?? '';
	const groups = new Set(
		noun
			.split(/\s+/)
			.filter((w) => /^[A-Z][a-z]/.test(w))
			.map((w) => w.toLowerCase().replace(/s$/, ''))
	);
	// The scope words sit in the noun phrase ("12 new rules") or just around it ("a total of 15").
	const near = `${before.split(/\s+/).slice(-3).join(' ')} ${noun} ${after
		.split(/\s+/)
		.slice(noun.split(/\s+/).length, noun.split(/\s+/).length + 3)
		.join(' ')}`;
	const scope = NEW_SCOPE.test(near) ? 'new' : TOTAL_SCOPE.test(near) ? 'total' : undefined;
	// Whose count it is: a person followed by a verb of one to three lower-case words and then
	// the figure ("Ann Roe scored 20 points", "Roe has scored 20"). Not a person right before the
	// figure ("ask President Trump dozens of questions"), who is its object.
	const text = f.analysis.article.text;
	const people = f.analysis.mentions
		.filter((m) => {
			if (m.kind !== 'person' || m.sentence !== f.mention.sentence || m.end > f.mention.start)
				return false;
			const between = text.slice(m.end, f.mention.start).trim();
			return /^(?:[a-z]+\s+){0,2}[a-z]+$/.test(between);
		})
		.map((m) => m.text);
	const span = RUNNING_SPAN.test(around) ? 'running' : DAY_SPAN.test(around) ? 'day' : undefined;
	return { places, sentencePlaces, years, groups, scope, people, span };
}

const disjoint = (a: Set<string>, b: Set<string>) =>
	a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** The places a figure counts in: those beside it, or else those its sentence names. */
const placesOf = (f: FigureScope) => (f.places.size ? f.places : f.sentencePlaces);

/**
 * Whether two figures surely count different things: both name a place, year, group, scope,
 * span (one day or a running count) or person before the figure, and what they name differs. "2,000 troops" in a sentence about
 * one country and "14,000 troops" in one about another are two counts, however far from the
 * figure each sentence names its country.
 */
export function scopesClash(a: FigureScope, b: FigureScope): boolean {
	return (
		disjoint(placesOf(a), placesOf(b)) ||
		disjoint(a.years, b.years) ||
		disjoint(a.groups, b.groups) ||
		(!!a.scope && !!b.scope && a.scope !== b.scope) ||
		(!!a.span && !!b.span && a.span !== b.span) ||
		(a.people.length > 0 &&
			b.people.length > 0 &&
			!a.people.some((x) => b.people.some((y) => sameName(x, y))))
	);
}
