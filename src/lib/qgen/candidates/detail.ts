/**
 * When, where and how many, read from one sentence: the sentence is shown with its date,
 * place or figure gapped, and the choices are other dates, places or figures of the same
 * story, so answering needs the article, not general knowledge. These carry an article
 * without quotes (a single imported article gets most of its questions here).
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import {
	figureBounds,
	hedgeBounds,
	figuresWithin,
	inStyleOf,
	isPercent,
	nearFigures,
	normalise,
	pickDistractors,
	plausibleFigure,
	wholeName,
	withinBounds
} from '../distractors';
import {
	choosablePeople,
	cutFromLongerName,
	namedOnlyInQuotes,
	peopleLike
} from '../person-choices';
import { endsWithTitle, titledAfter } from '../names';
import { fitGapRole, gapRoleKind, sexOfTitleBefore } from '../gap-role';
import {
	EVENT_NAME_HEADS,
	MONTH_PATTERN,
	NAMED_WORK_HEADS,
	NEWS_ORG_WORDS,
	OFFICE_HEADS,
	SHORT_SENTENCE_END_WORDS,
	WEEKDAY_PATTERN,
	WEEKDAYS,
	monthIndex
} from '../lexicon';
import { hashSeed } from '$lib/quiz/shuffle';
import { lexiconTags } from '../entities';
import { namesSomeoneBefore } from '../checks';
import type { ArticleAnalysis, Mention, Sentence } from '../types';
import { articleMatches } from '../match-cache';
import { figureValue, spreadFigures } from '../figure-rank';
import { sameCountFigures } from '../figure-groups';
import { parseAmount } from '../quantities';
import {
	asideTellsOtherKind,
	landmarkAside,
	citedPieceDate,
	describedToo,
	insideRange,
	isPartyName,
	mediumGap,
	numberNamesAThing,
	trivialGap
} from './gap-checks';
import { alsoRight } from './also-right';
import { sameActDates } from './compare-dates';
import { dayOfMonth, laterDaysFit } from './date-window';
import { leadIn } from '../gap-referent';
import { contestant, setAgainstSomeone } from './contest';
import { draftBase, type Candidate } from './candidate';
import { TRIVIAL_ACT, fusedWordBeforeName, sexOf } from './fact';
import { electionLabelDate, homeCountryGap, occasionLabelDate, partyTagBefore } from './known-gaps';

// The dateline's reading lives with the prompt tidying that strips it (dateline.ts).
import { DATELINE, datelineEnd } from '../dateline';
export { DATELINE, datelineEnd };

/**
 * Words that may stand between an actor and its verb: "Moscow quickly imposed", "Beijing on
 * Monday warned", "Tehran, in turn, rejected".
 */
const BETWEEN_ACTOR_AND_VERB =
	'(?:,?\\s+(?:[a-z]+ly|also|now|then|later|again|still|already|never|once|in\\s+turn|(?:on|last|this|late|early|by)\\s+[A-Z]?[a-z]+),?)*';

/**
 * A place doing what only people or institutions do: "Washington said", "Moscow's decision",
 * "Beijing on Monday warned", "what Ottawa did", "insisting that Beijing let its currency rise".
 */
export const PLACE_AS_ACTOR = new RegExp(
	`^(?:['’]s\\b|${BETWEEN_ACTOR_AND_VERB}\\s+(?:has|have|had|is|was|will|would|(?:did|does|do|lets?)\\b|wants?|wanted|said|says|insists?|insisted|warned|refused|agreed|accused|demanded|announced|responded|rejected|denied|vowed|sought|seeks|hopes?|fears?|believes?|plans?|must|should|could|can|may|might|needs?|and\\s+[A-Z][\\p{L}]+\\s+(?:have|are|were|agreed)))`,
	'u'
);

/**
 * A place that acts, and so stands for its government: "Washington has imposed", "Moscow
 * quickly expelled", "Tehran's response". Not a place where something happens ("a blast in
 * Kabul killed", "talks in Geneva ended"): a locative word before the place keeps it a place.
 */
export function placeActs(before: string, after: string): boolean {
	if (PLACE_AS_ACTOR.test(after)) return true;
	if (LOCATIVE_BEFORE.test(before)) return false;
	// Only where the words before the place are known to be no locative: "arrives in ____ to hype
	// his campaign" is a place and a purpose, and cloze.ts asks with no words before the place.
	return ACTED.test(after) || (before.trim() !== '' && doesNext(after));
}

/** Words after "to" that make it no infinitive: "from Iowa to the coast", "to nearly all". */
const NOT_A_VERB = ['Determiner', 'Pronoun', 'Preposition', 'Adjective', 'Adverb', 'Value'];

/**
 * "relying upon ____ to defend Japan", "urged ____ to halt the tests": the place is who does
 * the infinitive's act, a government with its own part in the story. Another country in its
 * place is most often absurd ("relying upon North Korea to defend Japan") rather than false.
 */
function doesNext(after: string): boolean {
	const verb = /^\s+to\s+([a-z]+)\b/.exec(after)?.[1];
	return !!verb && !NOT_A_VERB.some((t) => lexiconTags(verb).has(t));
}

/** "in", "at", "to the": a word that makes the name after it a place where something is. */
const LOCATIVE_BEFORE =
	/\b(?:in|at|from|near|to|into|across|outside|inside|around|throughout|toward|towards|via)\s+(?:the\s+)?$/i;
/** A verb in the past after the place, with words between: "Beijing on Monday imposed". */
const ACTED = new RegExp(`^${BETWEEN_ACTOR_AND_VERB}\\s+(?:[a-z]{3,}ed|said|says|told)\\b`, 'u');

const PER_ARTICLE = 10;
/** Sentence length for a readable gapped prompt. */
const WORDS = { min: 8, max: 40 };

