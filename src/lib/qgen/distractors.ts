/**
 * Wrong answers of the same kind as the key: figures near the right figure,
 * people for people, places for places, all taken from the story first so
 * they are plausible, and never equal to the key once normalised.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { sameName } from './align';
import {
	CEILING_HEDGES,
	FLOOR_HEDGES,
	MONTH_PATTERN,
	NUMBER_WORDS,
	NUMBER_WORD_PATTERN,
	PERSON_TITLES,
	WEEKDAY_PATTERN
} from './lexicon';
import { memoByText } from './match-cache';
import { perText } from './per-text';
import { hashSeed } from '$lib/quiz/shuffle';
import { parseNumber } from '$lib/quiz/normalize';
import { TENS_UNIT } from './quantities';
import { figureValue } from './figure-rank';

// Remembered per text (match-cache.ts): checks and selection normalise the same keys again and again.
export const normalise = memoByText((s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
);

/** Number words by value ("three" at 3), from the one list of number words. */
const WORD_FOR = Object.fromEntries(Object.entries(NUMBER_WORDS).map(([w, n]) => [n, w]));
const VAGUE_LADDER = ['dozens', 'hundreds', 'thousands', 'tens of thousands', 'millions'];

/**
 * `text` written as the key writes its number: "7" beside a key "six" gives the key away as the
 * only word among digits, so it becomes "seven" (and "four" beside "6" becomes "4"). Undefined
 * when the number has no such form (no word for 150).
 */
export function inStyleOf(key: string, text: string): string | undefined {
	const styled = inNumberStyleOf(key, text);
	return styled === undefined ? undefined : inCaseOf(key, styled);
}

/**
 * "Six" opening a sentence among "seven", "four": the one capital gives the key away, so a
 * number word takes the key's capital, or its lack of one.
 */
function inCaseOf(key: string, text: string): string {
	const first = new RegExp(
		`^(${NUMBER_WORD_PATTERN}|a|an|about|almost|nearly|more|at|some|over)\\b`,
		'i'
	);
	if (!first.test(key) || !first.test(text)) return text;
	return /^\p{Lu}/u.test(key)
		? text[0]!.toUpperCase() + text.slice(1)
		: text[0]!.toLowerCase() + text.slice(1);
}

function inNumberStyleOf(key: string, text: string): string | undefined {
	const word = new RegExp(`\\b(${NUMBER_WORD_PATTERN})\\b`, 'i');
	const keyWord = word.test(key) && !/\d/.test(key);
	const keyDigits = /\d/.test(key);
	const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
	// "90" among "a dozen", "two dozen", "three dozen" stands out the same way.
	if (/\bdozens?$/i.test(key) && digits && !/\bdozens?$/i.test(text)) return undefined;
	if (keyWord && digits) {
		const w = WORD_FOR[Number(digits[0].replace(/,/g, ''))];
		return w ? text.replace(digits[0], w) : undefined;
	}
	// "sixty-two" is one number: read both words (with the reader that grades typed numbers),
	// or it becomes "60-two".
	const w = new RegExp(`\\b${NUMBER_WORD_PATTERN}(?:-${NUMBER_WORD_PATTERN})?\\b`, 'i').exec(text);
	if (keyDigits && w && !/\d/.test(text)) {
		// Only a tens word and a unit make one number ("sixty-two", not "one-two").
		if (w[0].includes('-') && !new RegExp(`^${TENS_UNIT}$`, 'i').test(w[0])) return undefined;
		const value = parseNumber(w[0]);
		return value === null ? undefined : text.replace(w[0], String(value));
	}
	return inGroupingOf(key, text);
}

/**
 * "1,692" among "1500" and "2250" stands out the other way: a figure of four digits or more
 * takes the key's thousands commas, or their lack.
 */
function inGroupingOf(key: string, text: string): string {
	const big = /\d{1,3}(?:,\d{3})+|\d{4,}/;
	const k = big.exec(key)?.[0];
	const t = big.exec(text)?.[0];
	if (!k || !t || /^(?:1[89]|20)\d\d$/.test(k)) return text;
	const whole = t.replace(/,/g, '');
	return text.replace(t, k.includes(',') ? Number(whole).toLocaleString('en-US') : whole);
}

/** A share in percent: the key says so ("35 percent", "35%"), or the noun it counts does. */
export function isPercent(keyText: string, unit?: string): boolean {
	return (
		/(?:%|\bper\s?cent(?:age points?)?)$/i.test(keyText.trim()) ||
		/^(?:%|per\s?cent|percentage)/i.test(unit ?? '')
	);
}

/** A year written alone ("2016"): its neighbours are other years, not half or double it. */
const isYear = (keyText: string, value: number) =>
	/^\d{4}$/.test(keyText.trim()) && value >= 1800 && value <= 2100;

/**
 * A figure a reader would not rule out on sight beside the key: a share between 0 and 100 and
 * near the key's (4, 61 and 88 beside a share near 30 are absurd), a count of the same order.
 */
