/**
 * Two occasions told as one: outlets that report the same kind of act by the same people on
 * different days, where the later day falls after the earlier outlet went to press ("met on
 * Sunday" in a Monday paper, "met for an hour on Thursday evening" in a Thursday paper). This
 * is no disagreement (compare-dates.ts refuses to ask it as one: reportedBeforeItHappened),
 * but a reader who takes the two reports for one meeting has misread both, so the question
 * asks how the two reports relate. Publication dates decide it, not the words: the earlier
 * report cannot tell of an act that had not yet happened when it was published.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import { lexiconTags } from '../entities';
import { normaliseSpace } from '$lib/content/space';
import { draftBase, type Candidate } from './candidate';
import { datedEvents, type DatedEvent } from './compare-dates';
import { FUNCTION } from './headline-lookup-words';
import { OCCASION_NOUNS, WEEKDAYS } from '../lexicon';

const DAY = 86_400_000;
const WEEKDAY = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/**
 * The words of the date's whole sentence, not the ten either side compare-dates reads: who met
 * often stands at the sentence's start ("President Barack Obama and House Speaker John Boehner
 * (R-Ohio) met for nearly an hour on Thursday evening"), out of that window.
 */
export function sentenceWords(e: DatedEvent): Set<string> {
	const text = e.analysis.sentences[e.mention.sentence]!.text.toLowerCase();
	return new Set(
		(text.match(/[a-z]{4,}/g) ?? [])
			.filter((w) => !FUNCTION.test(w) && !WEEKDAYS.some((d) => w.startsWith(d.slice(0, 5))))
			.map((w) => w.replace(/(?:es|s)$/, ''))
	);
}

/**
 * The date's own clause tells of something done: a past-tense verb among the eight words
 * before it ("met for nearly an hour on Thursday"). "Are poised on Sunday" in a Saturday paper
 * is still to come, whatever day the resolver gave it, and is no occasion to date.
 */
