/**
 * Sentence splitting with offsets. Hand-written rather than compromise's
 * splitter because we need exact offsets into the original text and news-specific
 * abbreviation rules (titles, party tags like "D-Calif.", month abbreviations).
 */
import { paragraphsOf, type Article } from '$lib/bank/schema';
import { isLabelLine } from './boilerplate';
import {
	CLAUSE_OPENERS,
	MONTH_ABBREVIATIONS,
	NOUN_DETERMINERS,
	PERSONAL_PRONOUNS,
	TITLE_ABBREVIATION_WORDS,
	TURN_OPENERS
} from './lexicon';
import type { Sentence } from './types';

const ABBREVIATIONS = new Set([
	...MONTH_ABBREVIATIONS,
	...TITLE_ABBREVIATION_WORDS,
	'st',
	'jr',
	'sr',
	'no',
	'vs',
	'etc',
	'inc',
	'corp',
	'co',
	'ltd',
	'dept',
	'est',
	'approx',
	'mt',
	'ft',
	'calif',
	'conn',
	'ct',
	'fla',
	'ill',
	'mass',
	'mich',
	'minn',
	'wis',
	'tex',
	'ariz',
	'ala',
	'ark',
	'colo',
	'del',
	'ga',
	'ind',
	'kan',
	'ky',
	'la',
	'md',
	'miss',
	'mo',
	'mont',
	'neb',
	'nev',
	'okla',
	'ore',
	'pa',
	'tenn',
	'va',
	'vt',
	'wash',
	'wyo',
	'ny',
	'nj',
	'nc',
	'sc'
]);

const TITLES = new Set(TITLE_ABBREVIATION_WORDS);

const CLOSERS = `"'”’)]`;

/** An initialism up to its last full stop: "U.S", "U.N", "D.C". */
const INITIALISM = /^([A-Za-z]\.)+[A-Za-z]$/;

/**
 * Words that open a sentence far more often than they follow "U.S." or "D.C." inside one:
 * pronouns, determiners and clause openers, capitalised.
 */
const SENTENCE_OPENERS = new Set(
	[...PERSONAL_PRONOUNS, ...NOUN_DETERMINERS, ...CLAUSE_OPENERS, ...TURN_OPENERS]
		.filter((word) => /^[a-z]+$/.test(word))
		.map((word) => word[0]!.toUpperCase() + word.slice(1))
);

/**
 * An initialism can end a sentence too ("… to enter the U.S. The proposal drew …"). It does
 * when the next word is a sentence opener followed by a word in lower case. The lower-case word
 * keeps headlines in title case whole ("Americans To Enter U.S. As Refugees").
 */
function initialismEndsSentence(text: string, dot: number, rest: string): boolean {
	let i = dot - 1;
	while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
	if (!INITIALISM.test(text.slice(i + 1, dot))) return false;
	const next = /^\s+["'“‘]?([A-Z][a-z]*)\s+[a-z]/.exec(rest);
	return next !== null && SENTENCE_OPENERS.has(next[1]!);
}

/** True when the period at `dot` belongs to an abbreviation or initial, not a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
	let i = dot - 1;
	while (i >= 0 && /[A-Za-z.-]/.test(text[i]!)) i--;
	const word = text.slice(i + 1, dot);
	const last = word.split('-').pop() ?? '';
	if (/^[A-Z]$/.test(last)) return true; // initials: "J. R. Smith", "D-N.Y."
	if (INITIALISM.test(word)) return true;
	if (ABBREVIATIONS.has(last.toLowerCase())) return true;
	// A plural title before a list of names: "Sens. Ann Roe and Tom Poe", "Drs. Lee and Chen".
	// Capitalised only: "… talked to the sales reps. Then …" ends a sentence.
	return /^[A-Z][a-z]*s$/.test(last) && TITLES.has(last.slice(0, -1).toLowerCase());
}

/**
 * A line in capitals with no closing punctuation, before a line break and more text ("ORLANDO
 * MOURNS\nOrlando mourned …"): a section heading, kept apart from the sentence under it.
 */
const HEADING_LINE = /(^|\n)([^\S\n]*[A-Z][A-Z0-9 ,'’&:-]*[A-Z0-9])[^\S\n]*\n(?=[^\S\n]*\S)/;

/** Split one paragraph into [start, end) ranges relative to the paragraph. */
export function splitSentences(text: string): [number, number][] {
	const heading = HEADING_LINE.exec(text);
	if (!heading) return splitProse(text);
	const start = heading.index + heading[1]!.length;
	const next = heading.index + heading[0].length;
	return [
		...splitProse(text.slice(0, start)),
		[start + (heading[2]!.length - heading[2]!.trimStart().length), start + heading[2]!.length],
		...splitSentences(text.slice(next)).map(([a, b]): [number, number] => [a + next, b + next])
	];
}

function splitProse(text: string): [number, number][] {
	const out: [number, number][] = [];
	let start = 0;
	const re = /[.!?]+/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let end = m.index + m[0].length;
		while (end < text.length && CLOSERS.includes(text[end]!)) end++;
		const rest = text.slice(end);
		// A sentence ends only before whitespace and a capital, digit or opening quote.
		if (!/^\s+["'“‘([]?[A-Z0-9]/.test(rest)) continue;
		const abbreviation = m[0] === '.' && isAbbreviation(text, m.index);
		if (abbreviation && !initialismEndsSentence(text, m.index, rest)) continue;
		out.push([start, end]);
		start = end + (rest.length - rest.trimStart().length);
	}
	if (start < text.trimEnd().length) out.push([start, text.trimEnd().length]);
	return out;
}

const UPDATE_STAMP =
	/^updated?,?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,3})?\s*(?:[—–]|-{1,2})\s+/i;

export function segmentArticle(article: Article): Sentence[] {
	const sentences: Sentence[] = [];
	// Corrections and contributor lines are about the article, not the event.
	const skip = new Set((article.notes ?? []).map((n) => n.paragraph));
	for (const p of paragraphsOf(article.text)) {
		if (skip.has(p.index) || isLabelLine(p.text)) continue;
		for (const [from, e] of splitSentences(p.text)) {
			let s = from;
			// A dateline ("ISTANBUL, Turkey — ") is not part of the first sentence's claim.
			// A blank line may come first: a text whose title line was cut off opens with one.
			const dateline = /^\s*(?:[A-Z][\p{L} .,]{2,40}\s[—–]\s|[A-Z][A-Z .,]{2,40}\s-{1,2}\s)/u.exec(
				p.text.slice(s, e)
			);
			if (dateline && sentences.length < 3) s += dateline[0].length;
			// Nor is a live update's time stamp ("UPDATE 2:52 p.m. -- Additional records …").
			const stamp = s === 0 ? UPDATE_STAMP.exec(p.text.slice(s, e)) : null;
			if (stamp) s += stamp[0].length;
			const text = p.text.slice(s, e);
			if (!text.trim()) continue;
			sentences.push({
				articleId: article.id,
				index: sentences.length,
				paragraph: p.index,
				start: p.start + s,
				end: p.start + e,
				text
			});
		}
	}
	return sentences;
}
