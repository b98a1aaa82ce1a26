/**
 * Lining up the same thing across outlets: one person or group under several
 * transliterations, one count told as "thousands" or "roughly 6,000", one quote
 * reported by several outlets.
 */
import { lexiconTags } from './entities';
import { GIVEN_NAME_SHORT_FORMS, PERSON_TITLES } from './lexicon';
import type { ArticleAnalysis, Mention, Quote } from './types';

/**
 * Name particles, told by their shape rather than listed per language: a lower-case word
 * inside a capitalised name ("bin", "de", "van", "al-" in "al-Mahdi"), a short prefix
 * joined by a hyphen ("Al-" in "Al-Rashid"), or a leading "The".
 */
const isParticle = (w: string) => /^[a-z]+$/.test(w) || /^the$/i.test(w);
/** "Jane Q. Roe Jr." is Jane Roe: a generational suffix or an initial is not a name word. */
const notNameWord = (w: string) =>
	!w || isParticle(w) || /^[A-Z]\.$/.test(w) || /^(?:Jr|Sr|II|III|IV)\.?,?$/.test(w);

/**
 * The word a story calls someone by on second mention: "Jesse L. Jackson Jr." is "Mr. Jackson",
 * never "Jr.", so a search for the last word of the name would miss every later mention.
 */
export function surnameOf(name: string): string {
	const words = name.trim().split(/\s+/);
	while (words.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?,?$/.test(words.at(-1)!)) words.pop();
	return words.at(-1)!.replace(/,$/, '');
}

/** Consonant skeleton of a word: transliterations mostly differ in vowels and doubled letters. */
export function skeleton(word: string): string {
	const w = word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
	return (
		(w[0] ?? '') +
		w
			.slice(1)
			.replace(/[aeiouy]/g, '')
			.replace(/(.)\1+/g, '$1')
	);
}

/**
 * Names are compared pairwise across a whole story (thousands of times per run), so the
 * parts of each spelling and each pair's verdict are computed once. Bounded so a long
 * session of imports cannot grow them without limit.
 */
const CACHE_LIMIT = 20_000;
const partsCache = new Map<string, readonly string[]>();
const sameCache = new Map<string, Map<string, boolean>>();
let samePairs = 0;

