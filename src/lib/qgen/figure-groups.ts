/**
 * Which figures count the same thing, so a compare question never sets "50 wounded"
 * beside killed counts or "400 people in the caravan" beside "a dozen people on the
 * fence". The quantity key (align.quantityKey) already says what kind of thing is
 * counted; here figures with that key are split further by what happens to it.
 * Hand-written: compromise's full tagger would find the verbs too, but costs more than
 * our whole time budget, so verbs are read from its word list (see entities.lexiconTags).
 */
import type { CountedFigure, StoryView } from './analyze';
import { nounLemma } from './align';
import { lexiconTags } from './entities';
import { COUNTED_NOUN_SYNONYMS } from './lexicon';
import { figureScope, scopesClash, type FigureScope } from './figure-scope';
import { figureSources, sameSource } from './figure-source';
import { isListedPart } from './figure-parts';
import type { Mention } from './types';

/** A mention in its article: a counted figure, or a date (see candidates/compare-dates). */
export type Placed = Pick<CountedFigure, 'mention' | 'analysis'>;

/** Event words that, standing where the noun should be, mean the count is elliptical ("50 killed and 50 wounded"). */
const EVENT_NOUN = /^(killed|dead|died|wounded|injured|hurt|arrested|detained|missing|deployed)$/i;

/**
 * A running total over a period ("hundreds have been killed in recent months") never counts
 * the same thing as one event's toll, however alike the words.
 */
const TALLY =
	/\b(?:ha(?:ve|s|d) been|since|so far|to date|in recent (?:days|weeks|months|years)|over the (?:past|last)|this year|last year|in all)\b/i;

/** Verbs of reporting say who counted, not what happened to what was counted. */
const REPORTING = new Set(
	'said says say told tells report reported reports according estimated estimates added wrote noted stated claimed including included'.split(
		' '
	)
);
const NOT_VERBS = new Set('hundred united need indeed embed'.split(' '));

/**
 * The sentence after the figure, an appositive on the counted noun left out: in "More than
 * 150 migrants, part of a caravan that once numbered about 1,200, were prepared to seek
 * asylum" the figure's own verb is "prepared", which a fixed window of words would miss.
 */
export function textAfterFigure(f: Placed): string {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const after = sentence.text.slice(f.mention.start - sentence.start + f.mention.text.length);
	const noun = f.mention.noun ?? '';
	const at = noun ? after.indexOf(noun) : -1;
	if (at < 0 || at > 12) return after;
	const nounEnd = at + noun.length;
	// ", part of …, were prepared": a comma right after the noun, a second one (not inside
	// "1,200") within thirty words, and a verb-like word after it.
	const m =
		/^,\s((?:[^,]|,(?=\d))+?),\s+((?:were|was|are|is|have|has|had|who|[a-z]+ed)\b[^]*)$/.exec(
			after.slice(nounEnd)
		);
	if (!m || m[1]!.split(/\s+/).length > 30) return after;
	return `${after.slice(0, nounEnd)} ${m[2]}`;
}

/**
 * A word's rough verb stem ("stormed" → "storm"), or undefined when it is not surely a verb,
 * or is a verb of reporting: "tests", "plans", "questions" are nouns as often as verbs, and
 * only sure verbs link figures.
 */
export function verbStem(raw: string): string | undefined {
	const w = raw.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
	if (w.length < 3 || w !== w.toLowerCase() || REPORTING.has(w) || NOT_VERBS.has(w)) return;
	const tags = lexiconTags(w);
	const verb =
		(tags.has('Verb') &&
			!/[^s]s$/.test(w) &&
			!tags.has('Noun') &&
			!tags.has('Copula') &&
			!tags.has('Auxiliary') &&
			!tags.has('Modal')) ||
		(w.length >= 5 && w.endsWith('ed') && !tags.has('Noun'));
	return verb ? w.replace(/(?:ing|ed|es|s)$/, '') : undefined;
}

/** "said", "told", "according": words that say who told it, not what happened. */
export const isReporting = (raw: string) =>
	REPORTING.has(raw.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '').toLowerCase());

