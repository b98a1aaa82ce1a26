/**
 * The set rules on one question against the picks so far (select.ts): may it join the set now,
 * or which rule keeps it out. Each relaxed pass of select.ts turns some rules off.
 */
import { sameName } from './align';
import { promptNames } from './giveaway';
import { SOURCING_CHOICE } from './candidates/sourcing';
import { asksBackground } from './focus';
import { backgroundFigure } from './figure-aside';
import { crowdedFigure } from './figure-crowd';
import { weakFill } from './late-fill';
import { namesSomeone, sameAnswer } from './select-answers';
import type { Entry } from './select-entry';
import {
	FIGURES_PER_TEN,
	PER_PERSON,
	RECALL_PER_TEN,
	SET,
	SINGLE_ENOUGH,
	strayDetail,
	belowLineOnStory,
	slightRecall,
	fillWord,
	VOCABULARY_PER_TEN,
	VOCABULARY_SHORT_TEN
} from './select-kinds';
import {
	articleOf,
	asksFigure,
	asksWhen,
	givesAway,
	outranks,
	overlapping,
	pointsOnly,
	quoteAskedAgain,
	quoteOutlet,
	reportsSameFact
} from './select-pairs';

/** What the rules read of the set being picked (select.ts, selectOnce). */
export interface SetState {
	/** The picks so far, in the order taken. */
	readonly chosen: Entry[];
	/** The story has articles from two outlets or more (not a single article's quiz). */
	readonly several: boolean;
	/** How many questions are read together: a story's first ten, a single article's first twelve. */
	readonly readTogether: number;
	/**
	 * A fact on a side detail (Ranked.sideDetail), or a recall item on a fragment or a
	 * pleasantry (select-kinds.ts, slightRecall), or a third figure (FIGURES_PER_TEN), stays out
	 * of a first ten while any question on the main events fits, its reserved fact slot
	 * included; it comes only when nothing else can, so a short ten is not made shorter.
	 */
	sideWaits: boolean;
	/**
	 * Raised for one pick when nothing else fits a short first ten, side details included: a
	 * fact below the line on the story's own events may come (select-kinds.ts, belowLineOnStory).
	 */
	strayFills?: boolean;
	/** Raised for one pick when even a stray fact cannot fill a short first ten (VOCABULARY_SHORT_TEN). */
	wordsFill?: boolean;
	/** The evidence sentences the picks cite (select-entry.ts, spanKey). */
	readonly usedSpans: Set<string>;
	/** The picks' subjects, lower-case. */
	readonly subjects: Set<string>;
	/** What the picks other than recall key (Entry.answer). */
	readonly answers: Set<string>;
}

/**
 * Records `pick` in the set's running state: its place, the evidence it cites (unless it only
 * points to a sentence), its subject and its answer. select.ts takes a pick so, and
 * select-reserve.ts reads the set as it would stand after one.
 */
export function recordPick(
	s: Pick<SetState, 'chosen' | 'usedSpans' | 'subjects' | 'answers'>,
	pick: Entry
): void {
	s.chosen.push(pick);
	if (!pointsOnly(pick)) for (const span of pick.spans) s.usedSpans.add(span);
	if (pick.candidate.subject) s.subjects.add(pick.candidate.subject.toLowerCase());
	if (pick.answer && pick.kind !== 'recall') s.answers.add(pick.answer);
}