type Slot = 'date' | 'place' | 'quantity' | 'person' | 'org';
const ASK: Record<Slot, string> = {
	date: 'When? Choose what belongs in the gap.',
	place: 'Where? Choose what belongs in the gap.',
	quantity: 'How many? Choose what belongs in the gap.',
	person: 'Who? Choose what belongs in the gap.',
	org: 'Which organisation? Choose what belongs in the gap.'
};

/** A sum of money is asked as an amount, not a count. */
const HOW_MUCH = 'How much? Choose what belongs in the gap.';
/** A share is no count either ("his district is ____ percent Latino"). */
const WHAT_SHARE = 'What share? Choose what belongs in the gap.';
/** A gap in percentage points is a margin or a change ("won by ____ percentage points"), no share. */
const HOW_MANY_POINTS = 'By how many points? Choose what belongs in the gap.';

/**
 * The question word a figure's gap takes: "How much?" for a sum of money, whether or not a
 * noun follows it ("a $____ gold-plated watch" counts no watches), "What share?" for a
 * percentage, "By how many points?" for percentage points, "How many?" for a count.
 */
export function askFigure(m: Mention, key: string, before: string, after = ''): string {
	if (m.noun === 'dollars' || /\$\s*$/.test(before) || /^\$/.test(key)) return HOW_MUCH;
	if (/^\s*percentage points?\b/i.test(after)) return HOW_MANY_POINTS;
	if (isPercent(key, m.noun)) return WHAT_SHARE;
	return ASK.quantity;
}

/** The part of a quantity mention that is the number ("at least 25" → "25"), for the gap. */
export function figureText(m: Mention): string {
	return m.text.replace(
		/^(?:at least|at most|more than|less than|fewer than|roughly|about|around|approximately|nearly|almost|some|over|up to|as many as|an estimated|estimated)\s+/i,
		''
	);
}