/** The verbs near a figure, reduced to a rough stem ("stormed" and "storms" → "storm"). */
export function predicatesNear(f: Placed): Set<string> {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const rel = f.mention.start - sentence.start;
	const before = sentence.text.slice(0, rel).split(/\s+/).slice(-6);
	const after = textAfterFigure(f).split(/\s+/).slice(0, 12);
	const out = new Set<string>();
	for (const raw of [...before, ...after]) {
		const stem = verbStem(raw);
		if (stem) out.add(stem);
	}
	return out;
}

const STOP = new Set(
	'about after again against also been before being between could during from have into more most other over said same some such than that their there these they this those through under were when where which while with would them then what your just like only said says told made make year years week time roughly around nearly almost least fewer dozen dozens scores hundred hundreds thousand thousands million millions'.split(
		' '
	)
);

/** Counted nouns too general to say on their own that two figures count one thing. */
const GENERIC_HEADS = new Set(['people', 'person', 'other', 'one', 'time', 'thing', 'member']);

/** "protester" for "thousands of angry protesters": the last word of the counted noun, singular. */
const nounHead = (f: CountedFigure) => nounLemma((f.mention.noun ?? '').split(/\s+/).pop()!);

/** "new rule" for "new rules": a counted noun of two words or more, its head in the singular. */
function modifiedNoun(f: CountedFigure): string | undefined {
	const words = (f.mention.noun ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length < 2) return undefined;
	return [...words.slice(0, -1), nounLemma(words.at(-1)!)].join(' ');
}

/** Content words within ten words of the figure, hedges and the counted noun left out. */
export function contentWords(f: Placed): Set<string> {
	const noun = (f.mention.noun ?? '').toLowerCase();
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const rel = f.mention.start - sentence.start;
	const near = [
		...sentence.text.slice(0, rel).split(/\s+/).slice(-10),
		...sentence.text.slice(rel).split(/\s+/).slice(0, 14)
	]
		.join(' ')
		.toLowerCase();
	return new Set((near.match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w) && !noun.includes(w)));
}

/**
 * Content words in the figure's own predicate (the dozen words after it): a shared verb
 * links two figures only with something it acts on in common ("stormed the embassy" twice),
 * not "about 100 people chanted" on one side of a border and "several hundred supporters
 * who chanted" on the other.
 */
function predicateWords(f: CountedFigure): Set<string> {
	const noun = (f.mention.noun ?? '').toLowerCase();
	const verbs = predicatesNear(f);
	const after = textAfterFigure(f).split(/\s+/).slice(0, 14).join(' ').toLowerCase();
	return new Set(
		(after.match(/[a-z]{4,}/g) ?? []).filter(
			(w) => !STOP.has(w) && !noun.includes(w) && !verbs.has(w.replace(/(?:ing|ed|es|s)$/, ''))
		)
	);
}

export const isTally = (f: CountedFigure) =>
	TALLY.test(f.analysis.sentences[f.mention.sentence]!.text);

/**
 * A running total in the figure's own clause: "15 bills that … have been ignored" says what
 * became of the bills in a relative clause, not that 15 is a total so far.
 */
function ownTally(f: CountedFigure): boolean {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const rel = f.mention.start - sentence.start;
	const after = sentence.text.slice(rel).replace(/\b(?:that|which|who)\b[^,;]*/, '');
	return TALLY.test(sentence.text.slice(0, rel) + after);
}

export const isElliptical = (f: CountedFigure) => EVENT_NOUN.test(f.mention.noun ?? '');

/**
 * Groups of figures that count the same thing. Event keys ("killed:others") already name
 * what happened, so only running totals are set apart. A bare count ("count:people") is
 * linked to another (single-link) when a verb near one is near the other too, acting on
 * the same thing ("thousands … stormed the embassy", "dozens of people stormed the
 * embassy compound"), or when both count the same noun with at least
 * two other content words near both (the place, the day).
 */
