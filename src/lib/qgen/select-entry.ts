/**
 * A ranked question as the set rules (select.ts) read it: what it keys, which sentences it
 * cites, which people it is about, and what would give it away, worked out once per question.
 */
import type { Question } from '$lib/bank/schema';
import { secretsOf, shownTexts, type Secret, whoKeyForms } from './giveaway';
import { REPORTING_VERBS, STANCE_REPORTING_VERBS } from './lexicon';
import { factWords } from './same-fact';
import { kindOf, type Kind, type Ranked } from './select-kinds';

export interface Entry extends Ranked {
	kind: Kind;
	/** Fact and vocabulary questions only: what they key, normalised. */
	answer?: string;
	relaxed?: boolean;
	words: Set<string>;
	spans: string[];
	/** The fact words of each evidence sentence, beside `spans` (see same-fact.ts). */
	facts: Set<string>[];
	/** A true/false attribution's people, by surname (see truefalsePeople). */
	people: string[];
	/** A sourcing question's answer: its kind of sourcing (see sourcingTrait). */
	trait?: string;
	/** A who-question's key as another prompt would print it (see giveaway.ts). */
	whoKey: string[];
	/** A recall item's person (see recallPerson). */
	recallPerson?: string;
	/** The evidence spans as ranges, to tell two quotes' sentences that overlap. */
	ranges: { articleId: string; start: number; end: number }[];
	/** What would give this question's answer away, and what it shows (see giveaway.ts). */
	secrets: Secret[];
	shown: string[];
}

/** A fact question on who said something: "According to Daily A, who told reporters that …?". */
const SAYING = `(?:${[...REPORTING_VERBS, ...STANCE_REPORTING_VERBS].join('|')})\\b`;
/** The same as a gap: "Daily A writes: “____ warned that …” Who?", "Fill the gap (Daily A): ____ said …". */
const WHO_SAID = new RegExp(
	`^(?:According to [^,]+, who ${SAYING}|.*?writes: “____ ${SAYING}|Fill the gap \\([^)]*\\): ____ ${SAYING})`
);

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

const spanKey = (e: { articleId: string; start: number }) => `${e.articleId}:${e.start}`;

/**
 * "True or false: it was Roe who said …": the person the statement names and the one who
 * really spoke. Two such items on one person read as one question asked twice.
 */
function truefalsePeople(q: Question): string[] {
	if (q.type !== 'truefalse') return [];
	const named = /\bit was (.+?) who said\b/i.exec(q.prompt)?.[1];
	const real = /\bIt was (.+?)(?:,| who said)/.exec(q.explanation ?? '')?.[1];
	return [named, real]
		.filter((n): n is string => !!n)
		.map((n) => n.toLowerCase().split(/\s+/).at(-1)!);
}

/**
 * The person a recall item is about, by full name (two sisters stay apart): the key of "who
 * said …?", who really said a true/false quote, the person "which outlet quoted X as saying …"
 * names, or the key of a fact asking who said something. Two such items in one
 * ten on one person read as one question asked twice ("which outlet quoted Roe …" beside "who
 * said …?" keyed Roe), and the first tells the second's answer.
 */
function recallPerson(r: Ranked, kind: Kind): string | undefined {
	const { candidate: c, question: q } = r;
	// "According to Daily A, who warned that …?" asks who said something, as "who said" does:
	// beside "who said …?" keyed the same person, the first item's feedback ("Roe, senator,
	// said this") answers it.
	if (kind === 'fact' && WHO_SAID.test(q.prompt))
		return q.type === 'cloze'
			? q.accepted?.[0]
			: q.type === 'single'
				? q.choices?.find((ch) => ch.id === q.correct?.[0])?.text
				: undefined;
	if (kind !== 'recall') return undefined;
	if (c.family === 'source') return c.subject;
	// "False. It was Ann Lee, mayor, who said it": the real speaker. A true statement's speaker
	// is the one it names ("it was Ann Lee who said …"): without it, a true item on the person a
	// "which outlet quoted Ann Lee" item names joined the set as a fourth quote of one voice.
	if (q.type === 'truefalse')
		return (
			/\bIt was (.+?)(?:,| who said)/.exec(q.explanation ?? '')?.[1] ??
			(q.correct?.[0] === 'true' ? /\bit was (.+?) who said\b/i.exec(q.prompt)?.[1] : undefined)
		);
	if (q.type === 'single' || q.type === 'evidence') {
		// "Which of these did Roe say?" names its person in the prompt; "who said" keys them.
		const said = /^Which of these did (.+?) say\b/.exec(q.prompt)?.[1];
		return said ?? q.choices?.find((ch) => ch.id === q.correct?.[0])?.text;
	}
	return undefined;
}

/**
 * What a sourcing question teaches, per outlet: "how does Daily A source this?" keyed "a
 * source it does not name", and "only one outlet relies on a source it does not name" keyed
 * Daily A, ask the same about the same outlet, whichever of its sentences they cite.
 */
function sourcingTrait(e: Ranked): string | undefined {
	if (!e.candidate.answerKey.startsWith('sourcing:')) return undefined;
	const q = e.question;
	const text = `${q.prompt} ${
		q.type === 'single' ? (q.choices.find((c) => c.id === q.correct[0])?.text ?? '') : ''
	}`;
	const kind = /does not name/.test(text)
		? 'unnamed'
		: /verif/.test(text)
			? 'unverified'
			: /another news/.test(text)
				? 'credited'
				: 'own';
	// By kind alone: two outlets' "How does X source this?" with one key read as one question
	// asked twice (a blind reader's MINOR), as does the "only one outlet …" comparison beside it.
	return kind;
}

/** A ranked question as the set rules read it; select.ts sets `answer` for the kinds that key one. */
export function toEntry(r: Ranked): Entry {
	return {
		...r,
		kind: kindOf(r),
		// Compare the text drawn from the articles, not the shared template words.
		words: words(r.candidate.excerpt ?? r.question.prompt),
		spans: r.question.evidence.map(spanKey),
		facts: (r.evidenceText ?? []).map(factWords),
		people: truefalsePeople(r.question),
		trait: sourcingTrait(r),
		whoKey: whoKeyForms(r.question),
		recallPerson: recallPerson(r, kindOf(r)),
		ranges: r.question.evidence,
		secrets: secretsOf(r.question),
		shown: shownTexts(r.question)
	};
}
