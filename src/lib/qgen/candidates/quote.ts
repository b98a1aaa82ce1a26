/**
 * Quote questions: who said a quote, matching quotes to speakers, a true/false
 * attribution, and a two-part evidence question. Only quotes whose speaker was
 * resolved to a named person are used; distractors are other speakers in the story.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { describedBy, personTitles } from '../described-by';
import { creditedToAnother, quoteOverlap, sameName, surnameOf, type QuoteGroup } from '../align';
import { choiceId, hash, listWords, makeChoices, roleLabel, shortQuote, spanOf } from '../build';
import { normalise, pickDistractors } from '../distractors';
import {
	choosablePeople,
	expertsFirst,
	introducedAsBody,
	namedInPassing,
	peopleLike,
	speaksInStory
} from '../person-choices';
import type { Quote } from '../types';
import { groupsQuoting, memoByText, sentenceMatches } from '../match-cache';
import { perStory } from '../per-text';
import { draftBase, type Candidate } from './candidate';
import { quoteCarriers } from './quote-carriers';
import { plainWords, trivialQuote } from './quotation';
import { quoteCallsCandidates } from './quote-calls';
import { quoteWhichCandidates } from './quote-which';
import { isNameWord } from './quote-worth';
import { fairBySide } from './quote-party';
import { ownsBlame, relativeSpokenOf, selfClues, sharesClues } from './quote-self-clue';
import { ownsQuote, remarkKeys, speakerEvidence } from './source';
import { normaliseSpace } from '$lib/content/space';
import { DEPARTURE_WORDS, PERSON_TITLES } from '../lexicon';

/** The quote's sentence, plus the sentence naming the speaker when the quote says only "he". */
const proof = (q: Quote) => [
	spanOf(q.context),
	...(q.speakerSpan && q.speakerSpan.start !== q.context.start ? [spanOf(q.speakerSpan)] : [])
];

const usable = (q: Quote) => !q.partial && q.text.split(/\s+/).length >= 5;
/**
 * A few quoted words inside a sentence ("called it “a flagrant violation”") still make a
 * fair "who" question; a word or two ("disgraceful", "looking forward") could be anyone's.
 */
const quotable = (q: Quote) =>
	usable(q) || (q.text.split(/\s+/).length >= 3 && q.text.length >= 12);

/** Mentions the speaker's own name: the quote would give the answer away. */
const leaks = (text: string, speaker: string) =>
	speaker
		.split(/\s+/)
		.some((w) => w.length > 2 && normalise(text).split(' ').includes(normalise(w)));

/**
 * The speaker's name already carries the role's title word ("Gov. Roe", role "Maine Gov."); not
 * a role that only ends in a name ("younger sister of Liz Roe" beside Mary Roe).
 */
export function namesOwnTitle(name: string, role: string): boolean {
	const title = role.toLowerCase().split(/\s+/).at(-1)!;
	return PERSON_TITLES.includes(title) && name.toLowerCase().split(/\s+/).includes(title);
}

/** The words of leaving as alternatives of a RegExp, spaces as runs of spaces. */
const DEPARTURE_ALTERNATIVES = DEPARTURE_WORDS.map((w) =>
	escapeRegExp(w).replace(/\s+/g, '\\s+')
).join('|');
const DEPARTURE = new RegExp(`\\b(?:${DEPARTURE_ALTERNATIVES})`, 'i');

/** Does the quote speak of leaving a post ("for me to step down", "my successor", "an honor to serve")? */
export const speaksOfLeaving = (text: string) => DEPARTURE.test(text);

/**
 * The people the story has leaving a post: a headline or sentence that names them with a word
 * of leaving a few words on ("Roe resigns", "Roe, who is retiring,", "Roe announced his
 * resignation"). A quote that speaks of leaving points at them when no one else leaves.
 */
