/**
 * Dates and weekdays, resolved against the article's publication date. The
 * compromise-dates plugin is not installed, and news needs only a handful of
 * forms: weekdays ("on Sunday" = the latest Sunday on or before publication, "will meet on
 * Friday" = the next Friday), "Dec. 29"/"December 27", "yesterday", "last week".
 */
import {
	INTENT_VERBS,
	IRREGULAR_PARTICIPLES,
	MONTHS,
	MONTH_PATTERN,
	NOT_AHEAD_BEFORE_TO_BE,
	NOUN_DETERMINERS,
	PLANNED_FRAME_WORDS,
	SCHEDULED_PRESENT_VERBS,
	WEEKDAYS,
	WEEKDAY_PATTERN,
	monthIndex
} from './lexicon';
import type { Mention } from './types';

const DATE_RE = new RegExp(
	`\\b(?:(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|((?:last\\s+|this\\s+)?${WEEKDAY_PATTERN})|(yesterday|today|last week|last month|last year|earlier this week)|(\\d{1,2}(?:(?:st|nd|rd|th)\\s+of|(?:st|nd|rd|th)?)\\s+(?:${MONTH_PATTERN})(?:,?\\s+\\d{4})?))\\b`,
	'gi'
);

/** Capitalised words that may stand before a weekday at a sentence start ("Late Sunday, …"). */
const TIME_WORDS =
	/^(?:On|Last|This|Next|Early|Late|By|Until|Since|Through|And|But|From|Before|After|Then|Or|In|During|At|Amid|Following|Ahead|Despite)$/;

