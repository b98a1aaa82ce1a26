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
	return joinInitials(folded.replace(LEADING_ARTICLE, ''));
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

const SUFFIX_SCALES: Record<string, number> = { k: 1_000, m: 1_000_000, bn: 1_000_000_000 };

/** Digits with optional thousands separators (comma or space) and decimals: "6,000", "6 000", "1.5". */
const DIGITS = /^-?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;

function parseDigits(token: string): number | null {
	if (!DIGITS.test(token)) return null;
	const value = Number(token.replace(/[, ]/g, ''));
	return Number.isFinite(value) ? value : null;
}

/**
 * Reads a number the way people type it: "6,000", "6000", "6 000", "6k", "1.5 million",
 * "six thousand", "twenty-five", "a dozen", "about 25". Returns null for anything that is
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

	const suffixed = /^(-?\d+(?:\.\d+)?)\s*(k|m|bn)$/.exec(text);
	if (suffixed?.[1] && suffixed[2]) return Number(suffixed[1]) * (SUFFIX_SCALES[suffixed[2]] ?? 1);

	return parseWords(text);
}

/** "1.5 million", "six thousand two hundred and five", "a dozen", "twenty-five". */
function parseWords(text: string): number | null {
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
