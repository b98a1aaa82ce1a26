/**
 * A gap or vocabulary item keyed on a phrase of two words or more ("deep state", "Federal
 * Elections Commission", "U.S. Senate") is answered by another item of the set that prints the
 * phrase where the student reads it before answering: in the quote a prompt asks about, an
 * event to put in order, a matching pair, a key choice ("U.S. Senate candidate") or a sentence
 * offered as a wrong answer. The cue-based secrets (giveaway.ts) want the gap's neighbours
 * beside the key, and another item prints the phrase in its own sentence, so they miss it; a
 * phrase is no everyday wording, so printed anywhere it tells the answer.
 *
 * Left out: a person a who-gap asks (promptNames reads those, and the story's people are in
 * most prompts), a short wrong choice of another item (offering the phrase as wrong there tells
 * nothing of this item's answer) and a wrong sentence of an item with spares, which trades it
 * for a spare once the set is chosen (spare-choices.ts) so that neither question gives way.
 */
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { normalise } from './distractors';
import { askedKeys } from './spare-choices';

/** A wrong choice of this many words or fewer is a name, a figure or a term: offered, not told. */
const SHORT_CHOICE = 5;

/** Normalised, without a plural "s": "Federal Election Commission" prints "Federal Elections Commission". */
const singular = (text: string) => normalise(text).replace(/(?<=[a-z]{3})s\b/g, '');

const phraseMemo = new WeakMap<Question, string[]>();
/**
 * The phrases of two words or more an item asks for: no person a who-question asks, and no
 * figure ("84,000" normalises to two words), which figure-giveaway.ts reads by its context.
 */
function askedPhrases(q: Question): string[] {
	let out = phraseMemo.get(q);
	if (out) return out;
	out = /\bWho\?|^According to [^,]+, who\b/.test(q.prompt)
		? []
		: [
				...new Set(
					askedKeys(q)
						.filter((k) => k.includes(' ') && !/\d/.test(k))
						.map(singular)
				)
			];
	phraseMemo.set(q, out);
	return out;
}

const printedMemo = new WeakMap<Question, string>();
/** What an item shows that can tell another's phrase, as one padded, singular text. */
function printing(q: Question, candidate: Candidate): string {
	let out = printedMemo.get(q);
	if (out !== undefined) return out;
	const texts = [q.prompt];
	if (q.type === 'ordering') texts.push(...(q.items ?? []).map((i) => i.text));
	if (q.type === 'matching') texts.push(...(q.pairs ?? []).flatMap((p) => [p.left, p.right]));
	if (q.type === 'evidence') texts.push(...(q.evidenceChoices ?? []).map((c) => c.text));
	if ((q.type === 'single' || q.type === 'evidence' || q.type === 'multi') && q.choices)
		for (const c of q.choices) {
			const right = q.correct?.includes(c.id);
			const short = c.text.split(/\s+/).length <= SHORT_CHOICE;
			if (right || (!short && !candidate.spares?.length)) texts.push(c.text);
		}
	out = texts.map((t) => ` ${singular(t)} `).join('|');
	printedMemo.set(q, out);
	return out;
}

/** Does `a` print a phrase `b` asks for? */
export function printsAskedPhrase(
	a: { question: Question; candidate: Candidate },
	b: { question: Question }
): boolean {
	const phrases = askedPhrases(b.question);
	if (!phrases.length) return false;
	const text = printing(a.question, a.candidate);
	return phrases.some((p) => text.includes(` ${p} `));
}
