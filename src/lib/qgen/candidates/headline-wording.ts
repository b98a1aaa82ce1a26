/**
 * Word choice in the headlines, aligned by the words they share. Where two or three headlines
 * write the same word (the anchor) and put different words right beside it, those words name
 * the same thing in each: "gay marriage" / "same-sex marriage", "fiscal crisis" / "fiscal
 * cliff", "reaffirms belief" / "reaffirms opposition". Blind readers asked for this in place of
 * "Which outlet's headline says '…'?", a look-up of one headline's words: it asks what the
 * headlines differ on, and the shared anchor shows both wordings are for one thing.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { lexiconTags } from '../entities';
import { nameTest, parseHeadline, roleNoun, speechWord } from '../headline-grammar';
import {
	countWordTitle,
	HEADLINE_PREPOSITIONS,
	NEWS_ORG_WORDS,
	NUMBER_WORDS,
	SCALE_WORDS
} from '../lexicon';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import { headlineLike, headlineQuestion } from './headline';
import { FUNCTION, nearKey } from './headline-lookup-words';
import { inSpeakersWords } from './headline-speaker-words';
import { normaliseSpace } from '$lib/content/space';

interface Token {
	/** As written, without the punctuation around it. */
	text: string;
	/** Lower case, singular, without possessive or verb ending: what anchors match on. */
	key: string;
	/** Where the word starts and ends in the headline, to quote a run as written. */
	start: number;
	end: number;
	/** A comma, colon or dash after it ends a phrase: no slot runs across it. */
	breakAfter: boolean;
	/** Written inside or as quotation marks. */
	quoted: boolean;
	/** Part of a hyphenated compound ("Asylum-seeking"): an adjective, whatever its ending. */
	compound: boolean;
	/** Which word (between spaces) of the headline it is part of. */
	word: number;
}

