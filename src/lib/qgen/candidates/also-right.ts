/**
 * A wrong choice that another outlet makes right. Outlets tell one fact in their own sentences,
 * and not always of the same actor or with the same figure: HuffPost writes "The European
 * Commission said the extension prolonged market uncertainty", The New York Times "the decision
 * prolongs market uncertainty, the European Union said". A gap keyed on one that offers the other
 * as a wrong choice has two right answers, whichever outlet the prompt names: a reader of the
 * other outlet picks the other one. So a choice is dropped when a sentence of the story names it
 * and tells the gapped sentence's fact.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { factWords, sameFact } from '../same-fact';
import type { StoryView } from '../analyze';
import type { ArticleAnalysis } from '../types';
import { perStory } from '../per-text';

/**
 * One RegExp per name and flags, kept across calls: alsoRight is asked for every choice of every
 * gap, mostly of the same few names, and compiling a Unicode RegExp each time was most of its
 * cost. Cleared when full, so a Worker generating story after story does not grow.
 */
const NAME_PATTERNS = 4000;
const namePatterns = new Map<string, RegExp>();
export function namePattern(name: string, flags: 'giu' | 'u'): RegExp {
	const id = `${flags} ${name}`;
	let re = namePatterns.get(id);
	if (!re) {
		if (namePatterns.size >= NAME_PATTERNS) namePatterns.clear();
		re = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, flags);
		namePatterns.set(id, re);
	}
	return re;
}

/** The fact words of a sentence once the names or figures in `without` are taken out. */
function wordsWithout(sentence: string, without: string[]): Set<string> {
	let rest = sentence;
	for (const name of without)
		// replace() with a global RegExp starts at 0 whatever lastIndex a shared one holds.
		if (name.trim() && mayHold(rest, name.trim()))
			rest = rest.replace(namePattern(name.trim(), 'giu'), ' ');
	return factWords(rest);
}

/**
 * Can `text` hold `name` under namePattern's /iu? Told without the pattern for a name in plain
 * ASCII: under /iu only the long s (ſ) and the Kelvin sign fold to an ASCII letter, so a text
 * without them that lacks the name lower-cased has no match, and the replace is skipped.
 */
function mayHold(text: string, name: string): boolean {
	if (!/^[\x20-\x7e]*$/.test(name) || /[\u017f\u212a]/.test(text)) return true;
	return text.toLowerCase().includes(name.toLowerCase());
}

/**
 * The words of the story's people's names (capitalised, three letters or more) that a sentence
 * holds whole, in the order of view.people: kept per people list and sentence, since every choice
 * of a gap asks it of the same gapped sentence.
 */
const personWordsOf = perStory((sentence: string, people: readonly string[]): string[] =>
	people
		.flatMap((p) => p.split(/\s+/))
		.filter(
			(w) =>
				/^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
				sentence.includes(w) &&
				new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'u').test(sentence)
		)
);

/**
 * Whether a sentence of the story makes `choice` right too: `sentence` is the gapped sentence
 * with the key in it; another sentence that names the choice (in one of its `forms`, whole) and
 * shares the gapped sentence's fact by the words that carry meaning tells the fact of it.
 * Checked choice by choice as they are picked, so a story's sentences are read a few times per
 * question, not once per name of the story.
 */
export function alsoRight(
	view: Pick<StoryView, 'analyses' | 'people'>,
	key: string,
	sentence: string,
	/** The choice as written, then its other forms (a person's surname) a sentence may use. */
	forms: string[]
): boolean {
	const names = forms.map((f) => f.trim()).filter((f) => f.length >= 2);
	if (!names.length) return false;
	let factOf: Set<string> | undefined;
	const fact = () => (factOf ??= wordsWithout(sentence, [key]));
	// "The charge against Sandra Roe carries a maximum of three years" and "… against John Roe
	// … five years": the same words of another person's fact. A first name or surname of the
	// gapped sentence (not the key's) must be in the other sentence too.
	// Worked out only when a sentence names the choice, which few do.
	const keyWords = new Set(key.split(/\s+/));
	let personWords: string[] | undefined;
	const samePeople = (other: string) =>
		(personWords ??= personWordsOf(sentence, view.people).filter((w) => !keyWords.has(w))).every(
			(w) => other.includes(w)
		);
	// "The Port Authority and the City Council announced the fares together": two bodies acting
	// jointly anywhere in the story each fill a gap about what they did. Not people: "Roe and
	// Hale met on Monday" does not make Hale the one who spoke after.
	const person = (n: string) => peopleAndNameWords(view.people).has(n);
	if (!person(key) && names.some((n) => !person(n) && coordinated(view, key, n))) return true;
	// Case kept: a surname ("Lamb") is also a common word.
	const naming = names.map((n) => namePattern(n, 'u'));
	// A plain search first: most sentences do not name the choice at all.
	const named = new Set(names.flatMap((n) => sentencesWith(n, view.analyses)));
	for (const text of named)
		if (
			text !== sentence &&
			naming.some((p) => p.test(text)) &&
			// The people test first: it reads a few words, the fact test every word.
			samePeople(text) &&
			sameFact(fact(), wordsWithout(text, [...names, key]))
		)
			return true;
	return false;
}

/**
 * The story's people and each word of their names: what alsoRight counts as a person (a name or
 * a surname), kept per people list, since every choice of every gap asks it of each person.
 */
const namesOfPeople = new WeakMap<readonly string[], Set<string>>();
function peopleAndNameWords(people: readonly string[]): Set<string> {
	let names = namesOfPeople.get(people);
	if (!names) {
		names = new Set(people.flatMap((p) => [p, ...p.split(/\s+/)]));
		namesOfPeople.set(people, names);
	}
	return names;
}

/**
 * The texts of the story's sentences that hold `name` as written, kept per story and name: the
 * same names are the choices of gap after gap, and each asking read every sentence of the story.
 */
const sentencesWith = perStory((name: string, analyses: readonly ArticleAnalysis[]): string[] =>
	analyses.flatMap((a) => a.sentences.map((s) => s.text).filter((t) => t.includes(name)))
);

/** A name and up to two more capitalised words ("Treasury" in "Treasury Department"). */
const nameRun = (name: string) =>
	`(?<![\\p{L}\\d])${escapeRegExp(name)}(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}(?:\\s*\\([^)]{1,20}\\))?`;

/**
 * Does a sentence of the story join the two names with "and" (or "along with", "together
 * with", "as well as"), as two actors of one act? Only names, never figures: "three and five".
 */
function coordinated(view: Pick<StoryView, 'analyses'>, a: string, b: string): boolean {
	if (!/\p{Lu}/u.test(a) || !/\p{Lu}/u.test(b) || a === b) return false;
	return joinedInStory(JSON.stringify([a, b]), view.analyses);
}

/**
 * coordinated()'s search, kept per story and pair (as JSON): a key and a choice meet again in gap
 * after gap and in each of pickDistractors' tests, and each asking ran a Unicode pattern over
 * every article. Both names are written in the pattern as they are (case kept), so an article
 * without both cannot match and is not searched.
 */
const joinedInStory = perStory((pair: string, analyses: readonly ArticleAnalysis[]): boolean => {
	const [a, b] = JSON.parse(pair) as [string, string];
	const join = String.raw`,?\s+(?:and|&|along with|together with|as well as)\s+(?:the\s+)?`;
	const re = new RegExp(`${nameRun(a)}${join}${nameRun(b)}|${nameRun(b)}${join}${nameRun(a)}`, 'u');
	return analyses.some(
		(x) => x.article.text.includes(b) && x.article.text.includes(a) && re.test(x.article.text)
	);
});