export function leavingPeople(view: StoryView, people: readonly string[]): string[] {
	// Only a text with a word of leaving can name someone leaving (every word of leaving begins
	// with a letter, so `near` below matches only where DEPARTURE does): the rest are never read
	// again person by person, which compiled and ran a pattern per person over every sentence.
	const texts = view.analyses
		.flatMap((a) => [a.article.title, ...a.sentences.map((s) => s.text)])
		.filter(speaksOfLeaving);
	if (!texts.length) return [];
	return people.filter((p) => {
		const surname = escapeRegExp(surnameOf(p));
		const near = new RegExp(
			`\\b${surname}\\b(?:[’']s)?,?(?:\\s+(?:who|is|was|has|had|will|would|to|not|announced|said|says|plans|his|her|their|of|abruptly|formally|officially)\\b,?){0,3}\\s+(?:${DEPARTURE_ALTERNATIVES})`,
			'i'
		);
		return texts.some((t) => near.test(t));
	});
}

/** "Daily A and Daily B; Daily C quotes part of it": every outlet a reader finds the line in. */
const carriedBy = (c: { labels: string[]; partly: string[] }) =>
	`${listWords(c.labels)}${
		c.partly.length
			? `; ${listWords(c.partly)} ${c.partly.length === 1 ? 'quotes' : 'quote'} part of it`
			: ''
	}`;

/** "True or false: it was `named` who said …" of `g`'s quote `q`: `named` is the speaker when `truth`. */
function attributionTrueFalse(
	view: StoryView,
	g: QuoteGroup,
	q: Quote,
	claimed: string,
	truth: boolean
): Candidate {
	// A role read badly ("One official", "chief") is left out rather than garble the line.
	const role = g.quotes
		.map((x) => roleLabel(x.role))
		.find((r) => !!r && !namesOwnTitle(g.speaker, r));
	const who = `${g.speaker}${role ? `, ${role},` : ''}`;
	const quote = shortQuote(q.text).replace(/[.,;:!?]+$/, '');
	const carriers = carriedBy(quoteCarriers(view, g, shortQuote(q.text, 20)));
	return {
		family: 'quote',
		draft: {
			...draftBase(
				'quote',
				`True or false: it was ${truth ? g.speaker : claimed} who said “${shortQuote(q.text, 20).replace(/[.,;:]$/, '')}”.`,
				proof(q),
				truth
					? `True. ${who} said it (reported by ${carriers}).`
					: `False. It was ${who} who said it (reported by ${carriers}).`,
				1
			),
			type: 'truefalse',
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: [truth ? 'true' : 'false']
		},
		keyTexts: [q.text.slice(0, 30)],
		hidden: [],
		answerKey: `said:${quote}`,
		// Quote questions about the same words count as near-duplicates in selection.
		excerpt: `“${quote}”`,
		quotations: remarkKeys(view, g.quotes, g.speaker),
		quality: 0.6,
		position: q.sentence
	};
}

export function quoteCandidates(view: StoryView): Candidate[] {
	return quoteItems(view, false);
}

/** The fewest words a two-voice true or false shows: fewer tell neither voice from the other. */
const TWO_VOICE_WORDS = 8;

/**
 * Words that tell one of two voices from the other: a whole line of TWO_VOICE_WORDS or more,
 * no reply of a word or two in it ("Yes. For fifteen years …"), that names something (a
 * person, place, body or figure after its first word). A general line ("There is no question
 * about it", "Many people are uncertain this year") could be either voice's, and a two-way
 * choice on it is a guess.
 */
export function tellsVoice(shown: string): boolean {
	const words = shown.split(/\s+/).filter(Boolean);
	if (words.length < TWO_VOICE_WORDS) return false;
	if (shown.split(/(?<=[.!?])\s+/).some((s) => s.split(/\s+/).length < 3)) return false;
	// "I", "I'm": the speaker's own voice names nothing.
	return words.slice(1).some(isNameWord);
}

