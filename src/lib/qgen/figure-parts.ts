/**
 * A toll and its parts: "Six people, including two lawmakers, two police officers, an aide and
 * a lobbyist, were injured", and "two Capitol Police officers" injured in that outlet or another. The
 * two are one event's figures under one key, yet the second counts a part the first lists, not
 * the whole told otherwise: set side by side they would read as a disagreement (six or two?).
 */
import type { CountedFigure } from './analyze';
import { countedList, nounLemma } from './align';
import { parseAmount } from './quantities';

/** One part a list names: its value, and the words that say what it counts, singular. */
interface ListedPart {
	value: number;
	words: Set<string>;
}

const countWords = (text: string) =>
	new Set((text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).map(nounLemma));

/** The parts a figure's own list names ("two police officers", "an aide" has no number). */
export function listedParts(f: CountedFigure): ListedPart[] {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	const rel = f.mention.start - sentence.start;
	const noun = f.mention.noun ?? '';
	const after = sentence.text.slice(rel + f.mention.text.length).replace(/^\s+/, '');
	if (!after.startsWith(noun)) return [];
	const list = countedList(after.slice(noun.length))?.list;
	if (!list) return [];
	const parts: ListedPart[] = [];
	for (const item of list.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
		const [first, ...rest] = item.trim().split(/\s+/);
		const amount = parseAmount(first ?? '');
		if (!amount || amount.vague || rest.length === 0) continue;
		parts.push({ value: amount.value, words: countWords(rest.join(' ')) });
	}
	return parts;
}

/**
 * `part` counts one of the parts `total`'s list names: the same value, and a word in common
 * for what is counted ("two U.S. Capitol Police" beside "two police officers").
 */
export function isListedPart(total: CountedFigure, part: CountedFigure): boolean {
	const words = countWords(part.mention.noun ?? '');
	return listedParts(total).some(
		(p) => p.value === part.mention.value && [...p.words].some((w) => words.has(w))
	);
}
