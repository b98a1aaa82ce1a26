/**
 * Timeline: put dated events in order. Dates are resolved against each
 * article's publication day, so "Sunday" in one outlet and "Dec. 29" in
 * another land on the same day. Asked only with three or more distinct days.
 */
import { notBodyProse, reportsThePast } from '../caption';
import type { StoryView } from '../analyze';
import { hash, shortQuote, spanOf } from '../build';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';

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

/**
 * The sentence without its time expressions and their prepositions ("on Tuesday", "last
 * Friday", "Dec. 27", "Tuesday morning"), so the item is placed by reading, not by its date.
 */
export function withoutDates(text: string, dates: { start: number; end: number }[]): string {
	let out = text;
	for (const d of [...dates].sort((x, y) => y.start - x.start)) {
		const before = /(?:,\s*)?(?:\b(?:on|in|since|early|late|earlier|by)\s+)?$/i.exec(
			out.slice(0, d.start)
		)!;
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

/** Dated, past, reported-as-fact sentences of one article, one per day. */
function datedEvents(view: StoryView, a: ArticleAnalysis): Dated[] {
	const byDay = new Map<string, Dated>();
	for (const m of a.mentions) {
		const s = a.sentences[m.sentence];
		if (m.kind !== 'date' || !m.iso || !s) continue;
		// Dates inside quotes ("today") are the speaker's; plans ("will meet on Friday") have not happened.
		if (a.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
		if (/^\W*[“"]/.test(s.text) || FUTURE.test(s.text)) continue;
		// "reported Tuesday" / "said Tuesday" dates the report or remark, not the event.
		if (REPORTED.test(a.article.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
		// "postponed until June 1" names a deadline, not the day something happened.
		// "tracking the caravan since March 25" dates where it began, not the tracking.
		if (
			/\b(until|till|by|through|before|since)\s+$/i.test(
				a.article.text.slice(m.start - 10, m.start)
			)
		)
			continue;
		// "the lecture, named for a dean killed on Sept. 11, 2001": the date belongs to the inner
		// clause, not to the event the sentence reports.
		if (INNER_CLAUSE.test(a.article.text.slice(s.start, m.start))) continue;
		// "The council debated the April 24 vote", "criticised Monday's hearing": a date inside a
		// noun phrase names another event; the sentence reports something else on another day.
		if (namesAnEvent(a.article.text.slice(s.start, m.start), a.article.text.slice(m.end, s.end)))
			continue;
		// "The tweet comes after the department, in a Friday news dump, released …", "After the vote
		// on Tuesday, the council adjourned": the date times the earlier event, not the one the
		// sentence reports, so the item would sit on the wrong day.
		if (EARLIER_EVENT.test(a.article.text.slice(s.start, m.start))) continue;
		// "On Saturday" in a story dated Friday is most likely an update made the next day, not
		// six days before: a weekday that far back cannot be placed safely.
		if (!/\d/.test(m.text) && Date.parse(a.article.date) - Date.parse(m.iso) >= 6 * 86_400_000)
			continue;
		// A weekday in a sentence that reports nothing in the past is ahead ("are poised on Sunday").
		if (!/\d/.test(m.text) && !reportsThePast(s.text)) continue;
		const words = s.text.split(/\s+/).length;
		if (words < 6 || words > 40 || /^(he|she|they|it|this)\b/i.test(s.text)) continue;
		if (notBodyProse(s, a.sentences)) continue;
		const known = byDay.get(m.iso);
		if (!known || known.s.text.length > s.text.length) {
			const dates = a.mentions
				.filter((d) => d.kind === 'date' && d.start >= s.start && d.end <= s.end)
				.map((d) => ({ start: d.start - s.start, end: d.end - s.start }));
			byDay.set(m.iso, {
				day: m.iso,
				s,
				outlet: view.label.get(a.article.id)!,
				explicit: /\d/.test(m.text),
				item: withoutDates(s.text, dates)
			});
		}
	}
	return [...byDay.values()];
}

/** A determiner before a date and a noun after it ("the Jan. 3 vote"), or a possessive date
 * ("Tuesday's hearing"): the date modifies a noun instead of timing the sentence's verb. */
export function namesAnEvent(before: string, after: string): boolean {
	if (/^['’]s\b/.test(after)) return true;
	return (
		/\b(?:a|an|the|his|her|its|their|our|this|that)\s+$/i.test(before) &&
		/^(?:,\s*\d{4})?\s+(?:[A-Z][\w.-]*\s+){0,4}[a-z][a-z-]+/.test(after) &&
		!/^(?:,\s*\d{4})?\s+(?:and|or|to|at|in|on|of|for|with|by|as|when|while|after|before)\b/.test(
			after
		)
	);
}

const FUTURE =
	/\b(will|would|may|might|could|should|scheduled|plans?|expected|next|upcoming|poised|slated|set (?:to|for)|due to|(?:is|are) to)\b/i;
const REPORTED = /\b(said|says|reported|reports|told|according to)\s+(on\s+)?$/i;

/**
 * One outlet's own chronology is consistent, so the events come from the article
 * with the most dated events. Across outlets, weekdays resolve against different
 * publication days, so only explicit dates ("Dec. 27") are mixed.
 */
export function timelineCandidates(view: StoryView): Candidate[] {
	const perArticle = view.analyses.map((a) => datedEvents(view, a));
	const best = perArticle.reduce((x, y) => (y.length > x.length ? y : x), [] as Dated[]);
	const pool =
		best.length >= 3
			? best
			: [
					...new Map(
						perArticle
							.flat()
							.filter((e) => e.explicit)
							.map((e) => [e.day, e])
					).values()
				];
	// One sentence may carry two dates; keep each sentence once, at its first day.
	const seen = new Set<string>();
	const events = pool
		.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0))
		.filter((e) => !seen.has(e.s.text) && seen.add(e.s.text))
		// The same event told twice (two outlets, or a lead and a later paragraph) is one item.
		.filter((e, i, all) => !all.slice(0, i).some((x) => overlap(x.item, e.item) > 0.4))
		.slice(0, 5);
	if (events.length < 3) return [];
	return [
		{
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
		}
	];
}
