/**
 * How an outlet sources a claim: a source it does not name ("a senior official",
 * "people familiar with"), another news organisation ("according to the … Times"),
 * its own reporting ("… has learned"), or a claim it says it could not verify. Each
 * sentence is asked about only when it shows exactly one of these, so the key is
 * never in doubt; and when only one outlet of several does it, which outlet.
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import {
	COMMON_WORDS,
	CREDITED_TO_OUTLET,
	NAMED_NEWS_ORG,
	DOCUMENT_NOUNS,
	MONTHS,
	MONTHS_AS_NAMES,
	monthIndex,
	NEWS_ORG_WORDS,
	OUTLET_MEDIUM_WORDS,
	REPORTING_VERBS,
	UNNAMED_SOURCE,
	UNVERIFIED
} from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { memoByText } from '../match-cache';
import { findDates } from '../dates';
import { escapeRegExp } from '$lib/text/regexp';
import { lexiconTags } from '../entities';
import { draftBase, type Candidate } from './candidate';
import { pronounsResolved } from './cause';
import { withoutSourcingCue } from './sourcing-cue';
import { normaliseSpace } from '$lib/content/space';

/**
 * A wire story's dateline credits the agency for the whole article: "CITY (Agency) -".
 * An outlet running one credits another news organisation as surely as "according to".
 */
export const WIRE_DATELINE = /(?:^|\n)[A-Z][A-Z .,'-]+\s*\([A-Z][\w .&-]{1,40}\)\s*[-–—]/;

export type SourcingKind = 'unnamed' | 'credited' | 'own' | 'unverified';

/**
 * The choices are kinds of sourcing that exclude each other: a named person, a person it does
 * not name, another news organisation, a document, or no source at all (the outlet's own word).
 * "Its own reporting, without naming a source" beside "a source it does not name" read as the
 * same answer to teachers: "no source" now says that no one is cited, and the two are never
 * offered together (SOURCING_WRONG).
 * select-entry.ts (sourcingTrait) tells the kinds apart by "does not name", "verif" and
 * "another news".
 */
export const SOURCING_CHOICE: Record<SourcingKind | 'named' | 'document', string> = {
	named: 'It names the person who gave the information',
	unnamed: 'It cites a source it does not name',
	credited: 'It credits another news organisation',
	own: 'It gives no source: the outlet says it found this out itself',
	unverified: 'It says the claim could not be verified',
	document: 'It cites a document, such as a court filing or a letter'
};

/**
 * The wrong answers for each key: kinds the sentence plainly does not show. "A person it does
 * not name" and "no source, the outlet's own finding" are never offered together: "Fox News
 * has learned" implies someone told it, and "sources told Fox News" is Fox News's own finding
 * too, so beside either key the other is a second defensible answer. A sentence that cites a
 * document is never asked (sourcingOf), so the document choice is always wrong; it is left
 * out beside another outlet's credit, whose "report" is a document of a kind.
 */
const SOURCING_WRONG: Record<SourcingKind, readonly (keyof typeof SOURCING_CHOICE)[]> = {
	unnamed: ['named', 'credited', 'document'],
	own: ['named', 'credited', 'document'],
	credited: ['named', 'unnamed', 'unverified'],
	unverified: ['named', 'unnamed', 'credited']
};

/** The one sourcing kind a sentence shows, or undefined when it shows none or several. */
export function sourcingOf(sentence: string, outlet: string, url = ''): SourcingKind | undefined {
	const kinds = new Set<SourcingKind>();
	if (UNNAMED_SOURCE.test(sentence)) kinds.add('unnamed');
	if (UNVERIFIED.test(sentence) && outletFlagsUnverified(sentence, outlet)) kinds.add('unverified');
	const credit = CREDITED_TO_OUTLET.exec(sentence);
	if (credit) {
		const org = credit.slice(1).find(Boolean)!;
		const own = ownName(org, outlet, url);
		// "As the Courier reported on Thursday" cites the outlet's earlier story, whose sources it
		// does not give here: only "has learned" / "obtained" claim reporting of its own.
		if (own && /\breport/i.test(credit[0])) return undefined;
		if (!own && !newsOrganisation(org, credit, sentence)) return undefined;
		kinds.add(own ? 'own' : 'credited');
	}
	// "Citing two officials, the Tribune's report said …": whose unnamed source? Not asked.
	if (kinds.has('unnamed') && /\breport(?:ed|s|ing)?\b/i.test(sentence)) return undefined;
	// "Two officials told the Valley Tribune …", "citing sources, the Tribune said": the claim is
	// another outlet's as much as an unnamed source's.
	if (kinds.has('unnamed') && namesAnotherOutlet(sentence, outlet)) return undefined;
	// "Aides said …; the Courier reported …": a bare plural source beside a credit is two answers.
	if (
		kinds.has('credited') &&
		/\b(?:aides|officials|sources|people)\s+(?:said|say|told)\b/i.test(sentence)
	)
		return undefined;
	// "An official, speaking to the Courier on condition of anonymity": unnamed, and credited too.
	const toOrg =
		/\b(?:told|telling|speaking to|spoke to|said to)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)/.exec(
			sentence
		);
	// "… told Breitbart News" in Breitbart: its own unnamed source.
	if (
		kinds.has('unnamed') &&
		toOrg &&
		squash(toOrg[1]!).length >= 3 &&
		!ownName(toOrg[1]!, outlet, url)
	)
		return undefined;
	if (kinds.size !== 1) return undefined;
	const org = credit ? credit.slice(1).find(Boolean) : undefined;
	// "The campaign disputed a report in the Valley Tribune …, according to his campaign": the
	// claim rests on whoever "according to" names; an outlet named elsewhere is a second source.
	if (org && accordingToOtherThan(sentence, org)) return undefined;
	// "Smith said he would appeal, and people close to him expect …": a second, named source.
	if (namesASource(sentence, org)) return undefined;
	// "…, according to court documents and two officials": a document is a source as well.
	if (!kinds.has('credited') && CITES_DOCUMENT.test(sentence)) return undefined;
	return [...kinds][0];
}

