/**
 * Vocabulary in context. No dictionary is available offline, so a gloss is never guessed:
 * - from a definition the writer gives ("The term 'X' refers to Y", "X, a term for Y", "X —
 *   that is, Y"), "Which term does the article use for Y?", the wrong choices other short terms
 *   the same story sets in quotation marks;
 * - from a word of WORD_SENSES (lexicon.ts): a less common word whose news use has one sense,
 *   "What does 'X' mean in this sentence?", the wrong choices another real sense of the word, a
 *   look-alike word's sense or its opposite. An article read alone gets a few; a story of
 *   several outlets one, from a lead sentence in the writer's own words (see leadSense).
 */
import type { StoryView } from '../analyze';
import { looksLikeHeadline } from '../caption';
import { hash, makeChoices, choiceId, spanOf } from '../build';
import { isPublisherLine } from '../boilerplate';
import { notBodyProse } from '../caption';
import { cutAtAbbreviation } from './detail';
import {
	ALONE_MORE_SENSES,
	ALONE_WORD_SENSES,
	COMMON_WORDS,
	FILL_LATE_SENSES,
	FILL_SENSES,
	PHYSICAL_FIELD_WORDS,
	SHORT_REPORT_SENSES,
	WORD_SENSES,
	type WordSense
} from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { leadEventOverlap } from '../focus';
import { perStory } from '../per-text';
import { sameWordFamily } from '../word-family';
import { quotesBalanced } from './headline-wording';
import { VOCABULARY_SHORT_TEN } from '../select-kinds';

export interface Definition {
	term: string;
	gloss: string;
}

const Q = `["“‘']`;
const QE = `["”’']`;
/** A term of one to four words; quoted or not, it is what the sentence explains. */
const TERM = `(?:${Q}([^"“”‘’']{2,40})${QE}|\\b([a-z][a-z-]{3,}))`;
const GLOSS = `([a-z][^;:.!?()]{6,160})`;

/**
 * The ways news English defines a word in passing. Each keeps the term and the gloss apart
 * by the writer's own words ("refers to", "a term for", "that is"), never by guessing.
 */
const DEFINING: readonly RegExp[] = [
	// The term "deep state" typically refers to a shadow government of …
	new RegExp(
		`\\b(?:the )?(?:term|phrase|word|expression) ${TERM},? (?:\\w+ly )?(?:refers to|means|describes|is used (?:for|to describe)) ${GLOSS}`,
		'i'
	),
	// "gerrymandering," a term for drawing districts to favour one party
	new RegExp(
		`${TERM},?${QE}?,? (?:a|the) (?:term|word|phrase) (?:for|used (?:for|to describe)) ${GLOSS}`,
		'i'
	),
	// filibustering — that is, talking a bill to death —
	new RegExp(`${TERM},? (?:—|–|--|,) ?that is,? ${GLOSS}`, 'i'),
	// "redlining" means refusing loans …   /   "redlining" is defined as …
	new RegExp(
		`${Q}([^"“”‘’']{2,40})${QE},? (?:means|is defined as|is the practice of) ${GLOSS}`,
		'i'
	)
];

/** The gloss up to its clause end, short enough for a prompt. */
function trimGloss(gloss: string): string | undefined {
	const words = gloss
		.split(/\s*(?:,|—|–|--)\s*/)[0]!
		.trim()
		.split(/\s+/);
	if (words.length < 2 || words.length > 16) return undefined;
	return words.join(' ');
}

/** A term worth asking: lower-case words (not a name), at least one of them less common. */
function askable(term: string): boolean {
	const words = term.toLowerCase().split(/\s+/);
	if (words.length > 4 || term !== term.toLowerCase()) return false;
	return words.some((w) => w.length >= 5 && !COMMON_WORDS.has(w));
}

/** Definitions the sentence itself gives, outside quotation marks that are someone's words. */
export function definitionsIn(text: string): Definition[] {
	const out: Definition[] = [];
	for (const pattern of DEFINING) {
		const m = pattern.exec(text);
		if (!m) continue;
		const term = (m[1] ?? m[2] ?? '').trim();
		const gloss = trimGloss(m[3] ?? m[2] ?? '');
		if (!term || !gloss || !askable(term)) continue;
		// A gloss that repeats the term explains nothing.
		if (gloss.toLowerCase().includes(term.toLowerCase())) continue;
		out.push({ term, gloss });
	}
	return out;
}

