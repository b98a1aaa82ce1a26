/**
 * Counted quantities ("at least 25 militia fighters", "thousands of protesters",
 * "roughly 6,000"). Hand-written because compromise's numbers() gives vague
 * amounts no value and does not tell what is being counted, which is what we
 * need to line up the same figure across outlets.
 */
import { parseNumber } from '$lib/quiz/normalize';
import { MONTH_PATTERN, NUMBER_WORDS, NUMBER_WORD_PATTERN } from './lexicon';
import type { Mention } from './types';

/** Vague amounts get a representative value so figures can still be compared by size. */
const VAGUE: Record<string, number> = {
	'a few dozen': 36,
	'several dozen': 48,
	'a few hundred': 300,
	'several hundred': 500,
	'a few thousand': 3000,
	'several thousand': 5000,
	dozens: 36,
	scores: 60,
	hundreds: 300,
	thousands: 3000,
	'tens of thousands': 30000,
	'hundreds of thousands': 300_000,
	millions: 3_000_000,
	'tens of millions': 30_000_000,
	'hundreds of millions': 300_000_000
};

export const HEDGE_WORDS =
	'(?:at least|at most|more than|less than|fewer than|roughly|about|around|approximately|nearly|almost|some|over|up to|as many as|an estimated|estimated)\\s+';
const HEDGE =
	'(?:(?:at least|at most|more than|less than|fewer than|roughly|about|around|approximately|nearly|almost|some|over|up to|as many as|an estimated|estimated)\\s+)?';
