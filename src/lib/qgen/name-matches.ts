/**
 * Where a name stands whole in a text, found without a pattern of its own.
 *
 * Why: `new RegExp('(?<![\\p{L}\\p{N}])Ann\\s+Roe(?![\\p{L}\\p{N}])', 'gu')` per name compiles
 * two Unicode letter classes into code for every name, and V8 drops the compiled code between
 * stories: person-choices.ts paid about half a millisecond a name for it (issue #10). Here the
 * words are found with indexOf and the edges tested with one shared pattern.
 */

/** A letter or a digit, any script: what a whole name may not touch. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** One character of `\s`, the same set with or without the u flag. */
const SPACE = /\s/;

/** The character (a surrogate pair read whole) that ends just before `at`. */
function charBefore(text: string, at: number): string {
	if (at <= 0) return '';
	const low = text.charCodeAt(at - 1);
	if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
		const high = text.charCodeAt(at - 2);
		if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
	}
	return text[at - 1]!;
}

/** The character (a surrogate pair read whole) that starts at `at`. */
function charAt(text: string, at: number): string {
	const cp = text.codePointAt(at);
	return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * Each place `words` stand in `text` as written, one or more spaces between them and no letter
 * or digit on either side, from `from` on: what
 * `text.matchAll(/(?<![\p{L}\p{N}])w1\s+w2(?![\p{L}\p{N}])/gu)` finds, index and length. Null when
 * the words are not plain enough to be sure of that (an empty word, or one that starts inside a
 * surrogate pair): the caller then uses the pattern.
 */
export function wholeNameMatches(
	text: string,
	words: readonly string[],
	from = 0
): { index: number; length: number }[] | null {
	if (!words.length || words.some((w) => w === '' || /^[\udc00-\udfff]/.test(w))) return null;
	const out: { index: number; length: number }[] = [];
	let at = text.indexOf(words[0]!, from);
	while (at >= 0) {
		let end = at + words[0]!.length;
		for (let k = 1; k < words.length && end >= 0; k++) {
			let spaced = end;
			while (spaced < text.length && SPACE.test(text[spaced]!)) spaced++;
			end = spaced > end && text.startsWith(words[k]!, spaced) ? spaced + words[k]!.length : -1;
		}
		if (
			end >= 0 &&
			!LETTER_OR_DIGIT.test(charBefore(text, at)) &&
			!LETTER_OR_DIGIT.test(charAt(text, end))
		) {
			out.push({ index: at, length: end - at });
			at = text.indexOf(words[0]!, end);
		} else at = text.indexOf(words[0]!, at + 1);
	}
	return out;
}
