/**
 * Rules on two questions of one set (select.ts): do they ask the same thing (one quote, one
 * fact in two outlets' words, one sentence), or does one give the other's answer away, and
 * which of the two should stay.
 */
import type { Question } from '$lib/bank/schema';
import { quoteOverlap } from './align';
import { choicesClash, offersEventKey, reveals } from './giveaway';
import { printsAskedPhrase } from './asked-phrase';
import { printedQuotes, printsAskedQuote } from './quote-printed';
import { printsFigureKey } from './figure-giveaway';
import { sameWordFamily } from './word-family';
import { memoPair } from './pair-memo';
import { sameFact } from './same-fact';
import { SCALE_WORDS, WEEKDAYS } from './lexicon';
import type { Entry } from './select-entry';
import type { Kind, Ranked } from './select-kinds';

function similar(a: Set<string>, b: Set<string>): boolean {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.max(1, Math.min(a.size, b.size)) > 0.7;
}

/** A fact or gap question keyed on a day: "When? Choose …", or a month and day, or a weekday. */
export function asksWhen(e: { kind: Kind; answer?: string; question: Question }): boolean {
	if (e.kind !== 'fact') return false;
	return (
		/\bWhen\?/.test(e.question.prompt) ||
		/^\d+m\d+$/.test(e.answer ?? '') ||
		(WEEKDAYS as readonly string[]).includes(e.answer ?? '')
	);
}
/**
 * A fact or gap question keyed on a figure, not a day: "How many?", "How much?", "What
 * share?", or a key of digits ("84000", "35", "2 trillion"). Three of them in one ten read as
 * a table of numbers (select-misfit.ts, FIGURES_PER_TEN).
 */
export function asksFigure(e: { kind: Kind; answer?: string; question: Question }): boolean {
	if (e.kind !== 'fact' || asksWhen(e)) return false;
	if (/\b(?:How many|How much|What share)\?/.test(e.question.prompt)) return true;
	const words = (e.answer ?? '').split(' ').filter(Boolean);
	return (
		words.length > 0 &&
		/^\d/.test(words[0]!) &&
		words.every((w) => /^\d+$/.test(w) || Object.hasOwn(SCALE_WORDS, w))
	);
}
export const articleOf = (e: Ranked) => e.question.evidence[0]!.articleId;

type Range = { articleId: string; start: number; end: number };
/** Do two spans of one article share text (not only touch)? */
export const overlapping = (a: readonly Range[], b: readonly Range[]) =>
	a.some((x) => b.some((y) => x.articleId === y.articleId && x.start < y.end && y.start < x.end));

