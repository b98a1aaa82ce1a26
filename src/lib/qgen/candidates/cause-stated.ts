/**
 * Whether a wrong reason is a reason the story itself states for something else. Readers of the
 * why items (issue #10) took the key for the only motive among bare events ("the council met on
 * Tuesday"), figures and fragments; a wrong reason they had to weigh was one the text gives as a
 * cause or motive ("… because the budget ran short", "… after the board cut the grant", "… to
 * win back the suburbs"). Such a clause reads as "because …" beside the key's, so it goes first.
 */
import { firstClause, isClause, words } from './cause-clause';
import { sexOf } from './cause-readers';
import { lastCoordinatedClause } from './cause-coordinated';
import { sameName } from '../align';
import { DOTTED_HONORIFICS, TITLE_ABBREVIATION_WORDS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';

/**
 * The words of news English that put a cause or a motive after them: "because (of)", "after",
 * "amid", "over", "citing", "in response to", "out of concern that" … An aim's "to" is read
 * apart (`PURPOSE`): it is a reason only after a verb of aiming.
 */
const CONNECTIVE =
	/\b(?:because(?:\s+of)?|since|as\s+a\s+result\s+of|due\s+to|owing\s+to|so\s+that|over|citing|after|following|amid|in\s+(?:response|reaction|retaliation)\s+to|in\s+protest\s+(?:of|at|over|against)|out\s+of\s+(?:concern|fear|worry|frustration|anger)(?:\s+(?:that|over|about|for))?|for\s+fear\s+that|prompted\s+by|in\s+order\s+to|in\s+an\s+(?:effort|attempt|bid)\s+to|in\s+a\s+bid\s+to)$/i;
/** "to lay the groundwork …" after "in order", "sought", "plans", "in an effort": an aim. */
const PURPOSE =
	/\b(?:in\s+order|in\s+an\s+effort|in\s+a\s+bid|in\s+an\s+attempt|aimed|designed|intended|plans?|planned|vowed|sought|seeks?|hopes?|hoped|wants?|wanted|aims?|intends?|tried|tries|trying)\s+$/i;

const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[^a-z0-9'$%\s-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * True when `phrase` is told in `sentence` right after a causal connective. The phrase as offered
 * may open with another subject than the sentence's ("Mr. Cohen did not want …" for "he did not
 * want …"), so up to three opening words are let go, and as many words may stand between the
 * connective and the matched rest (the subject the sentence writes).
 */
export function reasonInSentence(phrase: string, sentence: string): boolean {
	const ws = norm(phrase).split(' ');
	const text = ` ${norm(sentence)} `;
	for (let skip = 0; skip <= Math.min(3, ws.length - 3); skip++) {
		const rest = ws.slice(skip, skip + 5).join(' ');
		const at = text.indexOf(` ${rest} `);
		if (at < 0) continue;
		const before = text.slice(0, at).trimEnd().split(' ');
		// An aim: "to …" right after a verb of aiming.
		if (skip === 0 && ws[0] === 'to') return PURPOSE.test(`${before.join(' ')} `);
		for (let gap = 0; gap <= skip; gap++)
			if (CONNECTIVE.test(before.slice(0, before.length - gap).join(' '))) return true;
		return false;
	}
	return false;
}

/**
 * A sentence break: a full stop, "!" or "?" (and a closing mark) before a space, but not the stop
 * of a title before a name ("… after Mr. Mueller’s office disputed the account" is one sentence).
 */
const SENTENCE_BREAK = new RegExp(
	`(?<=[.!?]["”’)]?)(?<!\\b(?:${TITLE_ABBREVIATION_WORDS.join('|')})\\.)\\s+`,
	'i'
);

/** True when some sentence of `texts` (whole articles) tells `phrase` as a reason. */
export function statedAsReason(phrase: string, texts: readonly string[]): boolean {
	return texts.some((t) => t.split(SENTENCE_BREAK).some((s) => reasonInSentence(phrase, s)));
}

/**
 * Words after which a sentence tells why something happened in a clause of its own ("because
 * the auditors found missing funds", "after the board cut the grant", "out of concern that the
 * pier would fail"). "Since" and "as" are left out: they tell a time or a manner as often.
 */
const CLAUSE_CONNECTIVE =
	/\b(?:because|after|amid|citing|so\s+that|in\s+(?:response|reaction|retaliation)\s+to|out\s+of\s+(?:concern|fear|worry)\s+that|for\s+fear\s+that)\s+/gi;

/**
 * The clauses a sentence gives as causes or motives, each up to its first clause break, with
 * where it starts. The reader of causal links (cause.ts `causalLinks`) asks only the links it can
 * put in a prompt; these are the story's other stated reasons, wrong answers a student weighs.
 */
export function statedReasonClauses(sentence: string): { text: string; index: number }[] {
	const out: { text: string; index: number }[] = [];
	for (const m of sentence.matchAll(CLAUSE_CONNECTIVE)) {
		const index = m.index + m[0].length;
		const text = firstClause(sentence.slice(index));
		const n = words(text).length;
		// A clause a student can read as "because …": a verb of its own, short enough to offer.
		if (n >= 4 && n <= 18 && isClause(text)) out.push({ text, index });
	}
	return out;
}

const OPENING_PRONOUN = /^(he|she)\s+(?=[a-z])/i;
/** "Ms. " right before a name: the lexicon's honorifics that are written with a full stop. */
const TITLE_BEFORE = new RegExp(`\\b(?:${DOTTED_HONORIFICS.join('|')})\\.\\s+$`);

/**
 * A stated reason that opens with "he" or "she" ("Roe resigned because she feared a recount"),
 * with the person's name in the pronoun's place: the one person the sentence names before the
 * connective, outside quotations, when that person's sex is known to match. Alone among the
 * choices, "she feared a recount" points to no one. Undefined when it cannot tell; the clause
 * as written when it opens with no pronoun.
 */
export function withNamedSubject(
	a: ArticleAnalysis,
	s: Sentence,
	clause: { text: string; index: number }
): string | undefined {
	const pronoun = OPENING_PRONOUN.exec(clause.text)?.[1]?.toLowerCase();
	if (!pronoun) return clause.text;
	// "Roe was fired, and his deputy resigned because he …": after clauses with different subjects
	// the pronoun is the last clause's subject; a name in an earlier clause is not who it means.
	const head = s.text.slice(0, clause.index);
	const lastClause = lastCoordinatedClause(head);
	if (lastClause === null) return undefined;
	const from = s.start + (lastClause ? head.lastIndexOf(lastClause) : 0);
	const before = a.mentions.filter(
		(m) =>
			m.kind === 'person' &&
			m.start >= from &&
			m.end <= s.start + clause.index &&
			!a.quoted.some((q) => q.start <= m.start && m.start < q.end)
	);
	const people = [
		...new Set(before.map((m) => a.people.find((p) => sameName(p.name, m.text)) ?? m.text))
	];
	const person = people[0];
	// A name the article's people list does not hold has no known sex: no one to name.
	if (people.length !== 1 || person === undefined || typeof person === 'string') return undefined;
	if (sexOf(person) !== (pronoun === 'he' ? 'male' : 'female')) return undefined;
	// "Ms. Ortega", as the sentence writes it: the title belongs to the name the key is given with.
	const last = before.at(-1)!;
	const title = TITLE_BEFORE.exec(s.text.slice(0, last.start - s.start))?.[0] ?? '';
	return clause.text.replace(OPENING_PRONOUN, `${title}${last.text} `);
}