/**
 * An article read alone whose quiz runs short (pipeline.ts), quoting two people and few others:
 * "who said" has one wrong speaker, too few for a choice of three, so each quote is asked as
 * true or false of one of the two ("it was Roe who said …"), true or false by hash. Telling
 * two voices apart is the reading a two-sided report asks for; the false form never names
 * someone the words rule out (quoteItems' `wrong`).
 */
export function twoVoiceQuotes(view: StoryView): Candidate[] {
	return view.analyses.length === 1 ? quoteItems(view, true) : [];
}

function quoteItems(view: StoryView, twoVoices: boolean): Candidate[] {
	const out: Candidate[] = [];
	// Only people: "Who said" with an organisation among the names reads wrong and is easy to rule out.
	const isPerson = (name: string) =>
		name.includes(' ') &&
		view.people.some((p) => sameName(p, name)) &&
		!introducedAsBody(name, view);
	// Words a trailing attribution gives to someone else are not the named speaker's to ask about.
	// So are words no cited sentence shows them saying (named only as who heard them or whom they were about).
	const owned = (q: Quote) => {
		const a = view.analyses.find((x) => x.article.id === q.articleId)!;
		return ownsQuote(a, q) && !!speakerEvidence(a, q);
	};
	const groups = view.quoteGroups
		.map((g) => ({ ...g, quotes: g.quotes.filter(owned) }))
		.filter((g) => isPerson(g.speaker) && g.quotes.some(quotable));
	const speakers: string[] = [];
	for (const g of groups)
		if (!speakers.some((s) => sameName(s, g.speaker))) speakers.push(g.speaker);
	// One article alone: which statements are a speaker's own words (even with one speaker).
	if (!twoVoices) out.push(...quoteWhichCandidates(view, speakers));
	// One article alone: what a speaker called something, asked with the article's other quoted words.
	if (!twoVoices) out.push(...quoteCallsCandidates(view));
	// With one speaker in the whole story, "who said" is answered without reading the quote.
	if (speakers.length < 2) return out;
	const people = [...speakers, ...choosablePeople(view)];
	// Each person's title word ("president" for "U.S. President"), as the story gives it.
	const titleOf = personTitles(view);
	// Someone the story has leaving a post, when no one else leaves: their words about leaving
	// ("for me to step down", "my successor") name them.
	// (`people` may name one person twice: the speakers, then the story's people.)
	const leaving = leavingPeople(view, people).filter(
		(p, i, all) => all.findIndex((x) => sameName(x, p)) === i
	);
	const leaver = leaving.length === 1 ? leaving[0] : undefined;
	for (const g of groups) {
		// Words another outlet credits to someone else have two answers to "who said".
		if (creditedToAnother(view.quoteGroups, g)) continue;
		// A version of the quote that gives nothing away: not the speaker's name, not a sign-off
		// or a swear word, not the one leaver's words about leaving, not the speaker's own
		// admission of blame ("I shouldn't have"), which points at whoever the story blames.
		const fair = (x: Quote) =>
			!trivialQuote(x.text) &&
			!leaks(shortQuote(x.text), g.speaker) &&
			!ownsBlame(shortQuote(x.text)) &&
			!(leaver && sameName(leaver, g.speaker) && speaksOfLeaving(shortQuote(x.text)));
		const q =
			g.quotes.find((x) => usable(x) && fair(x)) ?? g.quotes.find((x) => quotable(x) && fair(x));
		if (!q) continue;
		const quote = shortQuote(q.text).replace(/[.,;:!?]+$/, '');
		// Someone named inside the quote, or called by their title ("The president said …"),
		// is an implausible speaker of it: the quote itself would rule them out.
		const inQuote = (p: string) => {
			// Any part of the name: "leave Heidi alone" rules out Heidi Roe as well as Ms. Roe.
			const parts = p.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
			// (A part the quote does not hold as written is not looked for word by word.)
			if (
				parts.some((w) => q.text.includes(w) && new RegExp(`\\b${escapeRegExp(w)}\\b`).test(q.text))
			)
				return true;
			// A handle that runs the name together ("No @JaneRoe - we are not …") addresses them.
			if (parts.length >= 2 && q.text.toLowerCase().includes(parts.join('').toLowerCase()))
				return true;
			const title = titleOf.get(p);
			return !!title && new RegExp(`\\b(?:the|mr\\.?|madam)\\s+${title}\\b`, 'i').test(q.text);
		};
		// Those the story quotes first (someone never quoted is an unlikely speaker of anything),
		// each group with people of the speaker's kind first.
		const described = describedBy(q, view, people);
		// Anyone the story also gives these words ("an act of sabotage", called so by two people)
		// would be a second right answer.
		// Nor the speaker's relative when the words speak of "my daughter": that is who they are.
		const choosable = people.filter(
			(p) =>
				!inQuote(p) &&
				!described.includes(p) &&
				!relativeSpokenOf(quote, g.speaker, p) &&
				!quotedAlsoBy(view, p, quote)
		);
		const ordered = expertsFirst(
			g.speaker,
			[
				...peopleLike(
					g.speaker,
					choosable.filter((p) => speakers.includes(p)),
					view
				),
				// Then people the story has say something in its own words ("Roe said the plan …"),
				// before those it never gives words to.
				...peopleLike(
					g.speaker,
					choosable.filter((p) => !speakers.includes(p) && speaksInStory(p, view)),
					view
				),
				...peopleLike(
					g.speaker,
					// Never one named once in passing ("since George Washington"): no student takes
					// them for a speaker.
					choosable.filter(
						(p) => !speakers.includes(p) && !speaksInStory(p, view) && !namedInPassing(p, view)
					),
					view
				)
			],
			view
		);
		// Words for the speaker's own body or post ("obtained by this office") rule out every
		// choice they do not fit: take only wrong choices they fit, or ask nothing.
		// A party named in the words ("our Green colleagues") takes only wrong choices of
		// the key's party (quote-party.ts).
		const clues = selfClues(quote, g.speaker, view);
		const sameSide = fairBySide(quote, g.speaker, view);
		const wrong = pickDistractors(
			g.speaker,
			ordered.filter((p) => sharesClues(p, clues, view) && sameSide(p)),
			3,
			true
		);
		if (twoVoices) {
			const other =
				wrong.length === 1 && usable(q) && tellsVoice(shortQuote(q.text, 20))
					? wrong[0]!
					: undefined;
			const claimed =
				other &&
				speakers.some((s) => sameName(s, other)) &&
				!describedBy(q, view, people, true).includes(other) &&
				!saysLikewise(view, other, shortQuote(q.text, 20))
					? other
					: undefined;
			if (claimed)
				out.push(attributionTrueFalse(view, g, q, claimed, hash(quote).charCodeAt(0) % 2 === 1));
			continue;
		}
		if (wrong.length < 2) continue;
		const choices = makeChoices([g.speaker, ...wrong], quote);
		// A role read badly ("One official", "chief") is left out rather than garble the line.
		// "President Obama, President," says the title twice: a name that carries it takes no role.
		const role = g.quotes
			.map((x) => roleLabel(x.role))
			.find((r) => !!r && !namesOwnTitle(g.speaker, r));
		const who = `${g.speaker}${role ? `, ${role},` : ''}`;
		const many = g.quotes.length > 1;
		// Feedback names the outlets that print these very words, and points to each one's sentence.
		const carried = quoteCarriers(view, g, quote);
		const reporters = listWords(carried.labels);
		// An outlet that quotes a piece of the line carries it too: feedback names it as such.
		const partly = carried.partly.length
			? `; ${listWords(carried.partly)} ${carried.partly.length === 1 ? 'quotes' : 'quote'} part of it`
			: '';
		out.push({
			family: 'quote',
			draft: {
				...draftBase(
					'quote',
					q.partial ? `Who is quoted using the words “${quote}”?` : `Who said: “${quote}”?`,
					carried.evidence,
					`${who} said this${carried.labels.length > 1 ? `, as reported by ${reporters}` : ` (reported by ${reporters})`}${partly}.`,
					speakers.length > 3 ? 2 : 1
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, g.speaker)]
			},
			keyTexts: [q.text.slice(0, 30)],
			hidden: [g.speaker],
			answerKey: `said:${quote}`,
			// Quote questions about the same words count as near-duplicates in selection.
			excerpt: `“${quote}”`,
			quotations: remarkKeys(view, g.quotes, g.speaker),
			quality: 0.7 + (many ? 0.15 : 0) + (q.speakerText === g.speaker ? 0.1 : 0),
			position: q.sentence
		});
		if (!usable(q)) continue;
		// True/false with a swapped speaker on every other quote (chosen by hash, not at random).
		// The swapped speaker must not have said the words shown too, elsewhere or in other words.
		// Someone the story quotes: "it was Poe who said …" of a Poe quoted nowhere is false at a
		// glance, and a general line ("we will keep working") could be anyone's.
		// Nor anyone the words point at without naming them ("I think he has corrected the record"
		// of the man who corrected it): read wide, since the claim is the item's only wrong answer.
		const pointedAt = describedBy(q, view, people, true);
		const claimed = wrong.find(
			(p) =>
				speakers.some((s) => sameName(s, p)) &&
				!pointedAt.includes(p) &&
				!saysLikewise(view, p, shortQuote(q.text, 20))
		);
		// True of its speaker on every other one of these (by another character of the hash): a
		// set whose every true/false is False teaches students to answer False unread.
		if (claimed && hash(quote).charCodeAt(0) % 2 === 0)
			out.push(
				attributionTrueFalse(view, g, q, claimed, (hash(quote).charCodeAt(1) || 0) % 2 === 1)
			);
		// Evidence two-part: who said it, then which sentence shows it. The sentence must name
		// the speaker ("…,” Roe said"), or it proves nothing about who said it ("…,” he added").
		const textOf = (x: Quote) =>
			view.analyses
				.find((y) => y.article.id === x.articleId)!
				.article.text.slice(x.context.start, x.context.end);
		const namesSpeaker = (x: Quote) =>
			!!x.speaker && new RegExp(`\\b${escapeRegExp(surnameOf(x.speaker))}\\b`).test(textOf(x));
		const shown = namesSpeaker(q) ? q : undefined;
		const others = view.analyses
			.flatMap((a) => a.quotes)
			.filter(
				(x) =>
					x.speaker &&
					!sameName(x.speaker, g.speaker) &&
					x.context.start !== q.context.start &&
					namesSpeaker(x) &&
					// A sentence that quotes the asked words again would be a second key.
					!textOf(x).includes(quote.slice(0, 30))
			)
			.slice(0, 3);
		if (shown && others.length >= 2) {
			const evidenceChoices = [q, ...others].map((x) => {
				const a = view.analyses.find((y) => y.article.id === x.articleId)!;
				return {
					text: a.article.text.slice(x.context.start, x.context.end),
					articleId: x.articleId,
					start: x.context.start,
					end: x.context.end
				};
			});
			const ordered = makeChoices(
				evidenceChoices.map((e) => e.text),
				`ev${quote}`
			);
			if (
				new Set(ordered.map((c) => c.text)).size === ordered.length &&
				evidenceChoices.every((e) => e.text.length <= 4_000)
			) {
				out.push({
					family: 'quote',
					draft: {
						...draftBase(
							'quote',
							`Who said: “${quote}”?`,
							proof(q),
							`${who} said it; the sentence that shows this is the one that quotes ${g.speaker} directly.`,
							2
						),
						type: 'evidence',
						choices,
						correct: [choiceId(choices, g.speaker)],
						evidencePrompt: 'Which sentence from the articles proves your answer?',
						evidenceChoices: ordered.map((c) => ({
							id: c.id,
							...evidenceChoices.find((e) => e.text === c.text)!
						})),
						evidenceCorrect: [ordered.find((c) => c.text === evidenceChoices[0]!.text)!.id]
					},
					keyTexts: [q.text.slice(0, 30)],
					hidden: [g.speaker],
					answerKey: `said:${quote}`,
					// Quote questions about the same words count as near-duplicates in selection.
					excerpt: `“${quote}”`,
					quotations: remarkKeys(view, g.quotes, g.speaker),
					quality: 0.75,
					position: q.sentence
				});
			}
		}
	}
	if (twoVoices) return out;
	// Matching: up to four quotes, each from a different speaker.
	const picked: { g: QuoteGroup; quote: string; q: Quote }[] = [];
	// A quote that names another person of the item ("a clear choice between Roe and Poe" beside
	// Roe and Poe) rules them out of it: no pair of the item may name another's speaker.
	// A handle that runs the name together ("@JaneRoe") names them too.
	const names = (text: string, person: string) => {
		const parts = person.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
		return (
			parts.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(text)) ||
			(parts.length >= 2 && text.toLowerCase().includes(parts.join('').toLowerCase()))
		);
	};
	for (const g of groups.filter((x) => x.quotes.some(usable))) {
		if (picked.some((p) => sameName(p.g.speaker, g.speaker))) continue;
		const q = g.quotes.find((x) => usable(x) && !trivialQuote(x.text));
		if (!q) continue;
		const quote = shortQuote(q.text, 18);
		if (leaks(quote, g.speaker)) continue;
		if (picked.some((p) => names(quote, p.g.speaker) || names(p.quote, g.speaker))) continue;
		// Words someone else of the story also says would have two right partners.
		if (groups.some((o) => !sameName(o.speaker, g.speaker) && quotedAlsoBy(view, o.speaker, quote)))
			continue;
		picked.push({ g, quote, q });
		if (picked.length === 4) break;
	}
	if (picked.length >= 3) {
		const extra = pickDistractors(
			picked[0]!.g.speaker,
			people.filter(
				(p) =>
					!picked.some((x) => sameName(x.g.speaker, p)) && !picked.some((x) => names(x.quote, p))
			),
			1,
			true
		);
		out.push({
			family: 'quote',
			draft: {
				...draftBase(
					'quote',
					'Match each quote to the person who said it.',
					picked.flatMap((p) => proof(p.q)),
					picked.map((p) => `${p.g.speaker}: “${p.quote}”`).join(' '),
					2
				),
				type: 'matching',
				pairs: picked.map((p, i) => ({
					id: `p${i + 1}`,
					left: `“${p.quote}”`,
					right: p.g.speaker
				})),
				extraRights: extra
			},
			keyTexts: picked.map((p) => p.q.text.slice(0, 30)),
			hidden: [],
			answerKey: 'match-quotes',
			// Each pair's quotation is asked by the item: a "who said" on the rest of one is a repeat.
			quotations: picked.flatMap((p) => remarkKeys(view, p.g.quotes, p.g.speaker)),
			quality: 0.85,
			position: Math.min(...picked.map((p) => p.g.quotes[0]!.sentence))
		});
	}
	return out;
}