/** Name words without titles' particles, as skeletons: "Adil Abd al-Mahdi" → ["adl", "mhd"]. */
export function nameParts(name: string): readonly string[] {
	let parts = partsCache.get(name);
	if (!parts) {
		if (partsCache.size > CACHE_LIMIT) partsCache.clear();
		parts = name
			.replace(/['’]s$/, '')
			.replace(/\b[A-Za-z]{1,3}-(?=[A-Z])/g, '')
			.split(/[\s-]+/)
			.filter((w) => !notNameWord(w))
			.map(skeleton)
			.filter(Boolean);
		partsCache.set(name, parts);
	}
	return parts;
}

/** Name words as nameParts keeps them, lower case and unabridged: "Bob W. Roe" → ["bob", "roe"]. */
function givenWords(name: string): string[] {
	return name
		.replace(/['’]s$/, '')
		.replace(/\b[A-Za-z]{1,3}-(?=[A-Z])/g, '')
		.split(/[\s-]+/)
		.filter((w) => !notNameWord(w))
		.map((w) =>
			w
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^a-z]/g, '')
		)
		.filter(Boolean);
}

/** "Bob" and "Robert", "Tom" and "Thomas": one given name (by first letter, or a known short form). */
function sameGiven(a: string, b: string): boolean {
	if (a[0] === b[0]) return true;
	const full = (w: string) => GIVEN_NAME_SHORT_FORMS[w] ?? w;
	return full(a) === full(b);
}

/**
 * Same person or group? Same last-word skeleton and, when both give a first
 * name, the same first initial (or a short form of it: "Bob" for Robert).
 * One-word names match a longer name's last word.
 */
export function sameName(a: string, b: string): boolean {
	// One map per name, not a joined key: the checks ask millions of pairs, and building a
	// new key string for each was a measurable share of generation time (issue #10).
	const first = a < b ? a : b;
	let row = sameCache.get(first);
	if (!row) {
		if (samePairs > CACHE_LIMIT) {
			sameCache.clear();
			samePairs = 0;
		}
		row = new Map();
		sameCache.set(first, row);
	}
	const second = a < b ? b : a;
	let same = row.get(second);
	if (same === undefined) {
		same = compareNames(a, b);
		row.set(second, same);
		samePairs++;
	}
	return same;
}

/** The generational suffix a name ends in ("jr", "iii"), or "" when it has none. */
const suffixOf = (name: string) => /\s(Jr|Sr|II|III|IV)\.?,?$/.exec(name)?.[1]!.toLowerCase() ?? '';

function compareNames(a: string, b: string): boolean {
	const pa = nameParts(a);
	const pb = nameParts(b);
	if (!pa.length || !pb.length) return false;
	// "Jesse Roe Jr." and "Jesse Roe Sr." are son and father; without a suffix, either one.
	if (suffixOf(a) && suffixOf(b) && suffixOf(a) !== suffixOf(b)) return false;
	if (
		pa.length >= 2 &&
		pb.length >= 2 &&
		pa.length !== pb.length &&
		pa.join(' ') !== pb.join(' ')
	) {
		// "Donald Trump" inside "United States Donald Trump": the shorter name's first initial
		// must start one of the longer name's words before the surname.
		const [short, long] = pa.length < pb.length ? [pa, pb] : [pb, pa];
		const [shortWords, longWords] =
			pa.length < pb.length ? [givenWords(a), givenWords(b)] : [givenWords(b), givenWords(a)];
		return (
			short.at(-1) === long.at(-1) &&
			long
				.slice(0, -1)
				.some(
					(w, i) =>
						w[0] === short[0]![0] ||
						(shortWords.length === short.length &&
							longWords.length === long.length &&
							sameGiven(shortWords[0]!, longWords[i]!))
				)
		);
	}
	if (pa.length >= 2 && pb.length >= 2) {
		const ga = givenWords(a);
		const gb = givenWords(b);
		const given =
			pa[0]![0] === pb[0]![0] ||
			(ga.length === pa.length && gb.length === pb.length && sameGiven(ga[0]!, gb[0]!));
		return pa.at(-1) === pb.at(-1) && given && pa.join(' ').length > 2;
	}
	return pa.at(-1) === pb.at(-1);
}

const NOUN_CLASSES: [RegExp, string][] = [
	[
		/\b(protesters?|protestors?|demonstrators?|people|supporters|crowds?|mourners|rioters|marchers|residents|civilians|worshippers)\b/i,
		'people'
	],
	[
		/\b(fighters|militiamen|militants|militia members|combatants|insurgents|rebels|gunmen)\b/i,
		'fighters'
	],
	[
		/\b(troops|soldiers|marines|service members|servicemembers|paratroopers|personnel|forces)\b/i,
		'troops'
	]
];
const EVENTS: [RegExp, string][] = [
	[/\b(killed|dead|died|deaths?|killing|slain)\b/i, 'killed'],
	[/\b(injured|wounded|hurt|injuries)\b/i, 'injured'],
	[/\b(arrested|detained)\b/i, 'arrested'],
	[/\b(deployed|deploy|sent|sending|dispatched|arrived)\b/i, 'deployed']
];

/** Plurals news English forms otherwise than by adding -s. */
const IRREGULAR_PLURALS: Record<string, string> = {
	men: 'man',
	women: 'woman',
	children: 'child',
	people: 'people',
	police: 'police',
	feet: 'foot',
	teeth: 'tooth',
	mice: 'mouse'
};

/**
 * A counted noun's head in the singular, so "one policy" and "three policies", "a tax" and
 * "two taxes" count one kind of thing: "policies" → "policy", "taxes" → "tax", "buses" →
 * "bus", "women" → "woman"; words ending in -ss, -us or -is stay as they are.
 */
export function nounLemma(word: string): string {
	const w = word.toLowerCase();
	if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
	if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
	if (/(?:ss|x|z|ch|sh|us)es$/.test(w)) return w.slice(0, -2);
	if (/(?:ss|us|is)$/.test(w)) return w;
	return w.replace(/s$/, '');
}

/** Events a list of who was counted may stand between: the toll, not troops sent or arriving. */
const LISTED_EVENTS = EVENTS.filter(([, event]) => event !== 'deployed');

/**
 * "…, including two lawmakers, an aide and a lobbyist, were injured": when the text after a
 * counted noun opens a list of who was counted, the list ("two lawmakers, an aide and a
 * lobbyist") and the predicate after it ("injured …"), told in the passive or as "died". An
 * active verb there ("Four officers, including a captain, arrested …") tells what the counted
 * did, and is no predicate of theirs here.
 */
export function countedList(afterNoun: string): { list: string; predicate: string } | undefined {
	const opening = /^,\s+(?:including|among them)\s/i.exec(afterNoun);
	if (!opening) return undefined;
	const clause = afterNoun.split(/[;:.]/)[0]!;
	for (const m of clause.matchAll(
		/,\s+(?:(?:were|was|are|is|have been|had been)\s+(?=\w)|(?=died\b))/gi
	)) {
		if (m.index < opening[0].length) continue;
		const predicate = clause.slice(m.index + m[0].length);
		if (LISTED_EVENTS.some(([re]) => new RegExp(`^(?:${re.source})`, 'i').test(predicate)))
			return { list: clause.slice(opening[0].length, m.index), predicate };
	}
	return undefined;
}

/**
 * "Six people, including two lawmakers, two officers, an aide and a lobbyist, were injured":
 * the list pushes the noun's own predicate past any fixed window, yet it is what the figure
 * counts, as "wounded five people" in another outlet is.
 */
function eventAfterList(afterNoun: string): { event: string; distance: number } | undefined {
	const predicate = countedList(afterNoun)?.predicate;
	if (predicate === undefined) return undefined;
	const found = LISTED_EVENTS.find(([re]) => new RegExp(`^(?:${re.source})`, 'i').test(predicate));
	return found ? { event: found[1], distance: 0 } : undefined;
}

/**
 * What a quantity counts, so the same figure can be found in another outlet:
 * the nearest event verb ("killed", "wounded") plus the class of the counted
 * noun ("protesters" and "demonstrators" are both people).
 */
export function quantityKey(q: Mention, sentenceText: string, sentenceStart: number): string {
	const noun = q.noun ?? '';
	const nounClass =
		NOUN_CLASSES.find(([re]) => re.test(noun))?.[1] ?? nounLemma(noun.split(/\s+/).pop()!);
	const rel = q.start - sentenceStart;
	const windowText = sentenceText.slice(
		Math.max(0, rel - 30),
		rel + q.text.length + noun.length + 30
	);
	let best: { event: string; distance: number } | undefined;
	// Distance from the figure phrase's edges: "50 dead and scores of others injured" counts
	// the injured by "scores", though "dead" is nearer its first letter.
	const from = Math.min(30, rel);
	const to = from + q.text.length + noun.length + 1;
	for (const [re, event] of EVENTS) {
		for (const m of windowText.matchAll(new RegExp(re.source, 'gi'))) {
			const end = m.index + m[0].length;
			// The counted noun's own predicate follows it ("53 others were wounded"): words
			// after count double against the clause before ("… killed and at least 53 others").
			const distance = end <= from ? from - end : m.index >= to ? (m.index - to) / 2 : 0;
			if (!best || distance < best.distance) best = { event, distance };
		}
	}
	best ??= eventAfterList(sentenceText.slice(rel + q.text.length + noun.length + 1));
	// Casualty figures about the same event are told of "demonstrators" by one outlet and
	// "militiamen" by another; only troops are kept apart, since they are usually the other side.
	if (best && (best.event === 'killed' || best.event === 'injured'))
		return `${best.event}:${nounClass === 'troops' ? 'troops' : 'others'}`;
	return `${best?.event ?? 'count'}:${nounClass}`;
}

/** Quote texts are compared many times across outlets; tokenise each once. */
const wordCache = new Map<string, Set<string>>();
function words(s: string): Set<string> {
	let w = wordCache.get(s);
	if (!w) {
		if (wordCache.size > 5_000) wordCache.clear();
		w = new Set(s.toLowerCase().match(/[a-z0-9']{3,}/g) ?? []);
		wordCache.set(s, w);
	}
	return w;
}

/** The overlap (quoteOverlap) at which two outlets' quoted words are one quote. */
const SAME_QUOTE = 0.6;

/** Share of the shorter quote's words found in the other: paraphrased cuts of one quote still match. */
export function quoteOverlap(a: string, b: string): number {
	const wa = words(a);
	const wb = words(b);
	const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
	if (small.size < 3) return 0;
	let shared = 0;
	for (const w of small) if (big.has(w)) shared++;
	return shared / small.size;
}

export interface QuoteGroup {
	quotes: Quote[];
	speaker: string;
}

/**
 * Another outlet prints the same words (the grouping's overlap) but credits them to someone
 * else: one outlet's "said Jane Roe, the port director" beside another's "Commissioner Ana
 * Ruiz said in a statement". Who said them is then in dispute between the outlets, so "who
 * said" or "it was Roe who said …" has two defensible answers.
 */
export function creditedToAnother(groups: readonly QuoteGroup[], g: QuoteGroup): boolean {
	return groups.some(
		(h) =>
			h !== g &&
			!sameName(h.speaker, g.speaker) &&
			// "President Roe" beside "Jane Roe": one person the names do not join, no dispute.
			surnameOf(h.speaker) !== surnameOf(g.speaker) &&
			h.quotes.some((x) =>
				g.quotes.some((y) => x.articleId !== y.articleId && sameStatement(x.text, y.text))
			)
	);
}

/** Fewer words than this can be a phrase two people use ("very good news", "a terrible deal"). */
const STATEMENT_WORDS = 8;

/**
 * One statement, not a phrase inside a longer one: each holds most of the other's words
 * (quoteOverlap reads only the shorter's share, so "the game will go on" matched a speech).
 */
function sameStatement(a: string, b: string): boolean {
	const [wa, wb] = [words(a), words(b)];
	const [small, big] = [Math.min(wa.size, wb.size), Math.max(wa.size, wb.size)];
	return small >= STATEMENT_WORDS && small / big >= SAME_QUOTE && quoteOverlap(a, b) >= SAME_QUOTE;
}

/** Groups the same quote across articles (overlap ≥ 0.6); speakers merged by sameName. */
export function groupQuotes(analyses: ArticleAnalysis[]): QuoteGroup[] {
	const groups: QuoteGroup[] = [];
	for (const a of analyses) {
		for (const q of a.quotes) {
			if (!q.speaker) continue;
			const g = groups.find(
				(x) =>
					quoteOverlap(x.quotes[0]!.text, q.text) >= SAME_QUOTE && sameName(x.speaker, q.speaker!)
			);
			if (g) g.quotes.push(q);
			else groups.push({ quotes: [q], speaker: q.speaker });
		}
	}
	return groups;
}

/** A word that titles a name rather than being part of it: an acronym, or a title of the lexicon. */
const isTitleToken = (w: string) =>
	/^(?:[A-Z]{2,}s?|[A-Z]\.[A-Z]\.)$/.test(w) ||
	PERSON_TITLES.includes(w.toLowerCase()) ||
	PERSON_TITLES.includes(`${w.toLowerCase()}.`) ||
	/^(?:Sir|Dame|Lord|Lady|Chair)$/.test(w);

/**
 * A name without the titles and offices news prose puts in front of it: "Labour MP David
 * Lammy" → "David Lammy", "Secretary of the Interior Jane Roe" → "Jane Roe", "New York City
 * Public Advocate Trish James" → "Trish James". The person starts at their first name when
 * the word list knows it; otherwise title words and acronyms are dropped. Kept whole when
 * fewer than two words would remain.
 */
export function bareName(name: string): string {
	const words = name.split(/\s+/);
	if (words.length < 2) return name;
	// A known first name after other words starts the person ("Interior Jane Roe").
	const first = words.findIndex((w, i) => i < words.length - 1 && lexiconTags(w).has('FirstName'));
	// Initials right before it are the person's own ("J. Robert Oppenheimer", "Counsel W. Neil
	// Roe"): the name as the article writes it.
	let start = first;
	while (start > 0 && /^\p{Lu}\.$/u.test(words[start - 1]!)) start--;
	if (start > 0 && !lexiconTags(words[0]!).has('FirstName')) return words.slice(start).join(' ');
	let last = -1;
	words.forEach((w, i) => {
		if (isTitleToken(w) && i < words.length - 1) last = i;
	});
	// "of the Interior", "Pro Tem": an office's own words run on after its title word.
	const rest = words.slice(last + 1);
	if (last >= 0 && /^(?:of|pro)$/i.test(rest[0] ?? '') && rest.length >= 4) {
		// The name is the last two words, or three with a middle initial ("Jane Q. Roe").
		const take = /^[A-Z]\.$/.test(rest.at(-2)!) ? 3 : 2;
		return rest.slice(-take).join(' ');
	}
	return rest.length >= 2 ? rest.join(' ') : name;
}

/** One display name per person across the story: the fullest spelling seen first. */
export function canonicalNames(names: string[]): Map<string, string> {
	const canon: string[] = [];
	const out = new Map<string, string>();
	for (const n of names) {
		const hit = canon.find((c) => sameName(c, n));
		if (hit) {
			// A fuller spelling wins, but not one that only adds a title or acronym ("DNC Chair Tom Perez").
			const titled =
				/^([A-Z]{2,}|[A-Z][a-z]+\.)\s|^(Chair|Chairman|Chairwoman|President|Secretary|Senator|Sen\.|Gov\.|Rep\.|Mr\.|Ms\.|Mrs\.|Dr\.)\b/;
			// …nor one padded with more words than a name has ('United States Donald Trump').
			if (
				n.split(/\s+/).length > hit.split(/\s+/).length &&
				!titled.test(n) &&
				nameParts(n).length <= 3
			)
				canon[canon.indexOf(hit)] = n;
			else if (nameParts(hit).length > 3 && nameParts(n).length >= 2 && nameParts(n).length <= 3)
				canon[canon.indexOf(hit)] = n;
		} else canon.push(n);
	}
	for (const n of names) {
		const hits = canon.filter((c) => sameName(c, n));
		// A bare surname several people share ("Roe" beside Mary Roe and Liz Roe) is none of them for sure.
		out.set(n, hits.length > 1 && !n.trim().includes(' ') ? n : (hits[0] ?? n));
	}
	return out;
}
