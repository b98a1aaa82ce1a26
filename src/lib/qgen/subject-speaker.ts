/**
 * Who says "he said" words in the first person after a sentence whose subject the nearest-name
 * guess misreads (issue #10: a politician mocks a rival, the story quotes the politician's own
 * "help me win this race", and the quote went to the rival). News English goes on with the
 * subject of the sentence before; a name after a verb of acting on a person is its object.
 */
import { personNoun } from './candidates/describe';
import { ACT_ON_PERSON_STEMS, ACTED_ON_MODIFIERS } from './lexicon';
import type { Mention, Person, Sentence } from './types';

/**
 * "me", "my race", "I will": words a speaker says of himself. Only these tie the quote to the
 * subject: "we" may be a party or a crowd, and words of a "he" are often about the object.
 */
const FIRST_PERSON_SINGULAR =
	/(?<![\p{L}'’-])(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself)(?![\p{L}-])/u;

export function speaksAsSelf(quote: string): boolean {
	return FIRST_PERSON_SINGULAR.test(quote);
}

/**
 * "the businessman, mocking Senator Roe, said", "Varley mocked Senator Roe": a name right after
 * a verb of acting on or speaking to a person (its title and "the", "his" … between) is its object.
 */
export const ACTED_ON_BEFORE = new RegExp(
	`\\b(?:${ACT_ON_PERSON_STEMS.join('|')})[a-z]*\\s+(?:(?:${ACTED_ON_MODIFIERS.join('|')})\\s+)*$`,
	'i'
);

/** Is this person mention the object of a verb of acting on a person ("attacked Sen. Ben Smith")? */
export function actedOn(m: Mention, sentence: Sentence): boolean {
	const before = sentence.text
		.slice(0, Math.max(0, m.start - sentence.start))
		// The title before the name: "mocked Senator Ben Smith", "attacked Sen. Smith".
		.replace(/(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u, '');
	return ACTED_ON_BEFORE.test(before);
}

/**
 * The one person a described subject ("the businessman", "the Republican", "the senator") points
 * back to, when it is a noun for a person: the person the sentence before names as its subject,
 * when it names no one else
 * (`named`: that sentence's people outside quotes, each with whether the mention opens a clause).
 * A role of another kind ("Governor Tom Roe … The senator mocked …") is another person. Undefined
 * when the subject cannot be tied to one person: the quote then gets no speaker, never a guess.
 */
export function describedPerson(
	head: string,
	named: { name: string; opens: boolean }[],
	people: Person[]
): string | undefined {
	// "The report attacked Ben Smith": a thing is no one the sentence before named.
	if (!personNoun(head)) return undefined;
	const names = new Set(named.map((n) => n.name));
	if (names.size !== 1 || !named[0]!.opens) return undefined;
	const name = named[0]!.name;
	const role = people.find((p) => p.name === name)?.role?.toLowerCase();
	if (role && !role.split(/\s+/).includes(head.toLowerCase())) return undefined;
	return name;
}
