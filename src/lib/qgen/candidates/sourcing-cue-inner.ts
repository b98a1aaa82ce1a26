/**
 * Sourcing words that sit inside a sentence rather than at its start or end, cut out so the
 * claim still reads as one clause (sourcing-cue.ts cuts the leading and trailing kinds):
 * - set off by commas between two parts of the claim: "The editorial, sources said, nailed the
 *   narrative …", "The company, according to two people briefed on the talks, will cut 300
 *   jobs" → "The editorial … nailed the narrative …";
 * - a subject whose anonymity is explained in a clause of its own before "said": "The official,
 *   who spoke on condition of anonymity, said that investigators …" → "… investigators …";
 * - after a ", but" / ", and" clause: "The board did not say, but people briefed on the talks
 *   said the ferry would be sold" → "The board did not say, but … the ferry would be sold".
 * Without its sourcing words a student must remember how the article gave the claim; so what is
 * shown keeps no word of saying or of a source, opens on no pronoun whose person was cut, and
 * keeps its quotation marks paired.
 */
import { lexiconTags } from '../entities';
import { WEEKDAYS } from '../lexicon';

/** A word of saying or of a source left in the shown claim still points at the key. */
const SOURCING_WORD =
	/\b(?:said|says|say|saying|told|tells|according to|reported|reports|officials?|sources?|aides?|anonymity|familiar with|briefed)\b/i;

/** "… he would resign": the person "he" means was in the words cut off. */
const PRONOUN_OPENER = /^(?:he|she|they|it|his|her|their|its|him|them)\b/i;

/** The verbs that end an attribution set off by commas ("sources said", "the Courier reported"). */
const SAYING_VERB = '(?:said|says|say|told|tells|reported|reports|added|confirmed)';

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** Opening and closing quotation marks pair up, and straight ones come in twos. */
function quotesPaired(text: string): boolean {
	const open = (text.match(/“/g) ?? []).length;
	const close = (text.match(/”/g) ?? []).length;
	return open === close && (text.match(/"/g) ?? []).length % 2 === 0;
}

/** Words that open a clause or a phrase, not a subject: "While …", "After …", "However …". */
const NOT_A_SUBJECT = ['Preposition', 'Conjunction', 'Adverb', 'QuestionWord'];

const opensOnSubject = (text: string) => {
	const first = text.split(/\s+/)[0]!.toLowerCase();
	return !NOT_A_SUBJECT.some((t) => lexiconTags(first).has(t));
};

/** Does a shown claim read as a claim and hide how it was sourced? */
function showable(claim: string, shows: (t: string) => boolean): boolean {
	const bare = claim.replace(/…/g, ' ');
	const start = claim.replace(/^…\s*/, '');
	return (
		wordCount(bare) >= 6 &&
		!shows(bare) &&
		!SOURCING_WORD.test(bare) &&
		quotesPaired(claim) &&
		!PRONOUN_OPENER.test(start) &&
		// "… of the senator, “She takes …”": what the cut leaves behind the "…" must be a claim
		// of its own, not the rest of the verb's phrase or a bare quotation.
		(start === claim || (opensOnSubject(start) && !/^[“"]/.test(start)))
	);
}

/** Commas outside a quotation: "“Yes, we will,” she said" has no clause break at its comma. */
export function clauseCommas(text: string): number[] {
	const out: number[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '“') quoted = true;
		else if (c === '”') quoted = false;
		else if (c === '"') quoted = !quoted;
		else if (c === ',' && !quoted && text[i + 1] === ' ') out.push(i);
	}
	return out;
}

/** Most words an attribution set off by commas runs to ("a source with knowledge of the talks said"). */
const ASIDE_WORDS = 15;

/**
 * An aside that is only the attribution: it opens with "according to" or ends on a verb of
 * saying (with at most three words after it: "said on Friday", "told reporters"), and says
 * nothing else ("that" would begin a claim of its own).
 */
const attributionAside = (aside: string) =>
	wordCount(aside) <= ASIDE_WORDS &&
	// "according to the AP. With such a margin": a sentence break the segmenter missed.
	!/[.!?:;—]\s/.test(aside) &&
	!/\bthat\b/i.test(aside) &&
	(/^according to\b/i.test(aside) ||
		new RegExp(`\\b${SAYING_VERB}(?:\\s+[\\w’'-]+){0,3}$`, 'i').test(aside));

/** "A, sources said, B" → "A … B". */
function cutAside(text: string, shows: (t: string) => boolean): string | undefined {
	const commas = clauseCommas(text);
	for (let i = 0; i + 1 < commas.length; i++) {
		const aside = text.slice(commas[i]! + 2, commas[i + 1]!);
		if (!shows(aside) || !attributionAside(aside)) continue;
		const left = text.slice(0, commas[i]!);
		const right = text.slice(commas[i + 1]! + 2);
		// The rest of the claim must go on as its predicate, not be a lone phrase.
		if (wordCount(right) < 4) continue;
		const claim = `${left} … ${right}`;
		if (showable(claim, shows)) return claim;
	}
	return undefined;
}

/** "said Wednesday that", "said on Friday": the day may stand between the verb and the claim. */
const SAID_ON_DAY = `(?:said|says)(?:\\s+(?:on\\s+)?(?:${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')}|yesterday|today))?(?:\\s+that)?\\s+`;

/**
 * "The official, who spoke on condition of anonymity, said (that) …": a subject and a clause
 * about it, then the verb. The subject must be one (not "While the board met, …"). Only a day
 * may stand between the verb and the claim: "said the message was that “…”" keeps words of
 * the claim before its "that".
 */
const SUBJECT_ASIDE_SAID = new RegExp(`^([^“",;]+?),\\s+([^“";]+?),\\s+${SAID_ON_DAY}`);

function cutSubjectAside(text: string, shows: (t: string) => boolean): string | undefined {
	const m = SUBJECT_ASIDE_SAID.exec(text);
	if (!m || !shows(m[0])) return undefined;
	if (!opensOnSubject(m[1]!)) return undefined;
	const claim = `… ${text.slice(m[0].length)}`;
	return showable(claim, shows) ? claim : undefined;
}

/** ", but people briefed on the matter said (that) …": the source opens the second clause. */
const CONJ_SOURCE_SAID =
	/,\s+(but|and|while|though|although)\s+([^,“";]+?)\s+(?:said|says|say)\b(?:(?:\s+[^\s“",;]+){0,4}?\s+that)?\s+/i;

function cutConjoinedSource(text: string, shows: (t: string) => boolean): string | undefined {
	const m = CONJ_SOURCE_SAID.exec(text);
	if (!m || !shows(m[2]!)) return undefined;
	const left = text.slice(0, m.index);
	const right = text.slice(m.index + m[0].length);
	if (wordCount(left) < 4 || wordCount(right) < 4 || PRONOUN_OPENER.test(right)) return undefined;
	const claim = `${left}, ${m[1]} … ${right}`;
	return showable(claim, shows) ? claim : undefined;
}

/**
 * The sentence with sourcing words from inside it cut to "…", or undefined when none of the
 * shapes fits. `shows` tells whether a text still shows a sourcing cue (sourcing-cue.ts).
 */
export function withoutInnerSourcing(
	text: string,
	shows: (t: string) => boolean
): string | undefined {
	return cutSubjectAside(text, shows) ?? cutAside(text, shows) ?? cutConjoinedSource(text, shows);
}