/** Lower case, no possessive, no plural or verb ending: "Reaffirms" and "reaffirm" are one key. */
export const wordKey = (w: string) =>
	w
		.toLowerCase()
		.replace(/[’']s?$/, '')
		.replace(/[^a-z0-9]/g, '')
		.replace(/(?<=[a-z]{3})(?:ies)$/, 'y')
		.replace(/(?<=[a-z]{3})(?:es|s|ed|ing)$/, '');

/** The word families (nearKey) of a headline's content words. */
export const nearKeys = (title: string) =>
	new Set(
		headlineTokens(title)
			.filter((t) => !FUNCTION.test(t.text.toLowerCase()) && t.key.length > 2)
			.map((t) => nearKey(t.text))
	);

/** Words of a headline; a hyphenated compound is one word ("Same-Sex") unless its parts recur. */
export function headlineTokens(title: string): Token[] {
	const out: Token[] = [];
	let word = -1;
	for (const m of title.matchAll(/\S+/g)) {
		word++;
		const raw = m[0];
		const lead = /^[^\p{L}\p{N}]*/u.exec(raw)![0].length;
		const trail = /[^\p{L}\p{N}.]*$/u.exec(raw)![0];
		const body = raw
			.slice(lead, raw.length - trail.length)
			.replace(/\.$/, (d) =>
				/^(?:[A-Za-z]\.)+$/.test(raw.slice(lead, raw.length - trail.length)) ? d : ''
			);
		if (!body) continue;
		const quoted = /['‘"“]/.test(raw.slice(0, lead)) || /['’"”]/.test(trail);
		const breakAfter = /[,:;!?—–]|\s-$/.test(trail);
		// "gay-marriage": two words; "Same-Sex": written as one, compared whole and by parts.
		const parts = body.split(/-(?=\p{L})/u);
		let at = m.index + lead;
		parts.forEach((p, i) => {
			out.push({
				text: p,
				key: wordKey(p),
				start: at,
				end: at + p.length,
				breakAfter: i === parts.length - 1 && breakAfter,
				quoted,
				compound: parts.length > 1,
				word
			});
			at += p.length + 1;
		});
	}
	return out;
}

const isFunction = (t: Token) => FUNCTION.test(t.text.toLowerCase()) || t.key === '';

/** A number or a number word: "1-in-3" and "One-in-Three" are one figure spelled two ways. */
const numeric = (t: Token) =>
	/\d/.test(t.text) ||
	t.text.toLowerCase() in NUMBER_WORDS ||
	t.text.toLowerCase() in SCALE_WORDS ||
	/^(?:in|one|multi|dollars?)$/i.test(t.text);

export interface WordingSlot {
	/** The shared word, as the first headline writes it. */
	anchor: string;
	/** Which side of the anchor the differing words stand on. */
	side: 'before' | 'after';
	/** Per headline (same order as given), the words beside the anchor, or undefined. */
	words: (string | undefined)[];
	/** The anchor and its words as each headline writes them: "gay marriage". */
	phrases: (string | undefined)[];
}

/**
 * The word right beside token i, on one side: a compound written with hyphens counts as one
 * ("Same-Sex"), unless the anchor is itself part of it ("gay" of "gay-marriage"). Empty at a
 * function word, a phrase break, the headline's edge or a word every headline has; undefined
 * after a negation ("Not Creating Jobs" beside "Ignoring Jobs" turns the words around).
 */
function wordBeside(
	tokens: Token[],
	i: number,
	side: 'before' | 'after',
	shared: Set<string>
): Token[] | undefined {
	const j = side === 'before' ? i - 1 : i + 1;
	const t = tokens[j];
	if (!t || (side === 'before' ? t.breakAfter : tokens[i]!.breakAfter)) return [];
	// "farmer 'who fed …'": a relative word opens a clause, no word for the thing.
	if (isFunction(t) || RELATIVE.test(t.text)) return NEGATION.test(t.text) ? undefined : [];
	if (shared.has(t.key)) return [];
	if (side === 'before' && j > 0 && NEGATION.test(tokens[j - 1]!.text)) return undefined;
	const unit = t.word === tokens[i]!.word ? [t] : tokens.filter((u) => u.word === t.word);
	// "Multi-Million Dollar Lawsuit": a word after a figure belongs to the figure's phrase.
	const outer =
		tokens[side === 'before' ? tokens.indexOf(unit[0]!) - 1 : tokens.indexOf(unit.at(-1)!) + 1];
	if (side === 'before' && outer && numeric(outer)) return undefined;
	return unit;
}

const NEGATION = /^(?:not|no|never|without|non)$/i;
const RELATIVE = /^(?:who|whom|whose|which|what|where|when|why|how)$/i;

/**
 * Quotation marks in a phrase pair up: "'heroic' farmer", never "heroic' farmer" or
 * "farmer 'who". An apostrophe inside a word ("Trump's") is none.
 */
export function quotesBalanced(phrase: string): boolean {
	const opens = (phrase.match(/(?:^|\s)['‘"“]/g) ?? []).length;
	const closes = (phrase.match(/[^\s]['’"”](?=[\s,.:;!?]|$)/g) ?? []).length;
	return opens === closes;
}
/** A particle or a word too short to anchor anything ("Bows Out" / "Pulling Out"). */
const WEAK_ANCHOR = /^(?:out|up|down|off|on|back|away|forward|over|in)$/i;

/**
 * A verb form: listed as a verb and not as a noun ("Creating", "Accuses", "Brings"), or shaped
 * as a past tense ("Seized"). After the anchor an "-ing" word is a noun ("campaign spending
 * spree"); before it, one takes the anchor as its object ("Creating Jobs").
 */
function verbForm(t: Token, side: 'before' | 'after'): boolean {
	if (t.compound) return false;
	const w = t.text.toLowerCase();
	// "Settled Harassment Case": before a noun an "-ed" word is a verb's or a participle's, an
	// act or a detail ("settled"), not another word for the thing.
	if (side === 'before' && /ed$/.test(w)) return true;
	const tags = lexiconTags(w);
	if (tags.has('Noun') || tags.has('Adjective')) return false;
	if (/ing$/.test(w)) return side === 'before';
	if (tags.has('PastTense') || /ed$/.test(w)) return true;
	return tags.has('Verb') && /s$/.test(w);
}

/** Listed only as a verb and followed by more words ("Meet On …"); "Plan" ending a headline is a noun. */
const verbBeforeMore = (t: Token, ts: Token[]) => {
	const tags = lexiconTags(t.text.toLowerCase());
	return tags.has('Verb') && !tags.has('Noun') && !t.breakAfter && ts.at(-1) !== t;
};

/** A preposition that opens a noun phrase: "over", "in" and the lexicon's headline prepositions. */
const PREPOSITION = /^(?:of|in|on|at|for|by|with|from|into|over|after|about)$/i;
const DETERMINER = /^(?:a|an|the|his|her|their|its)$/i;

/**
 * Does token i stand in a preposition's object ("over illegal campaign spending spree", "in
 * Campaign Money Case")? Back to the preposition there is no verb, break or other function
 * word: the words after it, to the phrase's end, are that noun phrase's, so an "-ing" word there
 * names a thing ("spending") and is no verb.
 */
function inObject(ts: Token[], i: number, verbs: Set<string> | undefined): boolean {
	for (let k = i - 1; k >= 0; k--) {
		const t = ts[k]!;
		const w = t.text.toLowerCase();
		if (t.breakAfter || verbs?.has(w)) return false;
		if (PREPOSITION.test(w) || HEADLINE_PREPOSITIONS.includes(w)) return true;
		if (isFunction(t) && !DETERMINER.test(w)) return false;
	}
	return false;
}

/** Same word, same form: "Subpoenas" and "subpoena" (plural or third person); not "seek" and "seeking". */
const sameForm = (a: Token, b: Token) =>
	a.text.toLowerCase().replace(/e?s$/, '') === b.text.toLowerCase().replace(/e?s$/, '');

/**
 * The words may be names or abbreviations ("U.S. Attorney" beside "Federal prosecutors"), but
 * the head must be a common word: two names are a difference of naming, not of wording.
 */
const commonRun = (r: Token[], isName: (w: string) => boolean) => {
	return r.every((t) => !isName(t.text) && !numeric(t) && commonWord(t));
};

/**
 * Slots where the headlines word one thing differently, read beside each content word that two
 * or more headlines share exactly once. Each headline that has the anchor must put one to three
 * content words beside it; the words must differ between at least two headlines with no word in
 * common, and be common words (no names, which are a difference of naming, and no figures).
 */
export function wordingSlots(titles: readonly string[], isName: (w: string) => boolean) {
	const tokens = titles.map(headlineTokens);
	const once = (ts: Token[], key: string) => ts.filter((t) => t.key === key).length === 1;
	const keys = new Set(tokens.flatMap((ts) => ts.filter((t) => !isFunction(t)).map((t) => t.key)));
	const inAll = new Set([...keys].filter((k) => tokens.every((ts) => ts.some((t) => t.key === k))));
	// Each headline's main verb group, as headline-grammar reads it ("Drafts", "won't go forward").
	const verbs = titles.map((t) => {
		const p = parseHeadline(t, isName);
		return p ? new Set(p.verb.split(' ').filter(Boolean)) : undefined;
	});
	const slots: WordingSlot[] = [];
	for (const key of keys) {
		const having = tokens.map((ts) => (once(ts, key) ? ts.findIndex((t) => t.key === key) : -1));
		if (having.filter((i) => i >= 0).length < 2) continue;
		// Beside a name stands a verb or a title ("Trump Warns", "Senator Roe"): the verb is
		// headline.ts's question, a title is naming; and "Russia Ties" beside "Russia
		// Investigation" are two things. Only a common word anchors a slot.
		const anchors = having.flatMap((i, h) => (i >= 0 ? [tokens[h]![i]!] : []));
		// "seeking" beside "seek", "Meeting" beside "meet": one word in two roles, no anchor.
		if (anchors.some((t) => !sameForm(t, anchors[0]!))) continue;
		// A word some headline writes in lower case is common, however the others capitalise it.
		const named =
			anchors.some((t) => isName(t.text)) && !anchors.some((t) => /^[a-z]/.test(t.text));
		if (named || anchors.some((t) => WEAK_ANCHOR.test(t.text) || t.key.length < 3)) continue;
		for (const side of ['before', 'after'] as const) {
			const runs = tokens.map((ts, h) =>
				having[h]! >= 0 ? wordBeside(ts, having[h]!, side, inAll) : undefined
			);
			if (runs.some((r, h) => having[h]! >= 0 && r === undefined)) continue;
			// "Leaders meet …" beside "Leaders Talk …", "Mayor Drafts Plan": the headline's own
			// verb is an act (headline.ts asks about it), not a word for the thing. With no parse,
			// the word after a headline's first word is taken for its verb.
			const isVerbOf = (t: Token, h: number) =>
				verbs[h] ? verbs[h].has(t.text.toLowerCase()) : side === 'after' && having[h] === 0;
			if (runs.some((r, h) => !!r && r.some((t) => isVerbOf(t, h)))) continue;
			const present = runs.filter((r): r is Token[] => !!r && r.length > 0);
			// Every headline with the anchor words it; none leaves the slot empty.
			if (present.length < 2 || present.length !== having.filter((i) => i >= 0).length) continue;
			if (present.some((r) => !commonRun(r, isName))) continue;
			// A verb is an act, not the name of the thing ("Creating Jobs", "Leaders Meet On …").
			// After a verb ("Reaffirms Doubts") the word is its object, whatever the list calls it.
			if (side === 'before' && present.some((r) => r.some((t) => verbForm(t, side)))) continue;
			const anchorIsVerb = having.every(
				(i, h) =>
					i < 0 ||
					verbs[h]?.has(tokens[h]![i]!.text.toLowerCase()) ||
					verbForm(tokens[h]![i]!, 'after') ||
					lexiconTags(tokens[h]![i]!.text.toLowerCase()).has('Verb')
			);
			// In a preposition's object an "-ing" word after the anchor is a noun ("campaign
			// spending spree"), whatever the word list says.
			const nounIng = (t: Token, h: number) =>
				/ing$/i.test(t.text) && inObject(tokens[h]!, having[h]!, verbs[h]);
			if (
				side === 'after' &&
				!anchorIsVerb &&
				runs.some(
					(r, h) =>
						!!r &&
						r.some((t) => !nounIng(t, h) && (verbForm(t, side) || verbBeforeMore(t, tokens[h]!)))
				)
			)
				continue;
			const distinct = new Map(present.map((r) => [r.map((t) => t.key).join(' '), r]));
			if (distinct.size < 2) continue;
			// Two wordings that share a word differ in a detail, not in the word for the thing.
			const wordSets = [...distinct.values()].map((r) => new Set(r.map((t) => t.key)));
			if (wordSets.some((a, i) => wordSets.some((b, j) => i !== j && [...a].some((k) => b.has(k)))))
				continue;
			const anchorOf = (h: number) => tokens[h]![having[h]!]!;
			const text = (h: number, r: Token[]) => titles[h]!.slice(r[0]!.start, r.at(-1)!.end);
			const phrase = (h: number, r: Token[]) => {
				const a = anchorOf(h);
				let from = Math.min(a.start, r[0]!.start);
				// "U.S. Attorney Subpoenas", "Asylum-seeking immigrant 'caravan'": a word before
				// the one compared is quoted with it, so the phrase reads as the headline has it.
				if (side === 'before') {
					const ts = tokens[h]!;
					let k = ts.indexOf(r[0]!) - 1;
					for (let n = 0; k >= 0 && n < 2; n++, k--) {
						const t = ts[k]!;
						// Not back into the subject's name or the verb ("Ruiz Backs Gay Marriage").
						const named = isName(t.text) && !/\./.test(t.text);
						if (isFunction(t) || t.breakAfter || numeric(t) || named || isVerbOf(t, h)) break;
						from = t.start;
					}
				}
				// "'heroic' farmer": a quotation that opens right before the phrase is in it.
				if (/['‘"“]/.test(titles[h]![from - 1] ?? '')) from--;
				let to = Math.max(a.end, r.at(-1)!.end);
				// "campaign spending spree" beside "Campaign Money Case": in a preposition's object the
				// phrase runs on to its head noun, which tells how each outlet frames the thing.
				if (side === 'after' && inObject(tokens[h]!, having[h]!, verbs[h])) {
					const ts = tokens[h]!;
					let k = ts.indexOf(r.at(-1)!);
					for (let n = 0; n < 2 && !ts[k]!.breakAfter; n++) {
						const t = ts[++k];
						if (!t || isFunction(t) || numeric(t) || (isName(t.text) && !commonWord(t))) break;
						to = t.end;
					}
				}
				const opened = (titles[h]!.slice(from, to).match(/(?:^|\s)['‘"“]/g) ?? []).length;
				// "immigrant 'caravan'": a quotation opened inside the phrase is closed in it too.
				if (opened && /['’"”]/.test(titles[h]![to] ?? '')) to++;
				return titles[h]!.slice(from, to);
			};
			const first = having.findIndex((i) => i >= 0);
			const phrases = runs.map((r, h) => (r && r.length ? phrase(h, r) : undefined));
			// A phrase cut inside a quotation misquotes the headline: no question.
			if (phrases.some((p) => p !== undefined && !quotesBalanced(p))) continue;
			slots.push({
				anchor: anchorOf(first).text,
				side,
				words: runs.map((r, h) => (r && r.length ? text(h, r) : undefined)),
				phrases
			});
		}
	}
	return slots;
}

/**
 * A word the word list knows as a common noun, adjective or verb (or does not know at all,
 * as with "same-sex"): not a name, a pronoun or an auxiliary.
 */
function commonWord(t: Token): boolean {
	const w = t.text.toLowerCase();
	if (/^(?:[a-z]\.)+$/.test(w) || /^[A-Z]{2,}$/.test(t.text)) return false;
	const tags = lexiconTags(w);
	if (tags.has('Person') || tags.has('Place') || tags.has('ProperNoun')) return false;
	if (tags.has('Pronoun') || tags.has('Auxiliary') || tags.has('Modal')) return false;
	return true;
}

export interface Head {
	outlet: string;
	title: string;
	lead: Span;
}

/**
 * The story's headlines with their outlets and leads, when every article is one outlet's and
 * every title reads as a headline (a scraped lead or dateline is no headline to compare).
 */
export function storyHeads(view: StoryView): Head[] | undefined {
	const outlets = new Set(view.label.values());
	if (outlets.size < 3 || outlets.size !== view.analyses.length) return undefined;
	if (view.analyses.some((a) => !headlineLike(a.article.title))) return undefined;
	const heads = view.analyses.map((a) => {
		const lead = a.sentences.find((s) => !notBodyProse(s, a.sentences)) ?? a.sentences[0];
		return {
			outlet: view.label.get(a.article.id)!,
			title: normaliseSpace(a.article.title),
			lead: lead ? spanOf(lead) : undefined
		};
	});
	return heads.every((h) => h.lead) ? (heads as Head[]) : undefined;
}

/** Word choice, scare quotes and credited reports in the headlines of a story of 3+ outlets. */
export function headlineWordingCandidates(view: StoryView): Candidate[] {
	const heads = storyHeads(view);
	if (!heads) return [];
	const isName = nameTest(view.analyses.map((a) => a.article.text));
	return [
		...wordChoice(heads, isName),
		...scareQuotes(heads, isName),
		...creditedReport(heads, isName),
		...namedSource(heads, isName)
	];
}

export const listing = (heads: Head[]) => heads.map((h) => `${h.outlet}: “${h.title}”`).join('; ');
export const evidenceOf = (heads: Head[], first?: Head) =>
	(first ? [first, ...heads.filter((h) => h !== first)] : heads).map((h) => h.lead);

/**
 * "Two headlines write 'gay marriage'. Which writes 'same-sex marriage' instead?" One wording
 * against the rest, or, when only two headlines have the shared word, one wording against the
 * other. Three different wordings are not asked: the shared word alone does not prove the
 * three name one thing ("nuclear files", "nuclear deal", "nuclear agreement").
 */
function wordChoice(heads: Head[], isName: (w: string) => boolean): Candidate[] {
	const out: Candidate[] = [];
	const outlets = heads.map((h) => h.outlet);
	for (const slot of wordingSlots(
		heads.map((h) => h.title),
		isName
	)) {
		const groups = new Map<string, number[]>();
		slot.words.forEach((w, h) => {
			if (w === undefined) return;
			const key = headlineTokens(w)
				.map((t) => t.key)
				.join(' ');
			groups.set(key, [...(groups.get(key) ?? []), h]);
		});
		if (groups.size !== 2) continue;
		const [a, b] = [...groups.values()].sort((x, y) => y.length - x.length) as [number[], number[]];
		// "Ruiz: Council Is Wrong On Gay Marriage" beside "… Gay-Marriage Stance": words after a
		// speaker's colon or in quotation marks are the speaker's, not the outlet's wording, so
		// "Two of the headlines write" would count a speaker as an outlet; and a prompt that counts
		// only the outlets' own would leave a third headline printing the words unexplained.
		if (a.some((h) => inSpeakersWords(heads[h]!.title, slot.words[h]!, isName))) continue;
		if (b.length !== 1) continue;
		const odd = heads[b[0]!]!;
		const oddPhrase = slot.phrases[b[0]!]!;
		// "Ruiz: Budget Cuts Hurt Families" beside two headlines' "Budget Reductions": the odd
		// words are the speaker's, and "each outlet chose its own" would be false of them.
		if (inSpeakersWords(odd.title, slot.words[b[0]!]!, isName)) continue;
		// "…writes 'Marriage Recognition'" where a third headline says "Recognizes" too: the odd
		// wording must be the odd headline's alone, by word family.
		const family = (w: string) =>
			headlineTokens(w)
				.filter((t) => !isFunction(t))
				.map((t) => nearKey(t.text));
		const oddWords = family(slot.words[b[0]!]!);
		if (heads.some((h, i) => i !== b[0] && oddWords.some((k) => nearKeys(h.title).has(k))))
			continue;
		// …and the usual wording is its headlines' alone: not in the odd one, nor in a headline
		// without the shared word ("Recognizes" beside "Marriage Recognition" and "Marriage Ban").
		const usualWords = a.flatMap((h) => family(slot.words[h]!));
		if (heads.some((h, i) => !a.includes(i) && usualWords.some((k) => nearKeys(h.title).has(k))))
			continue;
		// The majority's wording as a plain phrase: "gay marriage" over "gay-marriage stance"'s compound.
		const usual = a.map((h) => slot.phrases[h]!).find((p) => !/-/.test(p)) ?? slot.phrases[a[0]!]!;
		const others = a.map((h) => heads[h]!.outlet);
		const choices = makeChoices(outlets, `wording:${oddPhrase}`);
		// The odd wording is never quoted: it is printed in one headline only, so a student who
		// finds it has the key without reading (checks.ts, headline-copy.ts). With two headlines
		// or more on one wording, the question is which headline says it in other words; one
		// against one has no such majority to read against, and nothing is asked.
		if (a.length < 2) continue;
		const prompt = `${countWordTitle(a.length, 4, 'Most')} of the headlines write “${usual}”. Which outlet's headline words it differently?`;
		out.push(
			headlineQuestion(
				{
					...draftBase(
						'compare',
						prompt,
						evidenceOf(heads, odd),
						`${odd.outlet}'s headline writes “${oddPhrase}”; ${listWords(others)} ${others.length > 1 ? 'write' : 'writes'} “${usual}”. Beside the shared word “${slot.anchor}”, each outlet chose its own. The headlines: ${listing(heads)}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, odd.outlet)]
				},
				0.78
			)
		);
	}
	// The contrast most headlines take part in first.
	return out.sort((x, y) => y.quality - x.quality).slice(0, 1);
}

/**
 * One headline puts a single word in quotation marks ("immigrant 'caravan'") that another
 * headline writes plainly: quoting it keeps the word at a distance, as someone else's. A word
 * quoted in every headline that has it is a quotation, not a choice.
 */
function scareQuotes(heads: Head[], isName: (w: string) => boolean): Candidate[] {
	const tokens = heads.map((h) => headlineTokens(h.title));
	const outlets = heads.map((h) => h.outlet);
	for (let h = 0; h < heads.length; h++) {
		for (const t of tokens[h]!) {
			if (!singleQuoted(heads[h]!.title, t) || isFunction(t) || isName(t.text)) continue;
			const plain = tokens.flatMap((ts, g) =>
				g !== h && ts.some((u) => u.key === t.key && !u.quoted) ? [g] : []
			);
			const quoting = tokens.filter((ts) => ts.some((u) => u.key === t.key && u.quoted));
			if (!plain.length || quoting.length !== 1) continue;
			const odd = heads[h]!;
			const choices = makeChoices(outlets, `scare:${t.key}`);
			return [
				headlineQuestion(
					{
						...draftBase(
							'compare',
							`Several headlines use the word “${t.text.toLowerCase()}”. Which outlet's headline puts it in quotation marks, holding it at a distance as someone else's word?`,
							evidenceOf(heads, odd),
							`${odd.outlet}'s headline writes ‘${t.text}’ in quotation marks; ${listWords(plain.map((g) => heads[g]!.outlet))} ${plain.length > 1 ? 'use' : 'uses'} the word plainly. The headlines: ${listing(heads)}.`,
							2
						),
						type: 'single',
						choices,
						correct: [choiceId(choices, odd.outlet)]
					},
					0.76
				)
			];
		}
	}
	return [];
}

/** "'caravan'": one word with a quotation mark on each side, not a quoted phrase's first word. */
function singleQuoted(title: string, t: Token): boolean {
	const before = title.slice(Math.max(0, t.start - 1), t.start);
	const after = title.slice(t.end, t.end + 1);
	return /['‘"“]/.test(before) && /['’"”]/.test(after);
}

/**
 * A headline that credits its news to someone else's report: a kicker ("Report:"), a tag at
 * its end (": report", ", report says", ": State Media", "'NYT' reports", ", officials say").
 */
const CREDIT_KICKER = /^(?:reports?|sources?)\s*:/i;
const CREDIT_TAIL = new RegExp(
	`(?:[:,]\\s*(?:(?:a|the|new)\\s+)?(?:reports?|sources?|officials?|(?:[\\w.’']+\\s+){0,3}${NEWS_ORG_WORDS})(?:\\s+(?:says?|said|reports?|reported|say))?|,?\\s+['‘"“][\\w.&' ]{2,25}['’"”]\\s+(?:reports|says))\\s*[.!]?$`
);

/** "What Mueller Reportedly Wants", "…, According to Officials": the credit inside the headline. */
const CREDIT_WORD = /\b(?:reportedly|according to)\b/i;

export const creditsReport = (title: string) =>
	CREDIT_KICKER.test(title.trim()) || CREDIT_TAIL.test(title.trim()) || CREDIT_WORD.test(title);

/**
 * "…, Attorney Says", "…, Police Say", "Ruiz Says …", "Ruiz: …": the headline names who its
 * claim comes from. A report credit (creditsReport) is asked as a report, not here.
 */
const SOURCE_TAIL =
	/,\s+(?:[\w.’'-]+\s+){1,4}?(?:says|say|said|claims|claim|insists|contends|alleges|tells|told)(?:\s+[\w.’'-]+){0,2}\s*[.!]?$/i;
const SOURCE_LEAD = /^(?:[A-Z][\w.’'-]*\s+){1,4}?(?:says|said|claims)\s/;

export function namesSource(title: string, isName: (w: string) => boolean): boolean {
	const t = normaliseSpace(title).trim();
	if (SOURCE_TAIL.test(t) || SOURCE_LEAD.test(t)) return true;
	const p = parseHeadline(t, isName);
	return !!p && p.form === 'speaker';
}

/**
 * Does the headline hand its news to anyone: a report, a named source, a speaker before a colon
 * or a tag after a closing one (names, or a role: "Lawyer:", ": police"), or a verb of saying?
 * Only a headline with none of these states its news as fact. A label before a colon
 * ("… Investigation: What to Know") hands it to no one.
 */
export function attributes(title: string, isName: (w: string) => boolean): boolean {
	const t = normaliseSpace(title).trim();
	const speakerLike = (phrase: string) => {
		const words = phrase.trim().split(/\s+/).filter(Boolean);
		const last = (words.at(-1) ?? '').replace(/[^A-Za-z]/g, '').toLowerCase();
		return (
			words.length > 0 &&
			(words.every((w) => isName(w)) || roleNoun(last) || roleNoun(last.replace(/s$/, '')))
		);
	};
	const kicker = /^([^:]{2,40}):\s/.exec(t)?.[1];
	const tail = /:\s*([^:]{1,30}?)\s*[.!]?$/.exec(t)?.[1];
	return (
		creditsReport(t) ||
		namesSource(t, isName) ||
		(!!kicker && speakerLike(kicker)) ||
		(!!tail && speakerLike(tail)) ||
		t.split(/\s+/).some(speechWord)
	);
}

function creditedReport(heads: Head[], isName: (w: string) => boolean): Candidate[] {
	const crediting = heads.filter((h) => creditsReport(h.title));
	if (!crediting.length || crediting.length === heads.length) return [];
	const others = heads.filter((h) => !crediting.includes(h));
	// "State it as their own" only when no other headline hands its news to anyone: beside
	// "Netanyahu: Evidence Proves …" it would be untrue, so the prompt says only "no report".
	const plain = others.every((h) => !attributes(h.title, isName));
	const outlets = heads.map((h) => h.outlet);
	const choices = makeChoices(outlets, `credit:${crediting.map((h) => h.outlet).join()}`);
	const one = crediting.length === 1;
	const contrast = plain ? ', where the others state it as their own' : '';
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					one
						? `Which outlet's headline says its news comes from someone else's report${contrast}?`
						: `Which outlets' headlines say their news comes from someone else's report${contrast}? Select all that apply.`,
					evidenceOf(heads, crediting[0]),
					// Every headline quoted, the others' too: a student who chose one of them sees
					// its words and why it credits no report ("Ruiz: …" names a speaker, not a report).
					`${listWords(crediting.map((h) => `${h.outlet} (“${h.title}”)`))} ${one ? 'credits' : 'credit'} a report; ${listWords(others.map((h) => `${h.outlet} (“${h.title}”)`))} ${others.length > 1 ? 'credit' : 'credits'} none${plain ? ' and ' + (others.length > 1 ? 'state' : 'states') + ' the news without saying whose it is' : ''}.`,
					2
				),
				type: one ? 'single' : 'multi',
				choices,
				correct: crediting.map((h) => choiceId(choices, h.outlet))
			} as Candidate['draft'],
			0.5
		)
	];
}

/**
 * "Ruling Was Unfair, Attorney Says" beside headlines that state their news as fact: one
 * headline names whose claim it reports. Blind readers asked for this in place of a look-up of
 * the whole headline. Asked only when no other headline credits anyone or uses a verb of
 * saying ("Ruiz Slams …" names its source too), so "the others state it as fact" holds.
 */
function namedSource(heads: Head[], isName: (w: string) => boolean): Candidate[] {
	const naming = heads.filter((h) => !creditsReport(h.title) && namesSource(h.title, isName));
	if (!naming.length || naming.length > heads.length / 2) return [];
	const others = heads.filter((h) => !naming.includes(h));
	if (others.some((h) => attributes(h.title, isName))) return [];
	const outlets = heads.map((h) => h.outlet);
	const choices = makeChoices(outlets, `source:${naming.map((h) => h.outlet).join()}`);
	const one = naming.length === 1;
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					one
						? `Which outlet's headline says whose claim it reports, where the others state their news as fact?`
						: `Which outlets' headlines say whose claim they report, where the others state their news as fact? Select all that apply.`,
					evidenceOf(heads, naming[0]),
					`${listWords(naming.map((h) => `${h.outlet} (“${h.title}”)`))} ${one ? 'names' : 'name'} the source of the claim; ${listWords(others.map((h) => `${h.outlet} (“${h.title}”)`))} ${others.length > 1 ? 'state' : 'states'} the news without saying whose it is.`,
					2
				),
				type: one ? 'single' : 'multi',
				choices,
				correct: naming.map((h) => choiceId(choices, h.outlet))
			} as Candidate['draft'],
			// Below a word choice (0.73+), above a report credit: a named source is a choice the
			// reader can weigh ("says who?"), a report credit a formula.
			0.6
		)
	];
}