export function sameThingGroups(key: string, figs: CountedFigure[]): CountedFigure[][] {
	// "one question asks" picks a thing out; it is not a count outlets could disagree on.
	const counted = figs.filter((f) => !isElliptical(f) && f.mention.text.toLowerCase() !== 'one');
	if (!key.startsWith('count:')) {
		// "two officers" beside "six people, including … two police officers, …": a part and its
		// whole (figure-parts.ts), kept apart like a running total from one event's toll.
		const parts = counted.filter((y) => counted.some((x) => x !== y && isListedPart(x, y)));
		const rest = counted.filter((f) => !parts.includes(f));
		const tallies = rest.filter(isTally);
		const events = rest.filter((f) => !isTally(f));
		return [events, tallies, parts].filter((g) => g.length > 0).flatMap(splitByScope);
	}
	const verbs = counted.map(predicatesNear);
	const heads = counted.map(nounHead);
	const words = counted.map(contentWords);
	const objects = counted.map(predicateWords);
	const scopes = counted.map(figureScope);
	const sources = counted.map(figureSources);
	const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;
	const parent = counted.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < counted.length; i++)
		for (let j = i + 1; j < counted.length; j++) {
			if (scopesClash(scopes[i]!, scopes[j]!)) continue;
			const sameHead = heads[i] === heads[j];
			const sharedVerb = shared(verbs[i]!, verbs[j]!) > 0;
			if (
				(sharedVerb && shared(objects[i]!, objects[j]!) > 0) ||
				// Words in common link the same particular noun ("rules", "migrants"); the catch-all
				// "people" also needs a verb in common: "six people … were injured" and "striking
				// four people" count the hurt and the shot.
				(sameHead &&
					shared(words[i]!, words[j]!) >= 2 &&
					(!GENERIC_HEADS.has(heads[i]!) || sharedVerb)) ||
				// The same particular noun doing the same thing ("150 migrants … prepared to seek
				// asylum", "about 200 migrants … prepared to walk to the border"); not the catch-all
				// "people", which crowds on both sides of a border are.
				(sameHead && !GENERIC_HEADS.has(heads[i]!) && sharedVerb) ||
				// The same particular noun counted over the same year ("over 20 missile tests last
				// year" in a 2018 paper, "16 tests … in 2017") with a word in common: one year's tally.
				(sameHead &&
					!GENERIC_HEADS.has(heads[i]!) &&
					shared(scopes[i]!.years, scopes[j]!.years) > 0 &&
					shared(words[i]!, words[j]!) >= 1) ||
				// The same words for what is counted, modifier and all ("12 new rules", "fifteen new
				// rules"): one word in common near both is enough.
				(sameHead &&
					!GENERIC_HEADS.has(heads[i]!) &&
					modifiedNoun(counted[i]!) !== undefined &&
					modifiedNoun(counted[i]!) === modifiedNoun(counted[j]!) &&
					shared(words[i]!, words[j]!) >= 1) ||
				// The same particular noun counted by two outlets on one person's word ("Roe said
				// the archive held 5,000 files", "tens of thousands of files …, Roe said"): one
				// claim of theirs, reported two ways (figure-source.ts).
				(sameHead &&
					!GENERIC_HEADS.has(heads[i]!) &&
					counted[i]!.analysis !== counted[j]!.analysis &&
					sameSource(sources[i]!, sources[j]!))
			)
				parent[find(i)] = find(j);
		}
	const groups = new Map<number, CountedFigure[]>();
	counted.forEach((f, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), f]));
	return [...groups.values()].flatMap(splitByScope);
}

/**
 * A group split so that no two of its figures name different places, years, groups or
 * scopes: linked through a third figure that names none, "100 people in San Diego" and
 * "200 people in Tijuana" would still count different crowds.
 */
function splitByScope(group: CountedFigure[]): CountedFigure[][] {
	const parts: { figs: CountedFigure[]; scopes: FigureScope[] }[] = [];
	for (const f of group) {
		const scope = figureScope(f);
		const part = parts.find((p) => p.scopes.every((s) => !scopesClash(s, scope)));
		if (part) {
			part.figs.push(f);
			part.scopes.push(scope);
		} else parts.push({ figs: [f], scopes: [scope] });
	}
	return parts.map((p) => p.figs);
}