const day = 86_400_000;
/** How far back a yearless date told as still to come may lie and keep the publication year. */
const YEARLESS_AHEAD_WINDOW_DAYS = 92;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The tense of the clause a date sits in, as far as it places a weekday: "ahead" for what is
 * still to come ("will meet on Friday", "is scheduled to testify Tuesday", "are poised on Sunday
 * to cross", "plans to vote Sunday"), "unsure" for a
 * plan told in the past or a conditional ("would vote on Friday", "was set to speak Friday":
 * the day may be past or next), else "past", news's default for a bare weekday.
 */
export type DateTense = 'past' | 'ahead' | 'unsure';

const PLANNED = `(?:${PLANNED_FRAME_WORDS.join('|')})`;
// "plans to vote", "they intend to": a subject's intent, not a noun ("the plan to", "no plans
// to", "Trump's plan to", "announced plans to"), which may name a plan made or dropped long ago.
const INTENT = `(?<!\\b(?:${NOUN_DETERMINERS.join('|')}|\\w+ed|\\w+['’]s)\\s+)\\b(?:${INTENT_VERBS.join('|')})s?\\s+to`;
const AHEAD_WORDS = new RegExp(
	`\\b(?:will|shall|won['’]t|(?:is|are|am)\\s+(?:now\\s+)?${PLANNED}|${INTENT})\\b|['’]ll\\b`,
	'i'
);
/**
 * "an interview with the network, to be shown on Tuesday", "the verdict, to be read Friday": a bare
 * passive infinitive tells what is still to be done to the thing, so its weekday is the next
 * one. Not after a past frame or a verb of belief or report (lexicon NOT_AHEAD_BEFORE_TO_BE).
 */
const TO_BE_DONE = new RegExp(
	`(?<!\\b(?:${NOT_AHEAD_BEFORE_TO_BE.join('|')})\\s+)\\bto\\s+be\\s+(?:[a-z]{2,}(?:ed|en|wn|ne)|${IRREGULAR_PARTICIPLES.join('|')})\\b`,
	'i'
);
const UNSURE_WORDS = new RegExp(
	`\\b(?:would|wouldn['’]t|could|might|(?:was|were)\\s+${PLANNED}|intended\\s+to|(?:set|scheduled|slated|planned)\\s+for)\\b`,
	'i'
);

const SCHEDULED_PRESENT = new RegExp(`\\b(?:${SCHEDULED_PRESENT_VERBS.join('|')})\\b`, 'i');

/**
 * The tense of a calendar date written without its year: "ahead" when its clause tells what is
 * still to come ("will leave on Jan. 1", "is to start March 5") or names a scheduled start or end
 * in the present ("takes effect Jan. 1", "expires March 5"), so that both forms of one plan land
 * in one year; else "past".
 */
export function yearlessTense(before: string, after: string): DateTense {
	const tense = dateTense(before, after);
	if (tense !== 'past') return tense;
	const clause = before.split(/[,;:—–(]|\s-\s/).pop()!;
	return SCHEDULED_PRESENT.test(clause) ? 'ahead' : 'past';
}

/** The tense of the clause in `before` (the sentence up to the date) and, when the date opens
 * its clause ("On Friday, the board will vote"), of `after` up to the next clause break. */
export function dateTense(before: string, after: string): DateTense {
	const timeOnly = (t: string) => /^\s*(?:(?:on|early|late|by|this|and|but|then)\s+)*$/i.test(t);
	const clause = before.split(/[,;:—–(]|\s-\s/).pop()!;
	// A date that opens its sentence takes the clause after it; one set off mid-sentence
	// ("The board will meet, on Friday, …") the sentence before it.
	const own = timeOnly(before)
		? // ... up to a clause of its own: "On Monday, the premier said that his country would …".
			after
				.replace(/^[\s,]+/, '')
				.split(/[,;:—–(.!?]|\b(?:that|who|which|whether|if|because)\b/)[0]!
		: timeOnly(clause)
			? before
			: clause;
	if (AHEAD_WORDS.test(own)) return 'ahead';
	if (UNSURE_WORDS.test(own)) return 'unsure';
	if (TO_BE_DONE.test(own)) return 'ahead';
	return 'past';
}

/**
 * Resolve one date expression to an ISO day, or undefined for vague ones ("last week") and
 * for a weekday that cannot be placed: a bare weekday six days back ("early Saturday" in a
 * Friday paper is far likelier the print date's next morning than a week-old event told
 * without "last"), or one in a clause whose tense leaves past and next open.
 */
export function resolveDate(
	expr: string,
	published: string,
	tense: DateTense = 'past'
): string | undefined {
	const pub = Date.parse(`${published}T00:00:00Z`);
	if (Number.isNaN(pub)) return undefined;
	// "the 13th of July", "13 July" (British order) is "July 13".
	const e = expr
		.toLowerCase()
		.replace(/\./g, '')
		.replace(/^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)/, '$2 $1');
	if (e === 'today') return published;
	if (e === 'yesterday') return iso(pub - day);
	const wd = WEEKDAYS.findIndex((w) => e.endsWith(w));
	if (wd >= 0) {
		const back = (new Date(pub).getUTCDay() - wd + 7) % 7;
		// News past tense: "on Sunday" means the most recent Sunday; "last Sunday" never means today.
		if (e.startsWith('last')) return iso(pub - (back === 0 ? 7 : back) * day);
		// What is still to come falls on the next such day; the weekday of publication is that day
		// (AP style names today by its weekday).
		if (tense === 'ahead') return iso(pub + ((7 - back) % 7) * day);
		// The weekday of publication is that day whether the clause looks back or ahead.
		if (back === 0) return published;
		if (tense === 'unsure' || back === 6) return undefined;
		return iso(pub - back * day);
	}
	const m = /^([a-z]+)\s+(\d{1,2})(?:[a-z]{2})?(?:,?\s+(\d{4}))?$/.exec(e);
	if (m) {
		const month = monthIndex(m[1]!);
		if (month < 0) return undefined;
		const pubDate = new Date(pub);
		let year = m[3] ? Number(m[3]) : pubDate.getUTCFullYear();
		// A month far after publication without a year belongs to last year ("Dec. 29" read in January);
		// a month or two ahead is an upcoming date in the same year.
		if (!m[3] && month - pubDate.getUTCMonth() > 6) year -= 1;
		// What is still to come falls after publication: "will leave on Jan. 1" in a December
		// paper is next January. A day a few weeks back stays (a plan told late, a quoted schedule).
		if (
			!m[3] &&
			tense === 'ahead' &&
			pub - Date.UTC(year, month, Number(m[2])) > YEARLESS_AHEAD_WINDOW_DAYS * day
		)
			year += 1;
		const d = Date.UTC(year, month, Number(m[2]));
		return new Date(d).getUTCMonth() === month ? iso(d) : undefined;
	}
	return undefined;
}

/** The text of the sentence before `start` (back to the last sentence end or paragraph break). */
function sentenceBefore(text: string, start: number): string {
	const head = text.slice(Math.max(0, start - 300), start);
	const cut = Math.max(
		head.lastIndexOf('\n'),
		...[...head.matchAll(/[.!?][”"’]?\s+(?=[A-Z“"])/g)].map((m) => m.index + m[0].length - 1)
	);
	return head.slice(cut + 1);
}

/**
 * The latest day on or before publication that a weekday names, whatever the tense: only to
 * tell one weekday's name from another's when resolveDate could not place it.
 */
export function latestWeekday(expr: string, published: string): string | undefined {
	const wd = WEEKDAYS.findIndex((w) => expr.toLowerCase().endsWith(w));
	const pub = Date.parse(`${published}T00:00:00Z`);
	if (wd < 0 || Number.isNaN(pub)) return undefined;
	return iso(pub - ((new Date(pub).getUTCDay() - wd + 7) % 7) * day);
}

export function findDates(
	text: string,
	published: string,
	sentenceAt: (offset: number) => number,
	articleId: string
): Mention[] {
	const out: Mention[] = [];
	for (const m of text.matchAll(DATE_RE)) {
		const start = m.index ?? 0;
		// "May" is also a verb; require a day number after it (the regex does) and a capital.
		// A day before its month ("13 July", "the 13th of July") needs the month's capital too.
		const month = m[6] ? /[a-z]+\.?(?:,?\s+\d{4})?$/i.exec(m[6])![0] : m[0];
		if (!/^[A-Z]/.test(month) && !/^(last|this|yesterday|today|earlier)/i.test(m[0])) continue;
		// A weekday closing a run of capitalised words is a name ("with Fox News Sunday, Macron
		// warned"); one followed by a verb is AP style for the day ("Macron Tuesday urged").
		const previous = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
		const next = text.slice(start + m[0].length, start + m[0].length + 3);
		if (
			m[4] &&
			!/^(last|this)/i.test(m[4]) &&
			previous &&
			!TIME_WORDS.test(previous) &&
			/^(?:\s*[,.;:)]|['’]s)/.test(next)
		)
			continue;
		out.push({
			kind: 'date',
			text: m[0],
			start,
			end: start + m[0].length,
			articleId,
			sentence: sentenceAt(start),
			iso: resolveDate(
				m[0].replace(/\s+/g, ' '),
				published,
				m[4] && !/^last/i.test(m[4])
					? dateTense(
							sentenceBefore(text, start),
							text.slice(start + m[0].length, start + m[0].length + 120)
						)
					: (m[1] && !m[3]) || (m[6] && !/\d{4}$/.test(m[6]))
						? yearlessTense(
								sentenceBefore(text, start),
								text.slice(start + m[0].length, start + m[0].length + 120)
							)
						: 'past'
			)
		});
	}
	return out;
}

/**
 * The calendar week before the week of publication, Monday to Sunday: what "last week"
 * says in a report, which resolveDate leaves as no one day.
 */
export function weekBefore(published: string): { from: string; to: string } | undefined {
	const pub = Date.parse(`${published}T00:00:00Z`);
	if (Number.isNaN(pub)) return undefined;
	const monday = pub - ((new Date(pub).getUTCDay() + 6) % 7) * day;
	return { from: iso(monday - 7 * day), to: iso(monday - day) };
}

/** Days from the day `iso` to publication (positive: before publication). */
export function daysBeforePublication(iso: string, published: string): number {
	return Math.round((Date.parse(`${published}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / day);
}

/**
 * Whether resolveDate's reading of a date expression can be trusted enough to say two
 * outlets disagree. A calendar date stands; a bare weekday is read as the latest such day,
 * which is right for the days just past but not for "the Wednesday hearing" announced on a
 * Tuesday or "early Saturday, local time" in a Friday paper: six days back is more likely a
 * day ahead than a week-old event written without "last".
 */
export function trustedDate(expr: string, iso: string, published: string): boolean {
	const e = expr.toLowerCase();
	if (/^(?:yesterday|today)$/.test(e)) return true;
	const back = daysBeforePublication(iso, published);
	if (WEEKDAYS.some((w) => e.endsWith(w))) return e.startsWith('last') ? back <= 13 : back <= 5;
	return /\d/.test(e);
}

const title = (w: string) => w.replace(/^./, (c) => c.toUpperCase());

/**
 * The day `iso` written the way `model` writes a day, so choices read alike: a weekday
 * ("Tuesday") as a weekday, a calendar date ("Dec. 5", "December 5, 2019") in its own
 * month style. Undefined for forms that have no such variant ("yesterday").
 */
export function dayInStyleOf(model: string, iso: string): string | undefined {
	const d = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(d.getTime())) return undefined;
	const wd = WEEKDAYS.findIndex((w) => model.toLowerCase().endsWith(w));
	if (wd >= 0) return title(WEEKDAYS[d.getUTCDay()]!);
	const m = /^([A-Za-z]+)(\.?)\s+\d{1,2}(?:st|nd|rd|th)?(,?\s+\d{4})?$/.exec(model.trim());
	if (!m || monthIndex(m[1]!) < 0) return undefined;
	const full = MONTHS[d.getUTCMonth()]!;
	// "Dec." stays abbreviated, "December" written out; AP leaves March to July whole.
	const abbreviated = m[2] === '.' || m[1]!.length <= 4;
	const month =
		abbreviated && full.length > 5
			? `${title(full.slice(0, full === 'september' ? 4 : 3))}.`
			: title(full);
	return `${month} ${d.getUTCDate()}${m[3] ? `, ${d.getUTCFullYear()}` : ''}`;
}

/** A year that times something ("in 2016", "October 2016", "since 2009"), not one that names a
 * thing ("the 2016 election", "its 2009 report"): only the first sets another time frame. */
const TIMING_YEAR = new RegExp(
	`\\b(?:(?:in|since|of|during|from|until|till|by|before|after|early|late|mid-?|spring|summer|fall|autumn|winter|${MONTH_PATTERN})\\.?\\s+)(?:(?:early|late|mid-?)\\s*)?((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*\\d)`,
	'gi'
);

/** Time told relative to another point, which is not the publication day: "two years ago",
 * "last year", "in March of last year", "later that month", "the following day". */
const RELATIVE_TIME = new RegExp(
	[
		`\\b(?:[\\w-]+|\\d+)\\s+(?:years?|months?|weeks?|days?|decades?)\\s+(?:ago|earlier|later|before|after|prior)\\b`,
		`\\b(?:last|previous|prior)\\s+(?:year|month|spring|summer|fall|autumn|winter|decade)\\b`,
		`\\b(?:that|the next|the following|the previous|the prior|the preceding)\\s+(?:year|month|week|day|morning|evening|night|spring|summer|fall|autumn|winter)\\b`,
		`\\b(?:the (?:day|night|week|month|year) (?:before|after))\\b`,
		`\\b(?:earlier|later) that (?:year|month)\\b`,
		// A month without a day ("in March", "by October") names no day of this article's year for sure.
		`\\b(?:in|since|by|until|during|from|of|early|late|mid-?)\\s+(?:${MONTH_PATTERN})\\b(?!\\.?\\s+\\d)`
	].join('|'),
	'i'
);

/**
 * Another time frame in the sentence beside the date at [dateStart, dateEnd): a timing year
 * other than the date's own, or a time told relative to something else. "In October 2016, on a
 * Tuesday, …", "the board, which met two years ago, on Friday …", "Trump announced the tariffs
 * on March 8 but exempted the bloc later that month": which event the date times, and in which
 * year, the sentence does not settle for a reader placing it on a timeline.
 */
export function otherTimeFrame(
	sentence: string,
	dateStart: number,
	dateEnd: number,
	iso: string
): boolean {
	// A quotation's times are the speaker's ("no activity after 2009"), not the event's.
	const rest =
		`${sentence.slice(0, dateStart)}${' '.repeat(dateEnd - dateStart)}${sentence.slice(dateEnd)}`.replace(
			/“[^”]*”|"[^"]*"/g,
			' '
		);
	if (RELATIVE_TIME.test(rest)) return true;
	for (const m of rest.matchAll(TIMING_YEAR)) if (m[1] !== iso.slice(0, 4)) return true;
	return false;
}

/**
 * A calendar date written without its year ("Oct. 28") takes the publication year; when the
 * text just before it sets another year ("In 2016 the inquiry reopened. On Oct. 28 …"), that
 * year may be the date's. `context` is the article's text before the date.
 */
export function yearlessInAnotherYear(expr: string, iso: string, context: string): boolean {
	if (!/\d/.test(expr) || /\b(?:19|20)\d{2}\b/.test(expr)) return false;
	for (const m of context.matchAll(TIMING_YEAR)) if (m[1] !== iso.slice(0, 4)) return true;
	// "More than two months later, on March 30, …" earlier on: the story is told in its own time,
	// anchored somewhere the reader cannot see, and its yearless dates may be a year back.
	return (
		RELATIVE_TIME.test(context) &&
		/\b(?:years?|months?|last|previous|prior)\b/i.test(RELATIVE_TIME.exec(context)![0])
	);
}
