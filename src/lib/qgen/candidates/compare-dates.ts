/**
 * Compare questions on dates: two outlets that put the same event on different days
 * ("disputed the report on Friday" in one, "disputed the report on Thursday" in the other),
 * or in different years.
 * Each date is first resolved against its own article's publication date (dates.ts), so
 * "Tuesday" in a Wednesday paper and "yesterday" in it are one day, not a disagreement.
 * The same event means the same verb and at least three more words in common near the date,
 * with one date in each sentence: a sentence with two days ("issued Friday night … the
 * report Thursday") cannot say which day goes with which verb. Alignment matters more than
 * coverage here: a question on two different events dated differently has a wrong premise.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import { dateTense, dayInStyleOf, latestWeekday, trustedDate, weekBefore } from '../dates';
import { contentWords, isReporting, verbStem } from '../figure-groups';
import { lexiconTags } from '../entities';
import {
	FUTURE_MODALS,
	POSSIBILITY_MODALS,
	SAME_EVENT_VERBS,
	VERB_PARTICLES,
	WEEKDAYS
} from '../lexicon';
import type { ArticleAnalysis, Mention } from '../types';
import { draftBase, type Candidate } from './candidate';
import { datelineEnd } from '../dateline';
import { isRemark, remarkNoun, sameRemark } from './date-remarks';
import { sameTermEnd, termEnd, termSubject } from './term-dates';
import { countedFrom, gapOf, longDay } from './date-wording';

export interface DatedEvent {
	mention: Mention;
	analysis: ArticleAnalysis;
	/** The stem of the verb the date belongs to ("disput" in "disputed the report on Friday"). */
	verbs: Set<string>;
	/** Other content words near it ("special", "counsel", "buzzfeed"). */
	words: Set<string>;
	/** The day is at an edge ("late Friday", "Saturday night", "local time"), where time zones blur it. */
	edge: boolean;
	/** For "last week", which names no one day: that week, Monday to Sunday (mention.iso is unset). */
	week?: { from: string; to: string };
	/** Told as still to come ("will debate on Thursday"): never set beside a day told as past. */
	ahead: boolean;
	/**
	 * A bare weekday read as a week back ("Thursday" in a Wednesday paper): no day to trust, but
	 * its name still tells it from another weekday given in a paper of the same date.
	 */
	loose?: boolean;
	/** The date belongs to a remark ("in a statement on Friday"): one only with the same words quoted. */
	remark?: boolean;
}

/** "term will end in", "term is set to expire in": a term's end told with a modal or "to" before the verb. */
const TERM_ENDING =
	/\bterm\b[^,;:]*?\b(?:will|to)\s+(end|expire)\s+(?:in|until|through|till|by)\s+$/i;

/** What may stand before a date that opens its sentence: "On", "Early on", "Also on", "In", "Since". */
const OPENING_TIME =
	/^\s*(?:(?:on|early|late|earlier|later|also|by|in|since|until|through|and|but|then|this|from|before|after|during)\s+)*$/i;

/** "Tuesday", "on Tuesday": a weekday alone, with no "last", "next" or date beside it. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** The clause before the date speaks of what is still to come ("will appear on Thursday"). */
const AHEAD =
	/\b(?:will|would|shall|is to|are to|plans? to|planned to|scheduled|expected|set to|due to|going to)\b/i;

/**
 * The verb a date belongs to: the nearest one before it in its clause ("the White House
 * confirmed Thursday" dates the confirming, not the trip the sentence is about), else the
 * first after it when the date opens the sentence ("On Monday, the office disputed …"). Undefined for a verb of reporting:
 * outlets report many statements, and the day of one is no event to set beside another's.
 */
