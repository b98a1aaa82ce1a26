/**
 * Cloze questions: one gap per sentence, on a figure or a name, the words a reader
 * of the story can fill and a guesser cannot. A common word is never gapped: another
 * word nearly always fits as well ("his debate ____": decision, plans, announcement),
 * and a typed answer the key refuses is a wrong key for the student.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { parseNumber } from '$lib/quiz/normalize';
import type { StoryView } from '../analyze';
import { sameCountFigures } from '../figure-groups';
import { notBodyProse } from '../caption';
import { endsWithTitle, titledAfter } from '../names';
import { HEDGE_WORDS } from '../quantities';
import { spanOf } from '../build';
import type { Mention } from '../types';
import { draftBase, type Candidate } from './candidate';
import {
	buildingForms,
	cityOfStateForms,
	countryNameForms,
	departmentForms,
	lastWordForms,
	givenNameForms,
	leadingPlaceLength,
	namedForPersonForms,
	onePlaceWordForms,
	placePrefixForms,
	schoolNameForms,
	middleNameForms,
	shortPersonForms,
	withoutLegalSuffix
} from './accepted-names';
import { gapGivenAway } from './compare';
import {
	datelineEnd,
	placeActs,
	cutAtAbbreviation,
	inList,
	modifies,
	partOfLongerName,
	partsAddUp,
	toldByOneOutlet
} from './detail';
import {
	GOVERNING_FAULTS,
	POWER_CIRCLES,
	HONORIFICS,
	PLACE_LEADER_TITLES,
	INSTITUTION_NOUNS,
	NEWS_ORG_WORDS,
	NUMBER_WORDS,
	ROOM_HEADS
} from '../lexicon';
import { normalise } from '../distractors';
import {
	asideTellsOtherKind,
	landmarkAside,
	describedToo,
	isPartyName,
	mediumGap,
	numberNamesAThing,
	trivialGap
} from './gap-checks';
import { homeCountryGap } from './known-gaps';
import { fallbackGaps, subjectAfterOpener, surnameOwner } from './cloze-fallback';
import { TRIVIAL_ACT, fusedWordBeforeName } from './fact';
import { lexiconTags } from '../entities';
import { placeStandsForSeat } from './place-seat';

/** The sentence lengths in words the cloze pass reads (cloze-long.ts reads the longer ones). */
export const CLOZE_SENTENCE = { min: 8, max: 35 };

/**
 * `story`: the whole story when `view` is one of its articles read alone (the fill stage). The
 * gaps come from the article, but what a reader may type comes from every outlet: another
 * outlet's "state legislature", "Justice Department" or headline counts as well.
 */
