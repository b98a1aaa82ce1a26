/**
 * Events a story names as noun phrases in its subjects and objects ("the firing of the director",
 * "the decision to close the pier", "a vote on the bill"). A why question whose key is a noun
 * phrase ("… resigned over multiple allegations of harassment") needs wrong answers of that same
 * shape; the phrases after "after", "amid", "over" alone are too few in most stories.
 */
import { lexiconTags } from '../entities';
import { FUNCTION } from './headline-lookup-words';
import {
	ACT_NOUNS,
	CHANGE_NOUNS,
	HAPPENING_NOUNS,
	INSTITUTION_NOUNS,
	NON_EVENT_NOUNS
} from '../lexicon';

/** A noun made from a verb ("investigation", "announcement") or a plain act noun ("vote", "ban"). */
export function actNoun(noun: string): boolean {
	const n = noun.toLowerCase().replace(/s$/, '');
	if (INSTITUTION_NOUNS.includes(n) || NON_EVENT_NOUNS.includes(n)) return false;
	return /^[a-z]{3,}(?:tion|sion|ment|sal|ure)$/.test(n) || ACT_NOUNS.includes(n);
}

/**
 * Determiner, up to two modifiers, the act noun, then "of / to / on / into / against / for" and
 * what the act is about. The modifiers are lower-case words or names ("the FBI's investigation",
 * "the Senate vote"), never a verb's object run on from the sentence before the determiner.
 */
