/**
 * Compare questions on places: two outlets that put the same event in different places
 * ("agents arrested the engineer in Seattle" in one, "… in Bellingham" in the other).
 * Like compare-dates.ts, alignment matters more than coverage: a question on two different
 * arrests in two towns has a wrong premise. The same event means the same verb (or the same
 * event noun before the place: "the arrest in Seattle"), a named person or group in common,
 * and at least three more words in common; and neither outlet names the other's place at
 * all, so neither tells of a second event there or of a move from one place to the other.
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { sameName } from '../align';
import { contentWords, isReporting } from '../figure-groups';
import { lexiconTags } from '../entities';
import { INSTITUTION_NOUNS } from '../lexicon';
import type { ArticleAnalysis, Mention } from '../types';
import { draftBase, type Candidate } from './candidate';
import { sameEventVerbs } from './compare-dates';
import { DATELINE } from './detail';
import { placeClass } from './swap-truefalse';

export interface PlacedEvent {
	mention: Mention;
	analysis: ArticleAnalysis;
	/** The place as written, without a trailing state or country ("Bellingham" of "Bellingham, Wash."). */
	place: string;
	/** Stems of the verb (or event noun) the place belongs to, with its near-synonyms. */
	verbs: Set<string>;
	/** Other content words near it, stemmed. */
	words: Set<string>;
	/** The people and groups the sentence names. */
	names: Mention[];
	/**
	 * For a place that tells where a named person lives or studies ("Jane Roe, 20, of Seattle",
	 * "Jane Roe, a college student in Seattle", "Jane Roe, who lives in Seattle"), that person: the place is theirs, not an event's.
	 */
	home?: Mention;
}

/**
 * "Jane Roe, 20, of", "Jane Roe, a college student in", "Jane Roe, an engineer from": an
 * appositive right after a name of two words or more, ending in the preposition before the place;
 * or a relative clause that says where the person lives now ("Jane Roe, who lives in"). Not a
 * bare "in" ("married her partner, Heather Poe, in Washington": the verb's place), nor "who
 * lived in" or "who grew up in", which may both be true beside another outlet's town.
 */
