/**
 * A quote credited to the person it speaks of (issue #10, "Names and speakers": a quote that
 * names its principal in the third person is a signal). When the quote's own sentence does not
 * name its speaker (a "he said" resolved from nearby, or a quote carried on from an earlier one),
 * words that call the credited person by surname ("Our enemies take advantage of Roe's
 * weakness") are someone else's about that person: a critic's, a statement's. No speaker is
 * better than the wrong one.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { surnameOf } from './align';
import { lexiconTags } from './entities';
import type { Quote, Sentence } from './types';

/**
 * Does the quote call `name` by surname, and not someone else who shares it ("Anne Roe" in a
 * quote credited to Tom Roe is his relative, named the way he would)?
 */
function namesPerson(quote: string, name: string): boolean {
	const surname = surnameOf(name);
	if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) return false;
	const given = name.split(/\s+/)[0]!;
	const re = new RegExp(
		`(?:(\\p{Lu}[\\p{L}'’-]+)\\s+)?(?<![\\p{L}'’-])${escapeRegExp(surname)}(?![\\p{L}-])`,
		'gu'
	);
	// A title before the surname ("President Roe") is still the speaker; another given name is not.
	return [...quote.matchAll(re)].some(
		(m) => !m[1] || m[1] === given || !lexiconTags(m[1].toLowerCase()).has('FirstName')
	);
}

/** The article's text from `start` to `end`, pieced from its sentences (offsets into the article). */
function textOf(sentences: Sentence[], start: number, end: number): string {
	return sentences
		.filter((s) => s.start < end && start < s.end)
		.map((s) => s.text.slice(Math.max(0, start - s.start), end - s.start))
		.join(' ');
}

/**
 * True when `speaker`, the person `q` is credited to, is named by surname in the quote and the
 * quote's own sentence does not name them outside the quotation marks. (By pronoun alone, "his
 * conduct" credited to the one nearby text names, misfired on PolNeAR train: the pronoun's
 * person is often named further back or only by a noun, "the pope", "a protester".)
 */
export function creditedToReferent(q: Quote, speaker: string, sentences: Sentence[]): boolean {
	const surname = surnameOf(speaker);
	if (!surname) return false;
	const outside = textOf(sentences, q.context.start, q.context.end).replace(
		/“[^”]*”|"[^"]*"/g,
		(m) => ' '.repeat(m.length)
	);
	if (new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}(?![\\p{L}-])`, 'u').test(outside))
		return false;
	// A pull quote signed on its own last line ("… take out the bomb.\nJane Roe.") names its speaker.
	return namesPerson(q.text.replace(/\n[^\n]*$/, ''), speaker);
}
