/**
 * One side of a race, a poll or a vote ("Clinton leading Trump by 15 points"): a person asked or
 * swapped there is put beside other sides only, the people the article itself sets against
 * someone. Anyone else there ("Pence leading Trump") is wrong only by what a reader knows of
 * the race, not by the text, and reads as nonsense rather than as a false statement.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { CONTEST_WORDS } from '../lexicon';

const CONTEST = `(?:${CONTEST_WORDS.map(escapeRegExp).join('|')})`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;

/**
 * "Clinton leading Trump by 15 points": the person at `at` is one side of a contest with another
 * person the statement names, a word or two away.
 */
export function setAgainstSomeone(statement: string, at: number, key: string): boolean {
	const before = statement.slice(Math.max(0, at - 40), at);
	const after = statement.slice(at + key.length, at + key.length + 40);
	return (
		new RegExp(`^['’]?s?\\s+(?:\\S+\\s+)?${CONTEST}\\s+(?:the\\s+)?${NAME}`, 'u').test(after) ||
		new RegExp(`${NAME}\\s+(?:\\S+\\s+)?${CONTEST}\\s+(?:the\\s+)?$`, 'u').test(before)
	);
}

/**
 * Does the article set this person against anyone, as a contestant? "Pence leading Trump" in a
 * poll of Clinton and Trump swaps a running mate into the race: false only by what a reader knows
 * of the race, not by what the sentence says. A contest's side is swapped only for another side.
 */
export function contestant(name: string, text: string): boolean {
	const surname = escapeRegExp(name.split(/\s+/).at(-1)!);
	return (
		new RegExp(`\\b${surname}\\s+(?:\\S+\\s+)?${CONTEST}\\s+(?:the\\s+)?${NAME}`, 'u').test(text) ||
		new RegExp(`${NAME}\\s+(?:\\S+\\s+)?${CONTEST}\\s+(?:\\S+\\s+)?${surname}\\b`, 'u').test(text)
	);
}
