/**
 * Source questions: which outlet reported or quoted what, and which left
 * something out. These need two or more outlets and are asked first.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { choiceId, listWords, makeChoices, shortQuote, spanOf } from '../build';
import type { StoryView } from '../analyze';
import { quoteOverlap, sameName } from '../align';
import { lexiconTags } from '../entities';
import { INSTITUTION_NOUNS, REPORTING_VERBS } from '../lexicon';
import type { ArticleAnalysis, Quote, Sentence } from '../types';

/** Does this article carry the quote in any form, even one we could not attribute? */
function carriesQuote(a: ArticleAnalysis, text: string): boolean {
	return a.quoted.some((s) => quoteOverlap(a.article.text.slice(s.start, s.end), text) >= 0.5);
}

/** A line at least this long (words of three letters or more) can be told apart when reprinted. */
const REPRINT_MIN_WORDS = 6;
/** The share of its words another outlet's sentence must print for the line to be there too. */
const REPRINT_SHARE = 0.8;
/** A line this long (words of three letters or more) is read across two sentences too. */
const REPRINT_PAIR_MIN_WORDS = 10;

/**
 * Does one sentence of this article print the line's words, with or without quotation marks
 * ("The mayor's statement read: We will rebuild …", "Lee said the city will rebuild …")? Then
 * the line is no one outlet's: "which outlet quoted X as saying …" has two answers, and "the
 * others do not report it" or "not in these words" is untrue.
 */
function printsLine(a: ArticleAnalysis, text: string): boolean {
	const wanted = lineWords(text);
	if (wanted.size < REPRINT_MIN_WORDS) return false;
	const have = sentenceWords(a.sentences);
	const prints = (...sets: Set<string>[]) =>
		[...wanted].filter((w) => sets.some((h) => h.has(w))).length / wanted.size >= REPRINT_SHARE;
	if (have.some((h) => prints(h))) return true;
	// A line of two sentences or more, reprinted in an excerpt of another paper or a letter
	// ("The letter read: We will rebuild … Every family …"), falls across two of its sentences:
	// the words of the two together are the words of each, since no word runs across the space.
	return (
		wanted.size >= REPRINT_PAIR_MIN_WORDS &&
		have.some((h, i) => i + 1 < have.length && prints(h, have[i + 1]!))
	);
}

