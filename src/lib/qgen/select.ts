/**
 * Choosing the questions as a set. The first ten are what `--max 10` writes and what
 * the teacher reviews first, so they are judged together:
 * - each quote, fact and evidence sentence is used once, and no two source questions
 *   are about the same person (no mirror pairs such as "which outlet quotes X" beside
 *   "which outlet does not mention X");
 * - recall (who said it, which outlet quoted it) fills at most four of ten, vocabulary two;
 * - the mix is reserved: a comparison, a why question, a fact, a timeline and a
 *   vocabulary item each get a slot when the story yields one, picked first;
 * - the rest go greedily by score, each pick lowering the appeal of more of the same
 *   family, type and article.
 * The first ten are then shown by score; later picks keep their order.
 */
import type { Question } from '$lib/bank/schema';
import { quoteOverlap, sameName } from './align';
import type { Candidate } from './candidates/candidate';
import {
	answersItself,
	offersEventKey,
	offersKey,
	statementPrintsKey,
	promptNames,
	reveals,
	revealsItself,
	sameNumberChoices,
	secretsOf,
	shownTexts,
	type Secret,
	whoKeyForms
} from './giveaway';
import { factWords, sameFact } from './same-fact';
import { gapInApposition } from './focus';
import { memoPair } from './pair-memo';
import { isPublisherLine } from './boilerplate';
import { MONTH_PATTERN, monthIndex, NUMBER_WORDS, SCALE_WORDS, WEEKDAYS } from './lexicon';

export interface Ranked {
	candidate: Candidate;
	question: Question;
	/** The text of each evidence span, in order, when the caller has the articles. */
	evidenceText?: string[];
	/** A headline of the story prints the key with the words that ask for it (see giveaway.ts). */
	givenAway?: boolean;
	/**
	 * Its evidence is one outlet's aside, below its article's opening (focus.ts, sideDetail): as
	 * a fact, it waits behind every question on the main events (see selectOnce).
	 */
	sideDetail?: boolean;
	/**
	 * Its prompt quotes words only the key's headline prints (headline-copy.ts): found by
	 * matching, not reading. Blind readers marked such look-ups MINOR or REJECT, yet with none
	 * a story whose outlets differ in nothing else aligned had no comparison at all; so one
	 * takes a first ten's comparison slot only when no other comparison fits.
	 */
	headlineCopied?: boolean;
}

/** What a question asks for, as the set rules count it. */
export type Kind =
	'recall' | 'compare' | 'why' | 'main' | 'fact' | 'timeline' | 'vocabulary' | 'other';

export function kindOf({ candidate: c, question: q }: Ranked): Kind {
	if (c.family === 'quote') return 'recall';
	if (c.family === 'source')
		return /^(?:quote-outlet|quoted-by|said):/.test(c.answerKey) ? 'recall' : 'compare';
	if (c.family === 'compare' || q.skill === 'compare') return 'compare';
	if (c.family === 'main-idea') return 'main';
	if (q.skill === 'inference') return 'why';
	if (c.family === 'timeline' || q.skill === 'timeline') return 'timeline';
	if (q.skill === 'vocabulary') return 'vocabulary';
	if (q.skill === 'fact' || c.family === 'fact') return 'fact';
	return 'other';
}

/** The first ten hold at most this many recall items; later tens the same share. */
export const RECALL_PER_TEN = 4;
/**
 * The first ten of a story of several outlets ask at most this many words' meanings. When its
 * ten run short it is filled with words from below its leads (vocabulary.ts, bodySenses); more
 * than two would make a quiz on the news a word list.
 */
export const VOCABULARY_PER_TEN = 2;
/** The first ten key at most this many questions (who said, who did) to the same person. */
const PER_PERSON = 2;
/** Kinds that get a slot in the first ten when any candidate of the kind exists. */
const RESERVED: readonly Kind[] = ['compare', 'why', 'fact', 'timeline', 'vocabulary'];
const SET = 10;
/**
 * A single article's first twelve are what a teacher reads of its quiz: no two of them cite
 * one evidence sentence (a "who said" and a true/false on its quote, a gap inside a quote and
 * its "who said"), even after the first ten, while any other question is left: a question that
 * would waits behind every one that does not, and comes only when nothing else can.
 */