export function plausibleFigure(key: number, value: number, percent: boolean): boolean {
	if (value <= 0 || value === key) return false;
	// A share within about a fifth of the key (three points at least): 46 and 47 beside 89, or
	// 25 and 60 beside 44, stand apart from what the poll or rate could be, and a reader who
	// sees the made-up neighbours of the key cluster round it picks the key without reading.
	if (percent) return value < 100 && Math.abs(value - key) <= Math.max(3, key * 0.2);
	return value >= key / 3 && value <= key * 3;
}

/**
 * Shares near a share: steps of about a sixth of the key (a round step for a round key),
 * inside 0–100, so "35 percent" is answered by 30, 40, 25 and 45, never by 70 or 130. A key
 * with a decimal ("2.8 percent" unemployment, "23.1 percent" of the vote) moves in tenths, as
 * rates and vote counts do: 2.4 and 3.2, not 0.8 and 1.8, and never "2" among "2.8" and "3.2"
 * (each written with the key's decimals, `decimals`).
 */
function nearShares(value: number, decimals: number): string[] {
	const tenth = 10 ** -decimals;
	let step = decimals
		? Math.max(2 * tenth, Number((value * 0.15).toFixed(decimals)))
		: value < 10
			? Math.max(1, Math.round(value * 0.3))
			: Math.round(value * 0.15);
	if (!decimals && value % 5 === 0 && step >= 3) step = Math.max(5, Math.round(step / 5) * 5);
	return [value + step, value - step, value + 2 * step, value - 2 * step]
		.filter((n) => n > 0 && n < 100)
		.map((n) => n.toFixed(decimals));
}

/**
 * Figures near `value` that read naturally: halves, doubles and round neighbours for a count,
 * close shares for a percentage, neighbouring years for a year. `unit` is the noun the figure
 * counts, when the key's text leaves it out ("____ percent Latino").
 */
export function nearFigures(
	keyText: string,
	value: number,
	vague: boolean,
	unit?: string
): string[] {
	if (vague) {
		// "several dozen" stands on the dozens rung, so "dozens" is never offered against it.
		const rung = /(dozen|hundred|thousand|million)s?$/i.exec(keyText)?.[1]?.toLowerCase();
		const word = /tens of thousands$/i.test(keyText) ? 'tens of thousands' : `${rung}s`;
		const i = VAGUE_LADDER.indexOf(word);
		return VAGUE_LADDER.filter((_, j) => j !== i && Math.abs(j - Math.max(i, 0)) <= 2);
	}
	const hedge =
		new RegExp(`^(.*?)(\\d|a dozen|${NUMBER_WORD_PATTERN}\\b)`, 'i').exec(keyText)?.[1] ?? '';
	// "almost four dozen" is answered in dozens too, or the odd one out gives the key away.
	if (/\bdozen$/i.test(keyText) && value % 12 === 0) {
		const dozens = value / 12;
		const dozenChoices = [dozens + 1, dozens * 2, dozens - 1, dozens + 2, dozens + 3]
			.filter((n) => n > 1 && n <= 12 && n !== dozens && WORD_FOR[n])
			.map((n) => `${hedge}${WORD_FOR[n]} dozen`);
		// "over a dozen" against "two dozen" and "three dozen" only: one smaller amount, so the
		// key is not always the smallest choice, and a fourth choice.
		return dozens === 1
			? [...new Set([`${hedge}half a dozen`, ...dozenChoices])]
			: [...new Set(dozenChoices)];
	}
	if (isYear(keyText, value)) return [value - 1, value + 1, value - 2, value + 2].map(String);
	if (isPercent(keyText, unit)) {
		const unitText = /(\s*(?:%|per\s?cent(?:age points?)?))$/i.exec(keyText.trim())?.[1] ?? '';
		const decimals = /\d\.(\d+)/.exec(keyText)?.[1]!.length ?? (Number.isInteger(value) ? 0 : 1);
		return nearShares(value, decimals)
			.map((n) => inStyleOf(keyText, `${hedge}${n}${unitText}`))
			.filter((t): t is string => t !== undefined);
	}
	if (value >= 10) return madeUpCounts(keyText, value, hedge);
	const candidates = [value + 1, value + 2, value - 1, value * 2, value + 3];
	return [...new Set(candidates.filter((n) => n > 0 && n !== value))]
		.map((n) => inStyleOf(keyText, `${hedge}${n.toLocaleString('en-US')}`))
		.filter((t): t is string => t !== undefined);
}

const SCALE_VALUES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

/**
 * How far below and above the key a made-up count may stand. Uneven on purpose: half, one and
 * a half and double the key ("11, 33, 44" beside 22) leave the key as the one the others are
 * multiples of, and a test-wise student picks it without reading. As far above as below (each
 * above ratio about the inverse of a below one) and at most about 1.6 times the key: when the
 * key is the smallest choice, "330" and "400" beside "190" were ruled out as implausible for
 * what is counted, where a real figure of the kind stands a step or two from it.
 */