/** A line's words of three letters or more, lower case, curly apostrophes made straight. */
const lineWords = (t: string) =>
	new Set(
		t
			.replace(/[’‘]/g, "'")
			.toLowerCase()
			.match(/[\p{L}\d']{3,}/gu) ?? []
	);

/**
 * Each sentence's lineWords, kept per article: printsLine is asked for every quote of the story
 * against every other article, and read each sentence's words again each time.
 */
const wordsOfSentences = new WeakMap<readonly Sentence[], Set<string>[]>();
export function sentenceWords(sentences: readonly Sentence[]): Set<string>[] {
	let known = wordsOfSentences.get(sentences);
	if (!known) wordsOfSentences.set(sentences, (known = sentences.map((s) => lineWords(s.text))));
	return known;
}

/**
 * Might this article quote the person in a way we could not attribute? True when a
 * sentence holding a quote mark names them, or an unresolved quote follows a mention.
 */
function mightQuote(a: ArticleAnalysis, speaker: string): boolean {
	const surname = speaker.split(/\s+/).pop()!.toLowerCase();
	const named = (i: number) => a.sentences[i]?.text.toLowerCase().includes(surname) ?? false;
	return (
		a.sentences.some((s, i) => /[“"]/.test(s.text) && named(i)) ||
		a.quotes.some((q) => !q.speaker && (named(q.sentence) || named(q.sentence - 1)))
	);
}
import { draftBase, type Candidate } from './candidate';
import { quotationKey, trivialQuote } from './quotation';
import { saysLittle } from './quote-worth';
import { refersByRole, roleNounsFor } from './describe';
import {
	contentStems,
	filedAfterOthers,
	reportedInOtherWords,
	tellsTheSamePoint
} from './sourcing';

/**
 * Does the outlet's sentence give these quoted words to the speaker in its own voice? Not when
 * the sentence closes on someone else's attribution ("X asked Y to explore “options,” the
 * White House said in a statement": the words are the statement's, X is only its subject).
 */
export function ownsQuote(a: ArticleAnalysis, q: Quote): boolean {
	if (!q.speaker) return false;
	// What follows the closing mark to the sentence's end: “…,” Roe said. / “…” on a board, the city said.
	const after = a.article.text.slice(q.end, q.context.end).replace(/^[”"’]+/, '');
	const trailing = new RegExp(
		`(?:^|,)\\s*([^,“”"]{2,60}?)\\s+(?:${REPORTING_VERBS.join('|')})\\b[^“”",]{0,60}[.!?]?\\s*$`,
		'i'
	).exec(after);
	if (!trailing) return true;
	const who = trailing[1]!.toLowerCase();
	const surname = q.speaker
		.split(/\s+/)
		.filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w))
		.at(-1)!;
	return (
		/^(?:he|she|they)$/.test(who) ||
		who.includes(surname.toLowerCase()) ||
		(!!q.role && who.includes(q.role.toLowerCase().split(/\s+/).at(-1)!))
	);
}

/**
 * Why only one outlet has a quote, as far as the texts show: the others may report the point in
 * their own words, or have been filed before it was said. Otherwise the feedback claims nothing
 * about the others: "the other outlets do not report it" was wrong where an outlet printed the
 * same statement without naming its speaker, which reportedInOtherWords cannot see (three blind
 * readers marked that feedback misleading, r46).
 */
function onlyOneExplanation(view: StoryView, articleId: string, q: Quote, speaker: string) {
	const text = q.text;
	const outlet = view.label.get(articleId)!;
	const paraphrased = reportedInOtherWords(view, articleId, text, speaker).map((a) =>
		view.label.get(a.article.id)!
	);
	// The quote's paragraph and the sentence before it ("In a radio interview in January, …" above
	// "“We used to be friends,” he told the station. “…”") may date the words.
	const sentences = view.analyses.find((a) => a.article.id === articleId)!.sentences;
	const at = sentences.find((s) => s.end > q.context.start);
	const from = sentences.findIndex((s) => s.paragraph === at?.paragraph);
	const said = sentences
		.slice(Math.max(0, from - 1))
		.filter((s) => s.start < q.context.end)
		.map((s) => s.text)
		.join(' ');
	const later = filedAfterOthers(view, articleId, said);
	const rest = paraphrased.length
		? ` ${listWords(paraphrased)} ${paraphrased.length === 1 ? 'reports' : 'report'} the point, but not in these words.`
		: '';
	return `Only ${outlet} carries this quote from ${speaker}.${rest}${later ? ` ${later}` : ''}`;
}

/**
 * The sentences that show the speaker saying these words: the quote's own sentence, and the one
 * that names the speaker when the quote's sentence says only "he" or carries on a quote. None
 * when neither names them: "which outlet quoted X" then rests on a guess the reader cannot check
 * (the quotation marks there may be someone else's, or words said about X).
 */
export function speakerEvidence(a: ArticleAnalysis, q: Quote): Quote['context'][] | undefined {
	if (!q.speaker) return undefined;
	const surname = q.speaker
		.split(/\s+/)
		.filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w))
		.at(-1)!
		.replace(/[.,]$/, '');
	const spans = [
		q.context,
		...(q.speakerSpan && q.speakerSpan.start !== q.context.start ? [q.speakerSpan] : [])
	];
	// The name outside the quotation marks (inside them it is what the words are about), and not
	// as the object of "to", "for", "about", "on" ("in a voicemail to Roe", "said of Roe"): that
	// is who heard the words or whom they were about ("said of his wife Jane Roe"). "On Monday
	// Roe said" is a day, not a listener.
	const outside = (s: Quote['context']) =>
		a.article.text
			.slice(s.start, s.end)
			.replace(/“[^”]*”?|"[^"]*"?/g, ' ')
			.replace(/\baccording to\b/gi, 'per')
			// "Secretary of State Ann Lee", "Minister for Health Ann Lee": an office's own "of".
			.replace(/(\p{Lu}[\p{L}.]*)\s+(?:of|for)\s+(?=(?:the\s+)?\p{Lu})/gu, '$1 ');
	const names = new RegExp(
		`(?<!\\b(?:to|for|about|on|of)\\s+(?:(?:his|her|their|its|the|a|an)\\s+[a-z]+\\s+)?(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)[A-Z][\\p{L}.'’-]*\\s+){0,3})(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`,
		'u'
	);
	return spans.some((s) => names.test(outside(s))) ? spans : undefined;
}

/** "Health Department", "Senate Ethics Committee": a body's name ends on a noun of its kind. */
const BODY_WITHOUT_ARTICLE = new RegExp(
	`^(?!the\\s)(?:\\S+\\s+){0,4}(?:${INSTITUTION_NOUNS.join('|')})$`,
	'i'
);

/**
 * The same speaker's quotes in other outlets that say what `q` says in other words, read in their
 * sentences by tellsTheSamePoint ("my only consideration … not any offer" beside "only depending
 * upon what's good for … not an offer"), the measure reportedInOtherWords uses.
 */
export function sameWordsElsewhere(view: StoryView, q: Quote, speaker: string): Quote[] {
	const wanted = contentStems(q.text);
	if (wanted.size < 4) return [];
	return view.analyses
		.filter((a) => a.article.id !== q.articleId)
		.flatMap((a) =>
			a.quotes.map((x) => ({ x, sentence: a.article.text.slice(x.context.start, x.context.end) }))
		)
		.filter(({ x, sentence }) => {
			if (!sameName(x.speaker ?? x.speakerText, speaker)) return false;
			// Its whole sentence, as the feedback's measure reads it ("Roe told Clinton that …").
			return tellsTheSamePoint(wanted, sentence);
		})
		.map(({ x }) => x);
}

/**
 * The quotations a question on these quotes asks about: their own, and each other outlet's own
 * transcription of the same remark (sameWordsElsewhere), so selection asks the remark once.
 */
export function remarkKeys(view: StoryView, quotes: readonly Quote[], speaker: string): string[] {
	return [
		...new Set(
			quotes.flatMap((q) => [
				quotationKey(view, q),
				...sameWordsElsewhere(view, q, speaker).map((x) => quotationKey(view, x))
			])
		)
	];
}

/**
 * A quote worth calling one, words enough to call quoting someone "quoting them directly": not
 * a word in scare quotes (“obviously”), nor a phrase of three or four words set in a paraphrase
 * ("said the plan would “weigh the costs”"), which two tuning readers marked down as a
 * technicality about a side figure (t20 A and C).
 */
const substantial = (q: Quote) => q.text.split(/\s+/).length >= 5;

/** "Ann Lee", "the White House": a name, not "the company" or "the spokesman". */
const named = (speaker: string) =>
	speaker
		.replace(/^the\s+/i, '')
		.split(/\s+/)
		.every((w) => /^[A-Z\d]/.test(w) || /^(?:of|de|van|von|al|bin|the|and|for)$/.test(w));

export function sourceCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 2) return out;
	const labelOf = (articleId: string) => view.label.get(articleId)!;
	const analysisOf = (articleId: string) => view.analyses.find((a) => a.article.id === articleId)!;

	// A quote only one outlet carries: "Which outlet quoted X as saying …?"
	for (const g of view.quoteGroups) {
		const ids = [...new Set(g.quotes.map((q) => q.articleId))];
		const q = g.quotes[0];
		if (ids.length !== 1 || q!.partial || q!.text.split(/\s+/).length < 5) continue;
		// An email's sign-off or a swear word is a side detail, whoever printed it.
		if (trivialQuote(q!.text)) continue;
		if (!ownsQuote(analysisOf(q!.articleId), q!) || !named(g.speaker)) continue;
		// So is small talk: a short line naming nothing of the story ("We used to be friends").
		if (saysLittle(q!.text, view.analyses)) continue;
		// Only words a sentence shows this person saying. The question cites the quote's own
		// sentence alone: a second one naming the speaker often holds another of their quotes,
		// and selection rightly keeps two questions from sharing a sentence.
		if (!speakerEvidence(analysisOf(q!.articleId), q!)) continue;
		if (
			view.analyses.some(
				(a) => a.article.id !== ids[0] && (carriesQuote(a, q!.text) || printsLine(a, q!.text))
			)
		)
			continue;
		// The prompt closes the sentence, so the quote's own full stop goes.
		const quote = shortQuote(q!.text, 25).replace(/[.,;:]$/, '');
		const choices = makeChoices(
			outlets.slice(0, 5).includes(labelOf(ids[0]!))
				? outlets.slice(0, 5)
				: [...outlets.slice(0, 4), labelOf(ids[0]!)],
			quote
		);
		out.push({
			family: 'source',
			draft: {
				...draftBase(
					'source',
					`Which outlet quoted ${g.speaker} as saying “${quote}”?`,
					[spanOf(q!.context)],
					onlyOneExplanation(view, ids[0]!, q!, g.speaker),
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, labelOf(ids[0]!))]
			},
			keyTexts: [q!.text.slice(0, 40)],
			hidden: [],
			answerKey: `quote-outlet:${quote}`,
			subject: g.speaker,
			// Quote questions about the same words count as near-duplicates in selection.
			excerpt: `“${quote}”`,
			// Another outlet's own transcription of the same words (its "reports the point, but not
			// in these words"): a "who said" or matching item on it asks this quote again.
			quotations: remarkKeys(view, [q!], g.speaker),
			quality: 0.8,
			position: q!.sentence
		});
	}

	// Which outlets quoted a speaker (multi), when some but not all did.
	const speakers = new Map<string, Set<string>>();
	const evidence = new Map<string, ReturnType<typeof spanOf>[]>();
	// An outlet that gives the person only a word in quotation marks, words a trailing
	// attribution gives to someone else, or words no sentence shows them saying, neither clearly quotes them nor clearly does not.
	const doubtful = new Set<string>();
	for (const g of view.quoteGroups) {
		const key = [...speakers.keys()].find((s) => sameName(s, g.speaker)) ?? g.speaker;
		if (!speakers.has(key)) speakers.set(key, new Set());
		for (const q of g.quotes) {
			if (
				!substantial(q) ||
				!ownsQuote(analysisOf(q.articleId), q) ||
				!speakerEvidence(analysisOf(q.articleId), q)
			) {
				doubtful.add(key);
				continue;
			}
			if (!speakers.get(key)!.has(labelOf(q.articleId))) {
				speakers.get(key)!.add(labelOf(q.articleId));
				evidence.set(key, [
					...(evidence.get(key) ?? []),
					spanOf(q.context),
					...(q.speakerSpan ? [spanOf(q.speakerSpan)] : [])
				]);
			}
		}
	}
	for (const [speaker, quoted] of speakers) {
		if (
			quoted.size === 0 ||
			quoted.size === outlets.length ||
			outlets.length < 3 ||
			!speaker.includes(' ') ||
			!named(speaker) ||
			doubtful.has(speaker)
		)
			continue;
		const yes = outlets.filter((o) => quoted.has(o));
		if (view.analyses.some((a) => !quoted.has(labelOf(a.article.id)) && mightQuote(a, speaker)))
			continue;
		// An outlet that prints the same words in quotation marks quotes the person too, whether
		// it names them there or not: "does not quote" would be arguable.
		const words = view.quoteGroups
			.filter((g) => sameName(g.speaker, speaker))
			.flatMap((g) => g.quotes.filter(substantial).map((q) => q.text));
		if (
			view.analyses.some(
				(a) => !quoted.has(labelOf(a.article.id)) && words.some((w) => carriesQuote(a, w))
			)
		)
			continue;
		// "Select all that apply" must show every outlet, or "the others do not" is untrue.
		if (outlets.length > 8) continue;
		const choices = makeChoices(outlets, speaker);
		// "The White House" reads "the White House" inside a sentence, and a body named by its
		// kind ("Health Department", "Senate Ethics Committee") takes "the" as well.
		const who = speaker.replace(/^The\s/, 'the ').replace(BODY_WITHOUT_ARTICLE, 'the $&');
		out.push({
			family: 'source',
			draft: {
				...draftBase(
					'source',
					`Which outlets quote ${who} directly? Select all that apply.`,
					evidence.get(speaker)!,
					`${listWords(yes)} ${yes.length === 1 ? 'quotes' : 'quote'} ${who}; ${listWords(outlets.filter((o) => !quoted.has(o)))} ${yes.length === outlets.length - 1 ? 'does' : 'do'} not.`,
					2
				),
				type: 'multi',
				choices,
				correct: choices.filter((c) => quoted.has(c.text)).map((c) => c.id)
			},
			keyTexts: [],
			hidden: [],
			answerKey: `quoted-by:${speaker}`,
			subject: speaker,
			quality: 0.75 + Math.min(0.15, 0.05 * yes.length),
			position: 0
		});
	}

	// Which outlet did not mention someone every other outlet names.
	if (outlets.length >= 3) {
		// Someone who speaks, holds a title, or has a known given name is surely a person;
		// "Whittington Lecture" or "Roman Catholic" read as names are not.
		const surelyPerson = (name: string) =>
			view.quoteGroups.some((g) => sameName(g.speaker, name)) ||
			view.analyses.some((a) =>
				a.people.some((p) => !!p.role && sameName(view.canon(p.name), name))
			) ||
			lexiconTags(name.split(/\s+/)[0]!.toLowerCase()).has('FirstName');
		for (const name of view.names.person.slice(0, 12)) {
			if (!surelyPerson(name)) continue;
			const has = view.analyses.filter(
				(a) =>
					a.people.some((p) => sameName(view.canon(p.name), name)) ||
					a.mentions.some((m) => m.kind === 'person' && sameName(m.text, name))
			);
			if (has.length !== view.analyses.length - 1) continue;
			// Leaving out someone the story is about is a difference worth asking; leaving out a
			// name mentioned in passing ("as Obama did in 2012") is not.
			// The surname as a word: "Lee" is not in "fleeing", nor "Christ" in "Christian".
			const surname = new RegExp(`\\b${escapeRegExp(name.split(/\s+/).at(-1)!)}\\b`, 'i');
			const central = has.some((a) =>
				[a.article.title, ...a.sentences.slice(0, 3).map((x) => x.text)].some((t) =>
					surname.test(t)
				)
			);
			if (!central) continue;
			// Up top is not enough: "a bid for the seat of retiring Sen. Ann Roe" is a lead's aside.
			// Blind readers marked "never names" a side detail (MINOR) for a person each outlet
			// names once. The person is the story's when a headline names them or when every
			// outlet that names them comes back to them in another sentence.
			const inHeadline = has.some((a) => surname.test(a.article.title));
			const sentencesNaming = (a: ArticleAnalysis) =>
				new Set(
					a.mentions
						.filter((m) => m.kind === 'person' && sameName(view.canon(m.text), name))
						.map((m) => m.sentence)
				).size;
			if (!inHeadline && has.some((a) => sentencesNaming(a) < 2)) continue;
			const missing = view.analyses.find((a) => !has.includes(a))!;
			// A report filed before every one that names them could not have: no lesson in leaving it out.
			if (has.every((a) => a.article.date > missing.article.date)) continue;
			// The analysis may miss a mention (a headline, a lone surname, a possessive), so the
			// claim "never names" is checked against the raw title and text for every spelling.
			if (namedIn(`${missing.article.title}\n${missing.article.text}`, aliasesOf(view, name)))
				continue;
			if (!has.every((a) => a.mentions.some((x) => x.kind === 'person' && sameName(x.text, name))))
				continue;
			// "The nominee" names no one, yet leaves no one out: a difference of naming, not of content.
			// Blind readers rejected "never names" where the outlet wrote "her lawyer" or "the
			// president": a role another person in the story holds too still may be this person's.
			if (refersByRole(missing, roleNounsFor(view, name, { keepShared: true }))) continue;
			const choices = makeChoices(
				outlets.slice(0, 6).includes(labelOf(missing.article.id))
					? outlets.slice(0, 6)
					: [...outlets.slice(0, 5), labelOf(missing.article.id)],
				name
			);
			// The missing outlet's lead is cited too, so the evidence covers every outlet named.
			const lead = missing.sentences[0];
			// Each naming outlet's first sentence with the person's full name: a surname alone
			// ("Lee family members watched") may be someone else's, and shows the reader no name.
			const fullNames = aliasesOf(view, name).filter((x) => x.includes(' '));
			const spans = has.map((a) => {
				const m = a.mentions.find((x) => x.kind === 'person' && sameName(x.text, name))!;
				const named = a.sentences.find((x) => namedIn(x.text, fullNames));
				return spanOf(named ?? a.sentences[m.sentence]!);
			});
			out.push({
				family: 'source',
				draft: {
					...draftBase(
						'source',
						`Every outlet but one names ${name.replace(/\.$/, '')}. Which outlet never does?`,
						lead ? [...spans, spanOf(lead)] : spans,
						`${labelOf(missing.article.id)} never names ${name}; each of the other outlets does (see the highlighted sentences).`,
						3
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, labelOf(missing.article.id))]
				},
				keyTexts: [],
				hidden: [],
				answerKey: `not-mention:${name}`,
				subject: name,
				quality: 0.7,
				position: 0
			});
		}
	}
	return out;
}