export function usable(
	m: Mention,
	s: Sentence,
	titles: string[],
	outlet: string,
	/** The whole story: a party or a body may have its other name in another article. */
	story: string
): boolean {
	const t = m.text.trim();
	if (t.length < 2 || titles.some((h) => h.includes(t.toLowerCase()))) return false;
	if (normalise(outlet).includes(normalise(t)) || normalise(t).includes(normalise(outlet)))
		return false;
	// Nothing in a dateline ("CLEVELAND, July 19 (UPI) —") is worth asking.
	const dateline = datelineEnd(s.text);
	if (m.start - s.start < dateline) return false;
	// A weekday is no test of reading: any day fits the gap as well, and the day is a detail.
	const at = m.start - s.start;
	// "in a Dec. 3 article": the date a cited piece came out is the outlet's bookkeeping.
	// "on ____-12" for "July 11-12": one end of a range is no date to ask (gap-checks.ts).
	if (m.kind === 'date')
		return (
			/\d/.test(t) &&
			!citedPieceDate(s.text.slice(0, at), s.text.slice(at + t.length)) &&
			// "before the ____ election": the day only names a vote every reader knows; "at the
			// ____ televised debate": the day only says which occasion (known-gaps.ts).
			!electionLabelDate(s.text.slice(0, at), s.text.slice(at + t.length)) &&
			!occasionLabelDate(s.text.slice(0, at), s.text.slice(at + t.length)) &&
			!insideRange(s.text.slice(0, at), s.text.slice(at + t.length))
		);
	// "a ____ 727", "____ of 33 seats … seven … and three", "the ____ Party": see gap-checks.
	if (
		trivialGap(s.text.slice(0, at), t, s.text.slice(at + t.length), m.kind) ||
		(m.kind === 'quantity' &&
			numberNamesAThing(t, s.text.slice(at + t.length), story, s.text.slice(0, at))) ||
		(m.kind !== 'quantity' && isPartyName(t, story)) ||
		(m.kind === 'org' &&
			(describedToo(t, story) || mediumGap(s.text.slice(0, at), s.text.slice(at + t.length)))) ||
		// "the disgust of Democrat ____": the tag rules out choices of the other party.
		(m.kind === 'person' && partyTagBefore(s.text.slice(0, at))) ||
		((m.kind === 'place' || m.kind === 'org') && homeCountryGap(t, story))
	)
		return false;
	if (m.kind === 'person') {
		// A full name, not one a title before it or a role after it gives away.
		const rel = m.start - s.start;
		return (
			/^\p{Lu}[\p{L}.'’-]+\s+\p{Lu}/u.test(t) &&
			!m.role &&
			!endsWithTitle(s.text.slice(Math.max(0, rel - 30), rel)) &&
			!titledAfter(s.text.slice(rel + t.length, rel + t.length + 40)) &&
			!inNameOfAThing(s.text.slice(0, rel), s.text.slice(rel + t.length), t) &&
			!titles.some((h) => t.split(/\s+/).some((w) => w.length > 3 && h.includes(w.toLowerCase())))
		);
	}
	if (m.kind === 'org') {
		// A full name ("State Department") or a short form in capitals ("FBI"), asked where it
		// acts, not where it only qualifies a noun ("an FBI investigation": another body's
		// investigation would fit that gap as well).
		const rel = m.start - s.start;
		return (
			// Full names only: a short form ("GOP") may be another choice's name in other words.
			/^\p{Lu}[\p{L}.'’-]+\s+\p{Lu}/u.test(t.replace(/^the\s+/i, '')) &&
			!modifies(s.text.slice(rel + t.length), s.text.slice(0, rel)) &&
			!new RegExp(`\\b${NEWS_ORG_WORDS}$`).test(t) &&
			!titles.some((h) => t.split(/\s+/).some((w) => w.length > 3 && h.includes(w.toLowerCase())))
		);
	}
	if (m.kind === 'quantity')
		return (
			m.value !== undefined && !m.vague && !!m.noun && !/^(?:1[89]|20)\d\d$/.test(t) && m.value > 2
		);
	if (m.kind === 'place') {
		// A capital standing for its government is not a place asked about, nor a lawmaker's
		// state ("Rep. Justin Amash of ____"): the person's name gives it away.
		const rel = m.start - s.start;
		if (/[A-Z][\p{L}'’-]+,?\s+(?:of|from)\s+$/u.test(s.text.slice(Math.max(0, rel - 30), rel)))
			return false;
		// "____, D.C.", "____, Texas": the region after the gap gives the place away.
		if (/^,\s+[A-Z]/.test(s.text.slice(rel + t.length))) return false;
		return (
			!placeActs(
				s.text.slice(Math.max(0, rel - 30), rel),
				s.text.slice(rel + t.length, rel + t.length + 60)
			) && /^[A-Z]/.test(t)
		);
	}
	return false;
}

const NAMED_WORK = new RegExp(
	`^(?:[-\\s]+\\p{Lu}[\\p{L}'’-]*)*\\s+(?:${NAMED_WORK_HEADS.map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`).join('|')})\\b`,
	'u'
);

/**
 * A person's name that is part of a thing's name: after "the" ("The Jane Roe Morning Show",
 * "the Roe administration"), or before a show's, a law's or a prize's head noun ("Jane Roe
 * Morning Show", "Roe Foundation"), or a name that holds such a head itself. Gapped or swapped,
 * another person's name in its place makes a show of a person ("on The Ann Poe").
 */
export function inNameOfAThing(before: string, after: string, name = ''): boolean {
	// The names list may take the head in ("Jane Roe Live Radio Hour" read as a person).
	const words = name.split(/\s+/);
	const whole = words.length > 1 && NAMED_WORK.test(` ${words.slice(1).join(' ')}`);
	return whole || /\bthe\s+$/i.test(before) || NAMED_WORK.test(after);
}

/**
 * A first name and a surname, maybe with initials between: "Ruth Okafor", "George W. Bush".
 * Not a surname alone, a name with a title or a word fused into it ("Author Jane Roe",
 * "Jane Roe Described"), a name written twice ("Paul Paul"), or page text run together.
 */
export function plainName(name: string): boolean {
	const words = name.split(/\s+/);
	return (
		words.length >= 2 &&
		words.length <= 4 &&
		new Set(words).size === words.length &&
		words.every((w) => /^\p{Lu}(?:[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}]+)?|\.)$/u.test(w)) &&
		/^\p{Lu}[\p{Ll}]/u.test(words[0]!) &&
		/^\p{Lu}[\p{Ll}'’]/u.test(words[words.length - 1]!) &&
		!fusedWordBeforeName(name) &&
		!['Verb', 'PastTense', 'PresentTense'].some((t) =>
			lexiconTags(words[words.length - 1]!.toLowerCase()).has(t)
		)
	);
}

/** "EU Trade Commissioner Jane Roe": a title, then a first name and a surname. */
export function titledPerson(name: string): boolean {
	const title = /^(.*\S)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+$/u.exec(
		name
	)?.[1];
	if (!title) return false;
	const last = title.split(/\s+/).pop()!.toLowerCase();
	return endsWithTitle(title) || (OFFICE_HEADS as readonly string[]).includes(last);
}

/** The last word of a name: the surname a later sentence calls the person by. */
const surnameOf = (name: string) => name.split(/\s+/).pop()!;

/**
 * A bare surname ("Reyes said …" after "Council member Tom Reyes" earlier) is gapped when
 * exactly one person of the story has it, nothing around it gives it away (no title or
 * honorific before it, no role after it, not a word of a headline), and the choices are
 * then other people's surnames, written as the key is.
 */
export function usableSurname(view: StoryView, m: Mention, s: Sentence, titles: string[]): boolean {
	const t = m.text.trim();
	if (m.kind !== 'person' || m.role || !/^\p{Lu}[\p{L}'’-]{2,}$/u.test(t)) return false;
	const rel = m.start - s.start;
	const before = s.text.slice(Math.max(0, rel - 30), rel);
	if (endsWithTitle(before) || /\b(?:Mr|Mrs|Ms|Dr)\.?\s*$/.test(before)) return false;
	const after = s.text.slice(rel + t.length);
	if (inNameOfAThing(before, after)) return false;
	if (titledAfter(after.slice(0, 40))) return false;
	// "the ____ campaign", "a ____ appointee": a family name before a noun may be another of
	// the family's (a husband's administration), and any candidate's name fits there.
	if (modifies(after, before)) return false;
	// "Some Republicans ― including ____ ― shot it down": one of a list (see gap-checks).
	if (trivialGap(s.text.slice(0, rel), t, after, m.kind) || partyTagBefore(s.text.slice(0, rel)))
		return false;
	if (titles.some((h) => h.includes(t.toLowerCase()))) return false;
	return choosablePeople(view).filter((p) => p.includes(' ') && surnameOf(p) === t).length === 1;
}

/** The days of each month (February at its shorter length). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Uneven gaps between made-up days: no two choices are neighbouring days. */
const DAY_GAPS = [2, 3, 4, 5, 6, 7];

/**
 * Other days in the key's own form, for a story with too few dates of its own: "Monday" →
 * three other weekdays; "Nov. 18" → days of November at uneven distances on both sides, as
 * many below the key as its text's seed says ("Nov. 11", "Nov. 15", "Nov. 21"). Never the
 * days on either side of it: "Jan. 1" against "Jan. 2" and "Jan. 3", or the key second of a
 * run of four, is guessed without reading.
 */
export function nearDates(key: string): string[] {
	const seed = hashSeed(key);
	const day = WEEKDAYS.findIndex((w) => key.toLowerCase().endsWith(w));
	if (day >= 0) {
		const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
		const offsets = [
			[2, 4, 5],
			[1, 3, 5],
			[2, 3, 6],
			[1, 4, 6]
		][seed % 4]!;
		return offsets.map((d) =>
			key.replace(new RegExp(WEEKDAYS[day]!, 'i'), cap(WEEKDAYS[(day + d) % 7]!))
		);
	}
	const m = /^(.*?\b)(\d{1,2})(\b.*)$/.exec(key);
	if (!m) return [];
	const n = Number(m[2]);
	const month = monthIndex(/[\p{L}.]+/u.exec(m[1]!)?.[0] ?? '');
	const last = month >= 0 ? MONTH_DAYS[month]! : 28;
	const gaps = DAY_GAPS.map((_, i) => DAY_GAPS[(i + (seed >>> 3)) % DAY_GAPS.length]!);
	const walk = (sign: 1 | -1, from: number) => {
		const days: number[] = [];
		let d = n;
		for (let i = 0; i < 3; i++) {
			d += sign * gaps[(from + i) % gaps.length]!;
			if (d >= 1 && d <= last) days.push(d);
		}
		return days;
	};
	const below = walk(-1, 0);
	const above = walk(1, 3);
	const wantBelow = seed % 4;
	const lower = below.slice(0, wantBelow);
	const higher = above.slice(0, 3 - lower.length);
	// A side the month cuts short ("Jan. 1" has no day before it) is made up on the other.
	const more = [...below.slice(lower.length), ...above.slice(higher.length)];
	const picked = [...lower, ...higher];
	for (const d of more) if (picked.length < 3) picked.push(d);
	return [...picked, ...more.filter((d) => !picked.includes(d))].map((d) => `${m[1]}${d}${m[3]}`);
}

const unit = (m: Mention) =>
	(m.noun ?? '').toLowerCase().split(/\s+/)[0]!.replace(/s$/, '') + (/\$/.test(m.text) ? '$' : '');

/**
 * A made-up figure unfit beside the key: "293" beside "nearly 300" would be a second right
 * answer, "1,200" beside "300" is ruled out on sight (as plausibleFigure rules a story's own),
 * and a figure less round than the key stands out as made up.
 */
function unfitBeside(figure: string, value: number): boolean {
	const v = figureValue(figure);
	return (
		v === undefined ||
		Math.abs(v - value) <= 0.1 * Math.abs(value) ||
		v > 3 * value ||
		v < value / 3 ||
		// "834" among 1,250 and 2,500 beside a key "2,500": the odd figure out is no answer.
		roundness(v) < roundness(value)
	);
}

/** How many digits a figure writes after its point: "2.23" → 2, "3 million" → 0. */
const decimalsOf = (figure: string) => /\d\.(\d+)/.exec(figure)?.[1]!.length ?? 0;

/** How many zeros end a whole figure: 2,500 → 2, 126 → 0. */
function roundness(n: number): number {
	let zeros = 0;
	while (Number.isInteger(n) && n !== 0 && n % 10 === 0) {
		n /= 10;
		zeros++;
	}
	return zeros;
}

/** Same-kind wrong answers from the story, unlike the key and each other; figures near the key last. */
export function wrongAnswers(
	view: StoryView,
	a: ArticleAnalysis,
	m: Mention,
	key: string,
	sentence: string,
	sex?: 'm' | 'f',
	/** What the sentence allows the figure ("____ percent to 41 percent" after "led": above 41). */
	bounds: { min?: number; max?: number } = {}
): string[] {
	const own = [a, ...view.analyses.filter((x) => x !== a)];
	const pool: string[] = [];
	// "More than two months later, on ____": a later day fits too, so wrong days come from before
	// the key (date-window.ts).
	const earlierOnly =
		m.kind === 'date' && laterDaysFit(a.article.text.slice(Math.max(0, m.start - 60), m.start));
	if (m.kind === 'person') {
		// People the story surely names as people; none of them the key under another spelling,
		// and none named in the sentence (the gap would then be one of two people in it).
		const all = choosablePeople(view)
			.filter((p) => p.includes(' '))
			.map(surnameOf);
		const unnamed = choosablePeople(view).filter(
			(p) =>
				!p.split(/\s+/).some((w) => w.length > 2 && sentence.includes(w)) &&
				!writtenAsPlace(p, view) &&
				(!sex || (plainName(p) && sexOf(p) === sex))
		);
		// "____, a lobbyist for …,": the sentence says what the person is, and the wrong people
		// must be that too (gap-role.ts).
		const role = gapRoleKind(
			a.article.text.slice(m.end, m.end + 120),
			a.article.text.slice(Math.max(0, m.start - 40), m.start)
		);
		const people = role ? fitGapRole(role, unnamed, view) : unnamed;
		// "Who doubled down …?", and another outlet has a second person do it: not a wrong choice.
		const notAlsoRight = (p: string) => {
			const surname = surnameOf(p);
			const own = all.filter((x) => x === surname).length === 1 && surname.length > 3;
			return !alsoRight(view, key, sentence, own ? [p, surname] : [p]);
		};
		if (key.includes(' '))
			return pickDistractors(
				view.canon(key),
				peopleLike(view.canon(key), people, view),
				3,
				true,
				notAlsoRight
			);
		// A surname key among surnames; one two people share would name neither for sure.
		const surnames = people
			.filter((p) => p.includes(' '))
			.map(surnameOf)
			.filter((n) => n !== key && all.filter((x) => x === n).length === 1);
		return pickDistractors(key, surnames, 3, false, (n) => !alsoRight(view, key, sentence, [n]));
	}
	if (m.kind === 'org') {
		const newsOrg = new RegExp(`\\b${NEWS_ORG_WORDS}$`);
		const pool = own
			.flatMap((x) => x.mentions)
			.filter((o) => o.kind === 'org' && o.text !== key)
			.map((o) => o.text.trim())
			.filter(
				(o) =>
					/\s/.test(o) &&
					// The key's own short form or full name is the same organisation.
					initialsOf(o) !== key &&
					initialsOf(key) !== o &&
					!sentence.includes(o) &&
					!writtenAsPlace(o, view) &&
					// "EU Trade Commissioner Jane Roe": a person with a title read as a body.
					!titledPerson(o) &&
					// "Economic Council" cut from "National Economic Council" is no body's name.
					wholeName(o, storyTextOf(view)) &&
					// "Senate Democrats", "the GOP": a party or its members in a chamber, no body
					// among bodies; nor is an event ("NATO Summit").
					!isPartyName(o, storyTextOf(view)) &&
					!EVENT_NAME_HEADS.includes(o.split(/\s+/).at(-1)!.toLowerCase()) &&
					// A newspaper among agencies and parties is the odd one out, and absurd in most gaps.
					(newsOrg.test(key) || !newsOrg.test(o))
			);
		return pickDistractors(key, pool, 3, false, (o) => !alsoRight(view, key, sentence, [o]));
	}
	for (const x of own)
		for (const o of x.mentions) {
			if (o.kind !== m.kind) continue;
			// "5" among "four" and "six" gives itself away: a figure is written as the key writes its own.
			const text = o.kind === 'quantity' ? inStyleOf(key, figureText(o)) : o.text;
			if (text === undefined) continue;
			if (o.kind === 'date') {
				// The same day in other words ("Monday" and "Nov. 16") would be a second right answer.
				if (!o.iso || o.iso === m.iso) continue;
				// Like for like: a weekday against weekdays, a month and day against those.
				if (/\d/.test(text) !== /\d/.test(key)) continue;
				// "Oct. 28, 2016" among "Oct. 27" and "Oct. 29": a year on one choice only stands out.
				if (/\d{4}/.test(text) !== /\d{4}/.test(key)) continue;
				// The day the article came out is the day a guesser picks for "today's" event.
				if (o.iso === a.article.date) continue;
				if (earlierOnly && m.iso && o.iso > m.iso) continue;
				// Another outlet's day for the same act is right by that outlet, not a wrong answer.
				if (x !== a && sameActDates(a, m, x, o)) continue;
			}
			// Figures of what the key counts: "35 percent" against other percentages, not "11 million".
			if (o.kind === 'quantity' && (o.vague || o.value === m.value || unit(o) !== unit(m)))
				continue;
			// "88 percent" beside a share near 30, "435 seats" beside 25: ruled out on sight.
			if (o.kind === 'quantity' && !plausibleFigure(m.value!, o.value!, isPercent(key, m.noun)))
				continue;
			if (sentence.toLowerCase().includes(text.toLowerCase())) continue;
			if (o.kind === 'quantity') {
				// "For 39 hours" beside "for nearly ____ hours" (40): the same fact told twice, so
				// a figure this close to the key would be a second right answer.
				if (Math.abs(o.value! - m.value!) <= 0.1 * Math.abs(m.value!)) continue;
				// Written as the key is: "four" among "10", "2.37" among whole numbers stand out.
				const styled = inStyleOf(key, text);
				if (
					!styled ||
					/\d\.\d/.test(styled) !== /\d\.\d/.test(key) ||
					// "90" beside a key "a dozen": digits among words.
					/\d/.test(styled) !== /\d/.test(key)
				)
					continue;
				pool.push(styled);
				continue;
			}
			pool.push(text);
		}
	if (m.kind === 'quantity') {
		// More figures on each side, so that the spread below can put the key lowest or highest
		// of the choices, not always second. A count of 10 or more already gets three on each
		// side, at uneven distances (nearFigures); a share, a year or a small count more from a
		// neighbour two steps off.
		const v = m.value!;
		const step = Math.max(1, Math.round(v * 0.15));
		const percent = isPercent(key, m.noun);
		const count = v >= 10 && !percent && !/^\d{4}$/.test(key.trim());
		const from = count ? [] : [Math.max(1, v - 2 * step), v + 2 * step];
		// A share's neighbours' neighbours stand three and four steps off ("29.7" and "33.7" beside
		// 41.7, where the poll's other shares run 40-47): no further out than its own two steps.
		const nearShare = (f: string) => !percent || Math.abs(figureValue(f)! - v) <= 2 * step;
		pool.push(
			...[
				...nearFigures(key, v, false, m.noun),
				...figuresWithin(key, v, bounds, m.noun),
				// A neighbour clamped to 1 ("2.7" less two steps) is a whole figure: "3" beside
				// "2.7", "3.7", "4.7" is the odd one out, and "2" beside "2.23" the key's stand-in.
				...from
					.flatMap((f) => nearFigures(key, f, false, m.noun))
					.filter((f) => !unfitBeside(f, v) && decimalsOf(f) === decimalsOf(key) && nearShare(f))
			].map((f) => inScaleOf(key, m.value!, f))
		);
	}
	if (m.kind === 'date')
		pool.push(
			...nearDates(key).filter(
				(d) => !earlierOnly || (dayOfMonth(d) ?? Infinity) < (dayOfMonth(key) ?? -Infinity)
			)
		);
	const out: string[] = [];
	const seen = new Set([normalise(key)]);
	// "about 200 migrants" in another outlet for the count gapped as "more than ____ migrants".
	const otherCounts = new Set(
		m.kind === 'quantity' ? sameCountFigures(view, m).map((f) => f.mention.value!) : []
	);
	for (const p of pool) {
		const n = normalise(p);
		// "half a dozen" holds "a dozen" and is another figure: only a figure of the key's value
		// with words around it ("at least 25" beside "25") is the key again.
		const otherFigure =
			m.kind === 'quantity' &&
			figureValue(p) !== undefined &&
			figureValue(key) !== undefined &&
			figureValue(p) !== figureValue(key);
		if (!n || seen.has(n)) continue;
		if (!otherFigure && (n.includes(normalise(key)) || normalise(key).includes(n))) continue;
		if (m.kind === 'quantity' && !withinBounds(p, bounds)) continue;
		// Another outlet's figure for the same count, or its place for the same event.
		if (alsoRight(view, key, sentence, [p])) continue;
		if (m.kind === 'quantity' && otherCounts.has(parseAmount(p)?.value ?? NaN)) continue;
		seen.add(n);
		out.push(p);
		if (out.length === 3 && m.kind !== 'quantity') break;
	}
	// Wrong figures on both sides of the key, in a proportion the sentence fixes: never the
	// key second smallest every time.
	return m.kind === 'quantity' ? spreadFigures(key, out, sentence + key) : out;
}

const storyTexts = new WeakMap<StoryView, string>();
/** The story's articles as one text, made once per story. */
export function storyTextOf(view: StoryView): string {
	let text = storyTexts.get(view);
	if (text === undefined) {
		text = view.analyses.map((x) => x.article.text).join('\n');
		storyTexts.set(view, text);
	}
	return text;
}

const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

/**
 * A figure written in the key's scale: "330,000,000,000" beside a key "220 billion" is "330
 * billion"; a figure the scale cannot write whole stays as it is.
 */
export function inScaleOf(key: string, value: number, figure: string): string {
	const scale = /\b(thousand|million|billion|trillion)$/i.exec(key)?.[1]?.toLowerCase();
	const digits = /^([^\d]*)(\d[\d,]*)$/.exec(figure);
	if (!scale || !digits || value < SCALES[scale]!) return figure;
	const n = Number(digits[2]!.replace(/,/g, '')) / SCALES[scale]!;
	const written = Number.isInteger(n) ? String(n) : Number(n.toFixed(1)).toString();
	return `${digits[1]}${written} ${scale}`;
}

const initialsOf = (name: string) =>
	name
		.replace(/^the\s+/i, '')
		.split(/[\s-]+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');

/** "in Fort Lee", "to Fort Lee": a name the story puts where only a place goes is no person. */
export function writtenAsPlace(name: string, view: StoryView): boolean {
	const re = new RegExp(`\\b(?:in|at|to|from|near)\\s+${escapeRegExp(name)}\\b`);
	return view.analyses.some((a) => articleMatches(a.article, re));
}

/** Tags of words that go on a sentence after a subject or object, rather than a noun it modifies. */
const NOT_A_NOUN = [
	'Verb',
	'Adverb',
	'Preposition',
	'Conjunction',
	'Determiner',
	'Pronoun',
	'Auxiliary',
	'Copula',
	'Modal',
	'Adjective'
];

/** The name between `before` and `after` modifies the lower-case noun that follows it ("Senate candidate"). */
export function modifies(after: string, before = ''): boolean {
	const next = /^\s+([a-z][a-z-]*)\b/.exec(after)?.[1];
	if (!next) return false;
	// "a ____ report", "her ____ post": after "a" or a possessive, a name is no subject.
	if (/\b(?:a|an|his|her|its|their|our|my|your)\s+$/i.test(before)) return true;
	if (/(?:ed|ly)$/.test(next)) return false;
	const tags = lexiconTags(next);
	return !NOT_A_NOUN.some((t) => tags.has(t));
}

/**
 * The gap continues a title or a longer name: "Chief of ____" (Staff Rahm Emanuel),
 * "Speaker of the ____", "the ____ on Oversight and Government Reform", "the ____ for Marriage".
 */
export function partOfLongerName(before: string, after: string): boolean {
	const lead = /(\S+)\s+of\s+(?:the\s+)?$/.exec(before)?.[1];
	if (lead && (/^\p{Lu}/u.test(lead) || endsWithTitle(lead))) return true;
	const next = /^\s+(?:of|for|on|and)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)/u.exec(after)?.[1];
	// "… on Friday", "… on Dec. 3": a date follows the name; the name itself ends at the gap.
	return !!next && !new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b`, 'i').test(next);
}

