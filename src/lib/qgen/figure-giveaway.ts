/**
 * A number item whose key another item of the set prints, in whatever written form: "Fill the
 * gap: many of those over ____ backed Roe" beside "Fill the gap: about ____ percent of voters
 * were over 45", or "$25,000" in one prompt and "25,000 dollars" or "twenty-five thousand" in
 * another. The words around the two figures differ, so the cue-based secrets (giveaway.ts
 * `reveals`) miss it, yet the student reads the answer off the other question.
 *
 * The same value alone is not enough: "18 others were injured" is not told by "in the past 18
 * months". The figure must be printed as the same kind of figure: a share beside a share, a
 * sum of dollars beside one, or with a word of its own around it ("over 45", "over ____").
 */
import type { Question } from '$lib/bank/schema';
import { parseNumber } from '$lib/quiz/normalize';
import { MONTH_PATTERN, NUMBER_WORD_PATTERN } from './lexicon';
import { TENS_UNIT } from './quantities';

/** Counts up to this are everyday words ("three days"): printed elsewhere they point at nothing. */
const SMALL_COUNT = 12;

/** A day of the month with its year ("Sept. 15, 2011"), a year, an ordinal: not figures. */
const NOT_FIGURES = new RegExp(
	`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}\\s+${MONTH_PATTERN}\\b|\\b(?:19|20)\\d\\d\\b|\\b\\d+(?:st|nd|rd|th)\\b`,
	'gi'
);
const SCALE = '(?:\\s+(?:hundred|thousand|million|billion|trillion))?';
const AMOUNT = `(?:\\d[\\d,]*(?:\\.\\d+)?${SCALE}|(?:${TENS_UNIT}|${NUMBER_WORD_PATTERN})${SCALE})`;
/** A figure in digits ("$25,000", "2.5 million") or words ("twenty-five thousand", "forty"), or a gap. */
const FIGURE = new RegExp(`(?<![\\w.])(?:${AMOUNT}|_{3,})(?![\\w])`, 'gi');

/** Words on either side of a figure that can tie two figures to one thing. */
const BEFORE = 2;
const AFTER = 3;
/** Short or everyday words tie nothing. */
const LOOSE = new Set(
	'were with that this have from they their them than more less only just about said says also been into what when will would which'.split(
		' '
	)
);
const word = (w: string) =>
	w
		.toLowerCase()
		.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
		.replace(/(?<=[a-z]{3})s$/, '');

/** The words around a figure, and its unit: "%" for a share, "$" for a sum of dollars. */
function contextAt(text: string, start: number, end: number): Set<string> {
	const out = new Set<string>();
	const before = text.slice(Math.max(0, start - 60), start);
	const after = text.slice(end, end + 60);
	if (/\$\s*$/.test(before)) out.add('$');
	if (/^\s*(?:%|percent\b|per cent\b|percentage\b)/i.test(after)) out.add('%');
	if (/^\s*dollars?\b/i.test(after)) out.add('$');
	const near = [
		...before.split(/\s+/).slice(-BEFORE - 1, -1),
		...before.split(/\s+/).slice(-1),
		...after.split(/\s+/).filter(Boolean).slice(0, AFTER)
	].map(word);
	for (const w of near) if (w.length >= 4 && !LOOSE.has(w)) out.add(w);
	return out;
}

/**
 * An everyday count ("three") ties to another only by what it counts and whose it is: the
 * content words of the clause before it (its subject, its verb) and of the noun phrase after it,
 * each cut at the first mark that ends the phrase. "Ms. Roe passed three background checks" tells
 * "Ms. Roe faced ____ criminal background screenings"; "the road has 4 lanes" tells no bridge.
 */
export type Sides = { before: Set<string>; after: Set<string> };
const contentWords = (text: string) =>
	new Set(
		text
			.split(/\s+/)
			.map(word)
			.filter((w) => w.length >= 4 && !LOOSE.has(w))
	);
