/**
 * Who a quote speaks about, and so who is no plausible speaker of it (person-choices.ts keeps the
 * rest of how "who said" picks its wrong answers; this reading grew past what that file holds).
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from './analyze';
import { sameName, surnameOf } from './align';
import { DEICTIC_SETTINGS } from './lexicon';
import type { Quote } from './types';

/**
 * People a quote speaks about, who are then no plausible speaker of it: when the quote says
 * "she" or "his", the person its sentence names outside the quotation marks besides the speaker
 * ("'She has worked on this for years,' Roe said of Ana Ruiz") is the one it describes. When
 * its sentence names no one else and the quote names no one itself, the pronoun points back:
 * to whom the sentence before names besides the speaker ("'This is more of what he's been
 * saying,' Roe said of Poe's remarks. 'What he said today has no bearing on his authority.'"),
 * so Poe is no plausible speaker of the second line either.
 *
 * `wide` (for the one false speaker a true/false item names, where a reader has nothing else to
 * weigh) reads further: "you" and "your" address someone ("Someone in your office should have
 * read this cable," Poe told Roe), a demonstrative points at what they did ("You cannot do that"
 * of Roe's plan; "I will fight this order" of Roe's order), and when the sentence before names no
 * one, the one before it is read. A "who said" keeps the narrow reading: on PolNeAR train the
 * wide one left a dozen "who said" items without two wrong answers, for quotes whose "these
 * endorsements" or "you know" point at no one.
 */
export function describedBy(q: Quote, view: StoryView, people: string[], wide = false): string[] {
	if (!(wide ? POINTS_AT_SOMEONE : THIRD_PERSON).test(q.text)) return [];
	const a = view.analyses.find((x) => x.article.id === q.articleId);
	if (!a) return [];
	const unquoted = (from: number, to: number) =>
		a.article.text.slice(from, to).replace(/“[^”]*”|"[^"]*"/g, ' ');
	const titles = personTitles(view);
	const others = (text: string) =>
		people.filter(
			(p) =>
				!(q.speaker && sameName(p, q.speaker)) &&
				(new RegExp(`\\b${escapeRegExp(surnameOf(p))}\\b`).test(text) ||
					calledByTitle(p, text, titles, people))
		);
	const here = others(unquoted(q.context.start, q.context.end));
	if (here.length) return here;
	// A person or a handle the quote names ("@JaneRoe refused to say she …") is the pronoun's
	// likelier referent than anyone the sentence before names.
	// Any part of a name: "Leave Jane out of this, she has done nothing wrong" names Jane Roe.
	const namesSomeone = people.some((p) =>
		p
			.split(/\s+/)
			.filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w))
			.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(q.text))
	);
	if (namesSomeone || /@\w/.test(q.text)) return here;
	// Back two sentences at most (one unless wide): a referent further off is one the reader
	// has lost too.
	const earlier = a.sentences
		.filter((s) => s.end <= q.context.start)
		.slice(wide ? -2 : -1)
		.reverse();
	for (const s of earlier) {
		const named = others(unquoted(s.start, s.end));
		if (named.length) return named;
	}
	return [];
}

const titleMemo = new WeakMap<StoryView, Map<string, string>>();

/**
 * Each person's title word as the story gives it ("president" for "U.S. President Ann Roe"), of
 * four letters or more: the word "the president" calls them by.
 */
export function personTitles(view: StoryView): Map<string, string> {
	let titles = titleMemo.get(view);
	if (!titles) {
		titles = new Map();
		for (const a of view.analyses)
			for (const p of a.people) {
				const word = p.role
					?.split(/\s+/)
					.at(-1)
					?.replace(/[^A-Za-z]/g, '')
					.toLowerCase();
				if (word && word.length >= 4 && !titles.has(view.canon(p.name)))
					titles.set(view.canon(p.name), word);
			}
		titleMemo.set(view, titles);
	}
	return titles;
}

/**
 * Does the text call this person by their title alone ("the president's itinerary"), a title
 * no one else among `people` holds? Then a "he" in the quote after it most likely means them.
 */
function calledByTitle(
	person: string,
	text: string,
	titles: Map<string, string>,
	people: readonly string[]
): boolean {
	const title = titles.get(person);
	if (!title || people.some((p) => p !== person && titles.get(p) === title)) return false;
	return new RegExp(`\\bthe\\s+${escapeRegExp(title)}\\b`, 'i').test(text);
}

const THIRD_PERSON = /\b(?:he|she|him|her|his|hers|himself|herself)\b/i;
/**
 * A third-person pronoun, a second-person one (a quote put to someone), or a demonstrative that
 * points at an act ("this order", "do that"), not at a time or place ("this week", "this
 * country"): words that may lean on someone named outside the quote.
 */
const POINTS_AT_SOMEONE = new RegExp(
	[
		'\\b(?:he|she|him|her|his|hers|himself|herself|you|your|yours|yourself)\\b',
		`\\b(?:this|these|those)\\s+(?!(?:${[...DEICTIC_SETTINGS, 'is', 'was', 'are', 'were'].join('|')})\\b)\\p{L}+`,
		'\\bthat(?=\\s*(?:[.,;:!?…]|$))'
	].join('|'),
	'iu'
);
