/**
 * What a fact, gap or vocabulary question keys, in one spelling, and whether two keys name
 * one thing: the set rules (select.ts) ask each fact once, whichever outlet writes it.
 */
import type { Question } from '$lib/bank/schema';
import { MONTH_PATTERN, monthIndex, NUMBER_WORDS, SCALE_WORDS } from './lexicon';

/**
 * The answer a fact or gap question keys, normalised: two outlets' sentences giving the
 * same price or the same name are one fact, whichever family asks it.
 */
export function factAnswer(q: Question): string | undefined {
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
export const namesSomeone = (answer: string) =>
	/[a-z]{3}/.test(answer) &&
	!/\d/.test(answer) &&
	!answer.split(' ').some((w) => w in NUMBER_WORDS || w in SCALE_WORDS);
