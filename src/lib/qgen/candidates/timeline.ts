/**
 * Timeline: put dated events in order. Dates are resolved against each
 * article's publication day, so "Sunday" in one outlet and "Dec. 29" in
 * another land on the same day. Asked only with three or more distinct days.
 */
import { notBodyProse, reportsThePast } from '../caption';
import type { StoryView } from '../analyze';
import { hash, shortQuote, spanOf } from '../build';
import { otherTimeFrame, yearlessInAnotherYear } from '../dates';
import {
	DOCUMENT_NOUNS,
	MESSAGE_NOUNS,
	RECORDED_NOUNS,
	REMARK_NOUNS,
	REPORTING_VERBS
} from '../lexicon';
import { escapeRegExp } from '$lib/text/regexp';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { datelineEnd } from './detail';
import { TRIVIAL_ACT } from './fact';

const wordSet = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
function overlap(a: string, b: string): number {
	const wa = wordSet(a);
	const wb = wordSet(b);
	let shared = 0;
	for (const w of wa) if (wb.has(w)) shared++;
	return shared / Math.max(1, Math.min(wa.size, wb.size));
}

type Dated = {
	day: string;
	s: Sentence;
	outlet: string;
	explicit: boolean;
	/** The sentence with its own time expressions taken out: the item must not name its date. */
	item: string;
};

/** Words that open a relative clause: a date after one dates that clause, not the sentence. A
 * subordinate clause ("after …", "when …") is left in: it would leave most stories no timeline. */
const INNER_CLAUSE = /\b(?:named (?:for|after)|who|which|whose)\b/i;

/** A clause that places a second event before or after the one reported. */
const EARLIER_EVENT = /\b(?:after|before|following|prior to|until|since|in the wake of)\b/i;
/** A sentence whose verb only says one event came before or after another. */
const RELATES_EVENTS =
	/\b(?:followed|follows|preceded|precedes|came (?:after|before)|comes (?:after|before))\b/i;