const BELOW_RATIOS = [0.6, 0.66, 0.72, 0.78, 0.84];
const ABOVE_RATIOS = [1.2, 1.27, 1.34, 1.42, 1.5, 1.6];
/** Ratios a student reads back to the key: at most one choice may stand at one of them. */
const SIMPLE_RATIOS = [1 / 3, 0.5, 2 / 3, 0.75, 4 / 3, 1.5, 2, 2.5, 3];

/** "43,350" → 4, "1.8" → 2, "84,000" → 2: the digits that are not only the figure's scale. */
function sigDigits(written: string): number {
	const digits = written.replace(/[^\d.]/g, '');
	const [whole = '', frac = ''] = digits.split('.');
	const all = (whole + frac.replace(/0+$/, '')).replace(/^0+/, '');
	return frac.replace(/0+$/, '') ? all.length : all.replace(/0+$/, '').length;
}

/**
 * Wrong counts for a key of 10 or more that form no pattern around it: each at its own uneven
 * distance below or above, rounded as the key is (as many significant digits, a last digit of
 * 5 or 0 when the key's is 5, "1.8 million" answered by "2.6 million", never "1,001.6"), and
 * written as the key writes its figures (thousands commas or none, its scale word, its hedge).
 * In an order that mixes the two sides, the side first fixed by the key, so the first three
 * alone do not all stand above it.
 */