/** Short lower-case terms a story sets in quotation marks (scare quotes too): the wrong choices. */
function quotedTerms(analyses: ArticleAnalysis[]): string[] {
	const out = new Set<string>();
	for (const a of analyses)
		for (const q of a.quoted) {
			const t = a.article.text
				.slice(q.start, q.end)
				.replace(/^["“‘']|["”’']$/g, '')
				.trim()
				.replace(/[,.;:!?]+$/, '');
			if (/^[a-z][a-z -]*$/.test(t) && t.split(' ').length <= 3 && askable(t)) out.add(t);
		}
	return [...out];
}

export function vocabularyCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const asked = new Set<string>();
	const others = quotedTerms(view.analyses);
	if (view.analyses.length === 1) out.push(...aloneSenses('', view).slice(0, SENSES_PER_ARTICLE));
	else out.push(...leadSense(view));
	for (const a of view.analyses) {
		for (const s of a.sentences) {
			// A sentence that opens inside a quote is the speaker's, not the writer's, definition;
			// one in lower case is the tail of a broken sentence. (The caption test is not used: a
			// definition is in the present tense and stands alone, as captions do.)
			if (/^\W*[“"]|^[a-z]/.test(s.text.trim()) || looksLikeHeadline(s, a.sentences)) continue;
			for (const d of definitionsIn(s.text)) {
				const key = d.term.toLowerCase();
				if (asked.has(key)) continue;
				const wrong = others.filter((t) => t.toLowerCase() !== key && !d.gloss.includes(t));
				if (wrong.length < 2) continue;
				asked.add(key);
				out.push(termQuestion(view, a, s, d, wrong.slice(0, 3)));
			}
		}
	}
	return out;
}

function termQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	d: Definition,
	wrong: string[]
): Candidate {
	const choices = makeChoices([d.term, ...wrong], d.term);
	return {
		family: 'vocabulary',
		draft: {
			...draftBase(
				'vocabulary',
				`Which term does ${view.label.get(a.article.id)} use for “${d.gloss}”?`,
				[spanOf(s)],
				`${view.label.get(a.article.id)} explains the term: “${s.text.trim()}”`,
				2
			),
			type: 'single',
			choices,
			correct: [choiceId(choices, d.term)]
		},
		keyTexts: [d.term, d.gloss],
		hidden: [d.term],
		answerKey: senseKey(d.term.toLowerCase()),
		quality: 0.8,
		position: s.index
	};
}

/** A word item's answer key: one per word, whichever list or sentence asks it. */
const senseKey = (word: string) => `vocabulary:${hash(word)}`;

/** At most this many words of one article are asked, each from its own sentence. */
const SENSES_PER_ARTICLE = 3;

/** Verbs whose past or "-ing" form is not the base form plus "-ed"/"-ing". */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
	make: 'made',
	say: 'said',
	lead: 'led',
	spin: 'spun',
	build: 'built',
	rebuild: 'rebuilt',
	send: 'sent',
	lend: 'lent',
	put: 'put',
	cut: 'cut',
	flee: 'fled',
	lose: 'lost',
	stand: 'stood',
	repay: 'repaid',
	pay: 'paid',
	set: 'set',
	spread: 'spread',
	// Heads of the glosses of courts and conflict: "found guilty", "held in custody".
	find: 'found',
	hold: 'held',
	bring: 'brought',
	strike: 'struck',
	withhold: 'withheld'
};
/** A final consonant doubled before "-ed" and "-ing" ("stirred", "snubbing"). */
const DOUBLES =
	/^(?:stir|spur|drop|snub|plot|stop|step|set|cut|put|spin|rig|quip|rebut|vet|shun|admit)$/;

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

/** A verb in one of its forms: "denounce" → "denounced", "decry" → "decries". */
export function inflect(verb: string, form: VerbForm): string {
	if (form === 'base') return verb;
	if (form === 'ed' && IRREGULAR_PAST[verb]) return IRREGULAR_PAST[verb]!;
	if (form === 's')
		return /(?:s|sh|ch|x|z)$/.test(verb)
			? `${verb}es`
			: /[^aeiou]y$/.test(verb)
				? `${verb.slice(0, -1)}ies`
				: `${verb}s`;
	const stem = DOUBLES.test(verb) ? verb + verb.at(-1) : verb;
	if (form === 'ed')
		return /e$/.test(stem)
			? `${stem}d`
			: /[^aeiou]y$/.test(stem)
				? `${stem.slice(0, -1)}ied`
				: `${stem}ed`;
	return /[^e]e$/.test(stem) ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
}

/** A verb's gloss in the form the text uses: "strengthen or support" → "strengthened or supported". */
export function inflectGloss(gloss: string, form: VerbForm): string {
	return gloss.replace(
		/^(\w+)((?: or | and )(\w+))?/,
		(_, head: string, tail?: string, next?: string) =>
			`${inflect(head, form)}${tail && next ? tail.replace(next, inflect(next, form)) : ''}`
	);
}

const WORD_AFTER_NOUN =
	/^\s*(?:[.,;:!?)\u2014\u2013]|(?:of|in|on|with|for|to|and|or|but|that|which|who|over|between|among|about|is|was|are|were|has|had|have|will|would|as|at|from|by|after|since|against)\b)/;