export function clozeCandidates(
	view: StoryView,
	story: StoryView = view,
	// A sentence's length in words: the short-quiz pass (cloze-long.ts) reads the longer ones.
	// `only`: read just the sentences it accepts, whatever their opening ("But", "And": the
	// short-quiz pass of cloze-conjunction.ts).
	length: { min: number; max: number; only?: (text: string) => boolean } = CLOZE_SENTENCE
): Candidate[] {
	const out: Candidate[] = [];
	const titles = story.analyses.map((a) => a.article.title);
	const storyWords = view.analyses.reduce((n, a) => n + a.article.text.split(/\s+/).length, 0);
	for (const a of view.analyses) {
		const outlet = view.label.get(a.article.id)!;
		// A long story of several outlets has clozes enough in each lead; one article, or a
		// short story, is read through.
		for (const s of a.sentences.slice(
			0,
			view.analyses.length === 1 || storyWords < 1500 ? 60 : 14
		)) {
			// The short-quiz pass reads its few sentences only, before any costlier test.
			if (length.only && !length.only(s.text)) continue;
			const words = s.text.split(/\s+/).length;
			if (
				words < length.min ||
				words > length.max ||
				// Someone's words: a quotation (straight, curly, or two apostrophes ('') as some
				// archives write quotation marks), or inside one that began in an earlier sentence (a
				// tweet read out in full). A few words quoted in passing leave the writer's sentence.
				!quotesOnlyInPassing(s, a.quoted, a.article.text) ||
				(!length.only && /^(he|she|they|it|this|that|but|and)\b/i.test(s.text)) ||
				// "Would you say his impact could be ____?": the writer's question states no fact.
				/\?["”’']?\s*$/.test(s.text) ||
				notBodyProse(s, a.sentences) ||
				cutAtAbbreviation(s, a.sentences) ||
				// "A lawyer for Roe did not respond to a request for comment": no fact to gap (fact.ts).
				TRIVIAL_ACT.test(s.text)
			)
				continue;
			const inside = a.mentions.filter(
				(m) =>
					m.start >= s.start &&
					m.end <= s.end &&
					m.kind !== 'date' &&
					!givenAway(
						m,
						a.article.text.slice(Math.max(s.start, m.start - 30), m.start),
						a.article.text.slice(m.end, Math.min(s.end, m.end + 60)),
						titles
					) &&
					// "a pledge with ____", "criticism in ____": a place standing for its government.
					!(
						m.kind === 'place' &&
						placeStandsForSeat(
							m.text,
							a.article.text.slice(Math.max(s.start, m.start - 50), m.start),
							a.article.text.slice(m.end, Math.min(s.end, m.end + 20))
						)
					)
			);
			// Only a name or a figure has few substitutes: a common word's gap ("his debate ____",
			// "two ____ said") takes another word that fits as well, which the key would refuse.
			const named =
				// "the ____ leaders" → "two": a count of one or two is guessed, not read.
				inside.find((m) => m.kind === 'quantity' && !m.vague && (m.value ?? 0) > 2) ??
				inside.find((m) => m.kind === 'org' || m.kind === 'place') ??
				inside.find((m) => m.kind === 'person' && m.text.includes(' '));
			// One article alone has few gaps: when the first is refused, or the sentence has none,
			// its next mention is tried, down to a subject named by surname alone (cloze-fallback.ts).
			const options = [
				...(named ? [named] : []),
				...(story.analyses.length === 1 ? fallbackGaps(inside, named, a, view) : [])
			];
			for (const named of options) {
				// "____ people, including two lawmakers, an aide and a lobbyist": the list adds up the count.
				if (named.kind === 'quantity' && gapGivenAway({ mention: named, analysis: a, key: '' }))
					continue;
				// "called the ____ plan 'a disaster'": a gap inside the quoted words is the speaker's.
				if (a.quoted.some((q) => q.start < named.end && named.start < q.end)) continue;
				// "posted the clip to ____", "wrote on ____", "the ____ account": where words were
				// posted or aired is a stray detail, and "online" or another site fits the gap as well.
				if (
					named.kind === 'org' &&
					mediumGap(
						a.article.text.slice(Math.max(s.start, named.start - 60), named.start),
						a.article.text.slice(named.end, named.end + 10)
					)
				)
					continue;
				// "According to the ____, the documents show …": the name credits a source, a detail
				// any other outlet's or body's name would fill as well. After "the" it is no person,
				// however the name was read (an outlet named after a city reads as a place or a person).
				const credit = /\baccording\s+to\s+(the\s+)?$/i.exec(
					a.article.text.slice(Math.max(s.start, named.start - 20), named.start)
				);
				if (credit && named.kind !== 'quantity' && (named.kind !== 'person' || credit[1])) continue;
				// "Ann Roe, a 26-year-old nurse from ____, said …": a speaker's home town, an aside on
				// who she is.
				if (
					named.kind === 'place' &&
					/\b(?:a|an)\s+(?:[\w-]+\s+){0,5}from\s+$/i.test(
						a.article.text.slice(Math.max(s.start, named.start - 60), named.start)
					)
				)
					continue;
				if (asideTellsOtherKind(named.kind, a.article.text.slice(named.end, named.end + 40)))
					continue;
				if (
					named.kind !== 'quantity' &&
					landmarkAside(
						a.article.text.slice(Math.max(s.start, named.start - 20), named.start),
						a.article.text.slice(named.end, named.end + 20)
					)
				)
					continue;
				// "the Stonewall Inn in ____": where a named site stands is named at any scale (its
				// district, city or state fit the gap as well).
				if (
					named.kind === 'place' &&
					/\b[A-Z][\w'’-]+\s+in\s+$/.test(
						a.article.text.slice(Math.max(s.start, named.start - 40), named.start)
					)
				)
					continue;
				// "leading Trump by ____ points …, 52 percent to 37 percent": the sentence's other
				// figures work the gap out.
				if (
					named.kind === 'quantity' &&
					named.value !== undefined &&
					partsAddUp(named.value, s.text, named.start - s.start, named.end - named.start)
				)
					continue;
				// "on ____’s “Squawk Box”": the name owns the quoted title of a show, a stray detail.
				if (/^['’]s\s+["“]/.test(a.article.text.slice(named.end, named.end + 4))) continue;
				const pick = withoutHedge(named);
				const answer = a.article.text.slice(pick.start, pick.end);
				// "a $43,350 watch": an exact figure is fair to pick among choices (detail.ts), not to
				// recall letter for letter.
				if (named.kind === 'quantity' && significantDigits(answer) > EXACT_DIGITS) continue;
				if (
					// A figure of two digits ("____ percent of the vote" → "41") is a fact the article
					// pins down; a name of two letters is a short form with twins. A short span of time
					// ("the first ____ months") is the frame of the claim, not its point.
					answer.length <
						(named.kind === 'quantity' &&
						!/^\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b/i.test(
							a.article.text.slice(pick.end, pick.end + 10)
						)
							? 2
							: 3) ||
					answer.split(/\s+/).length > 3 ||
					/^(north|south|east|west|central)$/i.test(answer)
				)
					continue;
				// "resigned from ____" → "Congress", "as the ____ did" → "Senate": a body named by its
				// kind alone has near twins ("the House", "the legislature") that fit the gap as well.
				if (isInstitution(answer.replace(/^the\s+/i, ''))) continue;
				// "in and around ____" → "New York City" where the story also writes "New York" for
				// the place: the short name is as good an answer, and "X" alone may be another place.
				if (
					named.kind === 'place' &&
					/\s+City$/.test(answer) &&
					new RegExp(`\\b${escapeRegExp(answer.replace(/\s+City$/, ''))}\\b(?!\\s+City)`).test(
						storyText(story)
					)
				)
					continue;
				// "Union leader Sam Okafor": the capitalised word is part of a role, not a name worth a gap.
				if (
					/^\s+(leader|member|chief|official|spokesman|spokeswoman|president|head|director)\b/.test(
						a.article.text.slice(pick.end, pick.end + 20)
					)
				)
					continue;
				const rel = pick.start - s.start;
				// Nothing in a dateline ("CLEVELAND, July 19 (UPI) —") is worth a gap.
				if (rel < datelineEnd(s.text)) continue;
				// The outlet's own name is no test of reading.
				if (
					normalise(outlet).includes(normalise(answer)) ||
					normalise(answer).includes(normalise(outlet))
				)
					continue;
				const prompt = `${s.text.slice(0, rel)}____${s.text.slice(rel + answer.length)}`
					.replace(/\s+/g, ' ')
					.trim();
				// "in ____'s favor" beside "the Trump campaign", "content ____ (KCNA's website …)": a
				// word of the name elsewhere in the sentence gives the name away.
				const nameWords = answer.split(/\s+/).filter((w) => /^[A-Z][\w'-]{2,}$/.test(w));
				if (
					prompt.toLowerCase().includes(answer.toLowerCase()) ||
					(answer.includes(' ') && nameWords.some((w) => new RegExp(`\\b${w}\\b`).test(prompt)))
				)
					continue;
				const after = s.text.slice(rel + answer.length);
				// "missiles (____)", "April 29 (____) —": a short form in brackets repeats the words
				// before it, or credits a wire service in a dateline; "John Roe (____.)" is a
				// lawmaker's state, a label beside the name.
				if (/\(\s*$/.test(s.text.slice(0, rel)) && /^\.?\s*\)/.test(after)) continue;
				// "at a May 10 ____ meeting": a name before a common noun says what kind of meeting.
				if (
					named.kind !== 'quantity' &&
					/\b(?:a|an)\s+(?:(?:[A-Z][\w.]*|\d+)\s+){1,3}$/.test(s.text.slice(0, rel)) &&
					/^\s+[a-z]/.test(after)
				)
					continue;
				// "LOPEZ: Saying to people …": a transcript's speaker label, not a statement's word.
				if (/^\s*:/.test(after)) continue;
				// "the ____ for Marriage", "Chief of ____": the gap holds a fragment of a longer name.
				if (partOfLongerName(s.text.slice(0, rel), after)) continue;
				// "a ____ candidate", "her ____ post": a name used as a modifier is a stray detail.
				if (named.kind !== 'quantity' && modifies(after, s.text.slice(0, rel))) continue;
				// "The ____ later stood by it": the name of a news organisation credits a source, a
				// detail any other outlet's name would fill as well.
				if (new RegExp(`\\b${NEWS_ORG_WORDS}$`).test(answer)) continue;
				// One item of a list ("Britain, ____ and Germany"): any other name of the list fits too.
				// In one article read alone, a subject after an opener's comma is no list item.
				if (
					inList(s.text, rel, answer.length) &&
					!(
						named.kind === 'person' &&
						story.analyses.length === 1 &&
						subjectAfterOpener(s.text.slice(0, rel), answer, after)
					)
				)
					continue;
				// "will visit ____ in July", and another outlet writes "to Visit United Kingdom in July":
				// that other place fills the same slot as well, and the key would refuse it.
				if (
					named.kind === 'place' &&
					otherFillerOfSlot(s.text.slice(0, rel), after, answer, storyTextWithTitles(story))
				)
					continue;
				// "met in the ____" → "Oval Office": a room or a wing of a building, and the building's
				// name ("the White House") fits the gap as well, while the room's head noun alone
				// ("Office") is no answer at all.
				if (
					named.kind !== 'quantity' &&
					named.kind !== 'person' &&
					// Two words, as a room's name has: "the Congressional Budget Office" is a body.
					answer.split(/\s+/).length === 2 &&
					ROOM_HEADS.includes(answer.split(/\s+/).at(-1)!.toLowerCase()) &&
					/\b(?:in|at|from|into|inside|outside|to)\s+(?:the\s+)?$/i.test(s.text.slice(0, rel))
				)
					continue;
				// "during a visit to ____", "traveled to ____" → "Washington": where someone went is named
				// at any scale, and "the United States" fits the gap as well as its capital.
				if (named.kind === 'place' && DESTINATION.test(s.text.slice(0, rel))) continue;
				// "Roe told …": a surname alone is asked only of one article read alone, for the one
				// full name it completes (cloze-fallback.ts); a name the story does not surely use for
				// a person ("the Whittington Lecture") never.
				const owner =
					named.kind === 'person' && !answer.includes(' ') && story.analyses.length === 1
						? surnameOwner(named, a, view)
						: undefined;
				if (named.kind === 'person' && !view.people.includes(view.canon(owner ?? answer))) continue;
				// "Republican Bob Dole", "the Republican-controlled Congress": a party word fused onto
				// a name, or a description of a body, keyed whole refuses the name alone.
				if (
					(named.kind === 'person' &&
						fusedWordBeforeName(answer) &&
						lexiconTags(answer.split(/\s+/)[0]!).size > 0) ||
					/-(?:controlled|led|dominated|held|backed|run|aligned)\b/i.test(answer)
				)
					continue;
				if (trivialGap(s.text.slice(0, rel), answer, after, named.kind)) continue;
				// "ban Muslims from entering the ____" → "United States" in an article about it.
				if (
					named.kind !== 'quantity' &&
					named.kind !== 'person' &&
					homeCountryGap(answer, a.article.text)
				)
					continue;
				if (
					named.kind === 'quantity' &&
					numberNamesAThing(answer, after, a.article.text, s.text.slice(0, rel))
				)
					continue;
				// "distance the church from the ____" → "Republican Party": a party has its members'
				// plural, its adjective and its nicknames, equally good and not all in the text.
				if (named.kind !== 'quantity' && isPartyName(answer, storyText(story))) continue;
				// "the ____ ruled", and an outlet writes "the high court": the body's description fits too.
				if (
					named.kind === 'org' &&
					isInstitution(answer.split(/\s+/).pop() ?? '') &&
					describedToo(answer, storyText(story))
				)
					continue;
				const accepted = acceptedForms(
					owner ?? answer,
					named.kind,
					view,
					storyText(story),
					{ before: s.text.slice(0, rel), after },
					titles.join('\n')
				);
				// "More than ____ migrants … were prepared to seek asylum", and another outlet's "about
				// 200 migrants prepared to walk …": the story's other figure for the same count is a
				// reader's answer as good as the key.
				const otherCounts = named.kind === 'quantity' ? sameCountFigures(view, named, true) : [];
				for (const f of otherCounts) accepted.push(withoutHedge(f.mention).text);
				// "the ____ chairman" → "GOP", "lied to the ____" → "FBI": a short form in capitals that the
				// story never spells out. Its long form ("Republican", "the Republican Party", "Federal
				// Bureau of Investigation") is what many students type, and the key cannot list it
				// without a list of bodies; a story that spells it out ("… Commission (FEC)", "ABC News")
				// gives the key its long form.
				if (
					named.kind !== 'quantity' &&
					/^(?:\p{Lu}\.?){2,6}$/u.test(answer.replace(/^the\s+/i, '')) &&
					!accepted.some((f) => /\s/.test(f.trim()) && /\p{Ll}/u.test(f))
				)
					continue;
				// "the ____ imposed sanctions" → "U.N. Command": initials with full stops inside a name,
				// as short forms in capitals above. "United Nations Command" and "UN Command" are as
				// right, and the key can list them only when the story spells the initials out.
				const dotted =
					named.kind !== 'quantity' &&
					/(?:^|\s)((?:\p{Lu}\.){2,6})(?=\s)/u.exec(answer.replace(/^the\s+/i, ''))?.[1];
				if (dotted) {
					const letters = dotted.replace(/\./g, '');
					const long = spelledOut(letters, `${storyText(story)}\n${titles.join('\n')}`);
					if (!long.length) continue;
					for (const form of [letters, ...long]) accepted.push(answer.replace(dotted, form));
				}
				// "a fellow at the ____", "based in ____", named once in a story of several outlets: a
				// stray detail, not what the story is about. A name that acts ("The ____ opened an
				// inquiry") is kept: the story is about what it does.
				if (
					named.kind !== 'quantity' &&
					view.analyses.length > 1 &&
					/\b(?:at|in|of|for|from|with|to|on|by|into|near)\s+(?:the\s+)?$/i.test(
						s.text.slice(0, rel)
					) &&
					timesNamed(accepted, storyText(story)) < 2
				)
					continue;
				// "the ____ released the memos", and another outlet writes "the Justice Department
				// released the memos" or "Congress released the memos": a name in the same slot that the
				// gap does not accept would be refused.
				if (
					named.kind === 'org' &&
					otherFillerOfSlot(s.text.slice(0, rel), after, accepted, storyTextWithTitles(story))
				)
					continue;
				// The headline prints the answer in another of its forms ("NSA" above "the National
				// Security Agency"): the reader copies it from there.
				if (accepted.some((f) => f !== answer && headlineShows(f, titles))) continue;
				// "a farming state like ____" → "Nebraska", a place every outlet of the story
				// prints: the story's setting, typed from its own words, not from reading the sentence.
				// The focus rules only lowered it (focus.ts keyEveryOutletPrints), and a short ten still
				// took it; a tuning reader rejected it as trivial (t20). A person or a body
				// every outlet names is an actor of the story, and its gap asks what it did.
				if (
					named.kind === 'place' &&
					story.analyses.length > 1 &&
					story.analyses.every((x) => timesNamed(accepted, x.article.text) > 0)
				)
					continue;
				out.push({
					family: 'cloze',
					draft: {
						// A name or a figure in the gap is a fact of the story, not a test of a word's meaning.
						...draftBase(
							'fact',
							`Fill the gap (${outlet}): ${prompt}`,
							[spanOf(s)],
							`${outlet} wrote: “${s.text.trim()}”${otherCounts
								.map(
									(f) =>
										` ${view.label.get(f.analysis.article.id)} gives ${f.mention.text} for the same count, also accepted.`
								)
								.join('')}`,
							2
						),
						type: 'cloze',
						accepted
					},
					keyTexts: [answer],
					// Another question that prints the full name gives a surname's gap away.
					hidden: owner ? [answer, owner] : [answer],
					// "____ told the Gazette he …": in one article read alone the gapped person is the
					// pronoun's antecedent, as the sentence reads with the gap filled.
					excerpt:
						named.kind === 'person' && story.analyses.length === 1
							? prompt.replace('____', answer)
							: prompt,
					answerKey: `cloze:${answer.toLowerCase()}`,
					quality: 0.45 - (toldByOneOutlet(view, a, answer) ? 0.1 : 0),
					position: s.index
				});
				break;
			}
		}
	}
	return joinSameAnswers(out);
}

/** At most this many words quoted in passing (a scare quote, a phrase) leave a sentence the writer's. */
const IN_PASSING = 4;
/** "gridlock in ____": the place is the seat of government whose workings the noun judges. */
const GOVERNING_FAULT_IN = new RegExp(`\\b(?:${GOVERNING_FAULTS.join('|')})\\s+in\\s+$`, 'i');
const POWER_CIRCLE_AFTER = new RegExp(`^\\s+(?:${POWER_CIRCLES.join('|')})\\b`);
// "lawmakers in ____", "insiders on ____": the political class in a place is the body it sits in,
// and "Congress" or "the capital" fits the gap as well. Not "officials in ____" ("officials in
// the port city") nor "outsiders" or "politics": those are as often just where people are.
const POWER_CIRCLE_IN = new RegExp(
	`\\b(?:${POWER_CIRCLES.filter((w) => !/^(?:officials|outsiders\\?|politics)$/.test(w)).join('|')})\\s+(?:in|on)\\s+$`,
	'i'
);

/**
 * The sentence is the writer's own: no quotation mark, or only a few words quoted in passing
 * ('X called the plan a "power grab" in May'), each opening and closing inside the sentence.
 */
export function quotesOnlyInPassing(
	s: { start: number; end: number; text: string },
	quoted: readonly { start: number; end: number }[],
	text: string
): boolean {
	// A tweet's markup (<tweet author="…">) quotes its attributes: a post, not a sentence.
	if (/<\/?[a-z]+[\s>]/i.test(s.text)) return false;
	const marks = s.text.match(/["“”]|''/g)?.length ?? 0;
	const spans = quoted.filter((q) => q.start < s.end && s.start < q.end);
	if (!marks && !spans.length) return true;
	return (
		// Every mark belongs to a quotation the analysis read (an unread one may be anything).
		spans.length > 0 &&
		marks <= 2 * spans.length &&
		spans.every(
			(q) =>
				q.start >= s.start &&
				q.end <= s.end &&
				text.slice(q.start, q.end).trim().split(/\s+/).length <= IN_PASSING
		)
	);
}

/**
 * Two gaps on one body or person ("the Justice Department" in one sentence, "the DOJ" in
 * another) ask one fact twice, and each would refuse the form the other keys. Gaps whose
 * accepted forms meet get one answer key, so that the set asks it once, and each accepts
 * all the forms. Figures keep their own: "5" years and "5" percent are two facts.
 */
export function joinSameAnswers(candidates: Candidate[]): Candidate[] {
	const formsOf = (c: Candidate) =>
		c.draft.type === 'cloze' ? c.draft.accepted.map((f) => normalise(f)) : [];
	// A count in words ("five") is a figure too: "five" years and "three" years are two facts.
	const named = candidates.filter(
		(c) =>
			c.draft.type === 'cloze' &&
			!/^[\d.,]+$/.test(normalise(c.keyTexts[0] ?? '0')) &&
			!((c.keyTexts[0] ?? '').toLowerCase() in NUMBER_WORDS)
	);
	for (const [i, c] of named.entries()) {
		if (c.draft.type !== 'cloze') continue;
		const group = named.filter(
			(o, j) => j < i && formsOf(o).some((f) => f.length >= 2 && formsOf(c).includes(f))
		);
		const first = group[0];
		if (!first || first.draft.type !== 'cloze') continue;
		c.answerKey = first.answerKey;
		const all = [
			...new Set([
				...c.draft.accepted,
				...group.flatMap((g) => (g.draft.type === 'cloze' ? g.draft.accepted : []))
			])
		];
		c.draft.accepted = all;
		for (const g of group)
			if (g.draft.type === 'cloze') g.draft.accepted = [...new Set([...g.draft.accepted, ...all])];
	}
	return candidates;
}

/**
 * How often the story names the answer in any of its accepted forms, each place counted once
 * ("Ethics Committee" inside "House Ethics Committee" is the same mention). A lone head noun
 * ("Board") is left out: other bodies share it.
 */
export function timesNamed(forms: string[], text: string): number {
	let rest = text;
	let count = 0;
	for (const form of [...forms].sort((x, y) => y.length - x.length)) {
		if (form.length < 2 || (!form.includes(' ') && isInstitution(form))) continue;
		const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu');
		count += rest.match(pattern)?.length ?? 0;
		rest = rest.replace(pattern, ' ');
	}
	return count;
}

/** A form of the answer printed in a headline of the story, as a whole word. */
function headlineShows(form: string, titles: string[]): boolean {
	// A single ordinary word ("Committee", "five") says too little; a short form or a name says it.
	if (!/^[A-Z]{2,}$|\s/.test(form.replace(/\./g, ''))) return false;
	const pattern = new RegExp(
		`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`,
		/\s/.test(form) ? 'iu' : 'u'
	);
	return titles.some((t) => pattern.test(t));
}

/** Words that lead to where someone went: "a visit to", "traveled to", "heading back to". */
const DESTINATION =
	/\b(?:visits?\s+to|trips?\s+to|travel(?:s|ed|led|ing)?\s+to|flew\s+to|fly(?:ing)?\s+to|arrived\s+in|heading(?:\s+back)?\s+to|head(?:ed|s)?(?:\s+back)?\s+to|returned\s+to|delegations?\s+(?:of\s+[\w\s-]{0,40}?)?to)\s+(?:the\s+)?$/i;

/** Either case of each letter: a headline capitalises every word ("to Visit … in July"). */
const anyCase = (word: string) =>
	[...escapeRegExp(word)]
		.map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c))
		.join('');

/**
 * Another capitalised name between the gap's neighbour words somewhere in the story: the word
 * before the gap and the two after it ("visit ____ in July" → "visit the U.K. in July").
 */
export function otherFillerOfSlot(
	before: string,
	after: string,
	/** The key, or every form the gap accepts ("Department of Justice", "Justice Department"). */
	answer: string | string[],
	text: string
): boolean {
	const prev = /([A-Za-z]{3,})\s*$/.exec(before)?.[1];
	const next = after
		.trim()
		.split(/\s+/)
		.slice(0, 2)
		.join(' ')
		.replace(/[.,;:!?]+$/, '');
	if (!prev || next.split(' ').length < 2) return false;
	const slot = new RegExp(
		`\\b${anyCase(prev)}\\s+(?:the\\s+)?((?:[A-Z][\\p{L}.'’-]*\\s+){0,3}[A-Z][\\p{L}.'’-]*)\\s+${next.split(' ').map(anyCase).join('\\s+')}\\b`,
		'gu'
	);
	const keys = (typeof answer === 'string' ? [answer] : answer).map((f) =>
		normalise(f.replace(/^the\s+/i, ''))
	);
	return [...text.matchAll(slot)].some((m) => !keys.includes(normalise(m[1]!)));
}

const storyTexts = new WeakMap<StoryView, string>();
const storyTitledTexts = new WeakMap<StoryView, string>();
function storyTextWithTitles(view: StoryView): string {
	let t = storyTitledTexts.get(view);
	if (t === undefined) {
		t = view.analyses.map((a) => `${a.article.title}\n${a.article.text}`).join('\n');
		storyTitledTexts.set(view, t);
	}
	return t;
}
function storyText(view: StoryView): string {
	let t = storyTexts.get(view);
	if (t === undefined) {
		t = view.analyses.map((a) => a.article.text).join('\n');
		storyTexts.set(view, t);
	}
	return t;
}

/** "U.S. Capitol Police" → "USCP": a word's first letter, every letter of a dotted short form. */
const initials = (name: string) =>
	name
		.split(/[\s-]+/)
		.filter((w) => /^[A-Z]/.test(w))
		.map((w) => (/^(?:[A-Z]\.){2,}$/.test(w) ? w.replace(/\./g, '') : w[0]))
		.join('');

/**
 * More figures than this ("5,150" has three) make a typed answer a test of recall to the
 * dollar, not of reading: such a figure is asked among choices (detail.ts) instead.
 */
const EXACT_DIGITS = 2;

/** "43,350" → 4, "1.8" → 2, "28,500" → 3: the digits without the zeros that only give the scale. */
export function significantDigits(figure: string): number {
	const digits = figure.replace(/[^\d]/g, '').replace(/^0+/, '');
	return /\./.test(figure) ? digits.length : digits.replace(/0+$/, '').length;
}

/**
 * Every form of the answer a reader of the story may fairly type: a count as figures or as
 * words ("five", "5"); a person by surname when no one else in the story has it; an
 * organisation by the short form the story itself uses ("… Agency (NSA)"), or in full when
 * the gap holds the short form.
 */
export function acceptedForms(
	answer: string,
	kind: Mention['kind'],
	view: Pick<StoryView, 'canon' | 'people'>,
	text: string,
	/** The sentence around the gap: "$____", "____ percent" say which unit the figure has. */
	context: { before: string; after: string } = { before: '', after: '' },
	/** The story's headlines: a short form they print ("DOJ") is one the story uses. */
	headlines = ''
): string[] {
	const forms = [answer, view.canon(answer)];
	if (kind === 'person') {
		const surname = answer
			.split(/\s+/)
			.filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w))
			.pop();
		const shared = view.people.filter((p) => p.split(/\s+/).includes(surname ?? '')).length;
		if (surname && surname !== answer && shared <= 1) forms.push(surname);
	}
	if (kind === 'person') {
		// "Robert D. Luskin" typed as "Robert Luskin": a middle initial is often left out.
		const noInitial = answer.replace(/\s+[A-Z]\.(?=\s)/g, '');
		if (noInitial !== answer) forms.push(noInitial);
		forms.push(...namesUsedAlone(answer, view.people, text));
		// "Hillary Rodham Clinton", "Robert D. Luskin": the story's own fuller form of the name.
		forms.push(...middleNameForms(answer, text));
		// "Zachary Barth" in one outlet, "Zack Barth" in another: either is typed.
		forms.push(...givenNameForms(answer, text));
		// "J. Ann Roe" and "Ann Marie Roe" typed "Ann Roe" (accepted-names.ts).
		forms.push(...shortPersonForms(answer));
		forms.push(...titledSurnames(forms, text));
	}
	if (kind === 'org' || kind === 'place') {
		const bare = answer.replace(/^the\s+/i, '');
		if (bare.includes(' ')) {
			// The story (or a headline) writes the short form: "(NSA)" after the name, "NSA" on its
			// own, or with the small words' letters too ("DOJ" for "Department of Justice").
			const written = `${text}\n${headlines}`;
			for (const short of [initials(bare), initialsWithSmallWords(bare)]) {
				// Not after a hyphen: "Sen. Ann Roe, R-S.C." is a lawmaker's party and state, and
				// "S.C." no short form of a "Supreme Court" the story names too.
				const used =
					short.length >= 2 && new RegExp(`(?<!-)\\b${short}\\b`, 'i').exec(written)?.[0];
				// "U.S." for "United States": the initials with full stops, as many outlets write them.
				const dotted =
					short.length >= 2 &&
					new RegExp(`(?<![\\p{L}.-])${[...short].map((c) => `${c}\\.`).join('')}`, 'u').exec(
						written
					)?.[0];
				// A word of the name itself ("U.S." in "U.S. Senate") is a piece of it, not its short form.
				const ownWord = (form: string | false | undefined) =>
					!!form && bare.split(/\s+/).includes(form);
				if (used && /[A-Z].*[A-Z]/.test(used) && !ownWord(used)) forms.push(used);
				else if (dotted && !ownWord(dotted)) forms.push(dotted, short);
				// News English shortens a body of three plain words or more to its initials ("NSA"),
				// whether or not this story does: a reader who types them means it. Only the letters
				// of every word: initials with a small word's letter ("UOI") or a short form's
				// ("UCP" for "U.S. Capitol Police", which is "USCP") are made up, not news English.
				// A place's initials are a body's habit, not a place's: no "RBP" for a park. Nor a
				// place and one word ("USS" for "United States Senate"): news English writes "U.S.
				// Senate" (accepted-names.ts placePrefixForms), and blind readers called "USS" junk.
				else if (
					kind === 'org' &&
					!placeAndOneWord(bare) &&
					short === initials(bare) &&
					plainWordsOnly(bare) &&
					nameWordCount(bare) >= 3
				)
					forms.push(short);
			}
			// "United States" typed "U.S." or "US", "New Hampshire" typed "N.H.": news English writes
			// a place of two or three plain words by its initials, whether or not this story does.
			if (
				kind === 'place' &&
				/^(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+$/.test(bare) &&
				// A country or a state ("Capitol Hill" is no "C.H." to anyone).
				['Region', 'Country'].some((t) => lexiconTags(bare.toLowerCase()).has(t))
			) {
				const short = initials(bare);
				forms.push(short, [...short].map((c) => `${c}.`).join(''));
			}
			forms.push(...otherWordings(bare, text));
			// "Justice Dept.", "DOJ"; "the Capitol" for "Capitol Hill" (accepted-names.ts).
			forms.push(...departmentForms(bare, text), ...buildingForms(bare, text));
			// "U.S. Senate" and "the Senate" for "United States Senate" (accepted-names.ts).
			forms.push(...placePrefixForms(bare, text), ...namedForPersonForms(bare));
			// "Otters" and "Senate" for "Ohio Otters" and "Ohio Senate" (accepted-names.ts).
			forms.push(...onePlaceWordForms(bare, text));
			// A school is read as a place as often as a body ("at Mount Vale University").
			forms.push(...schoolNameForms(bare));
			// "American Widget" for "American Widget Inc."; "the Rovers" for "Riverton Rovers".
			if (kind === 'org') forms.push(...withoutLegalSuffix(bare), ...lastWordForms(bare, text));
			forms.push(...headForms(bare, text, forms, kind));
		} else if (/^[A-Z]{2,6}$/.test(bare)) {
			// "NSA" in the gap, and the story spells it out: "National Security Agency (NSA)",
			// or a longer acronym's name anywhere ("the Department of Justice" for "DOJ").
			const spelled = new RegExp(
				`((?:[A-Z][\\p{L}'’-]+\\s+(?:(?:of|for|and|on|the)\\s+)*){1,8})\\(${bare}\\)`,
				'u'
			).exec(text)?.[1];
			const full = spelled?.trim().replace(/^the\s+/i, '');
			if (full && initials(full) === bare) forms.push(full);
			forms.push(...linkedFullNames(bare, text));
			if (bare.length >= 3) forms.push(...spelledOut(bare, text), ...spelledOut(bare, headlines));
		} else if (/^(?:[A-Z]\.){2,5}$/.test(bare)) {
			// "U.S." in the gap, and the story also writes "the United States": a reader may type
			// either, and the dotted form's letters alone ("US") as well.
			const letters = bare.replace(/\./g, '');
			forms.push(letters, ...spelledOut(letters, text), ...spelledOut(letters, headlines));
		}
		// "an interview with RBC", and the story also writes "RBC News": the same broadcaster. Only
		// for a body: a place with a news word after it is a newspaper ("Republicans in Riverton"
		// is not "Republicans in the Riverton Post").
		forms.push(...definedShortForms(bare, text));
		if (kind === 'org') forms.push(...longerNamesOf(bare, text), ...leadingNamesOf(bare, text));
		const withNewsWord =
			kind === 'org' &&
			new RegExp(`\\b${escapeRegExp(bare)}\\s+(?=[A-Z])${NEWS_ORG_WORDS}\\b`).exec(text)?.[0];
		if (withNewsWord) forms.push(withNewsWord);
	}
	if (kind === 'place' || kind === 'org') forms.push(...countryNameForms(answer));
	if (kind === 'place') forms.push(...cityOfStateForms(answer));
	// "e-mail" and "email", "Al-Hamra" and "AlHamra": the hyphen is a spelling, not a word.
	if (answer.includes('-') && kind !== 'quantity') forms.push(answer.replace(/-/g, ''));
	if (kind === 'quantity') forms.push(...figureForms(answer, context));
	return [...new Set(forms.map((f) => f.trim()).filter(Boolean))];
}

/** The scales a figure is written with, largest first, and the letters that shorten each. */
const FIGURE_SCALES: readonly [string, number, string][] = [
	['trillion', 1e12, 'tn'],
	['billion', 1e9, 'bn'],
	['million', 1e6, 'm']
];

/** 41 → "forty-one": a whole number under a hundred in words, as NUMBER_WORDS spells them. */
function inWords(n: number): string | null {
	if (!Number.isInteger(n) || n < 1 || n > 99) return null;
	const word = (v: number) => Object.entries(NUMBER_WORDS).find(([, x]) => x === v)?.[0];
	if (n <= 20 || n % 10 === 0) return word(n) ?? null;
	const tens = word(n - (n % 10));
	const unit = word(n % 10);
	return tens && unit ? `${tens}-${unit}` : null;
}

/**
 * One value in the ways a student writes it: "6 million", "six million", "6m", "6,000,000",
 * "6000000"; "forty-one", "41"; "half a million", "500,000"; "a dozen", "twelve", "12".
 */
function spellings(read: number): string[] {
	const out: string[] = [];
	// "2.3 million" is read as 2299999.9999999995: a figure has a dozen digits at most.
	const value = Number(read.toPrecision(12));
	for (const [word, scale, letters] of FIGURE_SCALES) {
		const mantissa = Number((value / scale).toPrecision(12));
		if (mantissa === 0.5) out.push(`half a ${word}`);
		// "1.25 million" at most: a figure with more digits is written in full.
		if (mantissa < 1 || !Number.isInteger(Number((mantissa * 100).toPrecision(12)))) continue;
		out.push(`${mantissa} ${word}`);
		const words = inWords(mantissa);
		if (words) out.push(`${words} ${word}`);
		out.push(`${mantissa}${letters}`);
		break;
	}
	const words = inWords(value);
	if (words) out.push(words);
	if (Number.isInteger(value) && value >= 1000) out.push(value.toLocaleString('en-US'));
	out.push(String(value));
	return out;
}

/** "250 billion", "84,000", "41": the first of `spellings` in digits, with its scale word. */
const inDigits = (value: number) =>
	spellings(value).find((f) => /^\d[\d.,]*(?:\s+[a-z]+)?$/.test(f)) ?? String(value);

/**
 * The same figure as students type it: "65 million" is also "65,000,000", "65000000", "65m"
 * and "sixty-five million"; "Six million" is "6 million"; "a dozen" is "12"; "41" is
 * "forty-one". With the sentence around the gap, its unit too: "$____" and "$250 billion" take
 * "250 billion", "$250bn" and "250 billion dollars"; "____ percent" takes "12%"; "____ billion
 * accounts" takes "three billion" as well as "three". The quiz grades them all as one amount
 * (normalize.ts), but the list is what a teacher reads, and what an export to another quiz
 * system matches letter by letter.
 */
export function figureForms(
	answer: string,
	context: { before: string; after: string } = { before: '', after: '' }
): string[] {
	const money = /^\$/.test(answer.trim()) || /\$\s*$/.test(context.before);
	const figure = answer.trim().replace(/^\$\s*/, '');
	const own = parseNumber(figure);
	if (own === null) return [];
	const forms = [figure, ...spellings(own)];
	// "a dozen" is "dozen" and 12; 12 is not always "a dozen", which may be a round guess.
	if (/^(?:an?\s+)?dozen$/i.test(figure)) forms.push('a dozen', 'dozen');
	// "all ____ billion of its accounts": a student may type the scale with the figure.
	const outer = /^\s+(trillion|billion|million|thousand)\b/i.exec(context.after)?.[1];
	const whole = (outer && parseNumber(`${figure} ${outer.toLowerCase()}`)) || own;
	// Only with its scale word: "3,000,000,000" in "all ____ billion" reads as a billion billions.
	if (whole !== own)
		forms.push(...spellings(whole).filter((f) => f.toLowerCase().endsWith(outer!.toLowerCase())));
	const main = inDigits(whole);
	if (money) {
		const short = !outer && spellings(whole).find((f) => /^[\d.]+[a-z]+$/.test(f));
		forms.push(`$${main}`, ...(short ? [`$${short}`] : []), `${main} dollars`);
	} else if (/^\s*(?:%|percent\b|per cent\b)/i.test(context.after))
		forms.push(`${main}%`, `${main} percent`);
	return [...new Set(forms)].filter((f) => f !== answer);
}

/**
 * The short form any article defines in brackets after the name, whatever its letters:
 * "the Islamic Resistance Movement (Hamas)", "Federal Reserve (Fed)".
 */
export function definedShortForms(name: string, text: string): string[] {
	const pattern = new RegExp(`\\b${escapeRegExp(name)}\\s*\\(([A-Z][\\p{L}.&'’-]{1,11})\\)`, 'gu');
	return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/**
 * The name an article links to a short form in brackets after "the", whatever the short
 * form's letters: "the Islamic State (ISIL)" gives "Islamic State" for "ISIL". Two words or
 * more, and no "the" inside, so that "The Fighters of the Islamic State (ISIL)" gives only
 * the name the brackets follow.
 */
export function linkedFullNames(short: string, text: string): string[] {
	const pattern = new RegExp(
		`\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+(?:(?:of|for|and|on)\\s+)?){2,6})\\(${escapeRegExp(short)}\\)`,
		'gu'
	);
	return [...text.matchAll(pattern)].map((m) => m[1]!.trim());
}

/**
 * A shorter name the story itself uses for the body, its first words without the last ones:
 * "Priorities USA" for "Priorities USA Action", when an article writes it on its own (not
 * followed by another capitalised word). Not when a word left off names a body of its own
 * ("United Nations" is not "United Nations Security Council"), nor a place or a newspaper
 * ("New York" for "New York Times"), nor a lone word.
 */
export function leadingNamesOf(name: string, text: string): string[] {
	const words = name.split(/\s+/);
	const out: string[] = [];
	for (let k = words.length - 1; k >= 2; k--) {
		const dropped = words.slice(k);
		const lead = words.slice(0, k);
		if (
			!dropped.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w)) ||
			dropped.some((w) => isInstitution(w)) ||
			new RegExp(`^${NEWS_ORG_WORDS}$`).test(dropped.join(' ')) ||
			SMALL_WORD.test(lead.at(-1)!) ||
			lexiconTags(lead.join(' ')).has('Place')
		)
			continue;
		const form = lead.join(' ');
		const alone = new RegExp(
			`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])(?!\\s+(?:of\\s+|for\\s+)?\\p{Lu})(?!['’-])`,
			'u'
		);
		if (alone.test(text)) out.push(form);
	}
	return out;
}

/**
 * A fuller name the story gives the same body, ending in the answer: "Security Council" is
 * also "the United Nations Security Council" and "the U.N. Security Council". Only names of a
 * body of two words or more, so that "House" does not take in "White House".
 */
export function longerNamesOf(name: string, text: string): string[] {
	if (!name.includes(' ')) return [];
	// No possessive ("Britain's Security Council" is not a name), and a full stop only in
	// initials ("U.N."), never a sentence's end.
	const pattern = new RegExp(
		`\\b((?:(?:[A-Z]\\.){2,}\\s*|[A-Z][\\p{L}-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,4})${escapeRegExp(name)}\\b`,
		'gu'
	);
	return [...text.matchAll(pattern)]
		.filter((m) => {
			// "When Security Council members met": a sentence's first word is capitalised anyway;
			// only initials ("U.N.", "UN") are surely part of the name there.
			const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(0, m.index));
			return !opensSentence || /^(?:The\s|A\s|An\s|(?:[A-Z]\.){2,}|[A-Z]{2,}\s)/.test(m[1]!);
		})
		.map((m) => `${m[1]!.replace(/^(?:The|A|An)\s+/, '')}${name}`.replace(/\s+/g, ' '))
		.filter((f) => f !== name && !/^(?:The|A|An)\s/.test(f));
}

/** "National Security Agency": capitalised words only, none a short form or joined by "of". */
const plainWordsOnly = (name: string) =>
	name.split(/\s+/).every((w) => /^[A-Z][a-z][\p{L}'’]*$/u.test(w));
const nameWordCount = (name: string) => name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).length;
const SMALL_WORD = /^(?:of|for|and|on|the)$/i;
const isInstitution = (word: string) =>
	(INSTITUTION_NOUNS as readonly string[]).includes(word.toLowerCase());

/**
 * "City Planning Board" is also "the Planning Board" and "the Board"; "Court of Appeals" is
 * "the Appeals Court": a body's name without its first words, kept to the head noun, and the
 * head noun alone when no other name in the story ends in it. Only for a head noun that names
 * a body (board, court, committee, department …). `known`: other names already accepted for it.
 */
function headForms(
	name: string,
	text: string,
	known: string[],
	kind: Mention['kind'] = 'org'
): string[] {
	const words = name.split(/\s+/);
	const of = words.findIndex((w) => /^of$/i.test(w));
	const head = of > 0 ? of - 1 : words.length - 1;
	if ((head < 1 && of < 0) || !isInstitution(words[head]!)) return [];
	const forms: string[] = [];
	// Never from inside a place the name opens with ("States Senate" of "United States Senate").
	for (let i = Math.max(1, leadingPlaceLength(words)); i < head; i++)
		if (!SMALL_WORD.test(words[i]!)) forms.push(words.slice(i).join(' '));
	if (of > 0 && of + 1 < words.length) {
		if (head > 0) forms.push(words.slice(head).join(' '));
		// "Court of Appeals" → "Appeals Court"; but a body named by its number of members ("Group
		// of Eight") is never "Eight Group": news English writes it "G8" or "G-8".
		const members = numberOfMembers(words.slice(of + 1).join(' '));
		if (members === undefined) forms.push(`${words.slice(of + 1).join(' ')} ${words[head]}`);
		else if (/^Group$/i.test(words[head]!)) forms.push(`G${members}`, `G-${members}`);
	}
	const headWord = words[head]!;
	// Another body of the story with the same head noun ("the Ethics Committee" beside "the
	// Rules Committee"): the head noun alone would not say which.
	const others = (text.match(CAPITALISED_NAME) ?? [])
		.flatMap((n) => n.split(/\s+and\s+/))
		.map((n) => n.replace(/^(?:The|the)\s+/, ''))
		.filter(
			(n) =>
				new RegExp(`\\b${escapeRegExp(headWord)}\\b`).test(n) &&
				!name.endsWith(n) &&
				!n.endsWith(name) &&
				!forms.includes(n) &&
				!known.includes(n)
		);
	// A place's head noun alone is no name of it: "Office" for "Oval Office". A body's is only
	// where the story itself calls it so ("the Board voted"): blind readers called "Service" for
	// "Internal Revenue Service" too loose, a word any body's name could end in.
	const usedAlone = new RegExp(`\\b[Tt]he\\s+${escapeRegExp(headWord)}\\b(?!\\s+(?:of\\b|[A-Z]))`);
	if (!others.length && kind === 'org' && usedAlone.test(text)) forms.push(headWord);
	return forms;
}

/** "United States Senate": a place of two or three words, then one word of the body's own. */
function placeAndOneWord(name: string): boolean {
	const words = name.split(/\s+/);
	const n = leadingPlaceLength(words);
	return n > 0 && words.length === n + 1;
}

/** "Department of Justice" → "DOJ": every word's first letter, the small words' too. */
const initialsWithSmallWords = (name: string) =>
	name
		.split(/[\s-]+/)
		.filter((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|on)$/.test(w))
		.map((w) => w[0]!.toUpperCase())
		.join('');

/** A capitalised name as the story writes it, with "of", "for", "and" or "on" inside. */
const CAPITALISED_NAME = /(?:[A-Z][\p{L}'’-]+\s+(?:(?:of|for|and|on|the)\s+)*)*[A-Z][\p{L}'’-]+/gu;

/**
 * The names in the story whose initials spell the acronym ("Department of Justice" for "DOJ").
 * Not capitalised words that only open a sentence or name a day ("Until November" is no "UN").
 */
function spelledOut(acronym: string, text: string): string[] {
	return (text.match(CAPITALISED_NAME) ?? [])
		.map((n) => n.replace(/^The\s+/, ''))
		.filter(
			(n) =>
				n.includes(' ') &&
				!n.split(/\s+/).some((w) => lexiconTags(w).has('Date')) &&
				!['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'].some((t) =>
					lexiconTags(n.split(/\s+/)[0]!).has(t)
				) &&
				(initials(n) === acronym || initialsWithSmallWords(n) === acronym.toUpperCase())
		);
}

/**
 * The same body named another way in the story: "Department of Justice" and "Justice
 * Department" swap around "of"; "Ethics Committee" is "House Ethics Committee" without its
 * first word, when the story uses it so on its own.
 */
function otherWordings(name: string, text: string): string[] {
	const found: string[] = [];
	const inStory = (form: string) => new RegExp(`\\b${escapeRegExp(form)}\\b`).test(text);
	const ofForm = /^([A-Z][\p{L}'’-]+) of (?:the )?([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)$/u.exec(
		name
	);
	// A government department or ministry is "the Justice Department" and "the Department of
	// Justice" alike in news English, whichever the story happens to write.
	if (ofForm && (inStory(`${ofForm[2]} ${ofForm[1]}`) || DEPARTMENT.test(ofForm[1]!)))
		found.push(`${ofForm[2]} ${ofForm[1]}`);
	const headLast = /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?) ([A-Z][\p{L}'’-]+)$/u.exec(name);
	if (headLast) {
		for (const form of [`${headLast[2]} of ${headLast[1]}`, `${headLast[2]} of the ${headLast[1]}`])
			if (inStory(form)) found.push(form);
		if (DEPARTMENT.test(headLast[2]!)) found.push(`${headLast[2]} of ${headLast[1]}`);
	}
	const shortName = headUsedAlone(name, text);
	if (shortName) found.push(shortName);
	const words = name.split(/\s+/);
	for (let i = 1; i <= words.length - 2; i++) {
		const tail = words.slice(i).join(' ');
		// On its own: not right after another capitalised word, as inside the full name.
		const alone = [...text.matchAll(new RegExp(`\\b${escapeRegExp(tail)}\\b`, 'g'))].some(
			(m) =>
				!/(?:^|\s)(?!(?:The|A|An)\s)[A-Z][\p{L}'’-]*\s$/u.test(
					text.slice(Math.max(0, m.index - 40), m.index)
				)
		);
		if (alone) found.push(tail);
	}
	return found;
}

/** The head nouns of a government's departments, which swap around "of" freely. */
const DEPARTMENT = /^(?:Department|Ministry)$/;

/** 8 for "Eight" or "8": the number a body's name gives after "of" ("Group of Eight"), if any. */
function numberOfMembers(words: string): number | undefined {
	if (/^\d+$/.test(words)) return Number(words);
	return NUMBER_WORDS[words.toLowerCase()];
}

/**
 * "House of Representatives", and the story also writes "the House" on its own: the name's
 * first word is the short name the story itself uses for the body, and a reader who types it
 * means the same body. Only when "the" comes before it and no capitalised word or "of" after
 * it ("the House voted", not "the House Ethics Committee" or "the House of Lords").
 */
export function headUsedAlone(name: string, text: string): string | null {
	const head = /^([A-Z][a-z]{2,}) of\s/.exec(name)?.[1];
	if (!head) return null;
	const alone = new RegExp(`\\b[Tt]he\\s+${head}\\b(?!\\s+(?:of\\b|[A-Z])|['’-])`);
	return alone.test(text) ? head : null;
}

/**
 * A word of the name the story itself uses alone for the person ("Kim" for "Kim Jong Un",
 * where the family name comes first), when no other person of the story has that word.
 */
function namesUsedAlone(name: string, people: readonly string[], text: string): string[] {
	const words = name.split(/\s+/).filter((w) => /^[A-Z][\p{L}'’-]{2,}$/u.test(w));
	return words.slice(0, -1).filter(
		(w) =>
			people.filter((p) => p.split(/\s+/).includes(w)).length <= 1 &&
			// Alone: neither after nor before another capitalised word.
			new RegExp(
				`(?<![A-Z][\\p{L}.'’-]*\\s)\\b${escapeRegExp(w)}\\b(?!\\s+[A-Z])(?!['’]s\\s+[A-Z])`,
				'u'
			).test(text.replace(/(?:^|[.!?]["”’]?\s+)(?=[A-Z])/g, (m) => `${m}x `))
	);
}

/** "Mr. Luskin", "Dr. Okafor": the surname with the honorific the story gives it. */
function titledSurnames(forms: string[], text: string): string[] {
	const surnames = forms.filter((f) => !f.includes(' '));
	const honorifics = HONORIFICS.map((h) => escapeRegExp(h.replace(/\.$/, ''))).join('|');
	return surnames.flatMap((surname) =>
		[
			...text.matchAll(new RegExp(`\\b(?:${honorifics})\\.?\\s+${escapeRegExp(surname)}\\b`, 'gi'))
		].map((m) => m[0].replace(/\s+/g, ' '))
	);
}

/** "more than ____ decades": the hedge stays in the sentence, the gap takes only the number. */
function withoutHedge(m: Mention): Pick<Mention, 'start' | 'end' | 'text'> {
	if (m.kind !== 'quantity') return m;
	const hedge = new RegExp(`^${HEDGE_WORDS}`, 'i').exec(m.text)?.[0].length ?? 0;
	return { start: m.start + hedge, end: m.end, text: m.text.slice(hedge) };
}

/** "… its leader, Jane Roe", "… its mayor Tom Poe" later in the gap's sentence. */
const LEADER_NAMED_AFTER = new RegExp(
	`^[^.;!?]*?\\bits\\s+(?:[a-z]+\\s+)?(?:${PLACE_LEADER_TITLES.join('|')}),?\\s+\\p{Lu}`,
	'u'
);

/**
 * A gap the reader can fill without the article: the headline above it names the answer,
 * a title names the person ("London Mayor ____", "____, the first lady"), or a named
 * person's country follows "of" or "to" ("Emmanuel Macron of ____", "Ambassador to ____").
 */
function givenAway(m: Mention, before: string, after: string, titles: string[]): boolean {
	// A headline above the articles names the answer, or a word of it ("Georgetown Faculty …"
	// above "heading to ____" → "Georgetown University").
	const words = m.text.split(/\s+/).filter((w) => /^[A-Z][\p{L}'’-]{3,}$/u.test(w));
	if (
		titles.some(
			(t) =>
				t.toLowerCase().includes(m.text.toLowerCase()) ||
				words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(t))
		)
	)
		return true;
	// A title introduces a person, even one the name chunker took for an organisation.
	if (endsWithTitle(before)) return true;
	if (m.kind === 'person') return Boolean(m.role) || titledAfter(after);
	if (m.kind !== 'place') return false;
	// A lawmaker's state or an envoy's country: the name before it gives it away.
	if (/[A-Z][\w'-]+\s+(?:of|to)\s+$/.test(before)) return true;
	// "a summit with ____ and its leader, Jane Roe": who leads the place names it for a reader
	// who knows the news, without the article.
	if (LEADER_NAMED_AFTER.test(after)) return true;
	// A place standing for its government or people ("Washington said", "a divided Washington"):
	// the institution's own name fits the gap as well.
	return (
		// "after ____ signaled", "____ quickly imposed", "____ on Monday warned": a capital that
		// acts is its government, and the country's name fits the gap as well. A typed gap stays
		// out even after a locative word ("protests in ____ ended"): a student may type the country.
		placeActs('', after) ||
		// "Republicans in ____", "Democrats on ____": the place is the body they sit in, and
		// "Congress" fits the gap as well.
		/\b[A-Z][a-z]+s\s+(?:in|on)\s+$/.test(before) ||
		// "lawmakers in ____": the same with the political class named in lower case.
		POWER_CIRCLE_IN.test(before) ||
		// "dysfunction and gridlock in ____", "the partisanship in ____": how a seat of government
		// works, so its legislature's name fits the gap as well.
		GOVERNING_FAULT_IN.test(before) ||
		// "Riverton insiders", "Riverton think tanks": the seat of power, not the town.
		POWER_CIRCLE_AFTER.test(after) ||
		/\b(?:a|an)\s+(?:[a-z]+\s+)?$/.test(before)
	);
}