export const SINGLE_FIRST = 12;
/**
 * A fact or gap question scored this low has lost most of its rank to focus.ts: its sentence
 * is off the headline events, an earlier year's side story, a side figure's biography. In a
 * story of several outlets it stays out of the first ten even when the ten run short: a
 * missing question costs the set less than a trivial one. A single article keeps it.
 */
export const STRAY_DETAIL = 0.45;
/**
 * A gap that tells who a person is or what they own (gapInApposition: "Roe, a lobbyist for
 * ____", "Roe, who has a net worth of $____") is a side figure's biography however central its
 * sentence, and counts as a stray detail too.
 */
const strayDetail = (e: Ranked) =>
	kindOf(e) === 'fact' && ((e.question.score ?? 0) < STRAY_DETAIL || gapInApposition(e.question));

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

function similar(a: Set<string>, b: Set<string>): boolean {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.max(1, Math.min(a.size, b.size)) > 0.7;
}

/**
 * The same explanation means the same underlying fact: three outlets' figures for one count,
 * or two adjacent quotes that only one outlet carries. Asked once is enough near the top.
 */
const PENALTY = { family: 0.06, type: 0.05, article: 0.03, explanation: 0.2, fill: 1 };

const spanKey = (e: { articleId: string; start: number }) => `${e.articleId}:${e.start}`;

/**
 * The answer a fact or gap question keys, normalised: two outlets' sentences giving the
 * same price or the same name are one fact, whichever family asks it.
 */
function factAnswer(q: Question): string | undefined {
	const text =
		q.type === 'cloze'
			? q.accepted?.[0]
			: q.type === 'numeric'
				? String(q.answer)
				: q.type === 'single' || q.type === 'evidence'
					? q.choices?.find((c) => c.id === q.correct?.[0])?.text
					: undefined;
	return text === undefined ? undefined : normaliseAnswer(text);
}

const MONTH_DAY = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');

/**
 * An answer in one spelling: lower-case, no punctuation, number words as digits ("three
 * days" and "3 days"), a month and day as month/day ("Dec. 27th" and "December 27"). Two
 * outlets giving one figure or one date, each in its own style, key one fact.
 */
export function normaliseAnswer(text: string): string {
	return text
		.toLowerCase()
		.replace(/(?<=\d),(?=\d)/g, '')
		.replace(
			MONTH_DAY,
			(_, month: string, day: string) => ` ${monthIndex(month) + 1}m${Number(day)} `
		)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.map((w) => (Object.hasOwn(NUMBER_WORDS, w) ? String(NUMBER_WORDS[w]) : w))
		.join(' ');
}
/**
 * Two answers naming one thing: equal, or one's words inside the other's ("Ethics Committee"
 * and "House Ethics Committee", "Sheridan" and "Mark D. Sheridan"). Two gaps keyed on one
 * name ask the same fact twice. Numbers must be equal: "3" is not part of "30 days".
 */
export function sameAnswer(a: string, b: string): boolean {
	if (a === b) return true;
	const wa = a.split(' ').filter(Boolean);
	const wb = b.split(' ').filter(Boolean);
	const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
	if (!short.some((w) => /^[a-z]{3,}$/.test(w))) return false;
	return short.every((w) => long.includes(w));
}

/** An answer of words only, no figure ("Ethics Committee", not "43 350" or "three"). */
const namesSomeone = (answer: string) =>
	/[a-z]{3}/.test(answer) &&
	!/\d/.test(answer) &&
	!answer.split(' ').some((w) => w in NUMBER_WORDS || w in SCALE_WORDS);

/**
 * "True or false: it was Roe who said …": the person the statement names and the one who
 * really spoke. Two such items on one person read as one question asked twice.
 */
function truefalsePeople(q: Question): string[] {
	if (q.type !== 'truefalse') return [];
	const named = /\bit was (.+?) who said\b/i.exec(q.prompt)?.[1];
	const real = /\bIt was (.+?)(?:,| who said)/.exec(q.explanation ?? '')?.[1];
	return [named, real]
		.filter((n): n is string => !!n)
		.map((n) => n.toLowerCase().split(/\s+/).at(-1)!);
}