/** "twenty-nine", "forty-one": a tens word and a unit joined by a hyphen, read as one number. */
export const TENS_UNIT = (() => {
	const words = Object.entries(NUMBER_WORDS);
	const tens = words.filter(([, v]) => v >= 20 && v < 100 && v % 10 === 0).map(([w]) => w);
	const units = words.filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w);
	return `(?:${tens.join('|')})-(?:${units.join('|')})`;
})();
const AMOUNT = `(?:${TENS_UNIT}|(?:a few|several)\\s+(?:dozen|hundred|thousand)|\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:dozen|thousand|million|billion|trillion))?|(?:tens|hundreds) of (?:thousands|millions)|dozens|scores|hundreds|thousands|millions|a dozen|a hundred|${NUMBER_WORD_PATTERN}(?:\\s+(?:dozen|thousand|million|hundred))?)`;
const QUANTITY = new RegExp(`\\b${HEDGE}${AMOUNT}(?=[\\s,.;:)%]|$)`, 'gi');
/** Words between a number and its noun that we skip ("25 militia fighters", "thousands of angry protesters"). */
const NOUN_AFTER = /^(?:\s+of)?(?:\s+(?:the|its|their|his|her))?((?:\s+[A-Za-z.-]+){1,4})/;
const NOT_NOUNS = new Set([
	'and',
	'or',
	'to',
	'in',
	'on',
	'at',
	'of',
	'the',
	'a',
	'for',
	'by',
	'from',
	'with',
	'who',
	'that',
	'were',
	'was',
	'are',
	'is',
	'had',
	'have',
	's'
]);
const MONTH_BEFORE = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s*$`, 'i');

// figureRange takes the longest key the figure ends with: "tens of thousands", not "thousands".
const VAGUE_RANGE: Record<string, [number, number]> = {
	'a few dozen': [24, 72],
	'several dozen': [24, 120],
	'a few hundred': [200, 600],
	'several hundred': [200, 999],
	'a few thousand': [2000, 6000],
	'several thousand': [2000, 9999],
	dozens: [24, 199],
	scores: [40, 199],
	hundreds: [200, 1999],
	thousands: [2000, 19_999],
	'tens of thousands': [20_000, 199_999],
	'hundreds of thousands': [200_000, 1_999_999],
	'tens of millions': [2e7, 199_999_999],
	'hundreds of millions': [2e8, 1_999_999_999],
	millions: [2e6, 2e9]
};

/**
 * The values a figure allows, so "at least 25" and "25" count as agreeing while
 * "dozens" and "thousands" do not. Hedges widen the range the way readers take them.
 */
export function figureRange(text: string, value: number): [number, number] {
	const t = text.toLowerCase();
	const vague = Object.keys(VAGUE_RANGE)
		.filter((k) => t.endsWith(k))
		.sort((a, b) => b.length - a.length)[0];
	if (vague) return VAGUE_RANGE[vague]!;
	if (/^(at least|more than|over|as many as)\b/.test(t)) return [value, Infinity];
	if (/^(nearly|almost|up to|fewer than|less than|at most)\b/.test(t)) return [value * 0.8, value];
	if (/^(roughly|about|around|approximately|some|an estimated|estimated)\b/.test(t))
		return [value * 0.8, value * 1.2];
	return [value, value];
}

export function figuresAgree(a: [number, number], b: [number, number]): boolean {
	return a[0] <= b[1] && b[0] <= a[1];
}

export function parseAmount(raw: string): { value: number; vague: boolean } | undefined {
	const s = raw.toLowerCase().replace(/^\$/, '').trim();
	if (s in VAGUE) return { value: VAGUE[s]!, vague: true };
	// The same reader that grades students' typed numbers, so both agree on "a dozen" or "6,000".
	const value = parseNumber(s);
	return value === null ? undefined : { value, vague: false };
}

/** The counted noun: the first content word after the number, up to three words on ("militia fighters"). */
function countedNoun(after: string): string | undefined {
	let m = NOUN_AFTER.exec(after);
	if (!m) return undefined;
	// "10 of Roe's senior staffers": the name before the possessive owns what is counted;
	// the count is of staffers, and calling it "10 Roe" misnames the counted people. Only
	// a lone word or a name owns it: in "four people in the president's orbit" people are counted.
	const owner = /^(?:\s+[A-Z][A-Za-z.-]*)+$|^\s+\S+$/.test(m[1]!);
	const owned =
		owner && /^['’]s\b/.test(after.slice(m[0].length))
			? NOUN_AFTER.exec(after.slice(m[0].length + 2))
			: null;
	if (owned) m = owned;
	const words = m[1]!.trim().split(/\s+/);
	const picked: string[] = [];
	for (const w of words) {
		const clean = /^([A-Z]\.)+$/.test(w) ? w : w.replace(/[.,]$/, '');
		if (NOT_NOUNS.has(clean.toLowerCase()) && picked.length) break;
		if (NOT_NOUNS.has(clean.toLowerCase())) return undefined;
		picked.push(clean);
		if (
			/s$|^(people|staff|personnel|police|children|men|women)$/i.test(clean) ||
			/,$/.test(w) ||
			(/\.$/.test(w) && !/^([A-Z]\.)+$/.test(w))
		)
			break;
	}
	return picked.length ? picked.join(' ') : undefined;
}

export function findQuantities(
	text: string,
	sentenceAt: (offset: number) => number,
	articleId: string
): Mention[] {
	const out: Mention[] = [];
	for (const m of text.matchAll(QUANTITY)) {
		const start = m.index ?? 0;
		const end = start + m[0].length;
		const amountText = m[0].replace(new RegExp(`^${HEDGE}`, 'i'), '');
		const before = text.slice(Math.max(0, start - 12), start);
		// Skip years, days of the month and parts of names/ids ("Dec. 29", "1979", "COVID-19").
		if (MONTH_BEFORE.test(before) || /[-/:]$/.test(before)) continue;
		// Either end of a range ("between 150 and 200", "150 to 200") is not a figure on its own.
		if (/\bbetween\s+$/i.test(before) || /\d\s+(?:and|to|or)\s+$/i.test(before)) continue;
		if (/^\s+(?:to|or)\s+\d/.test(text.slice(end, end + 8))) continue;
		if (/^(19|20)\d\d$/.test(amountText) || /^\d{1,2}(st|nd|rd|th)$/.test(amountText)) continue;
		const parsed = parseAmount(amountText);
		if (!parsed) continue;
		const after = text.slice(end, end + 60);
		const percent = after.startsWith('%') || /^\s+percent/.test(after);
		// "$132 million from the club": a sum of money counts dollars when no noun follows it.
		const money = text[start - 1] === '$' && /\d/.test(amountText);
		const noun = percent ? 'percent' : (countedNoun(after) ?? (money ? 'dollars' : undefined));
		// "one" alone is usually a pronoun ("one of the...") rather than a count.
		if (!noun || (amountText.toLowerCase() === 'one' && /^\s+of/.test(after))) continue;
		out.push({
			kind: 'quantity',
			text: m[0],
			start,
			end,
			articleId,
			sentence: sentenceAt(start),
			value: parsed.value,
			vague: parsed.vague,
			noun
		});
	}
	return out;
}