function madeUpCounts(keyText: string, value: number, hedge: string): string[] {
	const written = /(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?\s*$/i.exec(
		keyText
	);
	const scaleWord = written?.[2]?.toLowerCase();
	const scale = scaleWord ? SCALE_VALUES[scaleWord]! : 1;
	const n = value / scale;
	const keyDigits = written?.[1] ?? String(value);
	const decimals = /\.(\d+)$/.exec(keyDigits)?.[1]?.length ?? 0;
	const commas = keyDigits.includes(',') || !/^\d{4,}$/.test(keyDigits.replace(/\..*/, ''));
	const sig = Math.max(2, sigDigits(keyDigits));
	// "25", "2,500", "100": a key whose last digit that counts is 5, or a round key, gets
	// wrong figures on the same steps of five.
	const oneSig = sigDigits(keyDigits) === 1;
	const fives = oneSig || /5$/.test(keyDigits.replace(/[.,]/g, '').replace(/0+$/, ''));
	// "1,500" is three steps of 500: its neighbours on those steps, 1,000, 2,000 and 2,500, are
	// two thirds, four thirds and five thirds of it, as real figures rounded that way would be.
	const threeSteps =
		fives && !oneSig && Math.abs(n / (5 * 10 ** (Math.floor(Math.log10(n)) - 1)) - 3) < 1e-9;
	// A round key's neighbours are round too, so only the tell-tale trio is kept from it.
	const simpleRatios = oneSig || threeSteps ? [0.5, 1.5, 2] : SIMPLE_RATIOS;
	const minStep = 10 ** -decimals;
	// A key in words ("twenty") is answered by numbers that have a word, the nearest one.
	const inWords = !/\d/.test(keyText);
	const worded = Object.keys(WORD_FOR).map(Number);
	// Below the key, the key's own scale ("8" beside "15" is rounder than it looks: 10).
	const magOf = (x: number) => Math.floor(Math.log10(Math.max(x, x < n ? n : x)));
	let nudged = 0;
	const seed = hashSeed(keyText);
	const roundLike = (x: number) => {
		if (inWords)
			return worded
				.filter((w) => w !== n)
				.reduce((a, b) => (Math.abs(b - x) < Math.abs(a - x) ? b : a), -Infinity);
		const mag = 10 ** (magOf(x) - sig + 1);
		// Below a round key the next digit down: 60, 70, 80 under 100, not only 50; 55, 60, 70
		// under 90. Above a round key that starts with 1 too: 120, 130 over 100, where steps of
		// 50 leave 150 alone in reach.
		const tenth = 10 ** (Math.floor(Math.log10(n)) - 1);
		const small = n < 2 * 10 * tenth;
		const step = Math.max(
			minStep,
			oneSig && (x < n || small) ? (small ? tenth : 5 * tenth) : fives ? 5 * mag : mag
		);
		let r = Math.round(x / step) * step;
		// Rounder than the key ("100,000" beside "84,000") stands out as made up the other way:
		// a step off, up or down by turns so the nudged figures share no ending ("24,350",
		// "27,350" beside "43,350").
		if (sigDigits(r.toFixed(decimals)) < sigDigits(keyDigits) && r >= 10 * step)
			r += (nudged++ + seed) % 2 === 0 ? step : -step;
		return Number(r.toFixed(decimals));
	};
	// Nearest first on each side: started at a seeded ratio, a key the spread leaves smallest
	// got the three farthest above it ("35, 45, 50" beside "20").
	const below = [...BELOW_RATIOS].reverse();
	const above = ABOVE_RATIOS;
	const picked: number[] = [];
	let simple = 0;
	const take = (ratios: number[], max: number) => {
		let count = 0;
		for (const r of ratios) {
			if (count >= max) break;
			const x = roundLike(n * r);
			if (x <= 0 || Math.abs(x - n) <= 0.12 * n) continue;
			if (picked.some((p) => Math.abs(p - x) <= 0.08 * Math.max(p, x))) continue;
			// Number words are round anyway ("ten", "thirty"): there the ratios cannot be helped.
			const isSimple = !inWords && simpleRatios.some((q) => Math.abs(x / n - q) < 1e-9);
			if (isSimple && simple >= 1) continue;
			if (isSimple) simple++;
			picked.push(x);
			count++;
		}
	};
	take(below, 3);
	take(above, 3);
	const low = picked.filter((x) => x < n);
	const high = picked.filter((x) => x > n);
	const mixed: number[] = [];
	const lowFirst = seed % 2 === 0;
	for (let i = 0; i < 3; i++) {
		const pair = lowFirst ? [low[i], high[i]] : [high[i], low[i]];
		for (const x of pair) if (x !== undefined) mixed.push(x);
	}
	const format = (x: number) => {
		// "1 million" beside "1.5 million", as news English writes it, not "1.0 million".
		const fixed = Number.isInteger(x) ? String(x) : x.toFixed(decimals);
		if (!commas) return fixed;
		const [whole, frac] = fixed.split('.');
		return `${Number(whole).toLocaleString('en-US')}${frac ? `.${frac}` : ''}`;
	};
	return mixed
		.map((x) => inStyleOf(keyText, `${hedge}${format(x)}${scaleWord ? ` ${scaleWord}` : ''}`))
		.filter((t): t is string => t !== undefined);
}

/**
 * A lead the sentence calls narrow: "edging 45 percent", "narrowly beat 41", "just ahead of 45".
 * Half, double or 53 beside it are ruled out by the word, so the key would be the one choice
 * just above the other figure.
 */
const NARROW_LEAD =
	/\b(?:edg(?:e|es|ed|ing)(?:\s+out)?|narrowly|barely|just\s+ahead\s+of|slightly\s+ahead\s+of)\b/i;
/** The top of a narrow lead over `other`: a few points, a tenth for a larger figure. */
const narrowTop = (other: number) => other + Math.max(5, Math.round(other * 0.1)) + 0.5;

/**
 * The values the sentence around a gap allows: "____ percent to 41 percent" after "favored"
 * is above 41, "____ percent, edging 45 percent" above 45, "____ of the 50 states" at most 50.
 * A wrong figure outside them is ruled out by the sentence, not by the story.
 */
export function figureBounds(before: string, after: string): { min?: number; max?: number } {
	// With its scale word, so that "to 9 million" bounds "8 million" in units as withinBounds reads it.
	const num = String.raw`(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?`;
	// "____ percent to Roe's 41 percent": the rival's share may follow its name. A score is
	// also written with a dash between two shares, "leads Roe, ____%-35%" (the signs on both
	// sides, so that "10%-15%" read as a range needs a verb of leading too).
	const toOther = new RegExp(
		String.raw`^\s*(?:(?:%|percent|per cent)?\s+to\s+(?:just\s+|only\s+)?${RIVALS}|%\s*[-–]\s*(?=[\d.,]+%))${num}`,
		'iu'
	).exec(after);
	const value = (m: RegExpExecArray | null) =>
		m
			? Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE_VALUES[m[2].toLowerCase()]! : 1)
			: undefined;
	if (toOther) {
		// Two shares of one poll, "46 percent to 41 percent", add up to 100 at most: 70 against
		// 41 cannot be right. Not for other figures ("won 52 seats to 41").
		const other = value(toOther)!;
		const shares = new RegExp(String.raw`^\s*(?:%|percent|per cent)`, 'i').test(after);
		const whole = shares && other < 100 ? { max: 100 - other + 0.5 } : {};
		if (NARROW_LEAD.test(before)) return { min: other, max: narrowTop(other) };
		if (
			/\b(?:favou?red|preferred|led|leads|leading|won|wins|winning|beat|beats|beating|edged|edges|edging|topped|tops|ahead)\b/i.test(
				before
			) ||
			LEAD_NOUN.test(before)
		)
			return { min: other, ...whole };
		if (/\b(?:trailed|trails|trailing|lost|loses|losing|behind)\b/i.test(before))
			return { max: Math.min(other, whole.max ?? other) };
	}
	// The gap is the second figure of a score: "Roe leads Poe 49 to ____", "edging Poe, 46
	// percent to ____ percent". The subject's is the first; a leader's rival has less, a trailer's
	// more, and two shares of one poll add up to 100 at most.
	const first = new RegExp(
		String.raw`${num}\s*(%|percent|per cent)?(?:\s+to\s+(?:just\s+|only\s+)?|(?<=%)\s*[-–]\s*)$`,
		'i'
	).exec(before);
	// "50%-____%": a dash makes a score only between two shares.
	if (first && (/\s(?:to)\s+(?:just\s+|only\s+)?$/i.test(first[0]) || /^\s*%/.test(after))) {
		const other = value(first)!;
		const shares = !!first[3] || /^\s*(?:%|percent|per cent)/i.test(after);
		// The verb nearest the score in its clause: "Roe, who won in 2012, trails Poe 45 to ____".
		const lead = before.slice(Math.max(0, first.index - 80), first.index);
		const whole = shares && other < 100 ? 100 - other + 0.5 : undefined;
		const side = [
			...lead.matchAll(
				/\b(?:(favou?red|preferred|led|leads|leading|won|wins|winning|beat|beats|beating|edged|edges|edging|topped|tops|ahead|defeated|defeating)|(trailed|trails|trailing|lost|loses|losing|behind))\b/gi
			)
		].pop();
		if (side?.[1]) {
			// "edging Poe, 46 to ____": the rival a few points below.
			if (NARROW_LEAD.test(lead.slice(side.index)))
				return { min: other - (narrowTop(other) - other), max: other };
			return { max: Math.min(other, whole ?? other) };
		}
		if (side?.[2]) return whole === undefined ? { min: other } : { min: other, max: whole };
	}
	// "about ____ p.m. Friday": a clock hour, so "14 p.m." is ruled out on sight.
	if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b)/i.test(after)) return { max: 12.5 };
	// "a majority (____%)", "____ percent, a clear majority": above half; "a minority" below.
	if (/^\s*(?:%|percent|per cent)/i.test(after)) {
		// Not a title or a side's name: "Majority Leader", "the minority party".
		const said = `${before.slice(-30)} ${after.split(/[;.]/)[0]!.slice(0, 40)}`.replace(
			/\b(?:majority|minority)\s+(?:leaders?|whips?|party|parties|opinion|owners?|stake)\b/gi,
			''
		);
		const majority = /\bmajority\b/i.test(said);
		const minority = /\bminority\b/i.test(said);
		if (majority && !minority) return { min: 50 };
		if (minority && !majority) return { max: 50 };
	}
	// The comparison follows in the same clause: "____ percent, edging Roe's 45 percent".
	const clause = after.split(/[;.]/)[0]!;
	const above = new RegExp(
		String.raw`\b(?:edging|edged|beating|beat|topping|topped|ahead of|outpacing|surpassing|exceeding|above|up from)\s+(?:\p{Lu}[\p{L}'’.]*\s+)*(?:just\s+|only\s+)?${num}`,
		'iu'
	).exec(clause);
	if (above) {
		const min = value(above)!;
		return NARROW_LEAD.test(above[0]) ? { min, max: narrowTop(min) } : { min };
	}
	const below = new RegExp(
		String.raw`\b(?:trailing|behind|below|short of|down from)\s+(?:\p{Lu}[\p{L}'’.]*\s+)*(?:just\s+|only\s+)?${num}`,
		'iu'
	).exec(clause);
	if (below) return { max: value(below) };
	const ofAll = new RegExp(String.raw`^\s+of\s+(?:the|its|their)\s+${num}\b`, 'i').exec(after);
	if (ofAll) return { max: value(ofAll)! + 0.5 };
	// "correctly predicted ____ of the past six elections": a part of a whole written in words,
	// often after "past" or "last"; seven or ten of six cannot be right.
	const ofWords = new RegExp(
		String.raw`^\s+of\s+(?:the|its|their|his|her)\s+(?:(?:past|last|previous|first|next|final)\s+)?(${NUMBER_WORD_PATTERN})\b`,
		'i'
	).exec(after);
	const whole = ofWords && NUMBER_WORDS[ofWords[1]!.toLowerCase()];
	if (whole) return { max: whole + 0.5 };
	const ofPast = new RegExp(
		String.raw`^\s+of\s+(?:the|its|their|his|her)\s+(?:past|last|previous|first|next|final)\s+${num}\b`,
		'i'
	).exec(after);
	if (ofPast) return { max: value(ofPast)! + 0.5 };
	// A decimal point is no clause's end ("half of its $1.1 billion").
	const clauseEnd = after.split(/;|\.(?!\d)/)[0]!;
	return { ...totalOfPart(clauseEnd), ...partOfWhole(clauseEnd) };
}