/**
 * The person a recall item is about, by full name (two sisters stay apart): the key of "who
 * said …?", who really said a true/false quote, the person "which outlet quoted X as saying …"
 * names. Two such items in one
 * ten on one person read as one question asked twice ("which outlet quoted Roe …" beside "who
 * said …?" keyed Roe), and the first tells the second's answer.
 */
function recallPerson(r: Ranked, kind: Kind): string | undefined {
	if (kind !== 'recall') return undefined;
	const { candidate: c, question: q } = r;
	if (c.family === 'source') return c.subject;
	// "False. It was Ann Lee, mayor, who said it": the real speaker.
	if (q.type === 'truefalse') return /\bIt was (.+?)(?:,| who said)/.exec(q.explanation ?? '')?.[1];
	if (q.type === 'single' || q.type === 'evidence') {
		// "Which of these did Roe say?" names its person in the prompt; "who said" keys them.
		const said = /^Which of these did (.+?) say\b/.exec(q.prompt)?.[1];
		return said ?? q.choices?.find((ch) => ch.id === q.correct?.[0])?.text;
	}
	return undefined;
}

/**
 * What a sourcing question teaches, per outlet: "how does Daily A source this?" keyed "a
 * source it does not name", and "only one outlet relies on a source it does not name" keyed
 * Daily A, ask the same about the same outlet, whichever of its sentences they cite.
 */
function sourcingTrait(e: Ranked): string | undefined {
	if (!e.candidate.answerKey.startsWith('sourcing:')) return undefined;
	const q = e.question;
	const text = `${q.prompt} ${
		q.type === 'single' ? (q.choices.find((c) => c.id === q.correct[0])?.text ?? '') : ''
	}`;
	const kind = /does not name/.test(text)
		? 'unnamed'
		: /verif/.test(text)
			? 'unverified'
			: /another news/.test(text)
				? 'credited'
				: 'own';
	return `${q.evidence[0]!.articleId}:${kind}`;
}

/** A fact or gap question keyed on a day: "When? Choose …", or a month and day, or a weekday. */
function asksWhen(e: { kind: Kind; answer?: string; question: Question }): boolean {
	if (e.kind !== 'fact') return false;
	return (
		/\bWhen\?/.test(e.question.prompt) ||
		/^\d+m\d+$/.test(e.answer ?? '') ||
		(WEEKDAYS as readonly string[]).includes(e.answer ?? '')
	);
}
const articleOf = (e: Ranked) => e.question.evidence[0]!.articleId;

type Range = { articleId: string; start: number; end: number };
/** Do two spans of one article share text (not only touch)? */
const overlapping = (a: readonly Range[], b: readonly Range[]) =>
	a.some((x) => b.some((y) => x.articleId === y.articleId && x.start < y.end && y.start < x.end));