const squash = (s: string) =>
	s
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/[^a-z]/g, '');

/** Words that open a sentence before a name: "As", "But", "Earlier". */
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Adverb', 'Determiner'];

/** "Breitbart News" → "breitbart": the brand without the medium words after it. */
const brand = (name: string) => {
	const words = name
		.toLowerCase()
		.replace(/^the\s+/, '')
		.split(/[\s-]+/)
		.map((w) => w.replace(/[^a-z]/g, ''));
	while (words.length > 1 && OUTLET_MEDIUM_WORDS.includes(words.at(-1)!)) words.pop();
	return squash(words.join(' '));
};

/**
 * Is this name the outlet's own? Its name, or its site's ("the Huffington Post" on
 * huffingtonpost.com); its short name ("The Times" in The New York Times, "the Post" in The Daily
 * Post); its brand with or without a medium word ("Breitbart News" for Breitbart, "Fox" for Fox
 * News); or the initials it goes by ("NYT"). An outlet's own report is its own reporting, never
 * another news organisation's.
 */
export function ownName(written: string, outlet: string, url = ''): boolean {
	const host = /^https?:\/\/(?:www\.)?([^./]+)/.exec(url)?.[1] ?? '';
	// "As Breitbart News reported": a sentence's first word, capitalised, is no part of the name.
	const all = written.replace(/^the\s+/i, '').split(/\s+/);
	while (all.length > 1 && FUNCTION_TAGS.some((t) => lexiconTags(all[0]!.toLowerCase()).has(t)))
		all.shift();
	const name = all.join(' ');
	const words = all.filter((w) => /^[A-Z]/.test(w));
	return (
		squash(name) === squash(outlet) ||
		(squash(name).length >= 4 && squash(outlet).endsWith(squash(name))) ||
		(host.length > 3 && squash(name) === host) ||
		(brand(name).length >= 3 && brand(name) === brand(outlet)) ||
		(words.length >= 2 && words.map((w) => w[0]!.toLowerCase()).join('') === squash(outlet))
	);
}