/**
 * A sentence cut at an abbreviation ("… in 1898's U.S. v." + "Wong Kim Ark that …"): the
 * sentence or the one after the cut is a fragment, not a statement to ask about.
 */
export function cutAtAbbreviation(s: Sentence, sentences: Sentence[]): boolean {
	const previous = sentences[s.index - 1];
	return endsInAbbreviation(s.text) || (!!previous && endsInAbbreviation(previous.text));
}

const SENTENCE_END_WORD = new Set(SHORT_SENTENCE_END_WORDS);

/**
 * Does the text end in an abbreviation of one or two letters in lower case ("v.", "a.m.")? Not
 * in a word that often ends a sentence ("… cautioned against it.", "… never thought so."), nor
 * in the tail of a contraction, a possessive or a compound ("didn't.", "Roe's.",
 * "follow-up."): read as cuts, they and the sentence after them were lost to every question
 * that reads whole sentences, some twenty sentences of a long article.
 */
export function endsInAbbreviation(text: string): boolean {
	const end = /(^|.)\b([a-z]{1,2})\.$/.exec(text.trim());
	if (!end) return false;
	const [, before, letters] = end;
	if (before === '.') return true;
	if (/[’'-]/.test(before!)) return false;
	return !SENTENCE_END_WORD.has(letters!);
}

/**
 * In a story of several outlets, a key no other outlet writes is most often a side detail
 * ("a $43,350 Rolex", a lawyer's partner); the story's main events are told by several.
 */
export function toldByOneOutlet(view: StoryView, a: ArticleAnalysis, key: string): boolean {
	if (view.analyses.length < 2) return false;
	const word = key.split(/\s+/).pop()!.toLowerCase();
	return !view.analyses.some((x) => x !== a && x.article.text.toLowerCase().includes(word));
}

/**
 * The gap at `at` is one item of a list: a comma or "and"/"or" joins it to another item. A comma
 * followed by a word in lower case ("Roe, who …", "Roe, will appear …") closes an aside or a
 * clause, not a list; the space is read inside the look-ahead, since a `\s*` before it gave the
 * space back and let every such comma count as a list.
 */
export function inList(text: string, at: number, length: number): boolean {
	return (
		/(?:,|\b(?:and|or))\s*$/.test(text.slice(0, at)) ||
		/^\s*(?:,(?!\s*[a-z]+\b)|and\b|or\b)/.test(text.slice(at + length))
	);
}

/**
 * The gapped value follows from the sentence's other figures: two or three of them add up to
 * it, or it and one of them add up to another (a part of a printed total).
 */
export function partsAddUp(value: number, text: string, at: number, length: number): boolean {
	const rest = `${text.slice(0, at)} ${text.slice(at + length)}`;
	const figures = [...rest.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)]
		.map((x) => Number(x[0].replace(/,/g, '')))
		.filter((n) => n > 0 && !/^(?:1[89]|20)\d\d$/.test(String(n)));
	for (let i = 0; i < figures.length; i++)
		for (let j = i + 1; j < figures.length; j++) {
			// The key a part of a printed total: "33 seats, with ____ held by one party and 10".
			if (value + figures[i]! === figures[j] || value + figures[j]! === figures[i]) return true;
			const two = figures[i]! + figures[j]!;
			if (two === value) return true;
			for (let k = j + 1; k < figures.length; k++) if (two + figures[k]! === value) return true;
		}
	return false;
}

function gapQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	m: Mention,
	outlet: string
): Candidate | undefined {
	const key = m.kind === 'quantity' ? figureText(m) : m.text.trim();
	const at = m.end - key.length - s.start;
	/** The sex every person offered must have, when a pronoun in the sentence tells the key's. */
	let sex: 'm' | 'f' | undefined;
	if (at < 0 || s.text.slice(at, at + key.length) !== key) return undefined;
	if (m.kind === 'person' || m.kind === 'org') {
		// "LOPEZ: Saying to people …": a transcript's speaker label.
		if (/^\s*:/.test(s.text.slice(at + key.length))) return undefined;
		if (partOfLongerName(s.text.slice(0, at), s.text.slice(at + key.length))) return undefined;
		if (asideTellsOtherKind(m.kind, s.text.slice(at + key.length))) return undefined;
		if (landmarkAside(s.text.slice(0, at), s.text.slice(at + key.length))) return undefined;
		// "longer than ____": whoever else the choices name may be outdone as well.
		if (/\bthan\s+$/.test(s.text.slice(0, at))) return undefined;
		// "… ____ said she …": a pronoun after the gap tells the person's sex, not the text; asked
		// only when every choice is known (by first name) to be of the key's sex, so it rules none out.
		if (
			m.kind === 'person' &&
			/\b(?:he|she|him|her|his|hers|himself|herself)\b/i.test(s.text.slice(at))
		) {
			// A full name only, each choice a full name too: a surname or a name with a word fused
			// into it ("Author Jane Roe") has no first name to tell the sex by.
			sex = plainName(key) && plainName(view.canon(key)) ? sexOf(view.canon(key)) : undefined;
			if (!sex) return undefined;
		}
		// "First lady ____ has focused on …", "Mrs. ____": a title that tells the sex rules out
		// every wrong choice of the other sex, as a pronoun does: asked only when the key's first
		// name is of that sex and so is each choice's.
		const titled = sexOfTitleBefore(s.text.slice(0, at));
		if (m.kind === 'person' && titled) {
			const keySex =
				plainName(key) && plainName(view.canon(key)) ? sexOf(view.canon(key)) : undefined;
			if (keySex !== titled || (sex && sex !== titled)) return undefined;
			sex = titled;
		}
		// "… in his home state, a truth ____ should heed": a pronoun before the gap with no name
		// before it is the gap's own, and tells the sex too.
		const early = /\b(?:he|she|him|her|his|hers)\b/i.exec(s.text.slice(0, at));
		if (m.kind === 'person' && early && !namesSomeoneBefore(s.text.slice(0, early.index)))
			return undefined;
		// One name of a list ("____, Rick Roe and Ann Poe declined"): the others fit as well.
		if (inList(s.text, at, key.length)) return undefined;
		// Only a name the story surely uses for a person ("the Whittington Lecture" is not one).
		// (A bare surname is one exactly one of those people has: see usableSurname.)
		if (m.kind === 'person' && key.includes(' ') && !view.people.includes(view.canon(key)))
			return undefined;
		// A name the story writes only in quotation marks ("called him ‘Billy Carver’") is a
		// nickname, a character or a title, not someone a student can be asked about; a piece of
		// a longer name ("J. ____", "Jane Roe–____") leaves the rest of the name beside the gap.
		if (
			m.kind === 'person' &&
			(namedOnlyInQuotes(view.canon(key), view) || cutFromLongerName(key, view))
		)
			return undefined;
	}
	// "In total, ____ seats are in play, with 23 held by one party and 10 by the other": the
	// parts printed beside the gap add up to the key.
	if (m.kind === 'quantity' && m.value !== undefined && partsAddUp(m.value, s.text, at, key.length))
		return undefined;
	const gapped = `${s.text.slice(0, at)}____${s.text.slice(at + key.length)}`
		.replace(/\s+/g, ' ')
		.trim();
	// "Clinton … and Sanders are locked in a race, with polls showing ____'s lead gone": the
	// person named again beside the gap is the answer printed in the prompt.
	if (
		m.kind === 'person' &&
		key
			.split(/\s+/)
			.some((w) => w.length > 2 && new RegExp(`\\b${escapeRegExp(w)}\\b`).test(gapped))
	)
		return undefined;
	// "over ____ priests", "at least ____ shots", "fewer than ____ families": the hedge makes the
	// key a floor or a ceiling. A wrong figure on its far side is true as well ("over half a
	// dozen"), and with every wrong figure on the near side the key is always the smallest (or
	// largest) choice, picked without reading. Blind readers rejected both such items on the
	// tuning stories as trivia with arbitrary choices; the figure stays for a typed gap (cloze.ts).
	if (
		m.kind === 'quantity' &&
		m.value !== undefined &&
		Object.keys(hedgeBounds(s.text.slice(0, at), figureValue(key) ?? m.value)).length > 0
	)
		return undefined;
	const read =
		m.kind === 'quantity' ? figureBounds(s.text.slice(0, at), s.text.slice(at + key.length)) : {};
	// A key outside what we read the sentence to allow means we misread it: no bounds then.
	const bounds = withinBounds(key, read) ? read : {};
	// "____ percent, edging Roe's 45 percent" keyed 46: every choice must stand just above 45,
	// and the key is the lowest one any choice can be, so the word gives it away; "edging Poe,
	// 46 to ____" keyed 45 likewise at the window's top.
	if (
		bounds.min !== undefined &&
		bounds.max !== undefined &&
		bounds.max - bounds.min <= 12 &&
		(m.value! - 1 <= bounds.min || m.value! + 1 >= bounds.max)
	)
		return undefined;
	// "found ____ leading Trump": only people the story sets against someone are choices there.
	const against = m.kind === 'person' && setAgainstSomeone(s.text, at, key);
	const wrong = wrongAnswers(view, a, m, key, s.text, sex, bounds).filter(
		(w) => !against || contestant(w, storyTextOf(view))
	);
	if (wrong.length < 2) return undefined;
	const slot = m.kind as Slot;
	// "That will benefit ____": the sentence before tells what "that" is; shown with it.
	const lead = leadIn(a.sentences, s, key);
	const shown = lead ? `${lead.text.replace(/\s+/g, ' ').trim()} ${gapped}` : gapped;
	const choices = makeChoices([key, ...wrong], shown);
	return {
		family: 'fact',
		draft: {
			...draftBase(
				'fact',
				`${outlet} writes: “${shown}” ${slot === 'quantity' ? askFigure(m, key, s.text.slice(0, at), s.text.slice(at + key.length)) : ASK[slot]}`,
				lead ? [spanOf(lead), spanOf(s)] : [spanOf(s)],
				`${outlet}: “${lead ? `${lead.text.trim()} ` : ''}${s.text.trim()}”`,
				2
			),
			type: 'single',
			choices,
			correct: [choiceId(choices, key)]
		},
		keyTexts: [key],
		hidden: [],
		excerpt: shown,
		answerKey: `detail:${slot}:${normalise(key)}:${s.index}`,
		// A date is more often a side detail than a figure or a person is.
		quality:
			(slot === 'quantity' ? 0.55 : slot === 'person' ? 0.5 : slot === 'org' ? 0.45 : 0.4) -
			(toldByOneOutlet(view, a, key) ? 0.1 : 0),
		position: s.index
	};
}