/** Every spelling of a person in the story, and each spelling's surname. */
function aliasesOf(view: StoryView, name: string): string[] {
	const spellings = new Set([name]);
	for (const a of view.analyses) {
		for (const p of a.people) if (sameName(view.canon(p.name), name)) spellings.add(p.name);
		for (const m of a.mentions)
			if (m.kind === 'person' && sameName(m.text, name)) spellings.add(m.text);
	}
	const surnames = [...spellings].map((n) => n.split(/\s+/).pop()!).filter((w) => w.length >= 3);
	// A quote or a familiar report may use the given name alone ("Hillary has some baggage"):
	// it names her too, unless someone else in the story has that given name.
	const given = name.split(/\s+/)[0]!;
	const sharedGiven = [...view.people, ...view.names.person].some(
		(p) => !sameName(p, name) && p.split(/\s+/)[0] === given
	);
	const givenNames = given.length >= 3 && !/\.$/.test(given) && !sharedGiven ? [given] : [];
	return [...new Set([...spellings, ...surnames, ...givenNames])];
}

function namedIn(text: string, aliases: string[]): boolean {
	return aliases.some((alias) =>
		new RegExp(`(^|[^\\p{L}])${escapeRegExp(alias)}($|[^\\p{L}])`, 'u').test(text)
	);
}