const BEFORE_BASE =
	/\b(?:to|will|would|could|can|may|might|must|should|did|does|do|not|n['’]t)\s+$/i;
const BEFORE_S = /(?:\b(?:he|she|it|who|that)|\b[A-Z][\p{L}'’-]+)\s+$/u;
const BE_BEFORE = /\b(?:is|are|was|were|been|be|am)\s+$/i;
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|[A-Z])/;

const formCache = new Map<WordSense, [string, VerbForm | undefined, RegExp][]>();

/** The forms a word of WORD_SENSES is written in, each with its whole-word pattern (built once). */
function formsOf(entry: WordSense): [string, VerbForm | undefined, RegExp][] {
	let forms = formCache.get(entry);
	if (!forms) {
		const written: [string, VerbForm | undefined][] =
			entry.pos === 'verb'
				? (['ed', 'ing', 's', 'base'] as const).map((f) => [inflect(entry.word, f), f])
				: [[entry.word, undefined]];
		forms = written.map(([form, verbForm]) => [
			form,
			verbForm,
			new RegExp(
				`(?<![\\p{L}'’-])(${form}|${form[0]!.toUpperCase()}${form.slice(1)})(?![\\p{L}'’-])`,
				'gu'
			)
		]);
		formCache.set(entry, forms);
	}
	return forms;
}

/**
 * Where the text uses a word of WORD_SENSES as the part of speech its sense is written for:
 * the form used, and for a verb which form. A noun before another noun ("a bombshell report")
 * modifies it; a verb's "-s" form may be a plural noun and its base form a noun, so each is
 * taken only where a verb stands (after a subject, "to" or a modal).
 */
export function senseUse(
	entry: WordSense,
	text: string
): { at: number; form: string; verbForm?: VerbForm } | undefined {
	for (const [form, verbForm, pattern] of formsOf(entry)) {
		// A quick test first: most sentences hold none of the words.
		if (!text.toLowerCase().includes(form)) continue;
		for (const m of text.matchAll(pattern)) {
			const before = text.slice(0, m.index);
			const after = text.slice(m.index + form.length);
			// Capitalised only as the sentence's first word: elsewhere it is part of a name.
			if (m[1] !== form && before.trim() !== '') continue;
			if (entry.pos === 'noun' && !WORD_AFTER_NOUN.test(after)) continue;
			if (verbForm === 'base' && !BEFORE_BASE.test(before)) continue;
			if (verbForm === 's' && !BEFORE_S.test(before)) continue;
			if (verbForm === 'ing' && !BE_BEFORE.test(before) && !OBJECT_AFTER.test(after)) continue;
			return { at: m.index, form: m[1]!, verbForm };
		}
	}
	return undefined;
}

/** Quotation marks inside the quoted sentence become single ones: “He said ‘no’.” */
export const innerQuotes = (text: string) =>
	text.replace(/“|(?<=^|[\s(—–-])"/g, '‘').replace(/”|"/g, '’');

/**
 * In a story of several outlets, a word is asked from the first sentences of an article only:
 * the lead tells the main events, and further down the same words sit in side stories.
 */
export const LEAD_SENTENCES = 8;

/**
 * One word's meaning for a story of several outlets: the sentence it is asked in is one of an
 * article's first LEAD_SENTENCES, in the writer's own words (no quoted words in it: "Daily A
 * writes" over a speaker's or a reprinted text would credit the outlet with them), and of those
 * the one that names most of the headline events (leadEventOverlap). Not an article's first
 * sentence of reporting: the main-idea question keys on it, and a prompt that prints it whole
 * answers that question. One is enough beside the comparisons and quotes such a story has;
 * more would crowd out its facts.
 */
export function leadSense(view: StoryView): Candidate[] {
	const onStory = leadEventOverlap(view.analyses);
	let best: { c: Candidate; overlap: number } | undefined;
	for (const a of view.analyses) {
		const first = a.sentences.find((x) => !notBodyProse(x, a.sentences))?.index;
		for (const c of senseCandidates(view, a, LEAD_SENTENCES)) {
			if (c.position === first) continue;
			const overlap = onStory(c.draft.evidence);
			if (!best || overlap > best.overlap) best = { c, overlap };
		}
	}
	return best ? [best.c] : [];
}

/**
 * The fill for a story of several outlets whose first ten run short (pipeline.ts reads each
 * article through): a word's meaning from any sentence of an article in the writer's own words,
 * not only from the lead. leadSense keeps to the lead because one word is enough beside a full
 * set of comparisons and facts; when the set rules leave places empty, a word in context from
 * further down is still answerable from its sentence, where a fact from there would be a side
 * detail. Same rules otherwise: no quoted words, not the first sentence of reporting (the main
 * idea's key), at most SENSES_PER_ARTICLE words an article. Selection caps the words a ten asks.
 */
export function bodySenses(view: StoryView): Candidate[] {
	if (view.analyses.length < 2) return [];
	return view.analyses.flatMap((a) => {
		const first = a.sentences.find((x) => !notBodyProse(x, a.sentences))?.index;
		return senseCandidates(view, a, Infinity).filter((c) => c.position !== first);
	});
}

const PHYSICAL = new RegExp(`\\b(?:${PHYSICAL_FIELD_WORDS.join('|')})\\b`, 'i');

/**
 * Why a wrong sense is no choice a reader of the sentence would weigh, or undefined. The
 * rubric asks for wrong answers of the key's kind: a noun phrase ("a sweet fruit drink") where
 * the gap is an adjective, a verb or an adverb is of another part of speech, and a sense from
 * the physical world ("mine for coal", "a fur coat") beside a key that names none of it is of
 * another field; either is ruled out without reading the sentence.
 */
export function offField(entry: WordSense, wrong: string): string | undefined {
	if (entry.pos !== 'noun' && /^(?:a|an|the)\s/i.test(wrong)) return 'another part of speech';
	if (PHYSICAL.test(wrong) && !PHYSICAL.test(entry.meaning)) return 'another field';
	if (punOn(entry.word, wrong)) return 'a pun';
	return undefined;
}

/** Longer words' look-alikes are confusions students make ("investigate" for "instigate"). */
const PUN_WORD_LENGTH = 7;

/**
 * A short word's wrong sense that names a word spelt almost like it ("bow deeply" for "vow",
 * "a trade deal" for "tirade", "a cloth" for "clout"): blind readers marked these as jokes
 * no student weighs. One letter apart for a word of four letters or fewer, two for a longer
 * one ("vet" is two letters from "vote", and "vote against" is a fair rival).
 */
function punOn(word: string, wrong: string): boolean {
	if (word.length > PUN_WORD_LENGTH) return false;
	return (wrong.toLowerCase().match(/[a-z]{3,}/g) ?? []).some(
		(w) => w !== word && editDistance(w, word) <= (word.length <= 4 ? 1 : 2)
	);
}

/**
 * Letters to insert, delete or change to turn one word into the other. Written here, not taken
 * from a package: one use, on words of a few letters, and the textbook loop is ten lines.
 */
function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(
				row[j]! + 1,
				next[j - 1]! + 1,
				row[j - 1]! + Number(a[i - 1] !== b[j - 1])
			);
		row = next;
	}
	return row[b.length]!;
}

/** Fewer wrong senses than this left, the word is not asked: two plausible ones beat three with a joke. */
const MIN_WRONG_SENSES = 2;

const NAMED: ReadonlySet<string> = new Set(['person', 'org', 'place']);

/** A sentence with no word outside quotation marks: someone's words, their speaker elsewhere. */
function allQuoted(s: Sentence, a: ArticleAnalysis): boolean {
	const inside = a.quoted.filter((q) => q.start < s.end && s.start < q.end);
	if (!inside.length) return false;
	let outside = '';
	let at = s.start;
	for (const q of [...inside].sort((x, y) => x.start - y.start)) {
		if (q.start > at) outside += a.article.text.slice(at, q.start);
		at = Math.max(at, q.end);
	}
	outside += a.article.text.slice(at, s.end);
	return !/\p{L}{2,}/u.test(outside);
}

/**
 * An article read alone gets more words (lexicon.ts): ALONE_WORD_SENSES, ranked as rare as
 * WORD_SENSES, ALONE_MORE_SENSES after them, and the short report's common ones
 * (SHORT_REPORT_SENSES).
 */
const ALONE_SENSES: readonly WordSense[] = [
	...WORD_SENSES,
	...ALONE_WORD_SENSES,
	...ALONE_MORE_SENSES,
	...SHORT_REPORT_SENSES
];
const SHORT_REPORT_WORDS: ReadonlySet<string> = new Set(SHORT_REPORT_SENSES.map((e) => e.word));
const MORE_WORDS: ReadonlySet<string> = new Set(ALONE_MORE_SENSES.map((e) => e.word));

/**
 * The short report's words are common ones ("nominee", "rivals"): they fill a short quiz, but
 * blind readers marked them of little value where they took the place of a fact about the news
 * or of a rarer word, so they rank below every other family's items and after WORD_SENSES' words.
 */
const SHORT_REPORT_QUALITY = 0.3;
const WORD_QUALITY = 0.6;
/**
 * ALONE_MORE_SENSES' words rank just below the others: they fill a place the others leave, and
 * never push out a word blind readers passed. Ranked by place alone, an earlier one took the
 * third place from a later passed word and, where selection then dropped it (its prompt printed
 * a gap's key), the article lost that question.
 */
const MORE_QUALITY = 0.55;

/**
 * "endorsement" and "endorsed", "rival" and "rivals": words of one opening, proposed once an
 * article. Looser than word-family.ts (sameWordFamily, by giveaway.ts familyStem), which
 * selection asks of two picked words: this one only keeps the article's word list short.
 */
function sharesOpening(a: string, b: string): boolean {
	if (a.startsWith(b) || b.startsWith(a)) return true;
	let n = 0;
	while (n < a.length && a[n] === b[n]) n++;
	return n >= 6;
}

/**
 * An article read alone whose quiz runs short may ask this many more words than
 * SENSES_PER_ARTICLE, after the first three (pipeline.ts, a short quiz's last resort): a
 * fourth word beside few other questions is a question a teacher keeps, where in a full quiz
 * it would make the quiz a word list.
 */
const SPARE_SENSES = 1;

/** The words past SENSES_PER_ARTICLE an article read alone could still ask, rarest first. */
export function spareSenses(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	return aloneSenses('', view).slice(SENSES_PER_ARTICLE, SENSES_PER_ARTICLE + SPARE_SENSES);
}

/**
 * A short quiz's words from FILL_SENSES, then FILL_LATE_SENSES (lexicon.ts), for an article read
 * alone already asking `asked` words: only up to SENSES_PER_ARTICLE + SPARE_SENSES words in
 * all, so a quiz of six questions is not half a word list. Asked last (pipeline.ts), one at a time and only where it
 * adds to the quiz: these words never take a place or a sentence from another question. Nor
 * from a sentence whose quotation marks do not pair up (a quote that runs on from the sentence
 * before): shown alone it prints a stray mark, which a blind reader marked down.
 *
 * A story of several outlets whose first ten still run short after every other resort asks
 * from STORY_FILL_SENSES the same way, in any article, up to VOCABULARY_SHORT_TEN words in all
 * (selection's cap for a ten nothing else fills): blind readers accepted 29 of 30 word items,
 * and a word in context is a better ninth question than none.
 */
export function fillSenses(
	view: StoryView,
	asked: number,
	askedWords: readonly string[] = []
): Candidate[] {
	const alone = view.analyses.length === 1;
	const room = (alone ? SENSES_PER_ARTICLE + SPARE_SENSES : VOCABULARY_SHORT_TEN) - asked;
	if (room <= 0) return [];
	// The quiz's words and each one taken here: no second of one family or opening, so two
	// outlets using one word make one question, not two.
	const taken = [...askedWords];
	// One pass over FILL_SENSES and FILL_LATE_SENSES, the first list first, so a late word never
	// takes the sentence of an earlier one; then the late words after all the others.
	return view.analyses
		.flatMap((a) =>
			rankedSenses(view, a, undefined, undefined, alone ? FILL_ENTRIES : STORY_FILL_SENSES).filter(
				(c) => quotesBalanced(a.sentences.find((s) => s.index === c.position)?.text ?? '')
			)
		)
		.sort((x, y) => Number(isLateFill(x)) - Number(isLateFill(y)) || y.quality - x.quality)
		.filter((c) => {
			const word = c.keyTexts[0] ?? '';
			if (taken.some((w) => kinWords(w, word))) return false;
			taken.push(word);
			return true;
		})
		.slice(0, room);
}

const FILL_ENTRIES: readonly WordSense[] = [...FILL_SENSES, ...FILL_LATE_SENSES];
const LATE_FILL_KEYS: ReadonlySet<string> = new Set(FILL_LATE_SENSES.map((e) => senseKey(e.word)));
const isLateFill = (c: Candidate) => LATE_FILL_KEYS.has(c.answerKey);

/**
 * The words a story's own lists (WORD_SENSES) leave out and an article read alone asks: the
 * rarer ALONE_WORD_SENSES and the one-sense FILL_SENSES. Not the common words of the short
 * report or ALONE_MORE_SENSES, which blind readers marked of little value beside a story's news.
 */
const STORY_FILL_SENSES: readonly WordSense[] = [...ALONE_WORD_SENSES, ...FILL_SENSES];

/**
 * Two words a quiz should not ask side by side: one family ("testify", "testimony") or one
 * opening of five letters, which the fill list's nouns share with the verbs the main lists ask.
 * A blind reader marked a quiz down for asking "testify" and then "testimony".
 */
function kinWords(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return (
		sameWordFamily(x, y) || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))
	);
}