/**
 * The quoted stretches of a sentence, as article offsets: the quotes the analysis found, and
 * any text in quotation marks (curly, straight, or two apostrophes as some archives write them).
 * An unclosed mark runs to the sentence's end, and a closing mark with none before it back to
 * its start: the quote runs on across paragraphs.
 */
export function quotedRanges(s: Sentence, a: ArticleAnalysis): { start: number; end: number }[] {
	const out = a.quoted
		.filter((q) => q.start < s.end && s.start < q.end)
		.map((q) => ({ start: q.start, end: q.end }));
	for (const m of s.text.matchAll(
		/^[^“”"]*”|“[^”]*(?:”|$)|"[^"]*(?:"|$)|''(?:[^']|'(?!'))*(?:''|$)/g
	))
		out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
	return out;
}

/** Days before an article's date past which a dated event is background, not its news. */
const BACKGROUND_DAYS = 90;

/**
 * "Comey told Congress on Oct. 28, 2016" in a report of January 2018, "the accord signed on
 * March 3, 1994": a day months or years before the article dates an earlier event the story
 * recalls; asking it tests a side detail, not what happened.
 */
export function earlierEvent(iso: string | undefined, published: string | undefined): boolean {
	if (!iso || !published) return false;
	const day = Date.parse(iso.slice(0, 10));
	const out = Date.parse(published.slice(0, 10));
	return Number.isFinite(day) && Number.isFinite(out) && out - day > BACKGROUND_DAYS * 864e5;
}

export function detailCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const titles = view.analyses.map((a) => a.article.title.toLowerCase());
	for (const a of view.analyses) {
		const outlet = view.label.get(a.article.id)!;
		let made = 0;
		// One article alone is read through; in a story of several, each lead gives enough.
		const cap = view.analyses.length === 1 ? PER_ARTICLE * 3 : PER_ARTICLE;
		for (const s of a.sentences) {
			if (made >= cap) break;
			const words = s.text.split(/\s+/).length;
			if (
				words < WORDS.min ||
				words > WORDS.max ||
				notBodyProse(s, a.sentences) ||
				cutAtAbbreviation(s, a.sentences) ||
				// "A lawyer for Roe did not respond to a request for comment": who kept silent is no
				// fact of the news, as the who-questions already hold (fact.ts).
				TRIVIAL_ACT.test(s.text)
			)
				continue;
			const quoted = quotedRanges(s, a);
			// Beside a quote, only a figure or a date of the reporting words is asked: a name there
			// is most often the speaker, and "who said" belongs to the quote questions.
			const inside = a.mentions.filter(
				(m) =>
					m.start >= s.start &&
					m.end <= s.end &&
					!(m.kind === 'date' && earlierEvent(m.iso, a.article.date)) &&
					(!quoted.length ||
						((m.kind === 'quantity' || m.kind === 'date') &&
							!quoted.some((q) => q.start < m.end && m.start < q.end))) &&
					(usable(m, s, titles, outlet, storyTextOf(view)) || usableSurname(view, m, s, titles))
			);
			// Places are not asked: a wider or narrower place ("Libya" for "Benghazi") would be a
			// second right answer, and the word list cannot tell which places contain which.
			// The first slot that makes a fair question wins: a figure, a date, then a person.
			const order: Slot[] = ['quantity', 'date', 'person', 'org'];
			const question = order
				.flatMap((k) => inside.filter((x) => x.kind === k))
				.map((m) => gapQuestion(view, a, s, m, outlet))
				.find((c) => c !== undefined);
			if (!question) continue;
			out.push(question);
			made++;
		}
	}
	return out;
}