/** A story's figures that count the same thing, each group under the key it is asked by. */
export interface FigureGroup {
	key: string;
	figs: CountedFigure[];
}

/**
 * "19 executive actions" and "23 executive steps": the same words before two heads news
 * English uses for one thing (lexicon), so one thing counted, whatever the key's noun. A bare
 * head ("19 actions", "23 steps") is not enough: steps may be of a plan, actions of a court.
 */
function synonymNouns(a: CountedFigure, b: CountedFigure): boolean {
	const wa = (a.mention.noun ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const wb = (b.mention.noun ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	if (wa.length < 2 || wb.length < 2) return false;
	if (wa.slice(0, -1).join(' ') !== wb.slice(0, -1).join(' ')) return false;
	const ha = nounLemma(wa.at(-1)!);
	const hb = nounLemma(wb.at(-1)!);
	return ha !== hb && COUNTED_NOUN_SYNONYMS.some((set) => set.includes(ha) && set.includes(hb));
}

/** One particular head noun, or two the lexicon gives as one thing ("bills", "measures"). */
function sameOrSynonymHead(a: CountedFigure, b: CountedFigure): boolean {
	const ha = nounHead(a);
	const hb = nounHead(b);
	if (ha === hb) return !GENERIC_HEADS.has(ha);
	return COUNTED_NOUN_SYNONYMS.some((set) => set.includes(ha) && set.includes(hb));
}

/**
 * The same count under two keys: one outlet's "deployed 5,200 active-duty troops to the
 * border" has an event word near it, another's "streaming more than 5,000 active-duty
 * troops to the southern border" has none. A bare count joins another key's group when
 * a figure of each counts the same particular noun (or the same words of two or more)
 * with two content words in common near both, and none of them names another place,
 * year, group or scope.
 */
function countsOneThing(a: CountedFigure, b: CountedFigure): boolean {
	// "15 bills" and "some 16 House-passed measures", each on the word of the House's majority:
	// one claim of one source, counted with nouns news English uses for one thing.
	if (
		a.analysis !== b.analysis &&
		ownTally(a) === ownTally(b) &&
		sameOrSynonymHead(a, b) &&
		sameSource(figureSources(a), figureSources(b)) &&
		!scopesClash(figureScope(a), figureScope(b))
	)
		return true;
	if (isTally(a) !== isTally(b)) return false;
	const nounA = (a.mention.noun ?? '').toLowerCase();
	const nounB = (b.mention.noun ?? '').toLowerCase();
	const sameNoun =
		(nounHead(a) === nounHead(b) && !GENERIC_HEADS.has(nounHead(a))) ||
		(nounA === nounB && nounA.includes(' ')) ||
		synonymNouns(a, b);
	if (!sameNoun) return false;
	const wa = contentWords(a);
	const shared = [...contentWords(b)].filter((w) => wa.has(w)).length;
	return shared >= 2 && !scopesClash(figureScope(a), figureScope(b));
}

/**
 * Figures grouped by what they count: first by key (align.quantityKey) and what happens to
 * the counted thing (sameThingGroups), then a bare count ("count:troops") merged into an
 * event group ("deployed:troops") or another bare count's group when countsOneThing says
 * they count one thing. The merged group keeps the event key.
 */
export function figureGroups(figs: CountedFigure[]): FigureGroup[] {
	const byKey = new Map<string, CountedFigure[]>();
	for (const f of figs) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
	const groups: FigureGroup[] = [...byKey].flatMap(([key, all]) =>
		sameThingGroups(key, all).map((g) => ({ key, figs: g }))
	);
	for (let i = 0; i < groups.length; i++)
		for (let j = groups.length - 1; j > i; j--) {
			const a = groups[i]!;
			const b = groups[j]!;
			if (a.key === b.key || (!a.key.startsWith('count:') && !b.key.startsWith('count:'))) continue;
			const linked = a.figs.some((x) =>
				b.figs.some((y) => x.analysis !== y.analysis && countsOneThing(x, y))
			);
			const clash = a.figs.some((x) =>
				b.figs.some((y) => scopesClash(figureScope(x), figureScope(y)))
			);
			if (!linked || clash) continue;
			a.key = a.key.startsWith('count:') ? b.key : a.key;
			a.figs.push(...b.figs);
			groups.splice(j, 1);
		}
	return groups;
}

/** Event words as written, per event key, and the participle a claim about them uses. */
const EVENT_WORDS: Record<string, Record<string, string>> = {
	killed: { killed: 'killed', dead: 'killed', died: 'killed', slain: 'killed' },
	injured: { wounded: 'wounded', injured: 'injured', hurt: 'hurt' },
	arrested: { arrested: 'arrested', detained: 'detained' },
	deployed: { deployed: 'deployed', sent: 'sent', dispatched: 'dispatched' }
};

/**
 * What the figure says happened, as a clause a prompt can ask about ("four U.S. service
 * members were wounded", "four people have pleaded guilty to lying to investigators"):
 * a bare figure ("Which outlets report four people?") does not say what it counts.
 * Undefined when the sentence gives no verb to say it with.
 */
export function reportedClaim(f: CountedFigure, phrase: string): string | undefined {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const rel = f.mention.start - sentence.start;
	if (!f.key.startsWith('count:')) {
		const participles = EVENT_WORDS[f.key.split(':')[0]!] ?? {};
		// The event word nearest the figure: "killed a contractor and wounded four members".
		let best: { word: string; distance: number } | undefined;
		for (const m of sentence.text.matchAll(/[a-z]+/g)) {
			const distance = Math.abs(m.index - rel);
			if (m[0] in participles && distance < 80 && (!best || distance < best.distance))
				best = { word: m[0], distance };
		}
		if (!best) return undefined;
		return `${phrase} ${f.mention.value === 1 ? 'was' : 'were'} ${participles[best.word]}`;
	}
	// The figure's own clause, from the figure to the first clause break, when a verb follows the noun.
	const rest = sentence.text
		.slice(rel)
		.split(/[,;:—–(]|\s-\s/)[0]!
		.replace(/[.!?"”]+$/, '')
		.trim();
	const words = rest.split(/\s+/);
	if (words.length > 16 || words.length < 3) return undefined;
	const nounWords = (f.mention.noun ?? '').split(/\s+/).length;
	const afterNoun = words.slice(f.mention.text.split(/\s+/).length + nounWords);
	const hasVerb = afterNoun.some((w) => {
		const tags = lexiconTags(w);
		return tags.has('Verb') || (/ed$/.test(w) && w.length >= 5);
	});
	if (!hasVerb || /\b(?:of|to|in|on|at|for|by|with|the|a|an|and|or)$/i.test(rest)) return undefined;
	return rest.replace(/^./, (c) => c.toLowerCase());
}

const groupsOf = new WeakMap<StoryView, FigureGroup[]>();

/**
 * The story's other definite figures for what the gapped figure counts (figureGroups), with
 * another value: "about 200 migrants … prepared to walk" beside "more than 150 migrants … were
 * prepared to seek asylum". Not shares: percentages of different wholes group too readily.
 */
export function sameCountFigures(
	view: StoryView,
	m: Mention,
	/**
	 * Only other outlets' figures: two values in one article are most often two counts the
	 * grouping could not tell apart ("up to five years" for him, "three years" for his wife).
	 */
	otherOutlets = false
): CountedFigure[] {
	let groups = groupsOf.get(view);
	if (!groups) groupsOf.set(view, (groups = figureGroups(view.figures)));
	const group = groups.find(
		(g) => !g.key.startsWith('count:percent') && g.figs.some((f) => f.mention === m)
	);
	const seen = new Set<number>();
	return (group?.figs ?? []).filter((f) => {
		const v = f.mention.value;
		if (f.mention === m || f.mention.vague || v === undefined || v === m.value || seen.has(v))
			return false;
		if (otherOutlets && f.analysis.article.id === m.articleId) return false;
		seen.add(v);
		return true;
	});
}