/** A rival's name in the possessive before its figure: "Trump's", "Hillary Clinton’s". */
const RIVALS = String.raw`(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+)?`;
/** "a four-point lead, with ____ percent to …", "a slimmer lead for Roe with": a lead as a noun. */
const LEAD_NOUN = /\ba\s+(?:[\p{L}\d-]+\s+)?lead\b/iu;

/**
 * "____ adults, including 848 registered voters": a total the sentence breaks down is above
 * the part it names, so a wrong count under 848 is ruled out by the sentence itself. Counts
 * only: "____ percent, including 12 percent" names no part of a whole.
 */
export function totalOfPart(clause: string): { min?: number } {
	const m = new RegExp(
		String.raw`^(?![\s$]*(?:%|percent|per cent))[^.;]{0,40}?,?\s+(?:including|among them)\s+(?:at least\s+|more than\s+)?(\d[\d,]*)(?!\s*(?:%|percent|per cent))\b(?![.,]\d)`,
		'i'
	).exec(clause);
	return m ? { min: Number(m[1]!.replace(/,/g, '')) } : {};
}

/** The floor and ceiling hedges, longest first: "no more than" is a ceiling, not "more than". */
const BOUND_HEDGES = [
	...FLOOR_HEDGES.map((h) => [h, 'floor'] as const),
	...CEILING_HEDGES.map((h) => [h, 'ceiling'] as const)
].sort((a, b) => b[0].length - a[0].length);