/** Does an "according to …" in the sentence name someone other than the credited outlet? */
function accordingToOtherThan(sentence: string, org: string): boolean {
	const squash = (x: string) => x.toLowerCase().replace(/[^a-z]/g, '');
	const credited = squash(org.replace(/^the\s+/i, ''));
	for (const m of sentence.matchAll(/\baccording to\s+([^,;:.]+)/gi)) {
		if (!squash(m[1]!).includes(credited)) return true;
	}
	return false;
}

const SAYING = `(?:(?:has|have|had)\\s+)?(?:${REPORTING_VERBS.join('|')})`;
/** A capitalised name (a person's or a body's) right before a reporting verb, or "said Smith". */
const NAMED_SAYER = new RegExp(
	`((?:[A-Z][\\w.'’-]*\\s+)*[A-Z][\\w.'’-]*),?\\s+${SAYING}\\b|\\b(?:said|says)\\s+((?:[A-Z][\\w.'’-]*\\s+)*[A-Z][\\w.'’-]*)\\s*(?:[,.;]|$)`,
	'g'
);
const CITES_DOCUMENT = new RegExp(
	`\\baccording to\\s+(?:(?:an?|the|his|her|its|their)\\s+)?(?:[\\w-]+\\s+){0,3}(?:${DOCUMENT_NOUNS.join('|')})s?\\b`,
	'i'
);
/** Capitalised words that are no name when they open a sentence or stand before a verb. */
const NOT_A_NAME =
	/^(?:the|a|an|one|two|three|several|some|other|officials?|sources?|aides?|people|he|she|they|it|we|i|this|that|but|and|in|on|at|for|as|while|when|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether the sentence names a source besides the one its sourcing kind rests on: a person or
 * a body that said or told something ("Araghchi called it fake, the agency reported"; "the
 * Central News Agency said …, according to the Press"). The credited organisation itself does
 * not count. Two sources make "how does the outlet source this?" a question with two keys.
 */
export function namesASource(sentence: string, creditedOrg?: string): boolean {
	const squash = (x: string) =>
		x
			.toLowerCase()
			.replace(/^the\s+/, '')
			.replace(/[^a-z]/g, '');
	const credited = creditedOrg ? squash(creditedOrg) : '';
	for (const m of sentence.matchAll(NAMED_SAYER)) {
		// "an adviser close to the White House said": a name after a preposition is no subject.
		const lead = sentence.slice(0, m.index);
		if (
			m[1] &&
			/\b(?:to|of|at|in|from|with|for|on|by|near|inside|within)\s+(?:the\s+)?$/i.test(lead)
		)
			continue;
		const words = (m[1] ?? m[2]!).split(/\s+/);
		// "Officials said" at a sentence start; "The agency said" keeps only its capitalised words.
		while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
		if (!words.length || words.every((w) => COMMON_WORDS.has(w.toLowerCase()))) continue;
		const name = squash(words.join(' '));
		if (name.length < 3) continue;
		if (credited && (name.endsWith(credited) || credited.endsWith(name))) continue;
		return true;
	}
	return false;
}

/**
 * Is the body a credit names a news organisation? Not when the name runs on into an office
 * ("the White House Press Secretary", "the Daily Record Office"; "the Daily Caller" is one), when an agency's name is a
 * government's ("the Federal Emergency Management Agency", unlike "the Anadolu Agency" or a
 * news agency), or when an acronym "obtained" something (investigators obtain; "the FBI
 * obtained the emails").
 */
export function newsOrganisation(org: string, credit: RegExpExecArray, sentence: string): boolean {
	const after = sentence.slice(credit.index + credit[0].length);
	const endsOnName = credit[0].trimEnd().endsWith(org.trimEnd());
	if (
		endsOnName &&
		/^\s+(?:press\s+)?(?:secretary|office|release|statement|conference|briefing|spokes(?:man|woman|person)|staff|aide)\b/i.test(
			after
		)
	)
		return false;
	const words = org.replace(/^the\s+/i, '').split(/\s+/);
	if (/^Agency$/.test(words.at(-1)!) && words.length > 2 && !/^(?:News|Press)$/.test(words.at(-2)!))
		return false;
	if (/^[A-Z]{2,5}$/.test(org) && /\bobtained\b/.test(credit[0])) return false;
	return true;
}

/** Any name that ends in a news-organisation word (NEWS_ORG_WORDS), capitalised or not. */
const NEWS_ORG_WORD_NAME = new RegExp(`(?:[A-Z][\\w.&'’-]*\\s+){0,3}${NEWS_ORG_WORDS}(?=\\b)`, 'g');

/**
 * A capitalised news organisation's name in the text that is not the outlet's own: any name
 * ending in a news word (a sentence's "citing sources, the Tribune said"), or only those `names`
 * matches (a whole article read for a credit, NAMED_NEWS_ORG).
 */
function namesAnotherOutlet(
	text: string,
	outlet: string,
	names: RegExp = NEWS_ORG_WORD_NAME,
	url = ''
): boolean {
	const self = squash(outlet);
	return (text.match(names) ?? []).some(
		(n) =>
			/^[A-Z]/.test(n) &&
			// "the Koch network" is no outlet: the news word ends a capitalised name.
			/\s[A-Z]\S*$/.test(n) &&
			!self.endsWith(squash(n)) &&
			!squash(n).endsWith(self) &&
			!ownName(n, outlet, url)
	);
}

/**
 * "Could not confirm" is the outlet's own flag only when the outlet is the one that could not:
 * "could not be independently verified", "The Tribune has not independently confirmed", "we
 * could not verify". "Police could not confirm the toll" or "the White House has not confirmed
 * the meeting" report someone else's silence, and claiming a verification flag there is a
 * wrong key.
 */
export function outletFlagsUnverified(sentence: string, outlet: string): boolean {
	const m = UNVERIFIED.exec(sentence);
	if (!m) return false;
	const phrase = m[0].toLowerCase();
	// Only a newsroom checks a claim "independently"; an adjective flags the claim itself.
	if (/\bindependently\b|^(?:unverified|unconfirmed)$/.test(phrase)) return true;
	// The passive names nobody else as the one who could not: "could not be confirmed".
	if (/\bbe(?:en)?\s+(?:verified|confirmed|corroborated)\b/.test(phrase)) return true;
	// The active voice: whose inability is it? The words right before the verb say.
	const subject = sentence.slice(0, m.index).trim().split(/\s+/).slice(-5).join(' ');
	const squash = (x: string) =>
		x
			.toLowerCase()
			.replace(/^the\s+/, '')
			.replace(/[^a-z]/g, '');
	return (
		/\b(?:we|reporters|journalists)$/i.test(subject) ||
		(squash(outlet).length >= 3 && squash(subject).endsWith(squash(outlet))) ||
		new RegExp(`\\b${NEWS_ORG_WORDS}$`, 'i').test(subject)
	);
}

export interface Sourced {
	analysis: ArticleAnalysis;
	sentence: Sentence;
	kind: SourcingKind;
}

/**
 * "From Jane Roe writing at The Valley Post:", "From the Valley Post:": the article opens by
 * handing over to another outlet's piece, and everything after is that outlet's reporting. Asked
 * "How does it source this?", "it credits another news organisation" is right of every sentence
 * (a blind reader's wrong key), so such an article gets no sourcing question.
 */
const EXCERPT_OPENER =
	/^\s*From\s+(?:[^:\n]{0,60}?\s+writing\s+(?:at|in|for)\s+)?(?:the\s+)?\p{Lu}[^:\n]{0,50}:\s*$/mu;
export const excerptOfAnother = (text: string) =>
	EXCERPT_OPENER.test(text.split(/\n\s*\n/).find((p) => p.trim()) ?? '');

/**
 * The sentences the outlets source in exactly one way (sourcingOf), outside quotations and with
 * their pronouns resolved: what "How does X source this?" may be asked of. Exported for
 * scripts/qgen-eval/sourcing-cuts.ts, which counts the ones whose sourcing clause cannot be cut.
 */
export function sourcedSentences(analyses: readonly ArticleAnalysis[]): Sourced[] {
	const found: Sourced[] = [];
	for (const a of analyses) {
		if (excerptOfAnother(a.article.text)) continue;
		for (const s of a.sentences) {
			const text = normaliseSpace(s.text);
			// Inside a quotation the speaker, not the outlet, is sourcing the claim.
			if (text.length > 320 || /^[“"]/.test(text)) continue;
			if (a.quoted.some((q) => q.start <= s.start && s.end <= q.end)) continue;
			const kind = pronounsResolved(text)
				? sourcingOf(text, a.article.outlet, a.article.url)
				: undefined;
			if (kind) found.push({ analysis: a, sentence: s, kind });
		}
	}
	return found;
}

export function sourcingCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const found = sourcedSentences(view.analyses);
	const outlets = [...new Set(view.label.values())];
	for (const f of found) {
		const outlet = view.label.get(f.analysis.article.id)!;
		const text = normaliseSpace(f.sentence.text);
		// The sentence whole prints its sourcing words, and so the key: show the claim without them.
		const claim = withoutSourcingCue(text);
		if (!claim) continue;
		const key = SOURCING_CHOICE[f.kind];
		const others = SOURCING_WRONG[f.kind].map((k) => SOURCING_CHOICE[k]);
		const choices = makeChoices([key, ...others], text);
		out.push({
			family: 'source',
			draft: {
				...draftBase(
					'source',
					`${outlet} writes: “${claim}” How does ${outlet} source this information?`,
					[spanOf(f.sentence)],
					`${key}: ${explain(f.kind, text)}`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, key)]
			},
			keyTexts: [],
			hidden: [],
			answerKey: `sourcing:${f.analysis.article.id}:${f.sentence.start}`,
			// Pronouns were checked when the sentence was chosen (pronounsResolved).
			quality: f.kind === 'credited' || f.kind === 'unverified' ? 0.85 : 0.8,
			position: f.sentence.index
		});
	}
	// Which outlet (of several) alone leans on an unnamed source, or says it could not verify a claim.
	if (outlets.length >= 2 && view.analyses.length === outlets.length) {
		// Not "unnamed": a bare "officials said" is too varied to prove the other outlets never do it.
		for (const kind of ['unverified', 'credited'] as const) {
			const withKind = found.filter((f) => f.kind === kind);
			const ids = new Set(withKind.map((f) => f.analysis.article.id));
			if (ids.size !== 1) continue;
			// The others must show no sign of it anywhere, even in a sentence we did not ask about.
			const pattern = kind === 'unverified' ? UNVERIFIED : CREDITED_TO_OUTLET;
			if (
				view.analyses.some(
					(a) =>
						!ids.has(a.article.id) &&
						(pattern.test(a.article.text.replace(/\s+/g, ' ')) ||
							(kind === 'credited' &&
								(WIRE_DATELINE.test(a.article.text) ||
									// "told the Valley Register", "wrote in the Daily Ledger": a credit in
									// words the patterns do not read ("according to", "reported").
									namesAnotherOutlet(
										a.article.text.replace(/\s+/g, ' '),
										a.article.outlet,
										NAMED_NEWS_ORG,
										a.article.url
									))))
				)
			)
				continue;
			const f = withKind[0]!;
			const outlet = view.label.get(f.analysis.article.id)!;
			const choices = makeChoices(outlets.slice(0, 6), `${kind}${f.sentence.start}`);
			if (!choices.some((c) => c.text === outlet)) continue;
			out.push({
				family: 'source',
				draft: {
					...draftBase(
						'source',
						ONLY_PROMPT[kind],
						[spanOf(f.sentence)],
						`Only ${outlet} does: “${normaliseSpace(f.sentence.text)}” The other outlets do not.`,
						3
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, outlet)]
				},
				keyTexts: [],
				hidden: [],
				// One question per sentence: this or "how does it source this".
				answerKey: `sourcing:${f.analysis.article.id}:${f.sentence.start}`,
				quality: 0.9,
				position: f.sentence.index
			});
		}
	}
	return out;
}

const ONLY_PROMPT: Record<'unnamed' | 'unverified' | 'credited', string> = {
	unnamed: 'Only one outlet relies on a source it does not name. Which outlet?',
	// "The Daily has not independently confirmed the Ledger's report": what it could not confirm
	// is often another outlet's claim it passes on, not "part of its report" (a t20 reader's edit).
	unverified: 'Only one outlet says it has not confirmed a claim it reports. Which outlet?',
	credited: 'Only one outlet credits part of its report to another news organisation. Which outlet?'
};

function explain(kind: SourcingKind, text: string): string {
	const cue =
		kind === 'unnamed'
			? UNNAMED_SOURCE.exec(text)?.[0]
			: kind === 'unverified'
				? UNVERIFIED.exec(text)?.[0]
				: CREDITED_TO_OUTLET.exec(text)?.[0];
	// A name the pattern cut short ("the Daily" of "the Daily Caller") is completed from the text.
	const at = cue ? text.indexOf(cue) + cue.length : -1;
	// Only an organisation's name is completed: after "a source said" the capitals are the claim's.
	const rest =
		// …and only when the cue stops inside it ("the Daily"), not after "… first reported".
		at >= 0 && kind === 'credited' && /[A-Z][\w.'’&-]*$/.test(cue ?? '')
			? (/^(?:\s+[A-Z][\w.'’&-]*)*/.exec(text.slice(at))?.[0] ?? '')
			: '';
	return `the words “${normaliseSpace(`${cue ?? ''}${rest}`).replace(/^[,\s]+/, '')}” show this.`;
}

const CONTENT_STOP =
	/^(?:the|and|that|this|with|from|have|has|had|was|were|are|is|be|been|for|not|but|they|them|their|there|what|which|who|will|would|could|should|about|into|than|then|just|very|also|our|your|its|his|her|she|him|you|we|it|of|to|in|on|at|by|as|or|an|a|i)$/;

/** Content words of a text, lower case, a plural's s dropped: what a paraphrase would keep. */
export function contentStems(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? [])
			.filter((w) => w.length > 2 && !CONTENT_STOP.test(w))
			.map((w) => w.replace(/['’]s$/, '').replace(/(?<=[a-z]{3})s$/, ''))
	);
}

/** Each sentence is compared with every quote in turn: its stems are worked out once (match-cache.ts). */
const sentenceStems = memoByText(contentStems);

/**
 * The other outlets that report what a quote says in their own words: a sentence sharing at
 * least four of its content words and a third of them, with the speaker named there or in the
 * sentence before (another transcription of the same words counts too). "Only Daily A carries
 * this quote" is true of the words, but "the others do not report it" would not be.
 */
export function reportedInOtherWords(
	view: StoryView,
	articleId: string,
	text: string,
	speaker: string
): ArticleAnalysis[] {
	const wanted = contentStems(text);
	if (wanted.size < 4) return [];
	// Names alone do not tell a point: "Roe is doing a great job as mayor of Centerville" shares
	// five words with any lead that names "Centerville Mayor Roe". Two of the shared words must
	// be the quote's own common words.
	const plain = contentStems(text.replace(/\p{Lu}[\p{L}'’.-]*/gu, ' '));
	// The same point from someone else ("Trump wants an executive order" beside an adviser's
	// quote saying one could be used) is no report of this quote: the speaker must be named.
	const surname = speaker
		.split(/\s+/)
		.filter((w) => !/^(?:jr|sr|ii|iii)\.?$/i.test(w))
		.at(-1)!;
	return view.analyses.filter(
		(a) =>
			a.article.id !== articleId &&
			a.sentences.some((s, i) => {
				const near = `${a.sentences[i - 1]?.text ?? ''} ${s.text}`;
				return (
					tellsTheSamePoint(wanted, s.text) &&
					near.includes(surname) &&
					[...sentenceStems(s.text)].filter((w) => plain.has(w)).length >= 2
				);
			})
	);
}

/**
 * Does this sentence tell what a quote says, in its own words? At least four of the quote's
 * content words (`wanted`, contentStems of the quote) and a third of them.
 */
export function tellsTheSamePoint(wanted: ReadonlySet<string>, sentence: string): boolean {
	const shared = [...sentenceStems(sentence)].filter((w) => wanted.has(w)).length;
	return shared >= 4 && shared / wanted.size >= 1 / 3;
}

/**
 * The text around quoted words without the quotation: inside quotation marks a date is what the
 * words are about ("taxes go up on January 1st"), not when they were said.
 */
const outsideQuotation = (said: string) => said.replace(/“[^”]*”?|"[^"]*"?/g, ' ');

/**
 * "HuffPost was published on 2013-05-24, after the others, and dates these words Friday,
 * 2013-05-24": why the others may lack what it has. Only when `said`, the text around the
 * words (outside the quotation), dates them after every other outlet was filed. A later
 * publication date alone proves nothing: the earlier reports often cover the same hearing or
 * statement, and readers marked "they may have filed before it was said" misleading there
 * (tuning readers t20 D, three times in ten two-outlet stories).
 */
export function filedAfterOthers(
	view: StoryView,
	articleId: string,
	said = ''
): string | undefined {
	const mine = view.analyses.find((a) => a.article.id === articleId)?.article;
	const others = view.analyses.filter((a) => a.article.id !== articleId).map((a) => a.article);
	if (!mine?.date || !others.length || others.some((o) => !o.date || o.date >= mine.date))
		return undefined;
	const dates = others.map((o) => o.date!).sort();
	if (datedBefore(said, dates[0]!)) return undefined;
	const dated = findDates(outsideQuotation(said), mine.date, () => 0, articleId).find(
		(m) => m.iso && m.iso > dates.at(-1)! && m.iso <= mine.date!
	);
	if (!dated) return undefined;
	// A filing date can be a day off (a scraped page's date, a time zone): an earlier report
	// that names the same day ("said on Friday") may well cover it.
	const day = new RegExp(
		`\\b${escapeRegExp(dated.text.replace(/^(?:on|last|this)\s+/i, ''))}\\b`,
		'i'
	);
	if (others.some((o) => day.test(o.text))) return undefined;
	return `${view.label.get(mine.id)} was published on ${mine.date}, after the others (${others
		.map((o) => `${view.label.get(o.id)} ${o.date}`)
		.join(', ')}), and dates these words ${dated.iso}: they may have filed before it was said.`;
}

/** A month written out and capitalised, with the day after it when there is one ("July 3"). */
const MONTH_AND_DAY = new RegExp(
	`\\b(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?`,
	'g'
);

/**
 * Does the text around some words date them before this ISO day: an earlier year, an earlier
 * day of the year ("on July 3"), a recent month alone ("in January" in a July report; "May",
 * also a name, only with a day), "last year/month/week", "years ago"? A false "yes" only drops
 * the hedge that the others may have filed too early; "they do not report it" stays true.
 */
function datedBefore(said: string, iso: string): boolean {
	const text = outsideQuotation(said);
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7)) - 1;
	const day = Number(iso.slice(8, 10));
	if ((text.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => Number(y) < year)) return true;
	if (/\b(?:last\s+(?:year|month|week)|(?:years|months|weeks)\s+ago)\b/i.test(text)) return true;
	return [...text.matchAll(MONTH_AND_DAY)].some((m) => {
		const at = monthIndex(m[1]!);
		// A month alone is the nearest one: "in January" in a July report is past, in a December
		// report most likely the coming one.
		if (m[2] === undefined)
			return !MONTHS_AS_NAMES.includes(MONTHS[at]! as never) && at < month && month - at <= 6;
		return at < month || (at === month && Number(m[2]) < day);
	});
}