/** Why `e` may not be picked now, or undefined when it may. */
export function misfit(
	s: SetState,
	e: Entry,
	capRecall = true,
	strictSpans = true,
	apart = true,
	oneQuotePerSpeaker = true,
	distinctAnswers = true
): string | undefined {
	const { chosen, several, readTogether, sideWaits, usedSpans, subjects, answers } = s;
	const tens = Math.floor(chosen.length / SET);
	const recallInThisTen = chosen.slice(tens * SET).filter((x) => x.kind === 'recall').length;
	if (capRecall && e.kind === 'recall' && recallInThisTen >= RECALL_PER_TEN) return 'recall cap';
	// One article read alone: past the first ten's cap (a later ten, a relaxed pass) a quote-heavy
	// report with two voices could fill its quiz with "who said"; recall stays at most half of it,
	// beyond the first few, once the quiz has enough questions (a short quiz is not cut shorter).
	if (!several && e.kind === 'recall' && chosen.length >= SINGLE_ENOUGH) {
		const recall = chosen.filter((x) => x.kind === 'recall').length;
		if (recall + 1 > Math.max(RECALL_PER_TEN, (chosen.length + 1) / 2)) return 'recall over half';
	}
	// A single article's own few words (vocabulary.ts, SENSES_PER_ARTICLE) stay as they were.
	if (
		several &&
		e.kind === 'vocabulary' &&
		chosen.length < SET &&
		chosen.filter((c) => c.kind === 'vocabulary').length >=
			(s.wordsFill ? VOCABULARY_SHORT_TEN : VOCABULARY_PER_TEN)
	)
		return 'vocabulary cap';
	// A story of several outlets leaves a stray detail out of its first ten (see STRAY_DETAIL).
	if (several && chosen.length < SET && strayDetail(e) && !(s.strayFills && belowLineOnStory(e)))
		return 'stray detail';
	if (several && sideWaits && chosen.length < SET && e.kind === 'fact') {
		if (e.sideDetail) return 'side detail waits';
		// One outlet's count where another gives a different one (contested-figure.ts): which is
		// the fact is unsettled, and a fact no outlet contradicts teaches no side as the truth.
		if (e.contestedFigure) return 'contested figure waits';
		// So does a fact that asks who holds a post or what someone used to be (focus.ts
		// asksBackground: "who is a former acting attorney general who now serves as …?"), however
		// central its sentence: a biography, not what happened. On tuning, the one such item in a
		// first ten gave way to a figure of the news itself.
		if (asksBackground(e.question)) return 'background waits';
		// A figure of the background (figure-aside.ts: "not counting ____ other meetings", one
		// entry of a list of purchases, a number in a clause describing what the sentence names):
		// tuning readers marked such items stray details beside the story's unasked main events.
		if (backgroundFigure(e.question)) return 'background figure waits';
		// A figure among two or more others of its sentence (figure-crowd.ts: "held ____ meetings,
		// against 229 … and 31 …"): readers rejected it as trivia, which number went where.
		if (crowdedFigure(e.question)) return 'crowded figure waits';
		// The day papers are due back ("the subpoenas must be returned ____", late-fill.ts): a
		// procedure's calendar, which a tuning reader marked down beside the unasked main events.
		// So does one sum of a list of sums ("… topped $60,000, while dry-cleaning topped $____"),
		// which waits for the late fill and is not taken there either.
		const weak = weakFill(e.question);
		if (weak === 'deadline') return 'deadline waits';
		if (weak === 'figure in a list') return 'figure in a list waits';
	}
	// A short ten's last fill (the passes after the main events', sideWaits lowered) leaves out
	// what a teacher would cut (late-fill.ts): a shorter set, not a weaker one.
	if (several && !sideWaits && chosen.length < SET && e.kind === 'fact') {
		const weak = weakFill(e.question);
		if (weak) return `weak fill: ${weak}`;
	}
	// A fragment or a pleasantry waits behind every question on the main events, and fills no
	// short ten either: on tuning, four of five that did were rejected (a phrase two people
	// used, a fragment that says nothing alone).
	if (several && chosen.length < SET && slightRecall(e))
		return sideWaits ? 'fragment waits' : 'fragment';
	// A third figure waits like a side detail: it fills a short ten, it does not crowd out a
	// question on what happened or was said. A third figure in a first ten comes only this way
	// (the ten had nothing else that fits). Kept out altogether, on tuning its place went to a
	// weaker stray gap (where a seller in a list of purchases was), not to a better question.
	if (
		several &&
		sideWaits &&
		chosen.length < SET &&
		asksFigure(e) &&
		chosen.filter(asksFigure).length >= FIGURES_PER_TEN
	)
		return 'third figure waits';
	// A second figure of a paragraph a chosen figure cites waits too: "$447 billion" and then
	// "15 bills" of the next sentence ask the reader's memory of one passage's numbers, while
	// the story's other events go unasked (a tuning reader: "rote number cloze instead of the
	// point"). Like a third figure, it still fills a ten that nothing else fills.
	if (
		several &&
		sideWaits &&
		chosen.length < SET &&
		asksFigure(e) &&
		chosen.some((c) => asksFigure(c) && sameParagraph(c, e))
	)
		return 'second figure of a paragraph waits';
	if (
		several &&
		chosen.length < SET &&
		e.headlineCopied &&
		chosen.some((c) => c.kind === 'compare')
	)
		return 'a headline look-up only stands in for a comparison';
	// Beside the words the outlets choose for one person or act (describe*.ts), finding what one
	// headline alone mentions is the lesser comparison: blind readers mark it "a look-up".
	// Not beside every comparison: that was merged (3489163) and reverted (d3e52f5) when a blind
	// reader preferred the tens that kept their look-ups ("which headline gives the January 1
	// date", sound) to those where a weaker pick of the pool took the place.
	if (
		several &&
		chosen.length < SET &&
		e.candidate.lookup &&
		chosen.some((c) => c.candidate.answerKey.startsWith('describe:'))
	)
		return 'a headline look-up beside a describe comparison';
	if (several && chosen.length < SET && verbSpotWaits(e, chosen))
		return 'a headline verb spotted beside a comparison between outlets';
	// One article's quote is asked once however short its quiz runs: a "who said" beside the
	// matching item that pairs the same quote, or beside a true/false statement that prints
	// it, asks it twice, in any ten.
	if (!several && quoteAskedAgain(e, chosen)) return 'quote asked by another item';
	// Once the pool runs short, a later ten may repeat an evidence sentence; the first never
	// does, and a single article's first twelve (SINGLE_FIRST) only when nothing else is left.
	if (
		strictSpans &&
		chosen.length < readTogether &&
		!pointsOnly(e) &&
		e.spans.some((s) => usedSpans.has(s))
	)
		return 'evidence sentence used';
	// A quote whose sentences run into those a chosen recall item cites (a quotation read as
	// two quotes, the second's sentence inside the first's) asks that passage again. In one
	// article's first twelve, any two questions whose sentences share text do.
	if (
		strictSpans &&
		chosen.length < readTogether &&
		(several
			? e.kind === 'recall' &&
				chosen.some((c) => c.kind === 'recall' && overlapping(e.ranges, c.ranges))
			: !pointsOnly(e) && chosen.some((c) => !pointsOnly(c) && overlapping(e.ranges, c.ranges)))
	)
		return 'evidence sentence used';
	// Two outlets' sentences telling one fact (or one quote in two transcriptions) are asked once.
	if (strictSpans && chosen.length < SET && chosen.some((c) => reportsSameFact(e, c)))
		return 'same fact as a pick';
	// Relaxed, two "which outlet quoted X as saying …" items may share X; never one beside
	// "which outlets quote X directly?", whose answer it repeats.
	if (
		e.candidate.subject &&
		subjects.has(e.candidate.subject.toLowerCase()) &&
		(oneQuotePerSpeaker ||
			!quoteOutlet(e) ||
			chosen.some(
				(c) =>
					c.candidate.subject?.toLowerCase() === e.candidate.subject!.toLowerCase() &&
					// Two quotes of one speaker that the same outlet alone carries ask one thing
					// twice, "which outlet quoted Roe?", with one answer (a tuning reader's MINOR).
					(!quoteOutlet(c) ||
						c.question.evidence[0]!.articleId === e.question.evidence[0]!.articleId)
			))
	)
		return 'subject asked';
	if (e.kind !== 'recall' && e.answer) {
		const same = (a: string) => sameAnswer(a, e.answer!);
		// Relaxed, one article may key one name twice, from two different sentences ("who …?"
		// of its main person). Not a figure: one number twice is one fact told twice.
		if (
			distinctAnswers || !namesSomeone(e.answer)
				? [...answers].some(same)
				: chosen.filter((c) => c.kind !== 'recall' && c.answer && same(c.answer)).length >= 2
		)
			return 'same answer as a pick';
	}
	if (chosen.length < readTogether) {
		if (e.people.some((p) => chosen.some((c) => c.people.includes(p))))
			return 'true/false on a person asked';
		// Two "when?" gaps on one article ask the dates of one account, often of one paragraph.
		if (
			asksWhen(e) &&
			chosen.some((c) => asksWhen(c) && c.question.evidence[0]!.articleId === articleOf(e))
		)
			return 'second "when?" of an article';
		if (e.trait && chosen.some((c) => c.trait === e.trait)) return 'sourcing trait asked';
	}
	// One recall item per person in the first ten: "who said …?" keyed Roe twice, or beside
	// "which outlet quoted Roe as saying …", asks one thing twice and tells the answer.
	// Two "which outlet" items on one person's two quotes are kept apart by their subject.
	// One article with few voices may take a second in any relaxed pass, after every strict pick.
	if (
		(several || capRecall) &&
		e.recallPerson &&
		chosen.length < readTogether &&
		chosen.some(
			(c) =>
				!!c.recallPerson &&
				sameName(c.recallPerson, e.recallPerson!) &&
				// A true statement on the person (select-entry.ts) waits like a side detail: it
				// still fills a ten nothing else fills, as before it was read as on a person.
				(sideWaits || !(trueStatement(c) || trueStatement(e))) &&
				(c.candidate.family === 'quote' || e.candidate.family === 'quote')
		)
	)
		return 'recall on this person asked';
	// "Who said" and "who did" three times with one answer reads as a quiz about one person.
	if (e.answer && chosen.length < readTogether) {
		const same = chosen.filter((c) => c.answer === e.answer).length;
		if (same >= PER_PERSON) return 'two keyed to this person';
	}
	// The first ten are read together: no question may print another's answer beside the
	// words that ask for it (a part-B sentence “…,” Roe said; feedback quoting a gap's sentence).
	if (apart && chosen.length < readTogether && e.givenAway) return 'headline gives it away';
	// "Who is the campaign's lawyer?" beside a prompt that names him with his job: the
	// who-question gives way (see take, select.ts), whichever came first.
	if (
		apart &&
		chosen.length < readTogether &&
		e.whoKey.length &&
		chosen.some((c) => promptNames(c.question, e.whoKey))
	)
		return 'a prompt names its key';
	// A word from below the leads that names a chosen who-question's key would make that
	// question give way (see take, select.ts): it fills a place, it does not trade one question
	// for another.
	if (
		apart &&
		chosen.length < readTogether &&
		fillWord(e) &&
		chosen.some((c) => promptNames(e.question, c.whoKey))
	)
		return 'a prompt names its key';
	if (apart && chosen.length < readTogether)
		for (const c of chosen.slice(0, readTogether))
			if (givesAway(e, c) && !outranks(e, c, !several))
				return 'gives away or is given away by a pick';
	// One question per quotation in the first ten: its sentences ask one thing (quotation.ts).
	// A single article's first twelve too: "who said" on a quotation's second sentence, or a
	// true/false on it, is answered by the item on its first.
	if (apart && chosen.length < readTogether && quotationAsked(e, chosen)) return 'quotation asked';
	return undefined;
}