/** The word a vocabulary question asks, read from the prompt this module writes. */
export function askedVocabularyWord(prompt: string): string | undefined {
	return /What does “([^”]+)” mean in this sentence\?$/.exec(prompt)?.[1];
}

/**
 * The words of an article read alone, ranked: read once per story view, since the short quiz's
 * last resort (spareSenses) asks for the rest of the list vocabularyCandidates took three from.
 */
const aloneSenses = perStory((_: string, view: StoryView) => rankedSenses(view, view.analyses[0]!));

function senseCandidates(view: StoryView, a: ArticleAnalysis, lead?: number): Candidate[] {
	return rankedSenses(view, a, lead).slice(0, SENSES_PER_ARTICLE);
}

/**
 * The sentences of one article read alone that are nothing but its only quoted voice's words
 * (lone-voice.ts), and that voice: allQuoted keeps them out of the writer's words, yet with the
 * speaker named in the prompt ("Jane Roe said: “…”") no one else is credited with them.
 */
export interface Voiced {
	speaker: string;
	owns: (s: Sentence) => boolean;
	/** The sentence as the prompt shows it, inside the prompt's own quotation marks. */
	shown: (text: string) => string;
}

/** The words of `voiced`'s sentences of an article read alone, ranked as rankedSenses ranks. */
export function voicedSenses(view: StoryView, voiced: Voiced): Candidate[] {
	return view.analyses.length === 1 ? rankedSenses(view, view.analyses[0]!, undefined, voiced) : [];
}

