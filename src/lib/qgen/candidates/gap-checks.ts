/**
 * Tests of a gap shared by the typed cloze and the chosen gap (detail.ts): gaps that the words
 * around them fill, and names with equally good forms the text does not settle.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { NUMBER_WORDS } from '../lexicon';
import type { Mention } from '../types';

/** "Democrats", "the Republican Party": a party, by its name or its members' plural the story also uses with "Party". */
export function isPartyName(answer: string, text: string): boolean {
	const bare = answer.replace(/^the\s+/i, '');
	if (/\bPart(?:y|ies)$/.test(bare)) return true;
	if (bare.includes(' ')) return false;
	const stem = bare.replace(/(?:ans|ats|ns|s)$/, '');
	return stem.length >= 4 && new RegExp(`\\b${escapeRegExp(stem)}[a-z]*\\s+Party\\b`).test(text);
}

/**
 * A gap the reader fills from the words around it, not from the story: a maker before a model
 * number ("a ____ 727"), a figure of a set phrase ("____ percent false", "100 percent"), a
 * number dialled ("called ____"), or a count the rest of the sentence adds up ("____ seats:
 * seven held by A and three by B").
 */
export function trivialGap(
	before: string,
	answer: string,
	after: string,
	kind: Mention['kind']
): boolean {
	if (kind !== 'quantity') return /^\s+[A-Z]?[\w-]*\d/.test(after);
	if (/^\s*(?:%|percent\b|per cent\b)/i.test(after)) {
		const value = Number(answer.replace(/,/g, ''));
		if (value >= 100 || value === 0) return true;
		if (
			/^\s*(?:%|percent|per cent)\s+(?:true|false|sure|certain|correct|wrong|right|accurate|committed|behind|confident)\b/i.test(
				after
			)
		)
			return true;
	}
	if (/\b(?:call|called|calling|calls|dial|dialed|dialled|dialing)\s+$/i.test(before)) return true;
	return partsAddUp(answer, `${before} ${after}`);
}

/** The other counts of the sentence, two or three of them, sum to the gapped figure. */
function partsAddUp(answer: string, rest: string): boolean {
	const target = numberOf(answer);
	if (target === undefined) return false;
	const parts = (rest.match(/\b(?:\d+|[a-z]+)\b/gi) ?? [])
		.map(numberOf)
		.filter((n): n is number => n !== undefined && n > 1 && n < target);
	for (let i = 0; i < parts.length; i++)
		for (let j = i + 1; j < parts.length; j++) {
			if (parts[i]! + parts[j]! === target) return true;
			for (let k = j + 1; k < parts.length; k++)
				if (parts[i]! + parts[j]! + parts[k]! === target) return true;
		}
	return false;
}

function numberOf(word: string): number | undefined {
	if (/^\d+$/.test(word)) return Number(word);
	const n = NUMBER_WORDS[word.toLowerCase()];
	return typeof n === 'number' ? n : undefined;
}