const quoted = (s: string) => /^[“"]/.test(s);
/** "Which outlet quoted X as saying …": about one quote, not about the person as a whole. */
const quoteOutlet = (e: Ranked) => e.candidate.answerKey.startsWith('quote-outlet:');

/** A word's meaning from below the leads: the fill's vocabulary (vocabulary.ts, bodySenses). */
const fillWord = (e: Ranked) => kindOf(e) === 'vocabulary' && !!e.candidate.fill;

interface Entry extends Ranked {
	kind: Kind;
	/** Fact and vocabulary questions only: what they key, normalised. */
	answer?: string;
	relaxed?: boolean;
	words: Set<string>;
	spans: string[];
	/** The fact words of each evidence sentence, beside `spans` (see same-fact.ts). */
	facts: Set<string>[];
	/** A true/false attribution's people (surnames), and a sourcing question's outlet and kind. */
	people: string[];
	trait?: string;
	/** A who-question's key as another prompt would print it (see giveaway.ts). */
	whoKey: string[];
	/** A recall item's person (see recallPerson). */
	recallPerson?: string;
	/** The evidence spans as ranges, to tell two quotes' sentences that overlap. */
	ranges: { articleId: string; start: number; end: number }[];
	/** What would give this question's answer away, and what it shows (see giveaway.ts). */
	secrets: Secret[];
	shown: string[];
}

/**
 * Does the question ask what its evidence sentences say? A main-idea question cites a lead
 * it offers as a choice, a headline question cites the lead beside its headline, and "which
 * outlet does not mention X" cites where the others do: their sentences are where to look,
 * not the fact asked, so another question may ask a fact of those sentences.
 */
const asksItsEvidence = (e: Entry) =>
	e.candidate.family !== 'main-idea' &&
	e.candidate.answerKey !== 'headline' &&
	!/^(?:not-mention|quoted-by):/.test(e.candidate.answerKey);

/**
 * A headline question cites each article's lead only to show where each headline stands; its
 * proof is the headlines. It neither takes those leads from other questions nor needs them free.
 */
const pointsOnly = (e: Entry) => e.candidate.answerKey === 'headline';

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
const reportsSameFact = memoPair((a: Entry, b: Entry): boolean => {
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
function quoteAskedAgain(e: Entry, chosen: Entry[]): boolean {
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
		[...q.prompt.matchAll(/“([^”]+)”|"([^"]+)"/g)].flatMap((m) => {
			const ws = plain(m[1] ?? m[2] ?? '');
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
const statesQuote = (q: Question) =>
	q.type === 'truefalse' && !/\bit was .+? who said [“"]/i.test(q.prompt) && /[“"]/.test(q.prompt);

/**
 * `why`, when given, is filled with the reason each question left out was not picked (the
 * last rule that kept it out): for the debug scripts, which read why a first ten runs short.
 */
export function selectDiverse(
	ranked: Ranked[],
	max: number,
	why?: Map<Question, string>
): Question[] {
	const first = new Map<Question, string>();
	const set = selectOnce(ranked, max, why && first);
	const limit = Math.min(max, SET);
	// A matching item uses up every quote and sentence it pairs, so the one-by-one questions
	// on them can no longer join; when that leaves the first ten short, they fill it better.
	const matching = new Set<Question>(set.slice(0, limit).filter((q) => q.type === 'matching'));
	const keep = (out: Question[], reasons: Map<Question, string>) => {
		for (const [q, reason] of reasons) if (!out.includes(q)) why?.set(q, reason);
		return out;
	};
	if (set.length >= limit || !matching.size) return keep(set, first);
	const second = new Map<Question, string>();
	const without = selectOnce(
		ranked.filter((r) => !matching.has(r.question)),
		max,
		why && second
	);
	return without.slice(0, limit).length > set.slice(0, limit).length
		? keep(without, second)
		: keep(set, first);
}

/**
 * A question on a figure, sum or day two outlets give differently (compare.ts,
 * compare-hedges.ts, compare-money.ts, compare-dates.ts), by its answer key.
 */
const disagreement = (e: Ranked) =>
	/^(?:figure|figure-outlet|match-figures|tf-figures|money-outlet|date-outlet):/.test(
		e.candidate.answerKey
	);

function selectOnce(ranked: Ranked[], max: number, why?: Map<Question, string>): Question[] {
	const chosen: Entry[] = [];
	const keys = new Set<string>();
	const usedSpans = new Set<string>();
	const subjects = new Set<string>();
	const answers = new Set<string>();
	const count = new Map<string, number>();
	const seen = (k: string) => count.get(k) ?? 0;
	// Compare the text drawn from the articles, not the shared template words.
	let pool: Entry[] = ranked.map((r) => ({
		...r,
		kind: kindOf(r),
		words: words(r.candidate.excerpt ?? r.question.prompt),
		spans: r.question.evidence.map(spanKey),
		facts: (r.evidenceText ?? []).map(factWords),
		people: truefalsePeople(r.question),
		trait: sourcingTrait(r),
		whoKey: whoKeyForms(r.question),
		recallPerson: recallPerson(r, kindOf(r)),
		ranges: r.question.evidence,
		secrets: secretsOf(r.question),
		shown: shownTexts(r.question)
	}));
	// A part B that prints the asked quote with its speaker answers part A beside it.
	// So does a gap or who-question whose own words print its key ("all ____ judges … the three judges").
	// A print edition's date line or a follow-us line is no part of the report: nothing to ask.
	pool = pool.filter(
		(e) =>
			!revealsItself(e.question) &&
			!answersItself(e.question) &&
			!(e.evidenceText ?? []).some(isPublisherLine)
	);
	for (const e of pool)
		if (
			e.kind === 'fact' ||
			e.kind === 'vocabulary' ||
			(e.kind === 'recall' && e.candidate.family === 'quote')
		)
			e.answer = factAnswer(e.question);

	const several =
		new Set(ranked.flatMap((r) => r.question.evidence.map((e) => e.articleId))).size >= 2;
	// The questions read together as a set: a story's first ten, a single article's first twelve.
	const readTogether = several ? SET : SINGLE_FIRST;
	/**
	 * A fact on a side detail (Ranked.sideDetail) stays out of a first ten while any question on
	 * the main events fits, its reserved fact slot included; it comes only when nothing else can,
	 * so a short ten is not made shorter.
	 */
	let sideWaits = true;
	/** Why `e` may not be picked now, or undefined when it may. */
	const misfit = (
		e: Entry,
		capRecall = true,
		strictSpans = true,
		apart = true,
		oneQuotePerSpeaker = true,
		distinctAnswers = true
	): string | undefined => {
		const tens = Math.floor(chosen.length / SET);
		const recallInThisTen = chosen.slice(tens * SET).filter((x) => x.kind === 'recall').length;
		if (capRecall && e.kind === 'recall' && recallInThisTen >= RECALL_PER_TEN) return 'recall cap';
		// A single article's own few words (vocabulary.ts, SENSES_PER_ARTICLE) stay as they were.
		if (
			several &&
			e.kind === 'vocabulary' &&
			chosen.length < SET &&
			chosen.filter((c) => c.kind === 'vocabulary').length >= VOCABULARY_PER_TEN
		)
			return 'vocabulary cap';
		// A story of several outlets leaves a stray detail out of its first ten (see STRAY_DETAIL).
		if (several && chosen.length < SET && strayDetail(e)) return 'stray detail';
		if (several && sideWaits && chosen.length < SET && e.kind === 'fact' && e.sideDetail)
			return 'side detail waits';
		if (
			several &&
			chosen.length < SET &&
			e.headlineCopied &&
			chosen.some((c) => c.kind === 'compare')
		)
			return 'a headline look-up only stands in for a comparison';
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
						!quoteOutlet(c)
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
		// who-question gives way (see take), whichever came first.
		if (
			apart &&
			chosen.length < readTogether &&
			e.whoKey.length &&
			chosen.some((c) => promptNames(c.question, e.whoKey))
		)
			return 'a prompt names its key';
		// A word from below the leads that names a chosen who-question's key would make that
		// question give way (see take): it fills a place, it does not trade one question for another.
		if (
			apart &&
			chosen.length < readTogether &&
			fillWord(e) &&
			chosen.some((c) => promptNames(e.question, c.whoKey))
		)
			return 'a prompt names its key';
		if (apart && chosen.length < readTogether)
			for (const c of chosen.slice(0, readTogether))
				if (givesAway(e, c) && !outranks(e, c)) return 'gives away or is given away by a pick';
		// One question per quotation in the first ten: its sentences ask one thing (quotation.ts).
		// A single article's first twelve too: "who said" on a quotation's second sentence, or a
		// true/false on it, is answered by the item on its first.
		if (apart && chosen.length < readTogether && quotationAsked(e)) return 'quotation asked';
		return undefined;
	};
	/** Does a pick ask about a quotation `e` draws on (quotation.ts)? */
	const quotationAsked = (e: Entry) => {
		const quotations = e.candidate.quotations ?? [];
		return chosen.some((c) => c.candidate.quotations?.some((k) => quotations.includes(k)));
	};
	/**
	 * Of two facts that give each other away, the better one stays, whichever was picked
	 * first: a reserved pick made early (a lone numeric gap about a side detail) must not keep
	 * out the story's main count. `take` drops the one outranked.
	 */
	const outranks = (e: Entry, c: Entry) =>
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
			!offersEventKey(e.question, c.question, true));
	/** Does either question print the other's key, offer it as a wrong choice, or repeat its figures? */
	// Memoised per pair (pair-memo.ts): asked of every pool entry against each chosen one, pick after pick.
	const givesAway = memoPair(
		(e: Entry, c: Entry) =>
			e.secrets.some((s) => reveals(c.shown, s)) ||
			c.secrets.some((s) => reveals(e.shown, s)) ||
			offersKey(c.question, e.question) ||
			offersKey(e.question, c.question) ||
			statementPrintsKey(c.question, e.question) ||
			statementPrintsKey(e.question, c.question) ||
			offersEventKey(c.question, e.question) ||
			offersEventKey(e.question, c.question) ||
			sameNumberChoices(c.question, e.question)
	);
	const value = (e: Entry) =>
		(e.question.score ?? 0) -
		PENALTY.family * seen(`f:${e.candidate.family}`) -
		PENALTY.type * seen(`t:${e.question.type}`) -
		PENALTY.article * seen(`a:${e.question.evidence[0]!.articleId}`) -
		PENALTY.explanation * seen(`e:${e.question.explanation}`) -
		// The fill (one article read through) only takes places the story's own questions leave,
		// and a word from below the leads only those the fill's facts leave too.
		PENALTY.fill * Number(!!e.candidate.fill) -
		PENALTY.fill * Number(fillWord(e));

	const counted = (e: Entry) => [
		`f:${e.candidate.family}`,
		`t:${e.question.type}`,
		`a:${e.question.evidence[0]!.articleId}`,
		`e:${e.question.explanation}`
	];
	/** Does `r` ask again what the chosen `pick` asks? Then it leaves the pool when `pick` is taken. */
	const asksAgain = (pick: Entry, r: Entry) => {
		const excerpt = pick.candidate.excerpt ?? '';
		return (
			r.candidate.answerKey === pick.candidate.answerKey ||
			similar(r.words, pick.words) ||
			// The same quote asked again in other words ("Who said …" and "Which outlet quoted …").
			(quoted(excerpt) &&
				quoted(r.candidate.excerpt ?? '') &&
				quoteOverlap(excerpt, r.candidate.excerpt!) >= 0.6)
		);
	};
	const removedBy = new Map<Entry, Entry[]>();
	// A who-question that gives way frees what it used: its sentence may be asked another way,
	// and the questions it kept out (the same sentence as a gap) come back.
	const forget = (gone: Entry) => {
		chosen.splice(chosen.indexOf(gone), 1);
		pool.push(
			...(removedBy.get(gone) ?? []).filter(
				(r) => r !== gone && !chosen.some((c) => asksAgain(c, r))
			)
		);
		keys.delete(gone.candidate.answerKey);
		for (const s of gone.spans) usedSpans.delete(s);
		if (gone.candidate.subject) subjects.delete(gone.candidate.subject.toLowerCase());
		if (gone.answer && gone.kind !== 'recall') answers.delete(gone.answer);
		for (const k of counted(gone)) count.set(k, seen(k) - 1);
	};
	const take = (pick: Entry) => {
		if (chosen.length < readTogether)
			for (const c of chosen.filter(
				(c) => promptNames(pick.question, c.whoKey) || (givesAway(pick, c) && outranks(pick, c))
			))
				forget(c);
		chosen.push(pick);
		keys.add(pick.candidate.answerKey);
		if (!pointsOnly(pick)) for (const s of pick.spans) usedSpans.add(s);
		if (pick.candidate.subject) subjects.add(pick.candidate.subject.toLowerCase());
		if (pick.answer && pick.kind !== 'recall') answers.add(pick.answer);
		for (const k of counted(pick)) count.set(k, seen(k) + 1);
		const removed = pool.filter((r) => r === pick || asksAgain(pick, r));
		for (const r of removed)
			if (r !== pick) why?.set(r.question, `asks again what “${pick.question.prompt}” asks`);
		pool = pool.filter((r) => !removed.includes(r));
		removedBy.set(pick, removed);
	};
	const best = (
		allowed: (e: Entry) => boolean,
		capRecall = true,
		strictSpans = true,
		apart = true,
		oneQuotePerSpeaker = true,
		distinctAnswers = true
	): Entry | undefined => {
		let top: Entry | undefined;
		let topValue = -Infinity;
		for (const e of pool) {
			if (!allowed(e)) continue;
			const no = misfit(e, capRecall, strictSpans, apart, oneQuotePerSpeaker, distinctAnswers);
			if (no) {
				why?.set(e.question, no);
				continue;
			}
			const v = value(e);
			if (v > topValue) {
				topValue = v;
				top = e;
			}
		}
		return top;
	};

	const limit = Math.min(max, SET);
	const firstTwelveOfOne = () => !several && chosen.length < readTogether;
	const reserved = RESERVED.filter((k) => pool.some((e) => e.kind === k));
	while (chosen.length < max && pool.length) {
		let pick: Entry | undefined;
		sideWaits = true;
		if (chosen.length < limit) {
			// Kinds still missing from the first ten go in first, before other picks use up
			// the sentences they would cite.
			const missing = reserved.filter((k) => !chosen.some((c) => c.kind === k));
			// A comparison first (every story must have one, and the best says how the outlets
			// differ), then the scarcest kind: a story's one timeline cites sentences that its
			// many facts could leave free, but not the other way round.
			const scarcity = (k: Kind) =>
				k === 'compare' ? -1 : pool.filter((e) => e.kind === k).length;
			// A word from below the leads (the fill, vocabulary.ts bodySenses) only takes a place
			// the story's own questions leave: it never claims the reserved slot before them.
			for (const k of [...missing].sort((a, b) => scarcity(a) - scarcity(b))) {
				pick =
					best((e) => e.kind === k && !fillWord(e) && !e.headlineCopied) ??
					best((e) => e.kind === k && !fillWord(e));
				if (pick) break;
			}
		}
		pick ??= best(() => true);
		// Nothing on the main events fits: a side detail is better than a shorter ten (and may
		// join the relaxed passes below).
		if (!pick && chosen.length < SET) {
			sideWaits = false;
			pick = best(() => true);
		}
		// Only recall is left, or only facts from sentences already asked about: better than a
		// short quiz for one article, but they come after every pick that keeps the rules.
		let relaxed = false;
		if (!pick) {
			// A story told by several outlets has comparisons to offer: a set of ten that is
			// mostly "who said" teaches recall, and one that cites a sentence twice asks one fact
			// twice, so a short set of ten is written instead (the pipeline fills it first).
			// Two quotes of one speaker, each asked "which outlet quoted …", are no mirror pair:
			// a short set may hold both (the recall cap still holds).
			if (several && max <= SET) pick = best(() => true, true, true, true, false);
			else
				pick =
					best(() => true, false) ??
					// One article has fewer facts to spread: two facts of different sentences may
					// share their answer ("who …?" twice keyed to its one main person), before any
					// sentence is asked twice.
					(several ? undefined : best(() => true, false, true, true, true, false)) ??
					// One article's first twelve never ask one sentence twice, nor a question another
					// gives away: a teacher reads them as a set, and the second asks nothing new
					// (a quotation's second half, the same official, a name another prompt prints).
					(firstTwelveOfOne() ? undefined : best(() => true, false, false)) ??
					// A bank longer than ten may hold a question another gives away; it goes after the
					// ten that are read as a set (relaxed picks sort last), never into `--max 10`.
					(max > SET && !firstTwelveOfOne() ? best(() => true, false, false, false) : undefined);
			relaxed = true;
		}
		if (!pick) break;
		pick.relaxed = relaxed;
		take(pick);
	}
	// The first ten read best by score: the reserved picks were made first, not because they lead.
	const head = chosen
		.slice(0, limit)
		.sort(
			(a, b) =>
				Number(!!a.relaxed) - Number(!!b.relaxed) ||
				(b.question.score ?? 0) - (a.question.score ?? 0)
		);
	return [...head, ...chosen.slice(limit)].map((c) => c.question);
}