// Remembered per text (match-cache.ts): each sentence naming a person is asked for every quote.
const contentWords = memoByText(
	(t: string): ReadonlySet<string> => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
);

/**
 * Does the story give `person` these words, or most of them: a quote of theirs in any outlet,
 * or a sentence that names them and repeats half the quote's content words ("Roe also said
 * the bridge would reopen before winter")? A true/false "it was Roe who said …" would then
 * be keyed False though Roe said it.
 */
export function saysLikewise(view: StoryView, person: string, text: string): boolean {
	if (
		view.quoteGroups.some(
			(g) => sameName(g.speaker, person) && g.quotes.some((x) => quoteOverlap(x.text, text) >= 0.5)
		)
	)
		return true;
	if (quotedAlsoBy(view, person, text)) return true;
	const surname = surnameOf(person);
	const namesPerson = new RegExp(`\\b${escapeRegExp(surname)}\\b`);
	const words = contentWords(text);
	if (words.size < 3) return false;
	// Spaces normalised (match-cache.ts) change neither \b nor the letter runs compared here.
	return view.analyses.some((a) =>
		sentenceMatches(a.sentences, namesPerson).some(({ text: sentence }) => {
			const shared = [...contentWords(sentence)].filter((w) => words.has(w)).length;
			return shared / words.size >= 0.5;
		})
	);
}

