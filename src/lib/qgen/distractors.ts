/**
 * Wrong answers of the same kind as the key: figures near the right figure,
 * people for people, places for places, all taken from the story first so
 * they are plausible, and never equal to the key once normalised.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { sameName } from './align';
import { MONTH_PATTERN, NUMBER_WORDS, NUMBER_WORD_PATTERN, WEEKDAY_PATTERN } from './lexicon';
import { memoByText } from './match-cache';

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
	const w = word.exec(text);
	if (keyDigits && w && !/\d/.test(text))
		return text.replace(w[0], String(NUMBER_WORDS[w[0].toLowerCase()]));
	return text;
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
	if (percent) return value < 100 && Math.abs(value - key) <= Math.max(10, key * 0.5);
	return value >= key / 3 && value <= key * 3;
}

/**
 * Shares near a share: steps of about a sixth of the key (a round step for a round key),
 * inside 0–100, so "35 percent" is answered by 30, 40, 25 and 45, never by 70 or 130.
 */
function nearShares(value: number): number[] {
	const decimals = Number.isInteger(value) ? 0 : 1;
	let step =
		value < 10 ? Math.max(decimals ? 0.5 : 1, Math.round(value * 0.3)) : Math.round(value * 0.15);
	if (value % 5 === 0 && step >= 3) step = Math.max(5, Math.round(step / 5) * 5);
	const round = (n: number) => Number(n.toFixed(decimals));
	return [value + step, value - step, value + 2 * step, value - 2 * step]
		.map(round)
		.filter((n) => n > 0 && n < 100);
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
		return [dozens + 1, dozens * 2, dozens - 1, dozens + 2]
			.filter((n) => n > 1 && n <= 12 && n !== dozens && WORD_FOR[n])
			.map((n) => `${hedge}${WORD_FOR[n]} dozen`);
	}
	if (isYear(keyText, value)) return [value - 1, value + 1, value - 2, value + 2].map(String);
	if (isPercent(keyText, unit)) {
		const unitText = /(\s*(?:%|per\s?cent(?:age points?)?))$/i.exec(keyText.trim())?.[1] ?? '';
		return nearShares(value)
			.map((n) => inStyleOf(keyText, `${hedge}${n}${unitText}`))
			.filter((t): t is string => t !== undefined);
	}
	const candidates =
		value < 10
			? [value + 1, value + 2, value - 1, value * 2, value + 3]
			: [Math.round(value / 2), value * 2, Math.round(value * 1.5), Math.round(value * 0.75)];
	return [...new Set(candidates.filter((n) => n > 0 && n !== value))]
		.map((n) => inStyleOf(keyText, `${hedge}${n.toLocaleString('en-US')}`))
		.filter((t): t is string => t !== undefined);
}

/**
 * The values the sentence around a gap allows: "____ percent to 41 percent" after "favored"
 * is above 41, "____ percent, edging 45 percent" above 45, "____ of the 50 states" at most 50.
 * A wrong figure outside them is ruled out by the sentence, not by the story.
 */
export function figureBounds(before: string, after: string): { min?: number; max?: number } {
	const num = String.raw`(\d[\d,]*(?:\.\d+)?)`;
	const toOther = new RegExp(
		String.raw`^\s*(?:%|percent|per cent)?\s+to\s+(?:just\s+|only\s+)?${num}`,
		'i'
	).exec(after);
	const value = (m: RegExpExecArray | null) => (m ? Number(m[1]!.replace(/,/g, '')) : undefined);
	if (toOther) {
		// Two shares of one poll, "46 percent to 41 percent", add up to 100 at most: 70 against
		// 41 cannot be right. Not for other figures ("won 52 seats to 41").
		const other = value(toOther)!;
		const shares = new RegExp(String.raw`^\s*(?:%|percent|per cent)`, 'i').test(after);
		const whole = shares && other < 100 ? { max: 100 - other + 0.5 } : {};
		if (
			/\b(?:favou?red|preferred|led|leads|leading|won|wins|winning|beat|beats|beating|edged|edges|edging|topped|tops|ahead)\b/i.test(
				before
			)
		)
			return { min: other, ...whole };
		if (/\b(?:trailed|trails|trailing|lost|loses|losing|behind)\b/i.test(before))
			return { max: Math.min(other, whole.max ?? other) };
	}
	// The comparison follows in the same clause: "____ percent, edging Roe's 45 percent".
	const clause = after.split(/[;.]/)[0]!;
	const above = new RegExp(
		String.raw`\b(?:edging|edged|beating|beat|topping|topped|ahead of|outpacing|surpassing|exceeding|above|up from)\s+(?:\p{Lu}[\p{L}'’.]*\s+)*(?:just\s+|only\s+)?${num}`,
		'iu'
	).exec(clause);
	if (above) return { min: value(above) };
	const below = new RegExp(
		String.raw`\b(?:trailing|behind|below|short of|down from)\s+(?:\p{Lu}[\p{L}'’.]*\s+)*(?:just\s+|only\s+)?${num}`,
		'iu'
	).exec(clause);
	if (below) return { max: value(below) };
	const ofAll = new RegExp(String.raw`^\s+of\s+(?:the|its|their)\s+${num}\b`, 'i').exec(after);
	if (ofAll) return { max: value(ofAll)! + 0.5 };
	return {};
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
	const step = Math.max(1, Math.round(value * 0.15));
	// Shares between two bounds ("46 percent to 41": above 41, at most 59): the window's own
	// neighbours of the key, a step or half a step away, in the key's style.
	if (bounds.min !== undefined && bounds.max !== undefined) {
		const half = Math.max(1, Math.round(step / 2));
		return [value + half, value - half, value + step, value - step, value + 2 * step]
			.map((n) => inStyleOf(keyText, String(n)))
			.filter((t): t is string => t !== undefined && withinBounds(t, bounds));
	}
	const further = bounds.min !== undefined ? value + 2 * step : Math.max(1, value - 2 * step);
	return nearFigures(keyText, further, false, unit).filter((f) => withinBounds(f, bounds));
}

/** Does the figure in `text` ("39", "39 percent", "six") stand inside the bounds? */
export function withinBounds(text: string, bounds: { min?: number; max?: number }): boolean {
	const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0];
	const word = new RegExp(`\\b(${NUMBER_WORD_PATTERN})\\b`, 'i').exec(text)?.[1]?.toLowerCase();
	const n = digits ? Number(digits.replace(/,/g, '')) : word ? NUMBER_WORDS[word] : undefined;
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
export function wholeName(name: string, text: string): boolean {
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
	const runsOn = (after: string) => {
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

/** "- Dick has been…", "• Ann Roe": a list's marker or a cut-off line is no choice. */
const NOT_A_CHOICE = /^[-–—•*·]|…$|\.\.\.$/u;

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
		if (isName && (sameName(p, key) || out.some((o) => sameName(o, p)))) continue;
		if (n.includes(normalise(key)) || normalise(key).includes(n)) continue;
		if (sameBodyName(p, key) || out.some((o) => sameBodyName(o, p))) continue;
		if (!keep(p)) continue;
		seen.add(n);
		out.push(p);
		if (out.length === count) break;
	}
	return out;
}