function sidesAt(text: string, start: number, end: number): Sides {
	const before =
		text
			.slice(0, start)
			.split(/[“”".;:!?()]/)
			.at(-1) ?? '';
	const after = text.slice(end).split(/[“”".,;:!?()]/)[0] ?? '';
	return {
		before: contentWords(before.split(/\s+/).slice(-4).join(' ')),
		after: contentWords(after.split(/\s+/).slice(0, 7).join(' '))
	};
}
/**
 * An everyday count of things ("three checks"), not a share or a margin ("four percent", "two
 * points"): a poll's shares all name the same candidates and "percent", so sides tie nothing there.
 */
const everyday = (value: number, after: string) =>
	Number.isInteger(value) &&
	value <= SMALL_COUNT &&
	!/^\s*[-\s]?(?:%|percent\b|per cent\b|percentage\b|points?\b)/i.test(after);
/** Shares a word on both sides: the same count of the same thing of the same subject. */
const sameCount = (a: Sides, b: Sides) =>
	[...a.before].some((w) => b.before.has(w)) && [...a.after].some((w) => b.after.has(w));

type Printed = { value: number; context: Set<string>; sides?: Sides }[];
const printedMemo = new WeakMap<Question, Printed>();
/**
 * Each figure a question shows before it is answered (its prompt and its choices), with its
 * context; a choice takes the context of the gap it would fill. Asked of each question
 * against every pick, so kept per question object.
 */
export function printedFigures(q: Question): Printed {
	let out = printedMemo.get(q);
	if (out) return out;
	out = [];
	const texts = [q.prompt];
	if (q.type === 'evidence') texts.push(...(q.evidenceChoices ?? []).map((c) => c.text));
	if (q.type === 'matching') texts.push(...(q.pairs ?? []).flatMap((p) => [p.left, p.right]));
	if (q.type === 'ordering') texts.push(...(q.items ?? []).map((i) => i.text));
	let gap: Set<string> | undefined;
	for (const text of texts) {
		const first = figuresIn(text, out);
		gap ??= first;
	}
	if ('choices' in q && q.type !== 'truefalse')
		for (const c of q.choices ?? []) {
			const v = figureOf(c.text);
			if (v !== undefined) out.push({ value: v, context: gap ?? new Set() });
			// A sentence offered as a choice (a main idea's or a why item's wrong answers: "Roe
			// said he would repay the $84,000") prints its figures as a prompt does, in its own words.
			else figuresIn(c.text, out);
		}
	printedMemo.set(q, out);
	return out;
}

/** Adds each figure a text prints, with its context, to `out`; returns its first gap's context. */
function figuresIn(text: string, out: Printed): Set<string> | undefined {
	let gap: Set<string> | undefined;
	const plain = text.replace(NOT_FIGURES, (m) => ' '.repeat(m.length));
	for (const m of plain.matchAll(FIGURE)) {
		const start = m.index ?? 0;
		const context = contextAt(plain, start, start + m[0].length);
		if (m[0].startsWith('___')) {
			gap ??= context;
			continue;
		}
		const v = parseNumber(m[0].replace(/-/g, ' '));
		if (v !== null)
			out.push({ value: v, context, sides: sidesAt(plain, start, start + m[0].length) });
	}
	return gap;
}

/** The one figure a short text is ("$25,000", "2.5 million", "Thirty", "45%"), if it is one. */
function figureOf(text: string): number | undefined {
	const t = text
		.trim()
		.replace(/^\$/, '')
		.replace(/\s*(?:%|percent|dollars)$/i, '');
	if (!new RegExp(`^${AMOUNT}$`, 'i').test(t)) return undefined;
	return parseNumber(t.replace(/-/g, ' ')) ?? undefined;
}

type Key = { value: number; context: Set<string>; sides?: Sides };
const keyMemo = new WeakMap<Question, Key | null>();
/**
 * The figure a number item keys (a gap filled by a figure), with its gap's context: above the
 * everyday counts or with decimals, its context words; an everyday count, which any wording may
 * print by chance, the sides of its gap (sidesAt).
 */
export function keyFigure(q: Question): Key | undefined {
	const known = keyMemo.get(q);
	if (known !== undefined) return known ?? undefined;
	let key: string | undefined;
	if (q.type === 'cloze') key = q.accepted?.[0];
	else if (
		q.type === 'single' &&
		(q.choices ?? []).length > 1 &&
		q.choices.every((c) => figureOf(c.text) !== undefined)
	)
		key = q.choices.find((c) => q.correct?.includes(c.id))?.text;
	const value = key === undefined ? undefined : figureOf(key);
	const plain = q.prompt.replace(NOT_FIGURES, (m) => ' '.repeat(m.length));
	const at = plain.search(/_{3,}/);
	const end = at + (/_+/.exec(plain.slice(at))?.[0].length ?? 0);
	const kept =
		value === undefined || at < 0
			? null
			: !everyday(value, plain.slice(end))
				? value > SMALL_COUNT || !Number.isInteger(value)
					? { value, context: contextAt(plain, at, end) }
					: null
				: // An everyday count is kept with its sides only: told by the same count of one thing.
					{ value, context: new Set<string>(), sides: sidesAt(plain, at, end) };
	keyMemo.set(q, kept);
	return kept ?? undefined;
}

const statedMemo = new WeakMap<Question, Sides[]>();
/**
 * The counts a true/false statement tells, by their sides: another item that prints the same
 * count of the same thing answers it, whether the statement keeps the figure or changes it
 * ("Ms. Roe faced two checks" beside "Ann Roe passed three background checks").
 */
function statedCounts(q: Question): Sides[] {
	let out = statedMemo.get(q);
	if (out) return out;
	out = [];
	if (q.type === 'truefalse') {
		const plain = q.prompt.replace(NOT_FIGURES, (m) => ' '.repeat(m.length));
		for (const m of plain.matchAll(FIGURE)) {
			const start = m.index ?? 0;
			const end = start + m[0].length;
			const v = parseNumber(m[0].replace(/-/g, ' '));
			if (v !== null && everyday(v, plain.slice(end))) out.push(sidesAt(plain, start, end));
		}
	}
	statedMemo.set(q, out);
	return out;
}

/**
 * Does `a` print the figure `b` keys as the same kind of figure (a share, a sum of dollars,
 * or with a word in common around it), or a count `b` states true or false?
 */
export function printsFigureKey(a: Question, b: Question): boolean {
	if (a === b) return false;
	const stated = statedCounts(b);
	if (
		stated.length &&
		printedFigures(a).some((p) => p.sides && stated.some((s) => sameCount(p.sides!, s)))
	)
		return true;
	const key = keyFigure(b);
	if (!key) return false;
	return printedFigures(a).some(
		(p) =>
			p.value === key.value &&
			(key.sides
				? !!p.sides && sameCount(p.sides, key.sides)
				: [...p.context].some((w) => key.context.has(w)))
	);
}