/**
 * "Signing were over ____ priests" keyed "a dozen": a hedge right before the gap makes the key a
 * floor, and "half a dozen" would make the sentence true as well, a second right answer. The
 * values a wrong figure may take: above the key after "more than", "over", "at least"; below it
 * after "fewer than", "under", "at most". `value` is the key's.
 */
/** Words between a hedge and its figure that leave the hedge on the figure. */
const FIGURE_QUALIFIERS =
	'(?:a|an|the|combined|estimated|total|of|record|reported|whopping|staggering|cumulative|additional)';

export function hedgeBounds(before: string, value: number): { min?: number; max?: number } {
	const tail = before
		.replace(/\$\s*$/, '')
		.trimEnd()
		.toLowerCase();
	// "more than a combined $23 million", "over an estimated 500": a few words that qualify the
	// figure may stand between the hedge and it.
	const hit = BOUND_HEDGES.find(([h]) =>
		new RegExp(`(?:^|[^\\p{L}])${h}(?:\\s+${FIGURE_QUALIFIERS}){0,3}$`, 'u').test(tail)
	);
	if (!hit) return {};
	return hit[1] === 'floor' ? { min: value } : { max: value };
}

/** Both sets of bounds at once: the higher floor and the lower ceiling. */
export function boundsBoth(
	a: { min?: number; max?: number },
	b: { min?: number; max?: number }
): { min?: number; max?: number } {
	const pick = (x: number | undefined, y: number | undefined, f: (...v: number[]) => number) =>
		x === undefined ? y : y === undefined ? x : f(x, y);
	const min = pick(a.min, b.min, Math.max);
	const max = pick(a.max, b.max, Math.min);
	return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** Shares of a whole news English writes in words. */
const FRACTIONS: Record<string, number> = {
	half: 0.5,
	'a third': 1 / 3,
	'one third': 1 / 3,
	'one-third': 1 / 3,
	'two-thirds': 2 / 3,
	'two thirds': 2 / 3,
	'a quarter': 0.25,
	'one quarter': 0.25,
	'three-quarters': 0.75,
	'three quarters': 0.75,
	'a fifth': 0.2
};

/**
 * "$____ million, nearly half of its $1.1 billion budget": the sentence says what share of a
 * whole the figure is, so "1,001.6 million" beside it is ruled out on sight. Values in units
 * (1.1 billion is 1,100,000,000), as `withinBounds` reads the choices.
 */
export function partOfWhole(clause: string): { min?: number; max?: number } {
	const m = new RegExp(
		String.raw`^[^.;]{0,40}?\b(?:(nearly|almost|about|roughly|around|more than|over|less than|under|just over|just under)\s+)?(${Object.keys(
			FRACTIONS
		).join(
			'|'
		)})\s+of\s+(?:the|its|their|his|her|a|an)?\s*\$?(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?`,
		'i'
	).exec(clause);
	if (!m) return {};
	const whole = Number(m[3]!.replace(/,/g, '')) * (m[4] ? SCALE_VALUES[m[4].toLowerCase()]! : 1);
	const part = FRACTIONS[m[2]!.toLowerCase()]! * whole;
	const hedge = (m[1] ?? '').toLowerCase();
	if (/^(?:nearly|almost|less than|under|just under)$/.test(hedge))
		return { min: part * 0.6, max: part };
	if (/^(?:more than|over|just over)$/.test(hedge))
		return { min: part, max: Math.min(whole, part * 1.5) };
	return { min: part * 0.7, max: part * 1.3 };
}

/**
 * More figures on the side the sentence allows, for when its bounds rule out some of
 * `nearFigures`: the neighbours of a figure a step further in ("____ percent to 41 percent"
 * keyed 53 also gets 60 and 67, not only 46 and 39).
 */
export function figuresWithin(
	keyText: string,
	value: number,
	bounds: { min?: number; max?: number },
	unit?: string
): string[] {
	if (bounds.min === undefined && bounds.max === undefined) return [];
	// "____ of the past six": a small whole leaves few counts, each a fair choice, nearest first.
	if (bounds.min === undefined && bounds.max! <= 13 && Number.isInteger(value)) {
		const counts: number[] = [];
		for (let n = 1; n < bounds.max!; n++) if (n !== value) counts.push(n);
		return counts
			.sort((x, y) => Math.abs(x - value) - Math.abs(y - value) || y - x)
			.map((n) => inStyleOf(keyText, String(n)))
			.filter((t): t is string => t !== undefined);
	}
	const step = Math.max(1, Math.round(value * 0.15));
	// Shares between two bounds ("46 percent to 41": above 41, at most 59): the window's own
	// neighbours of the key, a step or half a step away, in the key's style.
	if (bounds.min !== undefined && bounds.max !== undefined) {
		// A window too narrow for a step ("edging 45": 46 to 50): every whole figure in it, so
		// each choice fits the word and only the article tells which.
		if (bounds.max - bounds.min <= 12 && Number.isInteger(value)) {
			const inside: number[] = [];
			for (let n = Math.floor(bounds.min) + 1; n < bounds.max; n++) if (n !== value) inside.push(n);
			return inside
				.sort((x, y) => Math.abs(x - value) - Math.abs(y - value))
				.map((n) => inStyleOf(keyText, keyText.replace(/\d[\d,]*(?:\.\d+)?/, String(n))))
				.filter((t): t is string => t !== undefined && withinBounds(t, bounds));
		}
		// "____ million, nearly half of its $1.1 billion": made-up figures near the key and near
		// the middle of the window, written as the key is, that the window keeps.
		if (/\b(?:thousand|million|billion|trillion)$/i.test(keyText.trim()))
			return [value, (bounds.min + bounds.max) / 2]
				.flatMap((v) => nearFigures(keyText, v, false, unit))
				.filter((f) => withinBounds(f, bounds));
		const half = Math.max(1, Math.round(step / 2));
		return [value + half, value - half, value + step, value - step, value + 2 * step]
			.map((n) => inStyleOf(keyText, String(n)))
			.filter((t): t is string => t !== undefined && withinBounds(t, bounds));
	}
	// Above a floor ("over $2 million") from two figures further up: made-up counts stay within
	// about 1.6 times the figure they start from, so one start leaves two choices at most.
	const further =
		bounds.min !== undefined
			? [value + 2 * step, value + 4 * step]
			: [Math.max(1, value - 2 * step)];
	return further
		.flatMap((v) => nearFigures(keyText, v, false, unit))
		.filter((f) => withinBounds(f, bounds));
}

/** Does the figure in `text` ("39", "39 percent", "six") stand inside the bounds? */
export function withinBounds(text: string, bounds: { min?: number; max?: number }): boolean {
	const figure = /(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?/i.exec(text);
	const digits = figure?.[1];
	// "501.6 million" against a whole of "1.1 billion": both in units.
	const scale = figure?.[2] ? SCALE_VALUES[figure[2].toLowerCase()]! : 1;
	const word = new RegExp(`\\b(${NUMBER_WORD_PATTERN})\\b`, 'i').exec(text)?.[1]?.toLowerCase();
	// "two dozen" is 24 and "half a dozen" 6, not the 2 or nothing the first number word reads as.
	const dozens = /\bdozen\b/i.test(text) ? figureValue(text) : undefined;
	const n =
		dozens !== undefined
			? dozens
			: digits
				? Number(digits.replace(/,/g, '')) * scale
				: word
					? NUMBER_WORDS[word]
					: undefined;
	if (n === undefined) return true;
	return (
		(bounds.min === undefined || n > bounds.min) && (bounds.max === undefined || n < bounds.max)
	);
}

/**
 * A choice that is a whole name, not a piece of one: "Economic Council" where the story only
 * ever writes "National Economic Council", "Republican Oval Office" (a party's adjective fused
 * onto a name the story writes alone). `text` is the story's text.
 */
// Kept per story text and name: detail.ts asks it of every body the story names, gap after gap,
// and each asking ran a Unicode pattern over the whole story.
export const wholeName = perText(readWholeName);

function readWholeName(name: string, text: string): boolean {
	const at = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))];
	if (
		at.length &&
		at.every((m) =>
			/(?:^|\s)(?!(?:The|A|An)\s)\p{Lu}[\p{L}.'’-]*\s+$/u.test(
				text.slice(Math.max(0, m.index - 30), m.index)
			)
		)
	)
		return false;
	// "U.S. Department" where the story writes "U.S. Department of the Treasury", "Joint
	// Committee" of "Joint Committee on Taxation": a body's name that always runs on in
	// capitals ("the Senate on Tuesday" does not: a day or a month is no part of a name).
	// So is one that always runs on in a number: "Senate Bill" of "Senate Bill 1062", "Flight"
	// of "Flight 17", "Proposition" of "Proposition No. 8" (a year after a comma is no part).
	const runsOn = (after: string) => {
		if (/^\s+(?:No\.\s*)?\d/.test(after)) return true;
		// "Bureau of Alcohol" of "Bureau of Alcohol, Tobacco, Firearms and Explosives": a body's
		// name "of" a list of capitalised words closed by "and" (a t20 tuning first ten offered it).
		if (
			/\sof\s/.test(name) &&
			/^,\s+\p{Lu}[\p{L}]*(?:,\s+\p{Lu}[\p{L}]*)*,?\s+(?:and|&)\s+\p{Lu}/u.test(after)
		)
			return true;
		const next = /^\s+(?:of|on|for)\s+(?:the\s+)?(\p{Lu}[\p{L}]*)/u.exec(after)?.[1];
		return (
			!!next && !new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})$`).test(next.toLowerCase())
		);
	};
	if (
		at.length &&
		at.every((m) => runsOn(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
	)
		return false;
	const fused = /^(\p{Lu}\p{Ll}+(?:an|ic))\s+(\p{Lu}.*)$/u.exec(name);
	return !(fused && new RegExp(`\\bthe\\s+${escapeRegExp(fused[2]!)}\\b`, 'i').test(text));
}

/** Small words a body's name swaps around or its initials skip. */
const NAME_SMALL_WORDS = /^(?:of|the|for|and|on)$/i;

/** "U.S." → "US": a word in capitals, dots dropped, or null for an ordinary word. */
const asInitials = (word: string) =>
	/^(?:\p{Lu}\.?){2,6}$/u.test(word) ? word.replace(/\./g, '') : null;

/**
 * Two ways of writing one body's name: "U.N. Command" and "United Nations Command" (initials for
 * some of the words), "Justice Department" and "Department of Justice" (the words swapped around
 * "of"). Offered side by side they are one answer twice, and beside the key a second right one.
 */
export function sameBodyName(a: string, b: string): boolean {
	const words = (n: string) =>
		n
			.replace(/^the\s+/i, '')
			.split(/\s+/)
			.filter((w) => w !== '');
	let x = words(a);
	let y = words(b);
	if (x.length < 2 && y.length < 2) return false;
	// A word's plural is a spelling of the same name ("Federal Elections Commission").
	const big = (ws: string[]) =>
		ws
			.filter((w) => !NAME_SMALL_WORDS.test(w))
			.map((w) => w.toLowerCase().replace(/(?<=\p{L}{3})s$/u, ''))
			.sort()
			.join(' ');
	// The same words, in another order or with "of" between: "Department of Justice".
	if (big(x) === big(y) && big(x).includes(' ')) return x.join(' ') !== y.join(' ');
	// Strip the words both names share at either end; what is left is initials on one side and
	// the words they stand for on the other.
	while (x.length && y.length && x[0]!.toLowerCase() === y[0]!.toLowerCase()) {
		x = x.slice(1);
		y = y.slice(1);
	}
	while (x.length && y.length && x.at(-1)!.toLowerCase() === y.at(-1)!.toLowerCase()) {
		x = x.slice(0, -1);
		y = y.slice(0, -1);
	}
	const [short, long] = x.length === 1 ? [x, y] : [y, x];
	if (short.length !== 1 || long.length < 2) return false;
	const initials = asInitials(short[0]!);
	if (!initials) return false;
	const firsts = (ws: string[]) => ws.map((w) => w[0]!.toUpperCase()).join('');
	return (
		firsts(long.filter((w) => !NAME_SMALL_WORDS.test(w))) === initials ||
		firsts(long.filter((w) => !/^the$/i.test(w))) === initials
	);
}

/**
 * "- Dick has been…", "• Ann Roe": a list's marker or a cut-off line is no choice; nor a name's
 * generational suffix or initials alone ("Sr.", "F. Sr."), left over from "Harry F. Roe Sr.".
 */
const NOT_A_CHOICE = /^[-–—•*·]|…$|\.\.\.$|^(?:(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)\s*)+$/u;

/**
 * One name inside another, word for word: "Supreme Court" in "U.S. Supreme Court", "Ethics
 * Committee" in "House Ethics Committee". Offered side by side they read as one body twice,
 * and a student rules out both, or neither. Names only (a capital, no figure): "a dozen" and
 * "half a dozen" are two amounts.
 */
export function nameWithinName(a: string, b: string): boolean {
	if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b) || /\d/.test(a + b)) return false;
	const [x, y] = [normalise(a), normalise(b)];
	return !!x && !!y && x !== y && (` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `));
}

const TITLE_WORDS = new Set(PERSON_TITLES.filter((t) => !t.includes(' ')));

/**
 * A person's name without the titles before it: "President Trump" → "Trump". The story's
 * people list may hold "President Trump" beside "Donald Trump"; as two choices they are one
 * person twice, and beside the key a second right answer.
 */
export function untitled(name: string): string {
	const words = name.trim().split(/\s+/);
	let i = 0;
	while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase())) i++;
	return words.slice(i).join(' ');
}

/** Up to `count` distinct options unlike the key and each other, story options first. */
export function pickDistractors(
	key: string,
	pool: string[],
	count: number,
	isName = false,
	/** A last test, for one that is too slow to run on the whole pool (see also-right.ts). */
	keep: (choice: string) => boolean = () => true
): string[] {
	const out: string[] = [];
	const seen = new Set([normalise(key)]);
	for (const p of pool) {
		const n = normalise(p);
		if (!n || seen.has(n) || NOT_A_CHOICE.test(p.trim())) continue;
		if (
			isName &&
			(sameName(p, key) ||
				out.some((o) => sameName(o, p)) ||
				sameName(untitled(p), untitled(key)) ||
				out.some((o) => sameName(untitled(o), untitled(p))))
		)
			continue;
		if (n.includes(normalise(key)) || normalise(key).includes(n)) continue;
		if (sameBodyName(p, key) || out.some((o) => sameBodyName(o, p))) continue;
		if (out.some((o) => nameWithinName(o, p))) continue;
		if (!keep(p)) continue;
		seen.add(n);
		out.push(p);
		if (out.length === count) break;
	}
	return out;
}