/**
 * Headlines that print a word of `word`'s family ("vows" for "vowed"). A word two or more of a
 * story's headlines use is the story's own word: the students meet it in every headline
 * question before they read, and a headline item may ask about that very verb. Blind readers
 * on the tuning stories rejected "vowed" beside two headlines that "vow".
 */
export function headlinesWith(view: StoryView, word: string): number {
	return view.analyses.filter((a) =>
		(a.article.title.match(/[\p{L}'’-]+/gu) ?? []).some((w) => sameWordFamily(w, word))
	).length;
}

/** A story of several outlets asks no word most of its headlines print (headlinesWith). */
const HEADLINE_WORD_LIMIT = 2;

function rankedSenses(
	view: StoryView,
	a: ArticleAnalysis,
	lead?: number,
	voiced?: Voiced,
	entries: readonly WordSense[] = view.analyses.length === 1 ? ALONE_SENSES : WORD_SENSES
): Candidate[] {
	const out: Candidate[] = [];
	const outlet = view.label.get(a.article.id)!;
	const usedSentences = new Set<number>();
	const asked: string[] = [];
	const prose = a.sentences.filter((s) => {
		const words = s.text.split(/\s+/).length;
		if (
			lead !== undefined &&
			(s.index >= lead || a.quoted.some((q) => q.start < s.end && s.start < q.end))
		)
			return false;
		return !(
			words < 6 ||
			words > 45 ||
			notBodyProse(s, a.sentences) ||
			// "While Clinton is a supporter of Roe v.": a sentence cut at an abbreviation.
			cutAtAbbreviation(s, a.sentences) ||
			// "Editor’s note: …", follow-us lines: the outlet's, not the report's.
			isPublisherLine(s.text) ||
			// An article read alone may show quoted words, but not a sentence that is nothing but
			// them: "Daily A writes: “‘We backed our allies.’”" credits the outlet with a speaker
			// whom only another sentence names. Asked of a lone voice, only such sentences.
			(voiced ? !(allQuoted(s, a) && voiced.owns(s)) : allQuoted(s, a))
		);
	});
	const lower = new Map(prose.map((s) => [s, s.text.toLowerCase()]));
	for (const entry of entries) {
		const wrongSenses = entry.wrong.filter((w) => !offField(entry, w));
		if (wrongSenses.length < MIN_WRONG_SENSES) continue;
		if (asked.some((w) => sharesOpening(w, entry.word))) continue;
		// Most articles use few of the words: one look at each sentence's lower case first.
		let stem = entry.word.slice(0, Math.max(3, entry.word.length - 2));
		// An irregular past shares only the word's opening ("withhold", "withheld").
		const past = entry.pos === 'verb' ? IRREGULAR_PAST[entry.word] : undefined;
		while (past && !past.startsWith(stem)) stem = stem.slice(0, -1);
		for (const s of prose) {
			if (usedSentences.has(s.index) || !lower.get(s)!.includes(stem)) continue;
			const use = senseUse(entry, s.text);
			if (!use) continue;
			// A sentence's first word is capitalised anyway: "Levy, a council aide, said …" is a
			// surname when the analysis read it as a name, not the word "levy".
			const at = s.start + use.at;
			if (a.mentions.some((m) => NAMED.has(m.kind) && m.start <= at && at < m.end)) continue;
			if (view.analyses.length > 1 && headlinesWith(view, use.form) >= HEADLINE_WORD_LIMIT) break;
			const gloss = (g: string) => (use.verbForm ? inflectGloss(g, use.verbForm) : g);
			const meaning = gloss(entry.meaning);
			const choices = makeChoices([meaning, ...wrongSenses.map(gloss)], entry.word);
			const word = use.form.toLowerCase();
			const said = voiced ? `${voiced.speaker} said` : `${outlet} writes`;
			const shown = voiced ? voiced.shown(s.text) : s.text.trim();
			out.push({
				family: 'vocabulary',
				draft: {
					...draftBase(
						'vocabulary',
						`${said}: “${innerQuotes(shown)}” What does “${word}” mean in this sentence?`,
						[spanOf(s)],
						`Here “${word}” means “${meaning}”.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, meaning)]
				},
				keyTexts: [use.form],
				hidden: [],
				answerKey: senseKey(entry.word),
				quality: SHORT_REPORT_WORDS.has(entry.word)
					? SHORT_REPORT_QUALITY
					: MORE_WORDS.has(entry.word)
						? MORE_QUALITY
						: WORD_QUALITY,
				position: s.index
			});
			usedSentences.add(s.index);
			asked.push(entry.word);
			break;
		}
	}
	// Rarer words first, then the order the article uses them.
	return out.sort((x, y) => y.quality - x.quality || x.position - y.position);
}