/** What follows a possessive date: "Monday’s vote", "Monday night’s debate". */
const POSSESSIVE_DATE_END = /^(?:\s+(?:morning|afternoon|evening|night))?['’]s\b/;

/** A "’s" with no owner before it: what is left when a cut takes the owner away. */
export const DANGLING_POSSESSIVE = /(?:^|[\s(“"‘,;:—–-])['’]s\b/;

/**
 * The sentence without its time expressions and their prepositions ("on Tuesday", "last
 * Friday", "Dec. 27", "Tuesday morning"), so the item is placed by reading, not by its date.
 */
export function withoutDates(text: string, dates: { start: number; end: number }[]): string {
	let out = text;
	for (const d of [...dates].sort((x, y) => y.start - x.start)) {
		// "bounce back from Monday night’s debate": a possessive date names another event. Cut
		// alone it would leave "from ’s debate" with no owner; "the" keeps the noun phrase whole.
		const possessive = POSSESSIVE_DATE_END.exec(out.slice(d.end));
		if (possessive) {
			out = `${out.slice(0, d.start)}the${out.slice(d.end + possessive[0].length)}`;
			continue;
		}
		// "on the 13th of July": a day written before its month takes its article along.
		const before = (
			/^\d/.test(out.slice(d.start))
				? /(?:,\s*)?(?:\b(?:on|since|by)\s+)?(?:\bthe\s+)?$/i
				: /(?:,\s*)?(?:\b(?:on|in|since|early|late|earlier|by)\s+)?$/i
		).exec(out.slice(0, d.start))!;
		const after = /^(?:\s+(?:morning|afternoon|evening|night))?(?:,\s+\d{4})?/i.exec(
			out.slice(d.end)
		)!;
		const head = out.slice(0, d.start - before[0].length);
		let tail = out.slice(d.end + after[0].length);
		// "The board, on Dec. 27, fired him": the commas around the date go with it.
		if (before[0].startsWith(',')) {
			if (/^\s*,/.test(tail)) tail = tail.replace(/^\s*,/, '');
			else if (!/^\s*[.;:!?]/.test(tail)) tail = `,${tail}`;
		}
		out = `${head}${tail}`;
	}
	return out
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/^[\s,]+/, '')
		.replace(/,\s*,/g, ',')
		.replace(/\s+/g, ' ')
		.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
		.trim();
}

/**
 * An item read apart from its article: no dateline ("WASHINGTON ― "), the outlet's and no part
 * of the event, and no "also" ("Roe also sent …") pointing to a sentence the reader cannot see.
 */
export function eventItem(text: string): string {
	return text.slice(datelineEnd(text)).replace(/\s+also\s+(?=\p{Ll})/u, ' ');
}

const SAID_OR_HELD = [...MESSAGE_NOUNS, ...DOCUMENT_NOUNS, ...RECORDED_NOUNS, ...REMARK_NOUNS]
	.map(escapeRegExp)
	.join('|');
/** "… in its initial statement on Monday evening": a message, document or occasion, then its date. */
const OCCASION_BEFORE_DATE = new RegExp(
	`\\b(?:in|at|during|from|of)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${SAID_OR_HELD})s?\\s+(?:on\\s+)?$`,
	'i'
);
const SAYING_BEFORE = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})\\s*$`, 'i');

/**
 * "Roe brushed aside a typo in its initial statement on Monday evening": the date times the
 * statement, not the act the sentence reports, which may come a day later (a tuning reader's
 * wrong key, t20 C). Not where the phrase opens the sentence ("In a statement on Tuesday, the
 * agency said …") or follows a verb of saying ("said in a statement Tuesday"): there the
 * statement is the act.
 */
export function datesAnotherOccasion(before: string): boolean {
	const m = OCCASION_BEFORE_DATE.exec(before);
	if (!m) return false;
	const head = before.slice(0, m.index);
	return head.trim() !== '' && !SAYING_BEFORE.test(head);
}

/** Why a date gave no event, for `scripts/qgen-eval/timeline-debug.ts`. */
export type SkipNote = (reason: string, date: string, sentence: string) => void;

/** Dated, past, reported-as-fact sentences of one article, one per day. */
export function datedEvents(view: StoryView, a: ArticleAnalysis, note?: SkipNote): Dated[] {
	const byDay = new Map<string, Dated>();
	for (const m of a.mentions) {
		const s = a.sentences[m.sentence];
		if (m.kind !== 'date' || !s) continue;
		const skip = (reason: string) => note?.(reason, m.text, s.text);
		if (!m.iso) {
			skip('no day');
			continue;
		}
		// A past event cannot lie after its article was published: such a day was misread
		// ("March 3" of last year, read as this year's).
		if (m.iso > a.article.date.slice(0, 10)) {
			skip('after publication');
			continue;
		}
		// "In October 2016, …", "two years ago", "later that month": the sentence's own time
		// expressions disagree with the date, or tell a second event, so its place is unsure.
		if (otherTimeFrame(s.text, m.start - s.start, m.end - s.start, m.iso)) {
			skip('other time frame');
			continue;
		}
		// "In 2016 the inquiry reopened. On Oct. 28 …", "Two months later, on March 30 …": a
		// date without a year may be in the year the text set earlier, not the publication's.
		if (yearlessInAnotherYear(m.text, m.iso, a.article.text.slice(0, m.start))) {
			skip('yearless in another year');
			continue;
		}
		// Dates inside quotes ("today") are the speaker's; plans ("will meet on Friday") have not happened.
		if (a.quoted.some((q) => q.start <= m.start && m.end <= q.end)) {
			skip('quoted');
			continue;
		}
		if (/^\W*[“"]/.test(s.text) || speaksOfTheFuture(s.text, m.start - s.start, m.end - s.start)) {
			skip('quote or future');
			continue;
		}
		// "reported Tuesday" / "said Tuesday" dates the report or remark, not the event.
		if (REPORTED.test(a.article.text.slice(Math.max(s.start, m.start - 30), m.start))) {
			skip('reported');
			continue;
		}
		// "postponed until June 1" names a deadline, not the day something happened.
		// "tracking the caravan since March 25" dates where it began, not the tracking.
		if (
			/\b(until|till|by|through|before|since)\s+$/i.test(
				a.article.text.slice(m.start - 10, m.start)
			)
		) {
			skip('deadline');
			continue;
		}
		// "the lecture, named for a dean killed on Sept. 11, 2001": the date belongs to the inner
		// clause, not to the event the sentence reports.
		if (INNER_CLAUSE.test(a.article.text.slice(s.start, m.start))) {
			skip('inner clause');
			continue;
		}
		// "The council debated the April 24 vote", "criticised Monday's hearing": a date inside a
		// noun phrase names another event; the sentence reports something else on another day.
		if (namesAnEvent(a.article.text.slice(s.start, m.start), a.article.text.slice(m.end, s.end))) {
			skip('names an event');
			continue;
		}
		if (datesAnotherOccasion(a.article.text.slice(s.start, m.start))) {
			skip('dates another occasion');
			continue;
		}
		// "Roe's lawyer declined to comment on Monday": no event, only a report left unanswered.
		if (TRIVIAL_ACT.test(s.text)) {
			skip('no comment');
			continue;
		}
		// "The tweet comes after the department, in a Friday news dump, released …", "After the vote
		// on Tuesday, the council adjourned": the date times the earlier event, not the one the
		// sentence reports, so the item would sit on the wrong day.
		if (EARLIER_EVENT.test(a.article.text.slice(s.start, m.start))) {
			skip('earlier event');
			continue;
		}
		// "The post on Tuesday followed an article in …": the verb relates two events, and the item
		// would read as neither; the event the date times is a noun phrase before it.
		if (RELATES_EVENTS.test(s.text.replace(/“[^”]*”|"[^"]*"/g, ' '))) {
			skip('relates two events');
			continue;
		}
		// "On Saturday" in a story dated Friday is most likely an update made the next day, not
		// six days before: a weekday that far back cannot be placed safely.
		if (!/\d/.test(m.text) && Date.parse(a.article.date) - Date.parse(m.iso) >= 6 * 86_400_000) {
			skip('weekday too far');
			continue;
		}
		// A weekday in a sentence that reports nothing in the past is ahead ("are poised on Sunday").
		if (!/\d/.test(m.text) && !reportsThePast(s.text)) {
			skip('weekday, no past');
			continue;
		}
		// "Tuesday brought some relief for …": the date is the sentence's subject, and the item
		// without it would be a fragment with no subject.
		if (dateIsSubject(s.text, m.start - s.start, m.end - s.start)) {
			skip('date is the subject');
			continue;
		}
		const words = s.text.split(/\s+/).length;
		if (words < 6 || words > 40 || /^(he|she|they|it|this)\b/i.test(s.text)) {
			skip('length or pronoun');
			continue;
		}
		if (notBodyProse(s, a.sentences)) {
			skip('not body prose');
			continue;
		}
		// "The association announced that he would …": an item read apart from its article
		// must not leave a he or she without the person it stands for.
		const unquoted = s.text.replace(/“[^”]*”|"[^"]*"/g, ' ');
		const pronoun = /\b(?:he|she|him|her)\b/i.exec(unquoted);
		// A person the analysis found earlier in the sentence (an organisation's capitalised
		// words are not one), or a "Mr."/"Ms." name.
		const named =
			pronoun &&
			(a.mentions.some(
				(p) => p.kind === 'person' && p.start >= s.start && p.end <= s.start + pronoun.index
			) ||
				/\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z]/.test(unquoted.slice(0, pronoun.index)));
		if (pronoun && !named) {
			skip('unresolved pronoun');
			continue;
		}
		const known = byDay.get(m.iso);
		if (!known || known.s.text.length > s.text.length) {
			const dates = a.mentions
				.filter((d) => d.kind === 'date' && d.start >= s.start && d.end <= s.end)
				.map((d) => ({ start: d.start - s.start, end: d.end - s.start }));
			// "Roe also sent …": read apart from the article, "also" points to nothing.
			const item = eventItem(withoutDates(s.text, dates));
			// A "’s" whose owner a cut took away ("from ’s debate") is a fragment, never an item.
			if (DANGLING_POSSESSIVE.test(item)) {
				skip('dangling possessive');
				continue;
			}
			byDay.set(m.iso, {
				day: m.iso,
				s,
				outlet: view.label.get(a.article.id)!,
				explicit: /\d/.test(m.text),
				item
			});
		}
	}
	return [...byDay.values()];
}

/**
 * Does the date open the sentence as its subject ("Tuesday brought relief", "Dec. 27 marked
 * the end", "Last Friday saw a vote")? Then no other words tell who acted. A date after a
 * preposition ("On Tuesday the House voted") or set off by a comma ("Tuesday, the House
 * voted") only times the clause.
 */
export function dateIsSubject(text: string, dateStart: number, dateEnd: number): boolean {
	if (!/^\s*(?:(?:last|this|early|late)\s+)?$/i.test(text.slice(0, dateStart))) return false;
	return /^(?:\s+(?:morning|afternoon|evening|night))?\s+\p{Ll}/u.test(text.slice(dateEnd));
}

/** A determiner before a date and a noun after it ("the Jan. 3 vote"), or a possessive date
 * ("Tuesday's hearing"): the date modifies a noun instead of timing the sentence's verb. */
export function namesAnEvent(before: string, after: string): boolean {
	// "Monday night’s debate" as much as "Monday’s debate".
	if (POSSESSIVE_DATE_END.test(after)) return true;
	return (
		/\b(?:a|an|the|his|her|its|their|our|this|that)\s+$/i.test(before) &&
		// "the Sept. 11, 2001, terrorist attacks": the year's comma does not end the noun phrase.
		/^(?:,\s*\d{4})?,?\s+(?:[A-Z][\w.-]*\s+){0,4}[a-z][a-z-]+/.test(after) &&
		!/^(?:,\s*\d{4})?\s+(?:and|or|to|at|in|on|of|for|with|by|as|when|while|after|before)\b/.test(
			after
		)
	);
}

/** A past main verb right after its date ("on Tuesday renewed") or right before it ("vowed
 * Wednesday", "announced on Thursday"); auxiliaries ("was expected") do not count. */
const PAST_AFTER_DATE =
	/^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:[a-z]+ly\s+)?([a-z]+)\b/;
const PAST_BEFORE_DATE = /\b([a-z]+)\s+(?:on\s+)?$/;
const AUXILIARY = /^(?:was|were|had|did)$/;
/** A clause reported after the main verb: what was said or announced, not when. */
const REPORTED_CLAUSE = /\b(?:that|said|says|saying)\b/i;

/**
 * Whether the sentence speaks of a plan or a prospect, not of what happened on its date.
 * "Trump on Tuesday renewed his attack and said an aide may …", "announced on Thursday that
 * he would …": the modal belongs to what was said, and the main verb at the date is past. The
 * main clause then decides; a modal anywhere else ("The bill passed Monday will take effect")
 * still marks the sentence as looking ahead.
 */
export function speaksOfTheFuture(text: string, dateStart: number, dateEnd: number): boolean {
	if (!FUTURE.test(text)) return false;
	const after = PAST_AFTER_DATE.exec(text.slice(dateEnd));
	const before = PAST_BEFORE_DATE.exec(text.slice(0, dateStart));
	const verb = [after?.[1], before?.[1]].find(
		(w) => w !== undefined && reportsThePast(w) && !AUXILIARY.test(w)
	);
	if (!verb) return true;
	const verbEnd =
		verb === after?.[1] ? dateEnd + after[0].length : dateStart - before![0].length + verb.length;
	const head = text.slice(0, verbEnd);
	const rest = text.slice(verbEnd);
	if (FUTURE.test(head)) return true;
	const modal = FUTURE.exec(rest)!.index;
	const clause = REPORTED_CLAUSE.exec(rest);
	return !clause || clause.index > modal;
}

const FUTURE =
	/\b(will|would|may|might|could|should|scheduled|plans?|expected|next|upcoming|poised|slated|set (?:to|for)|due(?: to)?|must|deadline|(?:is|are) to)\b/i;
const REPORTED = /\b(said|says|reported|reports|told|according to)\s+(on\s+)?$/i;

/** Events in day order, each told once. */
function distinctEvents(pool: Dated[]): Dated[] {
	// A sentence placed on two days ("the letter, released Tuesday, followed one sent April 19")
	// tells two events, and which one the item names is a guess: it is left out.
	const days = new Map<string, Set<string>>();
	for (const e of pool) days.set(e.s.text, (days.get(e.s.text) ?? new Set()).add(e.day));
	return (
		pool
			.filter((e) => days.get(e.s.text)!.size === 1)
			// One event two outlets put on different days ("voted Tuesday", "voted Wednesday"): which
			// day is right is unsure, and the order the item takes with it, so it is left out.
			.filter(
				(e) =>
					!pool.some(
						(x) => x.outlet !== e.outlet && x.day !== e.day && overlap(x.item, e.item) > 0.4
					)
			)
			.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0))
			// The same event told twice (two outlets, or a lead and a later paragraph) is one item.
			.filter((e, i, all) => !all.slice(0, i).some((x) => overlap(x.item, e.item) > 0.4))
	);
}

/**
 * One outlet's own chronology is consistent, so the events come from the article
 * with the most dated events. Across outlets, weekdays resolve against different
 * publication days, so only explicit dates ("Dec. 27") are mixed, and weekdays only from
 * articles published on the same day (there "Tuesday" is one day for each of them).
 */
export function timelineCandidates(view: StoryView): Candidate[] {
	const perArticle = view.analyses.map((a) => distinctEvents(datedEvents(view, a)));
	// The article with the most events left once repeats are merged, not before: an article whose
	// three dates tell two events gives no timeline, while another's three would.
	const best = perArticle.reduce((x, y) => (y.length > x.length ? y : x), [] as Dated[]);
	const published = view.analyses.map((a) => a.article.date.slice(0, 10));
	const sharedDay = published.find(
		(d, i) => published.indexOf(d) === i && published.filter((x) => x === d).length >= 2
	);
	const mixed = perArticle.flatMap((list, i) =>
		list.filter((e) => e.explicit || published[i] === sharedDay)
	);
	// A day several outlets date gives a choice of sentence. Two versions (the first outlet's and
	// the last's for each day) let selection take the one whose sentences no other question uses.
	const versions =
		best.length >= 3
			? [best]
			: [mixed, [...mixed].reverse()].map((pool) =>
					distinctEvents([...new Map(pool.map((e) => [e.day, e])).values()])
				);
	const out: Candidate[] = [];
	const made = new Set<string>();
	for (const version of versions) {
		const events = version.slice(0, 5);
		const key = events.map((e) => e.s.text).join('|');
		if (events.length < 3 || made.has(key)) continue;
		made.add(key);
		out.push(timelineQuestion(events));
	}
	return out;
}

function timelineQuestion(events: Dated[]): Candidate {
	return {
		family: 'timeline',
		draft: {
			...draftBase(
				'timeline',
				'Put these events in the order they happened, earliest first.',
				events.map((e) => spanOf(e.s)),
				events.map((e) => `${e.day}: ${shortQuote(e.s.text, 14)} (${e.outlet})`).join(' '),
				3
			),
			type: 'ordering',
			items: events.map((e) => ({ id: `e${hash(e.s.text)}`, text: shortQuote(e.item, 30) }))
		},
		keyTexts: [],
		hidden: [],
		answerKey: 'timeline',
		quality: 0.7,
		position: 0
	};
}
