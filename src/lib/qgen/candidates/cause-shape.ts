/**
 * The grammatical shape of a why question's choices. Blind readers found the key at a glance
 * when it was the one clause among noun phrases ("because the council voted …" beside "the
 * storm", "a crowd of fans"), the one "-ing" phrase among clauses ("being shot in the hip"
 * beside "the senator praised the team"), or the one present-tense clause among past ones. So
 * every wrong answer must have the key's shape, and a clause its tense.
 */
import nlp from 'compromise';
import { lexiconTags } from '../entities';
import { tense } from './cause-choices';

/** 'unclear': read either way, so offered beside no key ("the majority relate to …" may be a clause). */
export type Shape = 'gerund' | 'noun' | 'clause' | 'unclear';

/**
 * What follows a verb in -ing that heads a phrase ("injuring his foot", "learning that …", "being
 * shot"), not one that describes a noun ("rising fuel costs", "growing concern").
 */
const AFTER_GERUND =
	/^(?:the|a|an|his|her|their|its|our|this|that|these|those|him|them|it|to|in|on|at|for|with|from|by|of|about|into|up|out|off|down|back|[a-z]+(?:ed|en))$/;

/** "being shot in the hip", "learning that a caravan …": a verb in -ing with no subject before it. */
export function isGerundPhrase(text: string): boolean {
	const m = /^([a-z]{2,}ing)\s+(\S+)/.exec(text.trim());
	if (!m) return false;
	const tags = lexiconTags(m[1]!);
	// "nothing", "morning", "building": nouns, not verbs in -ing.
	return (
		(tags.has('Gerund') || tags.has('Verb')) &&
		!tags.has('Noun') &&
		// "being struck", "having lost": an auxiliary in -ing opens a verb phrase whatever follows.
		(/^(?:being|having)$/.test(m[1]!) || AFTER_GERUND.test(m[2]!))
	);
}

/** A past form not in -ed ("withdrew", "struck"), not a participle before "by". */
function irregularPast(text: string): boolean {
	const ws = text.split(/\s+/);
	return ws.some(
		(w, i) =>
			i > 0 &&
			/^[a-z]{3,}$/.test(w) &&
			!/ed$/.test(w) &&
			lexiconTags(w).has('PastTense') &&
			ws[i + 1] !== 'by'
	);
}

/**
 * A word the list knows only as a verb's bare form, between the subject and a preposition, a
 * determiner or a name ("his remarks reduce Hispanics to …": a name after a bare verb is its object).
 */
function bareVerbInside(text: string): boolean {
	const ws = text.split(/\s+/);
	return ws.some((w, i) => {
		if (i < 2 || i === ws.length - 1) return false;
		const tags = lexiconTags(w);
		return (
			tags.has('Infinitive') &&
			!tags.has('Noun') &&
			(/^(?:to|on|in|at|for|with|from|by|of|about|into|the|a|an|his|her|their|its)$/.test(
				ws[i + 1]!
			) ||
				/^[A-Z][a-z]/.test(ws[i + 1]!)) &&
			!/^(?:the|a|an|his|her|their|its|to)$/.test(ws[i - 1]!)
		);
	});
}

/** Words that open a phrase after a noun: "the Trump rallies in Ohio" stays a noun phrase. */
const AFTER_PLURAL =
	/^(?:of|in|on|at|for|with|from|by|about|and|or|to|into|over|after|before|that|who|which|since|during|across)$/;

/**
 * "the Constitution mandates lifetime tenure": a word in -s after a name, with more words after it
 * that no preposition opens, is a present-tense verb with its object as often as a plural noun
 * ("the Clinton emails", "the Trump rallies in Ohio" end or go on with a preposition). The word
 * list calls "mandates" a noun, so the noun-phrase test reads the clause as a phrase.
 */
function presentAfterName(text: string): boolean {
	const ws = text.split(/\s+/);
	return ws.some(
		(w, i) =>
			i > 0 &&
			i < ws.length - 1 &&
			/^[A-Z][\p{L}'’-]*$/u.test(ws[i - 1]!) &&
			/^[a-z]{3,}s$/.test(w) &&
			!/(?:ss|us|is)$/.test(w) &&
			!AFTER_PLURAL.test(ws[i + 1]!)
	);
}

/**
 * The shape of a choice, given whether the caller reads it as a clause and as a noun phrase
 * (cause.ts owns those two tests; this module only combines them).
 */
export function shapeOf(text: string, clause: boolean, nounPhrase: boolean): Shape {
	if (isGerundPhrase(text)) return 'gerund';
	// "the ferry company withdrew its bid": a determiner opens it, but an irregular past makes it a
	// clause (the noun-phrase test reads only verbs in -ed). "The ban issued by the mayor" stays a phrase.
	if (clause && irregularPast(text)) return 'clause';
	// "the majority relate to possible obstruction": a bare verb after the subject, before a
	// preposition or a determiner, may make a clause of what looks like a phrase.
	if (nounPhrase && (bareVerbInside(text) || presentAfterName(text))) return 'unclear';
	if (nounPhrase || !clause) return 'noun';
	return 'clause';
}

/**
 * Whether a wrong answer of `shape` and `text` reads like the key: the same shape, and for two
 * clauses the same tense when both show one ("the board has immunity" beside "the mayor resigned"
 * reads as the odd one out).
 */
export function sameShapeAs(key: string, keyShape: Shape, text: string, shape: Shape): boolean {
	if (shape !== keyShape) return false;
	if (shape !== 'clause') return true;
	const a = tense(key);
	const b = tense(text);
	return a === undefined || b === undefined || a === b;
}

/**
 * "Scalise underwent surgery after being shot in the hip": the "-ing" reason told as a clause with
 * the effect's subject ("Scalise was shot in the hip"), so it can stand among the story's other
 * events, which are clauses. Only a named subject ("Scalise", "Mr. Flake"): "the lawyer" would
 * need the sentence before. Undefined when the verb has no past form to give.
 */
export function gerundAsClause(gerund: string, subject: string): string | undefined {
	const m = /^([a-z]{2,}ing)\s+(.+)$/.exec(gerund.trim());
	if (
		!m ||
		!isGerundPhrase(gerund) ||
		!/^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}$/u.test(
			subject
		)
	)
		return undefined;
	const doc = nlp(m[1]!);
	doc.tag('Gerund');
	const past = (doc.verbs().conjugate() as { PastTense?: string }[])[0]?.PastTense;
	if (!past || /\s/.test(past)) return undefined;
	return `${subject} ${past} ${m[2]!}`;
}