export function toldAsDone(e: DatedEvent): boolean {
	const s = e.analysis.sentences[e.mention.sentence]!;
	const clause = s.text
		.slice(0, e.mention.start - s.start)
		.split(/[,;:—–(]|\s-\s/)
		.pop()!;
	const words = clause.split(/\s+/).filter(Boolean).slice(-8);
	if (words.some((w) => /^(?:will|would|is|are|to|plans?|expected|scheduled)$/i.test(w)))
		return false;
	return words.some((raw) => {
		const w = raw.replace(/[^a-z]/g, '');
		return w.length >= 3 && raw === raw.toLowerCase() && lexiconTags(w).has('PastTense');
	});
}

/** A full day (not a year, not a loose or still-to-come one) for an act told as done. */
const datedDone = (e: DatedEvent) =>
	e.mention.iso?.length === 10 && !e.week && !e.loose && !e.ahead && toldAsDone(e);

/**
 * `later` tells of an act on a day after `earlier`'s outlet went to press, and on or before
 * its own date; `earlier`'s day is on or before its own date too. Same verb and three words
 * in common in the two sentences (the people who met, where).
 */
export function laterOccasion(earlier: DatedEvent, later: DatedEvent): boolean {
	// Statements and interviews come often: a later one is no sign of a second occasion of the news.
	if (earlier.remark || later.remark) return false;
	if (!datedDone(earlier) || !datedDone(later)) return false;
	const e = earlier.mention.iso!;
	const l = later.mention.iso!;
	const ePub = earlier.analysis.article.date.slice(0, 10);
	const lPub = later.analysis.article.date.slice(0, 10);
	// Two days apart at least: a day off may be a time zone or a late-night report.
	if ((Date.parse(l) - Date.parse(ePub)) / DAY < 2) return false;
	return (
		e <= ePub &&
		l > ePub &&
		l <= lPub &&
		shared(earlier.verbs, later.verbs) > 0 &&
		shared(sentenceWords(earlier), sentenceWords(later)) >= 3
	);
}

/** "Monday, 10 December 2012". */
function longDay(iso: string): string {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/**
 * The sentence up to its date ("… met for nearly an hour on Thursday evening …"): what follows
 * the date is no help in telling the two occasions apart, and two whole sentences make a prompt
 * too long to read. A sentence that goes on past the date ends in "…"; a long one is cut at a
 * word's end, never "on impen…".
 */
export function quotedToDate(e: DatedEvent): string {
	const s = e.analysis.sentences[e.mention.sentence]!;
	const end = e.mention.end - s.start;
	const timeOfDay = /^\s+(?:morning|afternoon|evening|night)\b/i.exec(s.text.slice(end));
	const cut = end + (timeOfDay?.[0].length ?? 0);
	const rest = s.text.slice(cut).trim();
	let text = normaliseSpace(s.text.slice(0, cut));
	if (text.length > 180) text = text.slice(0, text.lastIndexOf(' ', 179));
	return /^[.!?]*$/.test(rest) ? `${text}${rest}` : `${text} …`;
}

/**
 * One question per later report: "How do the two reports relate?", with the earlier outlet
 * that shares the most words near the date set beside it. The wrong answers are the misreading
 * (one occasion dated differently) and the reverse order, which the publication dates rule out.
 */
export function laterOccasionCandidates(view: StoryView): Candidate[] {
	const events = view.analyses.flatMap(datedEvents);
	const label = (e: DatedEvent) => view.label.get(e.analysis.article.id)!;
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const later of events) {
		const earlier = events
			.filter((e) => label(e) !== label(later) && laterOccasion(e, later))
			.sort(
				(a, b) =>
					shared(sentenceWords(b), sentenceWords(later)) -
					shared(sentenceWords(a), sentenceWords(later))
			);
		const first = earlier[0];
		if (!first) continue;
		// The later outlet dating this act on the earlier day too tells of both occasions itself:
		// kept to the case where only the publication dates tell the two reports apart.
		if (
			events.some(
				(z) =>
					z.analysis === later.analysis &&
					z.mention.iso === first.mention.iso &&
					shared(z.verbs, later.verbs) > 0 &&
					shared(sentenceWords(z), sentenceWords(later)) >= 3
			)
		)
			continue;
		const key = `${later.analysis.article.id}:${later.mention.iso}`;
		if (asked.has(key)) continue;
		asked.add(key);
		const mine = label(later);
		const theirs = label(first);
		const day = (e: DatedEvent) =>
			WEEKDAY.exec(e.mention.text.trim())?.[1] ?? e.mention.text.replace(/^on\s+/i, '');
		const capital = (t: string) => t.replace(/^./, (c) => c.toUpperCase());
		// "Meetings" for "met", else "occasions".
		const [one, plural] = [...later.verbs]
			.map((v) => OCCASION_NOUNS[v])
			.find((n) => n !== undefined) ?? ['occasion', 'occasions'];
		// No outlet in the possessive ("The New York Times's"): each side named by its day.
		const right = `Two different ${plural}: the one on ${capital(day(later))} came after ${theirs} published its report`;
		const texts = [
			right,
			`One ${one}, which ${theirs} and ${mine} date differently`,
			`Two different ${plural}: the one on ${capital(day(first))} came after ${mine} published its report`
		];
		const choices = makeChoices(texts, key);
		// The other earlier outlets that date the first occasion alike: named and cited.
		const alike = new Map<string, DatedEvent>();
		for (const e of earlier.slice(1))
			if (e.mention.iso === first.mention.iso && !alike.has(label(e)) && label(e) !== theirs)
				alike.set(label(e), e);
		const others = alike.size
			? ` (as ${alike.size > 1 ? 'do' : 'does'} ${listWords([...alike.keys()])})`
			: '';
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					`${theirs} writes: “${quotedToDate(first)}” ${mine} writes: “${quotedToDate(later)}” How do the two reports relate?`,
					[
						spanOf(first.analysis.sentences[first.mention.sentence]!),
						spanOf(later.analysis.sentences[later.mention.sentence]!),
						...[...alike.values()].map((e) => spanOf(e.analysis.sentences[e.mention.sentence]!))
					],
					`${theirs} (published ${longDay(first.analysis.article.date)}) gives ${longDay(first.mention.iso!)}${others}; ${mine} (published ${longDay(later.analysis.article.date)}) gives ${longDay(later.mention.iso!)}, after ${theirs} had published its report. The outlets do not disagree: they report two different ${plural}.`,
					3
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, right)]
			},
			keyTexts: [first.mention.text, later.mention.text],
			hidden: [],
			// Checked like any copied text for a pronoun that lost its antecedent ("He met …").
			excerpt: `${quotedToDate(first)} ${quotedToDate(later)}`,
			answerKey: `later-occasion:${key}`,
			// Above a headline look-up (0.3) and wording comparisons, below a figure two outlets
			// give differently (0.95): it says what the outlets report, not how they word it.
			quality: 0.88,
			position: later.mention.sentence
		});
	}
	return out;
}