/** "True or false: it was Roe who said …" keyed true. */
const trueStatement = (x: Entry) =>
	x.question.type === 'truefalse' && x.question.correct?.[0] === 'true';

/** Do two questions cite one paragraph of one article (Ranked.paragraphs)? */
const sameParagraph = (a: Entry, b: Entry) =>
	(a.paragraphs ?? []).some((p) => (b.paragraphs ?? []).includes(p));

/** Does a pick ask about a quotation `e` draws on (quotation.ts)? */
function quotationAsked(e: Entry, chosen: readonly Entry[]): boolean {
	const quotations = e.candidate.quotations ?? [];
	return chosen.some((c) => c.candidate.quotations?.some((k) => quotations.includes(k)));
}

const SOURCING_ANSWERS = new Set(Object.values(SOURCING_CHOICE));

/**
 * "Which verb does each headline use?" (Candidate.verbSpot) is found by spotting a word, and
 * when the verbs mean the same it asks a synonym as a difference: it stays out of a first ten
 * that already asks how the outlets differ (a figure, a day, a description, what only one
 * reports, whom a headline leads with). Not beside one outlet's sourcing of one sentence ("How
 * does Daily A source this information?"), which compares no outlets: there it still comes.
 */
export function verbSpotWaits(e: Entry, chosen: readonly Entry[]): boolean {
	if (!e.candidate.verbSpot) return false;
	return chosen.some(
		(c) =>
			c.kind === 'compare' &&
			!c.candidate.verbSpot &&
			!c.candidate.lookup &&
			!c.headlineCopied &&
			!oneOutletSourcing(c)
	);
}

/** One outlet's own sourcing of a sentence: the choices are kinds of source, not outlets. */
export const oneOutletSourcing = (c: Entry) =>
	c.question.type === 'single' && !!c.question.choices?.some((x) => SOURCING_ANSWERS.has(x.text));