const quoted = (s: string) => /^[“"]/.test(s);
/** "Which outlet quoted X as saying …": about one quote, not about the person as a whole. */
export const quoteOutlet = (e: Ranked) => e.candidate.answerKey.startsWith('quote-outlet:');

/**
 * Does the question ask what its evidence sentences say? A main-idea question cites a lead
 * it offers as a choice, a headline question cites the lead beside its headline, and "which
 * outlet does not mention X" cites where the others do: their sentences are where to look,
 * not the fact asked, so another question may ask a fact of those sentences.
 */
const asksItsEvidence = (e: Entry) =>
	e.candidate.family !== 'main-idea' &&
	e.candidate.answerKey !== 'headline' &&
	// "How does each outlet word X's criticism of Y?" (describe-acts.ts) asks each sentence's verb,
	// not what it tells: a timeline may order that event. (A person's description asks who they
	// are, which another outlet's sentence on their role does tell.)
	!e.candidate.answerKey.startsWith('describe:act:') &&
	!/^(?:not-mention|quoted-by):/.test(e.candidate.answerKey);

/**
 * A headline question cites each article's lead only to show where each headline stands; its
 * proof is the headlines. It neither takes those leads from other questions nor needs them free.
 * Nor does "which words does each outlet use for the same group?" (group-naming.ts): it cites a
 * sentence per outlet to show where the adjective stands, and asks nothing those sentences tell.
 */
export const pointsOnly = (e: Entry) =>
	e.candidate.answerKey === 'headline' || e.candidate.answerKey.startsWith('describe:group:');

/** A question on which outlet gives which figure, day or place where the outlets disagree. */
const OUTLET_DISAGREEMENT = /^(?:figure-outlet|date-outlet|place-outlet):/;

/**
 * "How does Daily A source this?" beside "Which outlet writes 'at least four dozen questions'?":
 * both may cite a sentence of one fact, yet one asks where the claim comes from and the other
 * which figure (day, place) each outlet gives, so neither asks the other's answer; unless the
 * sourcing prompt, which prints its sentence, prints the figure (day, place) asked.
 */
function sourcingBesideDisagreement(a: Entry, b: Entry): boolean {
	if (!a.candidate.answerKey.startsWith('sourcing:')) return false;
	if (!OUTLET_DISAGREEMENT.test(b.candidate.answerKey)) return false;
	const prompt = a.question.prompt.toLowerCase();
	return !(b.candidate.keyTexts ?? []).some((k) => k && prompt.includes(k.toLowerCase()));
}

/** Some evidence sentence of one reports what another's does, in other words or another outlet. */
// Memoised (pair-memo.ts): asked of every pool entry against each chosen one, pick after pick.
export const reportsSameFact = memoPair((a: Entry, b: Entry): boolean => {
	if (!asksItsEvidence(a) || !asksItsEvidence(b)) return false;
	if (sourcingBesideDisagreement(a, b) || sourcingBesideDisagreement(b, a)) return false;
	return a.facts.some((fa, i) =>
		b.facts.some((fb, j) => a.spans[i] !== b.spans[j] && sameFact(fa, fb))
	);
});

/**
 * The quote a "Which of these did Roe say?" item asks, printed as its key choice rather than
 * in its prompt; nothing for a key that is a name or a phrase (six words at least).
 */
function keyStatement(q: Question): string {
	if (q.type !== 'single') return '';
	const key = q.choices.find((c) => c.id === q.correct[0])?.text ?? '';
	return key.split(/\s+/).length >= 6 ? key : '';
}

/**
 * A quote question on a quote that a chosen matching item pairs (or a matching item pairing
 * one a chosen quote question asks): the same quote asked twice. Told by the quote's opening
 * words, not by its sentence: another quote of that sentence keeps its own "who said".
 * So is a true/false statement that prints words of a quote a chosen quote question asks
 * (or a quote question on words a chosen statement prints): "Who said “…”?" and then
 * "True or false? Roe called the plan “…”" ask the one quote twice, and the second tells
 * the first's answer.
 */
export function quoteAskedAgain(e: Entry, chosen: Entry[]): boolean {
	if (e.candidate.family !== 'quote' && !statesQuote(e.question)) return false;
	// Words only, so a curly or straight mark, an ellipsis or a cut at another word still meet.
	const plain = (text: string) =>
		text
			.toLowerCase()
			.replace(/[^\p{L}\d\s]+/gu, ' ')
			.split(/\s+/)
			.filter(Boolean);
	// Any run of three words of the quote: a short partial quote ("a total disgrace") too.
	const runs = (q: Question) => {
		const ws = plain(/“([^”]{8,})/.exec(q.prompt)?.[1] ?? keyStatement(q));
		return ws.length < 3 ? [] : ws.slice(0, -2).map((_, i) => ws.slice(i, i + 3).join(' '));
	};
	const pairs = (matching: Question, other: Question) => {
		const words = runs(other);
		if (matching.type !== 'matching' || words.length === 0) return false;
		return matching.pairs.some((p) => {
			const side = ` ${plain(`${p.left} ${p.right}`).join(' ')} `;
			return words.some((w) => side.includes(` ${w} `));
		});
	};
	// Every quotation a true/false statement prints, as runs of three words.
	const printed = (q: Question) =>
		printedQuotes(q.prompt).flatMap((quote) => {
			const ws = plain(quote);
			return ws.length < 3 ? [] : ws.slice(0, -2).map((_, i) => ws.slice(i, i + 3).join(' '));
		});
	const restates = (statement: Question, other: Question) => {
		if (!statesQuote(statement) || other.type === 'matching') return false;
		const asked = new Set(runs(other));
		return printed(statement).some((w) => asked.has(w));
	};
	return chosen.some(
		(c) =>
			(c.candidate.family === 'quote' &&
				((c.question.type === 'matching' && pairs(c.question, e.question)) ||
					(e.question.type === 'matching' && pairs(e.question, c.question)))) ||
			(c.candidate.family === 'quote' && restates(e.question, c.question)) ||
			(e.candidate.family === 'quote' && restates(c.question, e.question))
	);
}

/** A true/false statement in the reporter's words (not "it was Roe who said …") that prints a quotation. */
export const statesQuote = (q: Question) =>
	q.type === 'truefalse' && !/\bit was .+? who said [“"]/i.test(q.prompt) && /[“"]/.test(q.prompt);

/**
 * A question on a figure, sum or day two outlets give differently (compare.ts,
 * compare-hedges.ts, compare-money.ts, compare-dates.ts), by its answer key.
 */
const disagreement = (e: Ranked) =>
	/^(?:figure|figure-outlet|match-figures|tf-figures|money-outlet|date-outlet):/.test(
		e.candidate.answerKey
	);

/**
 * Of two facts that give each other away, the better one stays, whichever was picked
 * first: a reserved pick made early (a lone numeric gap about a side detail) must not keep
 * out the story's main count. `take` (select.ts) drops the one outranked.
 */
export const outranks = (e: Entry, c: Entry, alone = false) =>
	// Outlets that cannot both be right on a figure, a sum or a day are the comparison a story
	// most needs: such a question takes its place from a recall, sourcing, fact or other
	// comparison it gives away (or that gives it away), never from another disagreement nor
	// from a story's why, main-idea, timeline or vocabulary item.
	(disagreement(e) &&
		!disagreement(c) &&
		!c.relaxed &&
		(c.kind === 'compare' || c.kind === 'recall' || c.kind === 'fact')) ||
	(e.kind === 'fact' &&
		c.kind === 'fact' &&
		!c.relaxed &&
		(e.question.score ?? 0) > (c.question.score ?? 0)) ||
	// A why item that offers as a wrong reason what a main-idea or why item keys is the one at
	// fault (its choice is right per the other), not the item it contradicts; it gives way and
	// its slot goes to another why question, if the story has one.
	(!c.relaxed &&
		offersEventKey(c.question, e.question, true) &&
		!offersEventKey(e.question, c.question, true)) ||
	// One article alone (`alone`): a typed gap on a name the article keeps naming ("____, the
	// party's front-runner, said …") is told by every "who said" whose feedback names that
	// speaker with the same role. Picked early for its fact slot, it kept out each better quote
	// item; the quote stays and the gap gives way (its slot goes to another fact).
	(alone &&
		e.candidate.family === 'quote' &&
		c.candidate.family === 'cloze' &&
		!c.relaxed &&
		(e.question.score ?? 0) > (c.question.score ?? 0));

/** Does either question print the other's key, offer it as a wrong choice, or repeat its figures? */
// Memoised per pair (pair-memo.ts): asked of every pool entry against each chosen one, pick after pick.
export const givesAway = memoPair(
	(e: Entry, c: Entry) =>
		e.secrets.some((s) => reveals(c.shown, s)) ||
		c.secrets.some((s) => reveals(e.shown, s)) ||
		choicesClash(c.question, e.question) ||
		// "over 45" in one prompt, "many of those over ____" keyed 45 in another: the words
		// around the figure differ, so no cue above catches it (figure-giveaway.ts).
		printsFigureKey(c.question, e.question) ||
		printsFigureKey(e.question, c.question) ||
		// "deep state" in an event to order beside "Which term …?" keyed "deep state": a phrase
		// printed anywhere tells it (asked-phrase.ts).
		printsAskedPhrase(c, e) ||
		printsAskedPhrase(e, c) ||
		// "Which outlet quoted Lee as saying “… our motto was 'e pluribus unum'”?" beside "Who said
		// “motto is e pluribus unum”?": the first prints what the second asks (quote-printed.ts).
		printsAskedQuote(c, e) ||
		printsAskedQuote(e, c)
);

/**
 * The words a prompt puts in quotation marks on their own ("use the verb “vows”", "the word
 * “levy”"): the words it asks about, not a quotation.
 */
const focusWords = (prompt: string) =>
	[...prompt.matchAll(/[“"]([A-Za-z’'-]+)[”"]/g)].map((m) => m[1]!.toLowerCase());

/**
 * "What does “vowed” mean?" beside "Two headlines use the verb “vows” …": the other prompt
 * already turns on the word, so its meaning is asked of a word the set has shown and discussed.
 */
function vocabularyOfFocusWord(a: Entry, b: Entry): boolean {
	if (a.kind !== 'vocabulary' || b.kind === 'vocabulary') return false;
	const word = a.candidate.keyTexts?.[0] ?? '';
	return focusWords(b.question.prompt).some((w) => sameWordFamily(w, word));
}

/** Does `r` ask again what the chosen `pick` asks? Then it leaves the pool when `pick` is taken. */
export function asksAgain(pick: Entry, r: Entry): boolean {
	const excerpt = pick.candidate.excerpt ?? '';
	return (
		r.candidate.answerKey === pick.candidate.answerKey ||
		similar(r.words, pick.words) ||
		// "alleging" beside "allegation": one meaning tested twice, the first telling the second.
		(pick.kind === 'vocabulary' &&
			r.kind === 'vocabulary' &&
			sameWordFamily(pick.candidate.keyTexts?.[0] ?? '', r.candidate.keyTexts?.[0] ?? '')) ||
		vocabularyOfFocusWord(pick, r) ||
		vocabularyOfFocusWord(r, pick) ||
		// The same quote asked again in other words ("Who said …" and "Which outlet quoted …").
		(quoted(excerpt) &&
			quoted(r.candidate.excerpt ?? '') &&
			quoteOverlap(excerpt, r.candidate.excerpt!) >= 0.6)
	);
}