const NOMINAL =
	/\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?([a-z]+))\s+(of|to|on|into|against|for)\s+((?:[^,.;:—–()“”"?!]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.(?=[A-Z]\.|\s)){3,70})/gu;

/**
 * Where the act's object ends: at a finite verb ("the release of the emails was …", "the firing
 * of the director prompted …"), a relative or a conjunction opening a clause, or a reporting verb.
 */
const OBJECT_END =
	/\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|did|does|do|that|which|who|whom|whose|when|where|while|as|because|after|before|since|but|said|says|told|according)\b.*$|\s+[a-z]{3,}(?:ed|es)\s+(?:the|a|an|his|her|their|its|to|that|by|in|on|at)\b.*$/;

/** A word the list knows only as a verb in the past ("granted", "said"). */
const verbWord = (w: string) => {
	const tags = lexiconTags(w.toLowerCase());
	return tags.has('PastTense') && !tags.has('Noun') && !tags.has('Adjective');
};

/**
 * The object up to the sentence's own verb, which the word list alone knows: "his handling of the
 * storm drew praise" → "the storm". After "to" the first word is the act's own verb ("to close").
 */
function untilVerb(object: string, verbFirst: boolean): string {
	const ws = object.split(/\s+/);
	const end = ws.findIndex((w, i) => {
		// "to the United States": a capitalised word is a name's, never the sentence's verb.
		if ((i === 0 && verbFirst) || /^\p{Lu}/u.test(w)) return false;
		const tags = lexiconTags(w.toLowerCase());
		// "the extension prolonged uncertainty": a word in -ed the list knows only as an adjective
		// is the verb here too, or a participle ("documents related to …") that the phrase can lose.
		return (
			/^[a-z]{3,}ed$/.test(w) ||
			(tags.has('PastTense') && !tags.has('Noun')) ||
			// "the investigation into the leak continues": a verb in the present, plural or not.
			// Only a form in -s: the list calls many nouns verbs ("the survey", "the report").
			(/^[a-z]{3,}s$/.test(w) && tags.has('PresentTense') && tags.has('Verb') && !tags.has('Noun'))
		);
	});
	return end < 0 ? object : ws.slice(0, end).join(' ');
}

const TIME_OBJECT =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d|last|next|this|that|the (?:day|week|month|year))\b/i;

/**
 * "… it would be “an attack on the rule of law”": a phrase inside a quotation is someone's
 * words, not an event the story tells. An odd count of straight quotes, or more opening than
 * closing curly ones, before the phrase means a quotation is open.
 */
function insideOpenQuote(before: string): boolean {
	const straight = (before.match(/"/g) ?? []).length;
	const open = (before.match(/“/g) ?? []).length;
	const close = (before.match(/”/g) ?? []).length;
	return straight % 2 === 1 || open > close;
}

/** Words that cannot end a phrase: it was cut before its noun. */
const OPEN_END =
	/\b(?:the|a|an|his|her|their|its|of|to|on|in|at|for|with|by|and|or|from|into|against|this|that|these|those|about|over|than|as)$/i;

/**
 * Noun-phrase events of one sentence, each whole: "the decision to fire the director", not
 * "the decision to fire the director was made". A phrase with a pronoun ("the release of it")
 * points to a sentence the reader does not see and is left out.
 */
export function nominalEvents(sentence: string): string[] {
	const out: string[] = [];
	for (const m of sentence.matchAll(NOMINAL)) {
		const [, head, noun, prep] = m as unknown as [string, string, string, string, string];
		const before = sentence.slice(0, m.index);
		if (!actNoun(noun) || insideOpenQuote(before)) continue;
		// "the I.R.S.’s division": the match began inside a name or after the phrase's own determiner.
		if (/(?:[\p{L}.]|\b(?:the|a|an))\s*$/iu.test(before) && !/\s$/.test(before)) continue;
		if (/\b(?:the|a|an)\s+$/i.test(before)) continue;
		// "his administration granted exceptions to …": a verb among the modifiers; the phrase
		// began at the sentence's subject.
		if (head.split(/\s+/).slice(1, -1).some(verbWord)) continue;
		// "the decision to …" takes a verb; "the move to Ohio" or "a visit to Ohio" a place.
		const object = untilVerb(m[4]!.replace(OBJECT_END, '').trim(), prep === 'to');
		const phrase = `${head} ${prep} ${object}`.trim();
		// "the firings of the F" (F.B.I.), "the inquiry into Mrs", "… into Russia's": cut short.
		// "a dismissal of all", "his refusal to consider": the object must end on a noun or a name.
		const last = object.split(/\s+/).at(-1) ?? '';
		const tags = lexiconTags(last.toLowerCase());
		if (
			!/^[\p{Lu}\d]/u.test(last) &&
			!tags.has('Noun') &&
			// "his refusal to consider": a lone verb; the list calls many nouns verbs ("report").
			((tags.has('Verb') && !/\s/.test(object)) ||
				tags.has('Adjective') ||
				tags.has('Determiner') ||
				// "an investigation into questionable …", "a deal to destroy only inter-continental …"
				/-|(?:able|ible|ous|ive|ful|less|ic)$/.test(last))
		)
			continue;
		if (!object || /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)|['’]s)$/.test(phrase))
			continue;
		const n = phrase.split(/\s+/).length;
		if (n < 4 || n > 11 || OPEN_END.test(phrase)) continue;
		// "a statement on Friday": the object is a time, and the act is about nothing the reader sees.
		if (TIME_OBJECT.test(object)) continue;
		if (/\b(?:it|them|they|this|that|these|those|he|she|him)\b/i.test(object)) continue;
		out.push(phrase.replace(/^(?:The|A|An|His|Her|Their|Its)\b/, (d) => d.toLowerCase()));
	}
	return out;
}

/**
 * A happening named by a determiner or an owner, up to three modifiers and its noun, with what
 * it is about when a preposition follows ("the negative coverage", "his rise in the polls", "a
 * report by the paper", "the collapse of the deal"). Only where the phrase ends: at a clause
 * break, a verb, a relative or a conjunction.
 */
const HAPPENING = new RegExp(
	`(?<![\\p{L}'’.-])((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}.]+['’]s)\\s+(?:[a-z][a-z-]+\\s+){0,3}?(${HAPPENING_NOUNS.join('|')}))(?:\\s+(in|of|on|by|from|against|over|among|into|for)\\s+((?:the|a|an|his|her|their|its|[\\p{Lu}\\d])[^,.;:—–()“”"?!]{1,50}?))?(?=\\s*(?:[,.;:—–()?!]|$)|\\s+(?:is|are|was|were|has|have|had|will|would|that|which|who|and|but|as|after|before|because|when|while|since|said|says|to|at|this|last|on|in)\\b)`,
	'gu'
);

/**
 * What `nominalEvents` finds, and happenings told without a preposition ("the negative coverage")
 * or with one it does not read ("his rise in the polls", "a report by the paper"): the noun-phrase
 * events of a sentence in a single article, whose why questions have few wrong answers of that
 * shape otherwise. A phrase with a pronoun after its first word points elsewhere and is left out.
 */
export function happeningEvents(sentence: string): string[] {
	const out = nominalEvents(sentence);
	for (const m of sentence.matchAll(HAPPENING)) {
		const before = sentence.slice(0, m.index);
		if (insideOpenQuote(before) || /\b(?:the|a|an)\s+$/i.test(before)) continue;
		const head = m[1]!;
		// "his administration granted rises": a verb among the modifiers; "a billion dollars in
		// losses": a function word, so the phrase is no happening of its own.
		if (
			head
				.split(/\s+/)
				.slice(1, -1)
				.some((w) => verbWord(w) || FUNCTION.test(w))
		)
			continue;
		// "a breach of the committee's emails - …": a spaced hyphen is a dash, which ends the phrase.
		const object = m[4]
			? untilVerb(
					m[4]
						.replace(/\s+-(?:\s.*)?$/, '')
						.replace(OBJECT_END, '')
						.trim(),
					false
				)
			: '';
		// "a sharp drop": a change in what, only the sentence says.
		if (!object && CHANGE_NOUNS.includes(m[2]!)) continue;
		const phrase = (object ? `${head} ${m[3]} ${object}` : head).trim();
		const n = phrase.split(/\s+/).length;
		if (n < 3 || n > 10 || OPEN_END.test(phrase)) continue;
		// "a drop from 76 percent": a figure's change, cut from the figure it went to.
		if (object && (TIME_OBJECT.test(object) || /^\d/.test(object))) continue;
		if (/(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)|['’]s)$/.test(phrase)) continue;
		if (/\b(?:it|them|they|this|that|these|those|he|she|him)\b/i.test(phrase)) continue;
		// "a report by its island desk": whose, only the sentence says (an owner opening the phrase
		// is spelled out or refused by the caller).
		if (/\b(?:its|their|his|her)\b/i.test(object)) continue;
		const lower = phrase.replace(/^(?:The|A|An|His|Her|Their|Its)\b/, (d) => d.toLowerCase());
		if (!out.some((x) => x.includes(lower) || lower.includes(x))) out.push(lower);
	}
	return out;
}