/**
 * Each quote put down to `person`, as " plain words ": kept per story (per-text.ts), since
 * quotedAlsoBy asks it for every choice of every quote question.
 */
const quotesInPlainWords = perStory((person: string, view: StoryView) =>
	view.quoteGroups
		.filter((g) => sameName(g.speaker, person))
		.flatMap((g) => g.quotes.map((x) => ` ${plainWords(x.text).join(' ')} `))
);

/**
 * Does one of `quotes` (as " plain words ") hold half the words of `text` or more, four at
 * least, in a row?
 */
function halfInARow(text: string, quotes: readonly string[]): boolean {
	if (!quotes.length) return false;
	const runs = runsOf(text);
	return quotes.some((q) => runs.some((r) => q.includes(r)));
}

/** The last text's runs: quoteCandidates asks halfInARow of one quote for each person in turn. */
let lastRuns: { text: string; runs: string[] } | undefined;

/** Every run of half the words of `text` or more (four at least), as " plain words ". */
function runsOf(text: string): string[] {
	if (lastRuns?.text === text) return lastRuns.runs;
	const whole = plainWords(text);
	const run = Math.max(4, Math.ceil(whole.length / 2));
	const runs =
		whole.length < run
			? []
			: whole
					.slice(0, whole.length - run + 1)
					.map((_, i) => ` ${whole.slice(i, i + run).join(' ')} `);
	lastRuns = { text, runs };
	return runs;
}