export function dateVerb(sentence: string, start: number, end: number): string | undefined {
	// "arrested Jane Roe, a former engineer, in Seattle on Tuesday": an aside that names someone
	// ("a …", "the …", "his …") is no clause of its own; the date still belongs to "arrested".
	const clause = sentence
		.slice(0, start)
		.replace(
			/,\s+(?:a|an|the|his|her|its|their)\s[^,;:“”"]{2,60},(?=\s+(?:in|on|at)\s[^,;:]*$)/i,
			''
		)
		.split(/[,;:—–(]|\s-\s/)
		.pop()!;
	const remark = remarkNoun(clause, sentence.slice(end));
	if (remark) return remark;
	// "Tuesday's debate", "Sunday's vote": the day dates the event it owns, not the clause's
	// verb, so one outlet's "Thursday's debate" meets another's "debated on Tuesday".
	// After the possessive stands the event noun ("debate", which the word list may call a verb)
	// or an adjective before it ("Tuesday's heated debate"), which names no event: left to the
	// rules below.
	const owned = /^['’]s\s+([a-z]{4,})\b/.exec(sentence.slice(end))?.[1];
	const ownedTags = owned ? lexiconTags(owned) : undefined;
	if (
		owned &&
		!isReporting(owned) &&
		!['Adjective', 'PastTense', 'Adverb'].some((t) => ownedTags!.has(t))
	)
		return owned.replace(/(?:ment|ing|s)$/, '');
	const before = clause.split(/\s+/).filter(Boolean).reverse();
	const after = sentence
		.slice(end)
		.split(/[;:—–(]/)[0]!
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 10);
	// "whose term will end in 2021", "her term is set to end in 2022": after "will" or "to" the
	// word is a verb, though the word list calls "end" a noun first; the year dates the ending
	// (term-dates.ts), not a verb after the aside ("…, spoke") nor none at all.
	const ending = TERM_ENDING.exec(clause);
	if (ending) return ending[1]!.toLowerCase();
	// "runs until 2021", "lasts through March": what lasts until a time is a verb, whatever
	// the word list says of "runs" (a plural noun to it).
	const lasting = /\b([a-z]{3,}?)(?:e?s)\s+(?:until|through|till)\s+$/.exec(clause);
	if (lasting && !isReporting(lasting[0].split(/\s+/)[0]!)) return lasting[1];
	// "the term in the state Senate ends in 2018": an "-s" word right before the date's
	// preposition, after a noun and with no past verb before it in the clause, is the verb,
	// though the word list may call it a plural noun ("ends", "starts").
	const present =
		/(?:^|\s)([A-Za-z’'.-]+)\s+([a-z]{2,}[a-rt-z]s)\s+(?:in|on|until|through|by)\s+$/.exec(clause);
	if (
		present &&
		!/^(?:the|a|an|its|his|her|their|this|that|these|those|of|and|or|to|in|on|at|for|with)$/i.test(
			present[1]!
		) &&
		!/['’]s?$/.test(present[1]!) &&
		!isReporting(present[2]!) &&
		!clause
			.slice(0, present.index)
			.split(/\s+/)
			.some((w) => /^[a-z]{3,}ed$/.test(w) || lexiconTags(w).has('PastTense'))
	)
		return present[2]!.replace(/(?:es|s)$/, '');
	for (const [i, w] of before.entries()) {
		if (isReporting(w)) return undefined;
		const stem = verbStem(w) ?? presentVerbStem(w) ?? afterModal(w, before[i + 1], before[i - 1]);
		if (stem) return stem;
	}
	// Only a date that opens its sentence ("On Monday, the office disputed …") belongs to the
	// verb after it; "the Dec. 27 debate" or "his statement on Tuesday that …" date a noun, and
	// an aside ("Roe, a senator since 2012, voted …") dates what it tells, not the verb after it.
	if (!/^\s*,/.test(sentence.slice(end)) || !OPENING_TIME.test(sentence.slice(0, start)))
		return undefined;
	for (const w of after) {
		if (isReporting(w)) return undefined;
		const stem = verbStem(w) ?? presentVerbStem(w);
		if (stem) return stem;
	}
	return undefined;
}

/**
 * "takes", "begins", "expires": verbStem leaves -s forms out, since beside a figure they are
 * nouns as often ("tests", "plans"); in front of a date a word the lexicon knows only as a
 * present-tense verb is the verb ("the ban takes effect Thursday").
 */
function presentVerbStem(raw: string): string | undefined {
	const w = raw.replace(/^[^a-z]+|[^a-z]+$/g, '');
	if (!/^[a-z]{4,}s$/.test(w)) return undefined;
	const tags = lexiconTags(w);
	return tags.has('PresentTense') && tags.has('Verb') && !tags.has('Noun')
		? w.replace(/(?:es|s)$/, '')
		: undefined;
}

/**
 * "will step down on Jan. 1", "would leave in March": right after a modal a word is a verb,
 * though the word list calls "step" or "leave" a noun first; without it the date had no verb
 * and the event was never set beside another outlet's. Its particle stays with it: "step down"
 * and "step in" are two acts.
 */
const MODALS = new Set<string>([...FUTURE_MODALS, ...POSSIBILITY_MODALS, 'would']);
function afterModal(
	raw: string,
	previous: string | undefined,
	next: string | undefined
): string | undefined {
	const w = raw.replace(/^[^a-z]+|[^a-z]+$/g, '');
	if (!previous || !/^[a-z]{3,}$/.test(w) || !MODALS.has(previous.toLowerCase())) return undefined;
	if (/^(?:have|also|not|then|soon|still|now)$/.test(w)) return undefined;
	const particle =
		next && VERB_PARTICLES.includes(next.toLowerCase()) ? ` ${next.toLowerCase()}` : '';
	return stem(w) + particle;
}

const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '');

/** A verb stem with the near-synonyms news English uses for the same event (lexicon). */
export function sameEventVerbs(verb: string): Set<string> {
	const near = SAME_EVENT_VERBS.find((c) => c.includes(verb));
	return new Set([verb, ...(near ?? [])]);
}
const DAY = 86_400_000;

/**
 * Two dates in two articles that the nearest verb ties to one act ("will step down on Jan. 10" /
 * "will step down as head of the agency on Feb. 10"): the verb alone, looser than sameEvent,
 * for keeping another outlet's day out of a date gap's wrong answers, where a second right
 * answer costs more than a wrong answer left out.
 */
export function sameActDates(
	a: ArticleAnalysis,
	m: Mention,
	b: ArticleAnalysis,
	o: Mention
): boolean {
	const verbOf = (x: ArticleAnalysis, d: Mention) => {
		const s = x.sentences[d.sentence]!;
		return dateVerb(s.text, d.start - s.start, d.end - s.start)?.replace(/e$/, '');
	};
	const v = verbOf(a, m);
	const w = v && verbOf(b, o);
	return !!w && sameEventVerbs(v).has(w);
}

/**
 * Years standing alone ("in 2015", "the 2016 agreement"), which the date finder leaves out:
 * one outlet's year against another's for the same event is a disagreement too. Only after
 * a word that makes the number a year, not a count ("2015 people").
 */
export function yearMentions(a: ArticleAnalysis): Mention[] {
	const out: Mention[] = [];
	const inDates = a.mentions.filter((m) => m.kind === 'date');
	for (const s of a.sentences)
		for (const m of s.text.matchAll(
			/\b(?:in|since|from|until|through|by|of|early|late|mid|the|a|an|its|his|her|their)\s+((?:19|20)\d\d)\b(?![\d,.%-]\d|\s*(?:%|percent))/gi
		)) {
			const start = s.start + m.index + m[0].length - m[1]!.length;
			const end = start + 4;
			if (inDates.some((d) => d.start <= start && end <= d.end)) continue;
			out.push({
				kind: 'date',
				text: m[1]!,
				start,
				end,
				articleId: a.article.id,
				sentence: s.index,
				iso: m[1]!
			});
		}
	return out;
}

/** Each article's dates that can be set beside another outlet's: resolved, trusted, one per sentence. */
export function datedEvents(a: ArticleAnalysis): DatedEvent[] {
	const dates = [...a.mentions.filter((m) => m.kind === 'date'), ...yearMentions(a)];
	const perSentence = new Map<number, number>();
	for (const m of dates) perSentence.set(m.sentence, (perSentence.get(m.sentence) ?? 0) + 1);
	const out: DatedEvent[] = [];
	for (const found of dates) {
		const week =
			!found.iso && /^last week$/i.test(found.text) ? weekBefore(a.article.date) : undefined;
		const s = a.sentences[found.sentence]!;
		const tense = dateTense(
			s.text.slice(0, found.start - s.start),
			s.text.slice(found.end - s.start)
		);
		// A bare weekday resolveDate could not place (six days back in a past clause): its name
		// alone still tells it from another weekday, so it is kept, loose, on the latest such day.
		const unplaced =
			!found.iso && tense === 'past' && BARE_WEEKDAY.test(found.text.trim())
				? latestWeekday(found.text, a.article.date)
				: undefined;
		const m = unplaced ? { ...found, iso: unplaced } : found;
		if ((!m.iso && !week) || perSentence.get(m.sentence) !== 1) continue;
		const year = m.iso?.length === 4;
		const loose = !!unplaced || (!!m.iso && !year && !trustedDate(m.text, m.iso, a.article.date));
		if (loose && !BARE_WEEKDAY.test(m.text.trim())) continue;
		// Another outlet's words about a date belong to whoever is quoted, not to this outlet.
		if (a.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
		if (m.start - s.start < datelineEnd(s.text)) continue;
		const verb = dateVerb(s.text, m.start - s.start, m.end - s.start);
		if (!verb) continue;
		// "take" and "takes" (stemmed "tak") are one verb; "passed" and "voted" one event.
		const verbs = sameEventVerbs(verb.replace(/e$/, ''));
		// Stemmed, so "reaffirming" and "reaffirmed" count as a word in common.
		const words = new Set(
			[...contentWords({ mention: m, analysis: a })]
				.filter(
					(w) =>
						!verbs.has(stem(w).replace(/e$/, '')) &&
						!WEEKDAYS.some((d) => w.startsWith(d.slice(0, 5)))
				)
				.map((w) => stem(w).replace(/e$/, ''))
		);
		const before = a.article.text.slice(Math.max(0, m.start - 12), m.start);
		const after = a.article.text.slice(m.end, m.end + 16);
		const edge =
			!year &&
			!week &&
			(/\b(?:early|late|overnight)\s+(?:on\s+)?$/i.test(before) ||
				/^(?:['’]s)?\s+(?:night|evening|morning)\b/i.test(after) ||
				/\blocal time\b/i.test(s.text));
		if (loose && AHEAD.test(s.text.slice(0, m.start - s.start))) continue;
		out.push({
			mention: m,
			analysis: a,
			verbs,
			words,
			edge,
			ahead:
				m.iso?.length === 10 &&
				(m.iso > a.article.date || (m.iso === a.article.date && tense === 'ahead')),
			...(week ? { week } : {}),
			...(loose ? { loose } : {}),
			...(isRemark(verb) ? { remark: true } : {})
		});
	}
	return out;
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** Same event: a verb in common and three more words in common near the date ("Trump" and "tariffs" alone join an announcement in March to one in April). */
export function sameEvent(a: DatedEvent, b: DatedEvent): boolean {
	if (a.remark || b.remark) return !!a.remark && !!b.remark && oneRemark(a, b);
	return shared(a.verbs, b.verbs) > 0 && shared(a.words, b.words) >= 3;
}

/** Two remarks of one kind ("statement") that quote the same words. */
const oneRemark = (a: DatedEvent, b: DatedEvent) =>
	shared(a.verbs, b.verbs) > 0 &&
	sameRemark(
		{ analysis: a.analysis, sentence: a.mention.sentence },
		{ analysis: b.analysis, sentence: b.mention.sentence }
	);

/**
 * Two bare weekdays for one act in papers of one date ("The House resolution on the motto
 * passed Tuesday" / "On Wednesday, the House voted on a bill that reaffirmed the motto"):
 * filed the same day, the two weekdays are two days whichever week each names, so the same
 * verb and two words in common near both (what was acted on) are enough.
 */
export function sameDayWeekdayEvent(a: DatedEvent, b: DatedEvent): boolean {
	if (a.remark || b.remark) return sameEvent(a, b);
	return (
		BARE_WEEKDAY.test(a.mention.text.trim()) &&
		BARE_WEEKDAY.test(b.mention.text.trim()) &&
		a.analysis.article.date === b.analysis.article.date &&
		!a.edge &&
		!b.edge &&
		!a.loose &&
		!b.loose &&
		shared(a.verbs, b.verbs) > 0 &&
		shared(a.words, b.words) >= 2
	);
}

/**
 * One event, dated by two outlets: sameEvent, or sameDayWeekdayEvent. Two ends of terms
 * (term-dates.ts) are one only when they are one person's one term, however many words the
 * two asides share ("Roe, whose first term ends …" / "Roe, whose second term ends …").
 */
const oneEventDated = (view: StoryView, a: DatedEvent, b: DatedEvent) =>
	termEnd(a) && termEnd(b) ? sameTermEnd(view, a, b) : sameEvent(a, b) || sameDayWeekdayEvent(a, b);

/**
 * An event one outlet puts after the other outlet went to press, yet before its own report
 * ("met on Thursday" in a Thursday paper, "met on Sunday" in the paper of the Sunday
 * before): the earlier report cannot be about it, so the two meetings are two events.
 * Days still ahead of both reports ("will arrive on July 13") are left to sameEvent.
 */
function reportedBeforeItHappened(x: DatedEvent, other: DatedEvent): boolean {
	const iso = x.mention.iso!;
	return iso.length > 4 && iso > other.analysis.article.date && iso <= x.analysis.article.date;
}

/**
 * "Last week" in one outlet against a named day in another for the same event, when the day
 * falls two days or more outside that week (a day or so off is loose wording, not a
 * disagreement), and neither outlet also gives the other's time for it.
 */
function weekAgainstDay(x: DatedEvent, y: DatedEvent, events: DatedEvent[]): boolean {
	const [week, day] = x.week ? [x, y] : [y, x];
	if (day.week || day.mention.iso!.length !== 10 || !sameEvent(x, y)) return false;
	const at = Date.parse(day.mention.iso!);
	const { from, to } = week.week!;
	const outside = Math.max(Date.parse(from) - at, at - Date.parse(to)) / DAY;
	if (outside < 2) return false;
	const inWeek = (iso: string | undefined) =>
		!!iso && iso.length === 10 && from <= iso && iso <= to;
	return !events.some(
		(z) =>
			shared(z.verbs, day.verbs) > 0 &&
			((z.analysis === week.analysis && inWeek(z.mention.iso)) ||
				(z.analysis === day.analysis && !!z.week))
	);
}

/**
 * Two bare weekdays, one of them untrusted as a day ("Thursday" in a Wednesday paper), set
 * apart by name: in papers of one date, two weekday names are two days whichever week each
 * falls in. Not at a day's edge, where time zones blur the day.
 */
function weekdaysApart(x: DatedEvent, y: DatedEvent): boolean {
	const name = (e: DatedEvent) =>
		e.mention.text
			.trim()
			.replace(/^on\s+/i, '')
			.toLowerCase();
	return (
		BARE_WEEKDAY.test(x.mention.text.trim()) &&
		BARE_WEEKDAY.test(y.mention.text.trim()) &&
		x.analysis.article.date === y.analysis.article.date &&
		name(x) !== name(y) &&
		!x.edge &&
		!y.edge
	);
}

/**
 * Pairs of one event dated differently by two outlets. Not when either outlet also gives the
 * other's day for that event (then it tells of two events, or corrects itself), nor for one
 * day apart at a day's edge ("early Saturday" in Seoul is "Friday evening" in Washington).
 */
export function dateDisagreements(view: StoryView): [DatedEvent, DatedEvent][] {
	const events = view.analyses.flatMap(datedEvents);
	const out: [DatedEvent, DatedEvent][] = [];
	const seen = new Set<string>();
	for (const x of events)
		for (const y of events) {
			if (x.analysis.article.id >= y.analysis.article.id) continue;
			if (view.label.get(x.analysis.article.id) === view.label.get(y.analysis.article.id)) continue;
			if (x.week || y.week) {
				if (weekAgainstDay(x, y, events)) out.push([x, y]);
				continue;
			}
			// A day still to come beside a day past ("will vote on Tuesday" / "voted on Monday") may be
			// a second vote, not the same one dated twice.
			if (x.ahead !== y.ahead) continue;
			// A year beside a day is no disagreement: "in 2019" holds "Dec. 5".
			if (x.mention.iso!.length !== y.mention.iso!.length) continue;
			if ((x.loose || y.loose) && !weekdaysApart(x, y)) continue;
			if (x.mention.iso === y.mention.iso || !oneEventDated(view, x, y)) continue;
			if (reportedBeforeItHappened(x, y) || reportedBeforeItHappened(y, x)) continue;
			const apart = Math.abs(Date.parse(x.mention.iso!) - Date.parse(y.mention.iso!)) / DAY;
			if (apart <= 1 && (x.edge || y.edge)) continue;
			const alsoGives = (e: DatedEvent, other: DatedEvent) =>
				events.some(
					(z) =>
						z.analysis === e.analysis &&
						z.mention.iso === other.mention.iso &&
						shared(z.verbs, other.verbs) > 0
				);
			if (alsoGives(x, y) || alsoGives(y, x)) continue;
			const key = `${x.analysis.article.id}:${y.analysis.article.id}:${x.mention.iso}:${y.mention.iso}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push([x, y]);
		}
	return out;
}

/**
 * For each side of a disagreement, the sentence with its day gapped: "Which day does Daily A
 * give?" The other outlet's day, written the same way, is the wrong answer a reader of the
 * other outlet would pick; the days next to it fill the choices.
 */
export function dateCompareCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const events = view.analyses.flatMap(datedEvents);
	/**
	 * The other outlets that date the event as `e` does, one event each: the feedback names them
	 * (", as does Fox News") and the evidence cites them. A reader told only of two outlets took
	 * a third's agreeing day for a third version.
	 */
	const agreeing = (e: DatedEvent, pair: readonly DatedEvent[]) => {
		const byOutlet = new Map<string, DatedEvent>();
		for (const z of events) {
			const label = view.label.get(z.analysis.article.id)!;
			if (pair.some((p) => view.label.get(p.analysis.article.id) === label)) continue;
			if (z.mention.iso === e.mention.iso && oneEventDated(view, z, e) && !byOutlet.has(label))
				byOutlet.set(label, z);
		}
		return byOutlet;
	};
	const asDo = (by: Map<string, DatedEvent>) =>
		by.size ? `, as ${by.size > 1 ? 'do' : 'does'} ${listWords([...by.keys()])}` : '';
	for (const pair of dateDisagreements(view))
		for (const [x, y] of [pair, [pair[1], pair[0]] as const]) {
			// "Last week" is no day to gap; its outlet's side is the other's wrong answer's source.
			const gap = x.week ? undefined : gapOf(x.mention);
			if (!gap) continue;
			const iso = x.mention.iso!;
			const year = iso.length === 4;
			const unit = year ? 'year' : 'day';
			const theirs = y.week
				? undefined
				: year
					? y.mention.iso!
					: dayInStyleOf(gap.text, y.mention.iso!);
			// Seven days apart reads the same as a weekday: no difference to ask about.
			if (!y.week && (!theirs || theirs.toLowerCase() === gap.text.toLowerCase())) continue;
			const near = [-1, 1, -2, 2, 3]
				.map((n) =>
					year
						? String(Number(iso) + n)
						: dayInStyleOf(gap.text, new Date(Date.parse(iso) + n * DAY).toISOString().slice(0, 10))
				)
				.filter((t): t is string => !!t);
			const texts = [gap.text];
			for (const t of [...(theirs ? [theirs] : []), ...near])
				if (texts.length < 4 && !texts.some((u) => u.toLowerCase() === t.toLowerCase()))
					texts.push(t);
			if (texts.length < 3) continue;
			const xs = x.analysis.sentences[x.mention.sentence]!;
			const ys = y.analysis.sentences[y.mention.sentence]!;
			// Only a day against a day names the outlets that side with each (the feedback below).
			const named = !year && !y.week && !x.loose && !y.loose;
			const withX = named ? agreeing(x, pair) : new Map<string, DatedEvent>();
			const withY = named ? agreeing(y, pair) : new Map<string, DatedEvent>();
			// Every outlet the feedback names is cited.
			const backing = [...withX.values(), ...withY.values()].map((z) =>
				spanOf(z.analysis.sentences[z.mention.sentence]!)
			);
			const rel = gap.start - xs.start;
			const gapped = `${xs.text.slice(0, rel)}____${xs.text.slice(rel + gap.text.length)}`
				.replace(/\s+/g, ' ')
				.trim();
			if (gapped.split(/\s+/).length > 45) continue;
			const mine = view.label.get(x.analysis.article.id)!;
			const other = view.label.get(y.analysis.article.id)!;
			const choices = makeChoices(texts, gap.text + mine);
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`${mine} and ${other} give different ${unit}s for ${termSubject(view, x, y) ?? `the same ${x.remark ? [...x.verbs][0] : 'event'}`}. ${mine} writes: “${gapped}” Which ${unit} does ${mine} give?`,
						[spanOf(xs), spanOf(ys), ...backing],
						year
							? `${mine} gives ${iso}; ${other} gives ${y.mention.iso}.`
							: y.week
								? `${mine} gives “${x.mention.text}” (${longDay(iso)}); ${other} says “${y.mention.text}” (${longDay(y.week.from)} to ${longDay(y.week.to)})${countedFrom(x.analysis.article.date, y.analysis.article.date)}`
								: x.loose || y.loose
									? `${mine} gives “${x.mention.text}”; ${other} gives “${y.mention.text}”.`
									: `${mine} gives “${x.mention.text}” (${longDay(iso)})${asDo(withX)}; ${other} gives “${y.mention.text}” (${longDay(y.mention.iso!)})${asDo(withY)}${countedFrom(x.analysis.article.date, y.analysis.article.date)}`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, gap.text)]
				},
				keyTexts: [gap.text],
				hidden: [gap.text],
				excerpt: gapped,
				answerKey: `date-outlet:${x.analysis.article.id}:${iso}:${y.mention.iso ?? 'last-week'}`,
				// Like figures that cannot both be true (compare.ts), one day against another is a real
				// disagreement: above headline and wording comparisons.
				quality: 0.93,
				position: x.mention.sentence
			});
		}
	return out;
}