const HOME_APPOSITIVE =
	/(?:^|[\s“"(])([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+),\s+(?:\d{1,3},\s+)?(?:of|from|(?:a|an)\s+[a-z][a-z -]{1,40}?\s+(?:in|of|from)|who\s+(?:lives|resides)\s+in)\s+$/;

const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '');

/**
 * An event noun right before "in": a word the lexicon knows as both noun and verb ("the
 * arrest in Seattle", "a raid in …", "protests in …"), or an "-ing" noun ("the shooting in …").
 */
function eventNoun(word: string, before: string): string | undefined {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length < 4 || word !== w) return undefined;
	if (!/\b(?:the|a|an|his|her|their|its|[a-z]+['’]s)\s*$/i.test(before)) return undefined;
	const base = w.replace(/s$/, '');
	const tags = lexiconTags(base);
	if (tags.has('Adjective')) return undefined;
	if (tags.has('Verb') || /[a-z]{3}(?:ion|ing|ment)$/.test(base)) return stem(base);
	return undefined;
}

/**
 * A place that is a region holding towns ("King County", "the Northern District"): set beside
 * a town it may hold, it is no disagreement.
 */
const WIDE_PLACE =
	/\b(?:county|province|state|district|region|territory|area|valley|coast|peninsula|borough|parish)$/i;

/**
 * The place after "in": a name compromise tags as a place, or capitalised words it does not
 * know at all ("Bellingham", "Tacoma"), never a person the story names, a month or weekday, an
 * organisation or a common word ("in Congress", "in January", "in English").
 */
function placeName(
	view: StoryView | undefined,
	a: ArticleAnalysis,
	start: number,
	text: string
): boolean {
	const words = text.split(/[\s-]+/);
	if (words.some((w) => INSTITUTION_NOUNS.includes(w.toLowerCase()))) return false;
	const mention = a.mentions.find((m) => m.start === start);
	if (mention?.kind === 'place') return true;
	if (mention && mention.kind !== 'person' && mention.kind !== 'org') return false;
	if (mention?.kind === 'person' && view?.people.includes(view.canon(mention.text))) return false;
	const tags = words.map((w) => lexiconTags(w));
	if (words.length > 1 && lexiconTags(text).has('Place')) return true;
	if (
		words.length === 1 &&
		(tags[0]!.has('City') || tags[0]!.has('Country') || tags[0]!.has('Region'))
	)
		return true;
	return tags.every((t) => t.size === 0);
}

/**
 * The verb a place belongs to: the nearest past-tense or "-ed" word before it in its clause
 * ("arrested the software engineer in Seattle"), not a reporting verb ("said in Seattle"), or
 * the first after it when the place opens the sentence ("In Seattle, agents arrested …").
 */
export function placeVerb(sentence: string, start: number, end: number): string | undefined {
	// "arrested Jane Roe, a former engineer, in Seattle": the aside is no clause of its own.
	const clause = sentence
		.slice(0, start)
		.replace(/,\s+[^,;:]{2,60},(\s+in\s+(?:downtown\s+)?)$/i, '$1')
		.split(/[,;:—–(]|\s-\s|\b(?:who|which|that|where|after|before|while|when|because)\b/)
		.pop()!;
	const isVerb = (raw: string) => {
		const w = raw.replace(/^[^a-z]+|[^a-z]+$/g, '');
		if (w.length < 3 || w !== raw.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '')) return undefined;
		if (isReporting(w)) return null;
		const tags = lexiconTags(w);
		if (tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal')) return undefined;
		if (tags.has('PastTense') || (/[a-z]{3}ed$/.test(w) && !tags.has('Adjective'))) return stem(w);
		return undefined;
	};
	for (const w of clause.split(/\s+/).filter(Boolean).reverse()) {
		const v = isVerb(w);
		if (v === null) return undefined;
		if (v) return v;
	}
	if (!/^\s*,/.test(sentence.slice(end))) return undefined;
	for (const w of sentence
		.slice(end)
		.split(/[;:—–(]/)[0]!
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 10)) {
		const v = isVerb(w);
		if (v === null) return undefined;
		if (v) return v;
	}
	return undefined;
}

const MONTH_OR_DAY =
	/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/** Each article's places that belong to an event: "<verb> … in <Place>", outside quotes and datelines. */
export function placedEvents(a: ArticleAnalysis, view?: StoryView): PlacedEvent[] {
	const out: PlacedEvent[] = [];
	for (const s of a.sentences) {
		const skip = DATELINE.exec(s.text)?.[0].length ?? 0;
		// "in Seattle", "in downtown Seattle", "In Seattle," ("outside", "near" and "at" say something else).
		for (const hit of s.text.matchAll(
			/(?:^|\s)(?:[Ii]n|of|from)\s+(?:downtown\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'’-])/g
		)) {
			const place = hit[1]!;
			const rel = hit.index + hit[0].length - place.length;
			const start = s.start + rel;
			const end = start + place.length;
			if (rel < skip || MONTH_OR_DAY.test(place.split(/[ -]/)[0]!)) continue;
			if (a.quoted.some((q) => q.start < end && start < q.end)) continue;
			if (WIDE_PLACE.test(place) || !placeName(view, a, start, place)) continue;
			const before = s.text.slice(0, rel);
			const after = s.text.slice(rel + place.length);
			// "in Bellingham, Wash." names the town and its state: the town is the place.
			const stateAfter = /^,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=[\s,.;]|$)/.exec(after);
			// "in Seattle and Tacoma", "in Iowa, New Hampshire and Nevada": a list places nothing alone.
			if (
				/\b(?:and|or)\s*$/i.test(before.replace(/[Ii]n\s+(?:downtown\s+)?$/, '')) ||
				(!stateAfter && /^\s*(?:,\s*(?:[A-Z]|and\b|or\b)|and\b|or\b|&)/.test(after))
			)
				continue;
			// "in Seattle's suburbs", "in Seattle-area schools", "in Seattle police custody": a place
			// that modifies a noun after it is not where the event happened.
			const next = /^\s+([a-z]+)/.exec(after)?.[1];
			const nextTags = next ? lexiconTags(next) : undefined;
			if (
				/^(?:['’]s\b|-[a-z])/.test(after) ||
				(nextTags?.has('Noun') && !nextTags.has('Verb') && !nextTags.has('Preposition'))
			)
				continue;
			const lead = before.replace(/\s*[Ii]n\s+(?:downtown\s+)?$/, '');
			const prevWord = /([A-Za-z-]+)\s*$/.exec(lead)?.[1] ?? '';
			// "Jane Roe, 20, of Seattle": where a named person is from, whatever the sentence tells.
			const appositive = HOME_APPOSITIVE.exec(before.replace(/downtown\s+$/, ''));
			const homeStart = appositive
				? s.start + appositive.index + appositive[0].indexOf(appositive[1]!)
				: -1;
			const home = a.mentions.find(
				(n) =>
					n.kind === 'person' &&
					n.start === homeStart &&
					n.end === homeStart + appositive![1]!.length
			);
			if (!home && !/[Ii]n\s+(?:downtown\s+)?$/.test(before)) continue;
			// "the arrest in Seattle": the noun right before the place names the event.
			const verb = home
				? 'home'
				: (placeVerb(s.text, rel, rel + place.length) ??
					eventNoun(prevWord, lead.slice(0, lead.length - prevWord.length)));
			if (!verb) continue;
			const verbs = sameEventVerbs(verb);
			const mention: Mention = {
				kind: 'place',
				text: place,
				start,
				end,
				articleId: a.article.id,
				sentence: s.index
			};
			const words = new Set(
				[...contentWords({ mention, analysis: a })]
					.map(stem)
					.filter((w) => !verbs.has(w) && !place.toLowerCase().includes(w))
			);
			const names = a.mentions.filter(
				(n) =>
					n.sentence === s.index &&
					(n.kind === 'person' || n.kind === 'org') &&
					!(n.start < end && start < n.end) &&
					!a.quoted.some((q) => q.start < n.end && n.start < q.end)
			);
			out.push({ mention, analysis: a, place, verbs, words, names, ...(home ? { home } : {}) });
		}
	}
	return out;
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** Same event: a verb in common, a named person or group in common, and three more words. */
export function samePlacedEvent(view: StoryView, a: PlacedEvent, b: PlacedEvent): boolean {
	const same = (x: Mention, y: Mention) =>
		view.canon(x.text).toLowerCase() === view.canon(y.text).toLowerCase() ||
		sameName(view.canon(x.text), view.canon(y.text));
	// Where one named person is from: the same person is the same fact.
	if (a.home || b.home) return !!a.home && !!b.home && same(a.home, b.home);
	if (!shared(a.verbs, b.verbs) || shared(a.words, b.words) < 3) return false;
	// "Agents arrested Jane Roe in Seattle" and "agents arrested John Poe in Tacoma": one agency,
	// two arrests. Both name people, so one of them must be the same.
	const people = (e: PlacedEvent) => e.names.filter((n) => n.kind === 'person');
	if (
		people(a).length &&
		people(b).length &&
		!people(a).some((x) => people(b).some((y) => same(x, y)))
	)
		return false;
	return a.names.some((x) => b.names.some((y) => same(x, y)));
}

/** One place holds or is the other: "New York" and "New York City", "Washington" and "Washington state". */
function samePlace(x: string, y: string): boolean {
	const a = x.toLowerCase();
	const b = y.toLowerCase();
	return a.includes(b) || b.includes(a);
}

/**
 * Two places that could both be right for one event: a city and the state or country around
 * it ("Seattle", "Washington"), or a borough the word list knows only as a place beside the
 * state or city named like it ("Manhattan", "New York"). Only two places of one kind (two
 * cities, two countries), or two towns ("Seattle" and "Bellingham", which the word list does
 * not class), are told apart.
 */
function mayHoldEachOther(x: string, y: string): boolean {
	const a = placeClass(x);
	const b = placeClass(y);
	if (a && b) return a !== b;
	const wide = (c: string | undefined) => c === 'Region' || c === 'Country';
	return wide(a) || wide(b);
}

/**
 * Pairs of one event placed differently by two outlets. Not when either article names the
 * other's place anywhere (a second event there, or a move from one to the other), nor when
 * the sentences give the event different days (two arrests, not one in two places).
 */
export function placeDisagreements(view: StoryView): [PlacedEvent, PlacedEvent][] {
	const events = view.analyses.flatMap((a) => placedEvents(a, view));
	const out: [PlacedEvent, PlacedEvent][] = [];
	const seen = new Set<string>();
	const names = (e: PlacedEvent, place: string) =>
		new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(
			e.analysis.article.text
		);
	const dayOf = (e: PlacedEvent) =>
		e.analysis.mentions.find((d) => d.kind === 'date' && d.sentence === e.mention.sentence)?.iso;
	for (const x of events)
		for (const y of events) {
			if (x.analysis.article.id >= y.analysis.article.id) continue;
			if (view.label.get(x.analysis.article.id) === view.label.get(y.analysis.article.id)) continue;
			if (samePlace(x.place, y.place) || mayHoldEachOther(x.place, y.place)) continue;
			if (names(x, y.place) || names(y, x.place)) continue;
			if (!samePlacedEvent(view, x, y)) continue;
			const dx = dayOf(x);
			const dy = dayOf(y);
			if (!x.home && dx && dy && dx !== dy) continue;
			// One outlet that places the event in two places has no one place to set beside another's.
			const twice = (e: PlacedEvent) =>
				events.some(
					(z) =>
						z.analysis === e.analysis &&
						!samePlace(z.place, e.place) &&
						(e.home
							? samePlacedEvent(view, z, e)
							: shared(z.verbs, e.verbs) > 0 && shared(z.words, e.words) >= 3)
				);
			if (twice(x) || twice(y)) continue;
			const key = `${x.analysis.article.id}:${y.analysis.article.id}:${x.place}:${y.place}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push([x, y]);
		}
	return out;
}

/**
 * For each side of a disagreement, the sentence with its place gapped: "Which place does
 * Daily A give?" The other outlet's place is the wrong answer its readers would pick; other
 * places the story names, of the same kind when the word list knows it, fill the choices.
 */
export function placeCompareCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	// The places the story names: the name finder's, and the towns "in <Place>" names after an
	// event that its word list does not know ("in Tacoma").
	const storyPlaces = [
		...new Set(
			view.analyses.flatMap((a) => [
				...a.mentions
					.filter((m) => m.kind === 'place' && !WIDE_PLACE.test(m.text))
					.map((m) => m.text.trim()),
				...placedEvents(a, view).map((e) => e.place)
			])
		)
	];
	for (const pair of placeDisagreements(view))
		for (const [x, y] of [pair, [pair[1], pair[0]] as const]) {
			const xs = x.analysis.sentences[x.mention.sentence]!;
			const ys = y.analysis.sentences[y.mention.sentence]!;
			const kind = placeClass(x.place);
			const others = storyPlaces.filter(
				(p) =>
					!samePlace(p, x.place) &&
					!samePlace(p, y.place) &&
					!xs.text.includes(p) &&
					// A place of another kind may hold the key ("Washington" for "Seattle"); one the word
					// list does not know is a town "in <Place>" named.
					(!placeClass(p) || placeClass(p) === (kind ?? 'City'))
			);
			const texts: string[] = [];
			for (const t of [x.place, y.place, ...others])
				if (texts.length < 4 && !texts.some((u) => u.toLowerCase() === t.toLowerCase()))
					texts.push(t);
			if (texts.length < 3) continue;
			const rel = x.mention.start - xs.start;
			const gapped = `${xs.text.slice(0, rel)}____${xs.text.slice(rel + x.place.length)}`
				.replace(/\s+/g, ' ')
				.trim();
			if (gapped.split(/\s+/).length > 45) continue;
			const mine = view.label.get(x.analysis.article.id)!;
			const other = view.label.get(y.analysis.article.id)!;
			const choices = makeChoices(texts, x.place + mine);
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`${mine} and ${other} give different places for ${x.home ? view.canon(x.home.text) : 'the same event'}. ${mine} writes: “${gapped}” Which place does ${mine} give?`,
						[spanOf(xs), spanOf(ys)],
						`${mine} gives “${x.place}”: “${xs.text.trim()}” ${other} gives “${y.place}”: “${ys.text.trim()}”`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, x.place)]
				},
				keyTexts: [x.place],
				hidden: [x.place],
				excerpt: gapped,
				answerKey: `place-outlet:${x.analysis.article.id}:${x.place}:${y.place}`,
				// One place against another for one event cannot both be true, like two days.
				quality: 0.93,
				position: x.mention.sentence
			});
		}
	return out;
}
