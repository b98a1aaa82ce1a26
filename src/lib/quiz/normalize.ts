/**
 * Making typed answers comparable. Students type "The Hill", "the hill.", "“Hill”" or
 * "6 000" and mean the same thing; the grader compares normalised forms.
 *
 * The number-word parser is hand-written on purpose: `compromise` can read numbers too,
 * but it is far too heavy to ship on student pages, and the grammar needed here
 * ("twenty-five", "six thousand", "1.5 million", "a dozen") is small.
 */

import { NUMBER_WORDS, SCALE_WORDS } from '$lib/qgen/lexicon';

const LEADING_ARTICLE = /^(?:the|a|an)\s+/;

/**
 * Lower-cased, accent-free, punctuation-free form of a typed answer with single spaces.
 * Apostrophes vanish ("Iran's" -> "irans") so that a missing apostrophe is not an error;
 * other punctuation becomes a space so that "al-Mahdi" matches "al mahdi".
 */
export function normalizeAnswer(input: string): string {
	const folded = input
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’‘`´ʼ]/g, '')
		.replace(/[^\p{L}\p{N}.,]+/gu, ' ')
		// Keep decimal points and thousands separators only between digits ("1.5", "6,000").
		.replace(/(?<!\p{N})[.,]|[.,](?!\p{N})/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// The article goes first so that "a U.S. official" does not become the initials "aus".
	return joinInitials(folded.replace(LEADING_ARTICLE, '')).replace(
		/(?<=^|\s)dept(?=\s|$)/g,
		// "Justice Dept." is how headlines write "Justice Department": one name, not a misspelling.
		'department'
	);
}

/** "u s embassy" -> "us embassy": initials written with dots ("U.S.") match those without ("US"). */
function joinInitials(text: string): string {
	const out: string[] = [];
	let run = '';
	for (const token of text.split(' ')) {
		if (/^\p{L}$/u.test(token)) {
			run += token;
			continue;
		}
		if (run) out.push(run);
		run = '';
		out.push(token);
	}
	if (run) out.push(run);
	return out.join(' ');
}

const UNITS = NUMBER_WORDS;
const SCALES = SCALE_WORDS;

const SUFFIX_SCALES: Record<string, number> = {
	k: 1_000,
	m: 1_000_000,
	b: 1_000_000_000,
	bn: 1_000_000_000,
	tn: 1_000_000_000_000
};

/** Digits with optional thousands separators (comma or space) and decimals: "6,000", "6 000", "1.5". */
const DIGITS = /^-?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;

function parseDigits(token: string): number | null {
	if (!DIGITS.test(token)) return null;
	const value = Number(token.replace(/[, ]/g, ''));
	return Number.isFinite(value) ? value : null;
}

/**
 * Reads a number the way people type it: "6,000", "6000", "6 000", "6k", "$250bn" (without
 * its "$"), "1.5 million", "six thousand", "twenty-five", "a dozen", "half a million", "about 25". Returns null for anything that is
 * not one definite number. Vague quantities ("dozens", "thousands", "several") are not
 * numbers: accepting them would let a guess pass as a figure the text never gave.
 */
export function parseNumber(input: string): number | null {
	const text = input
		.trim()
		.toLowerCase()
		// Quotes and a closing full stop are how people type, not part of the number.
		.replace(/^["'“”‘’]+|["'“”‘’.!?]+$/g, '')
		.trim()
		.replace(/^(?:about|around|roughly|approximately|some|at least|nearly|almost)\s+/, '')
		.replace(/\s+/g, ' ');
	if (text === '') return null;

	const direct = parseDigits(text);
	if (direct !== null) return direct;

	const suffixed = /^(-?\d+(?:\.\d+)?)\s*(k|m|bn?|tn)$/.exec(text);
	if (suffixed?.[1] && suffixed[2]) return Number(suffixed[1]) * (SUFFIX_SCALES[suffixed[2]] ?? 1);

	return parseWords(text);
}

/** "1.5 million", "six thousand two hundred and five", "a dozen", "twenty-five". */
function parseWords(text: string): number | null {
	// "half a million", "a half million", "half a dozen": half of one of the scale.
	const half = /^(?:an?\s+)?half\s+(?:an?\s+)?([a-z]+)$/.exec(text)?.[1];
	if (half) return half in SCALES ? (SCALES[half] ?? 0) / 2 : null;
	const tokens = text
		.replace(/-/g, ' ')
		.split(' ')
		.filter((t) => t !== 'and' && t !== '');
	if (tokens.length === 0) return null;
	// "a dozen", "a hundred", "a thousand": the article stands for one.
	if (tokens[0] === 'a' || tokens[0] === 'an') {
		if (tokens.length === 1) return null;
		tokens[0] = 'one';
	}

	let total = 0;
	let current = 0;
	let sawNumber = false;
	for (const token of tokens) {
		const digits = parseDigits(token);
		if (digits !== null) {
			if (sawNumber && current !== 0) return null;
			current += digits;
			sawNumber = true;
		} else if (token in UNITS) {
			current += UNITS[token] ?? 0;
			sawNumber = true;
		} else if (token in SCALES) {
			if (!sawNumber) return null;
			const scale = SCALES[token] ?? 1;
			if (scale < 1_000) {
				current = (current || 1) * scale;
			} else {
				total += (current || 1) * scale;
				current = 0;
			}
		} else {
			return null;
		}
	}
	return sawNumber ? total + current : null;
}

/** A typed amount: its value, and whether it was written as money or a share. */
export interface Amount {
	value: number;
	/** null when the typed text names no unit: "1.2 million" may mean "$1.2 million". */
	unit: 'money' | 'percent' | null;
}

const CURRENCY_PREFIX = /^(?:us\s*\$|[$£€¥])\s*/i;
const MONEY_SUFFIX = /\s*(?:us\s+)?(?:dollars?|pounds?|euros?|yen)$/i;
const PERCENT_SUFFIX = /\s*(?:%|per\s*cent|percent)$/i;

/**
 * Reads a typed amount with its currency or percent sign: "$1.2 million", "1.2 million dollars",
 * "$1,200,000", "40%", "40 percent". Kept apart from `parseNumber`, which the generator also
 * uses to read figures and which must not start treating "$" as part of a number.
 */
export function parseAmount(input: string): Amount | null {
	let text = input
		.trim()
		.replace(/^["'“”‘’]+|["'“”‘’.!?]+$/g, '')
		.trim();
	let unit: Amount['unit'] = null;
	if (CURRENCY_PREFIX.test(text)) {
		unit = 'money';
		text = text.replace(CURRENCY_PREFIX, '');
	}
	if (MONEY_SUFFIX.test(text)) {
		unit = 'money';
		text = text.replace(MONEY_SUFFIX, '');
	} else if (PERCENT_SUFFIX.test(text)) {
		if (unit === 'money') return null;
		unit = 'percent';
		text = text.replace(PERCENT_SUFFIX, '');
	}
	const value = parseNumber(text);
	return value === null ? null : { value, unit };
}

/** Small words that abbreviations skip: "Federal Bureau of Investigation" -> "FBI". */
const SKIPPED_IN_INITIALS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at']);

/**
 * The initials of a name in lower case ("federal bureau of investigation" -> "fbi"), or null
 * for a single word, which has no initials worth comparing.
 */
export function initialsOf(name: string): string | null {
	const words = normalizeAnswer(name)
		.split(' ')
		.filter((w) => w !== '' && !SKIPPED_IN_INITIALS.has(w));
	if (words.length < 2) return null;
	return words.map((w) => w[0]).join('');
}

/** Small words whose letter some abbreviations keep: "Department of Justice" -> "DOJ". */
const KEPT_IN_SOME_INITIALS = new Set(['of', 'for', 'and', 'on']);

/**
 * The initials of a name with the letters of "of", "for", "and", "on" kept, as US news English
 * writes many a department's short form ("department of justice" -> "doj", "department of
 * defense" -> "dod"); null when they are the same as `initialsOf` or the name is one word.
 */
export function initialsWithSmallWordsOf(name: string): string | null {
	const plain = initialsOf(name);
	const words = normalizeAnswer(name)
		.split(' ')
		.filter((w) => w !== '' && (!SKIPPED_IN_INITIALS.has(w) || KEPT_IN_SOME_INITIALS.has(w)));
	if (plain === null || words.length < 2) return null;
	const kept = words.map((w) => w[0]).join('');
	return kept === plain ? null : kept;
}

/**
 * An abbreviation as written: two to six capitals, dots allowed ("FBI", "U.N.", "NAACP").
 * Lower-case words are never abbreviations, so "us" typed in a sentence is not read as "US".
 */
export function isAbbreviation(text: string): boolean {
	return /^(?:\p{Lu}\.?){2,6}$/u.test(text.trim());
}