/**
 * Does the story give `person` these very words: in a quote put down to them, or, for a
 * phrase of a few words, in quotation marks after their name in a sentence ("Roe said the
 * fire was being treated as “an act of sabotage”"), though the quote was not put down to
 * them? Then “who is quoted using the words …” has two right answers. A name after the
 * quote ("…,” Roe said after meeting Poe") is usually the speaker's company, not a speaker.
 */
export function quotedAlsoBy(view: StoryView, person: string, text: string): boolean {
	const words = normaliseSpace(text).replace(/…$/, '');
	const inQuote = new RegExp(escapeRegExp(words), 'i');
	// The groups quoting the words are the same whoever is asked about (match-cache.ts).
	if (groupsQuoting(view.quoteGroups, inQuote).some((g) => sameName(g.speaker, person)))
		return true;
	// Half these words or more, in a row, in a quote of their own: "Freedom means freedom for
	// everyone" (hers) in "I think that freedom means freedom for everyone" (his).
	if (halfInARow(words, quotesInPlainWords(person, view))) return true;

	if (words.split(' ').length > 6) return false;
	// A surname two people share ("Mary Cheney", "Liz Cheney") says neither: use the full name.
	const surname = surnameOf(person);
	const shared = view.people.filter((p) => p.endsWith(` ${surname}`) && !sameName(p, person));
	const name = new RegExp(`\\b${escapeRegExp(shared.length ? person : surname)}\\b`);
	const quoted = new RegExp(`[“"‘']${escapeRegExp(words)}[,.]?[”"’']`, 'i');
	// Only the few sentences that quote the words are searched for the name (match-cache.ts).
	return view.analyses.some((a) =>
		sentenceMatches(a.sentences, quoted).some(({ text, index }) => {
			const named = name.exec(text)?.index;
			return named !== undefined && named < index;
		})
	);
}
