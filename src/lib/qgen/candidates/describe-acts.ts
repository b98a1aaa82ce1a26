/**
 * "How does each outlet word Trump's criticism of the agreement?": one person criticising the
 * same person or thing, told by each outlet with its own verb ("criticized", "blasted",
 * "lashed out at", "went after"). The verb is the reporter's choice of heat, the word choice
 * BASIL's annotators mark most often; the headline questions compare only headlines.
 *
 * The act is read only where the sentence itself says who did it: the person named as the
 * clause's subject ("Trump, returning from Florida, lashed out at …"), nothing but an appositive
 * or a few words of time between, and the verb outside any quotation (a speaker's verb is the
 * speaker's, not the outlet's). What is criticised is a person of the story, named or called by
 * a role only that person holds ("a former aide"), or a thing named by the same noun.
 */
import { escapeRegExp, wordAlternatives } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { choiceId, outletChoices, spanOf } from '../build';
import { lexiconTags } from '../entities';
import { CRITICISM_VERB_FORMS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { heldOrKinTarget } from './act-target';
import { draftBase, type Candidate } from './candidate';
import { roleNounsFor } from './describe';

export interface Act {
	analysis: ArticleAnalysis;
	sentence: Sentence;
	/** The one who criticises, as the story names them (StoryView.canon). */
	subject: string;
	/** A person of the story, `kin:` and a relative of the subject, or `thing:` and a noun. */
	object: string;
	/** A `kin:` target as a prompt may name it ("her sister"). */
	shown?: string;
	/** The verb as written: "lashed out at". */
	verb: string;
	/** The verb and what it is aimed at, as written: "lashed out at the investigation". */
	phrase: string;
}

/** "ripped up the deal" tears a deal up; "ripped President Obama" criticises him. */
const VERB = new RegExp(
	String.raw`\b(${wordAlternatives(CRITICISM_VERB_FORMS)})\b(?!\s+(?:up|apart|off|out|through|into|to|down)\b)`,
	'g'
);
/** Words that open a new clause or report someone's words: the name before them is not the subject. */
const CLAUSE =
	/\b(?:said|says|say|told|tells|that|who|whom|which|when|whose|after|before|because|while|as|if|and|but|or|whether|since|where|according)\b|[;:()]/i;
/** What ends the thing criticised: punctuation, a preposition, a new clause. */
const OBJECT_END =
	/[,;:.()“”"]|\s(?:for|of|as|over|in|on|at|after|and|but|with|to|who|which|that|by|from|during|about|because|while|when|saying|calling)\b/;

/** "the agreement made by …": the thing ends before a verb that follows it. */
function untilVerb(text: string): string {
	const words = text.split(/\s+/);
	const cut = words.findIndex((w, i) => {
		if (i === 0 || !/^[a-z]/.test(w)) return false;
		const tags = lexiconTags(w);
		return (tags.has('Verb') && !tags.has('Noun')) || (i >= 2 && /[^e]ed$/.test(w));
	});
	return (cut > 0 ? words.slice(0, cut) : words).join(' ');
}

/** Each mention of a person of the article in `text` (offsets into it), by the story's name. */
function mentionsIn(a: ArticleAnalysis, text: string, canon: (n: string) => string) {
	const out: { person: string; start: number; end: number }[] = [];
	for (const p of a.people)
		// Person.surname is lower-case: the name's own last word is the surname as written.
		for (const form of new Set([p.name, p.name.split(/\s+/).at(-1)!]))
			for (const m of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(form)}\b`, 'g')))
				out.push({ person: canon(p.name), start: m.index, end: m.index + m[0].length });
	return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * Is `gap`, the words between a subject's name and its verb, free of another clause? An
 * appositive right after the name (", the party's nominee,") is the subject's own; then at most
 * a few words (time, adverbs, an auxiliary, or a verb with its object before a participle:
 * "posted a tweet lashing out at"). A participle after a comma closes its subject's own clause
 * ("made his first post of the year on Tuesday, accusing …"), which may be longer.
 */
export function subjectGap(gap: string, participle = false): boolean {
	const rest = gap
		// A second appositive may follow ("…, the younger sister of Lee Roe, a council candidate,").
		.replace(/^,[^,“”"]{3,120},(?:\s+(?:the|a|an)\s[^,“”"]{3,80},)?/, '')
		// A scare-quoted word or two is the outlet's clause still: "his first “Crooked Hillary” post".
		.replace(/[“"][^“”",]{1,25}[”"]/g, 'x');
	const closing = /,\s*$/.test(rest);
	if (CLAUSE.test(rest) || /[“”",]/.test(rest.replace(/,\s*$/, ''))) return false;
	if (closing && !participle) return false;
	return rest.trim().split(/\s+/).filter(Boolean).length <= (closing ? 20 : 6);
}

/** What the verb is aimed at: a person of the story, or the noun of a thing. */
function objectOf(
	a: ArticleAnalysis,
	text: string,
	canon: (n: string) => string,
	roles: (person: string) => readonly string[],
	people: readonly string[]
): { object: string; shown?: string } | undefined {
	// "her sister's stance", "Roe's remarks", "his older sibling": a held view or a relative.
	const held = heldOrKinTarget(
		text,
		(owner) => mentionsIn(a, owner, canon).find((m) => m.end === owner.length)?.person
	);
	if (held) return held;
	// "former Clinton aide Huma Abedin": the name that ends the phrase is the one criticised; a
	// name inside it ("the Clinton campaign") only says whose the thing is.
	const named = mentionsIn(a, text, canon).filter((m) => m.end === text.length);
	if (named.length) return { object: named[0]!.person };
	const words = text.split(/\s+/).filter(Boolean);
	const head = words.at(-1)?.toLowerCase();
	if (!head || words.length > 8 || !/^(?:the|a|an|his|her|their|its|this|that)$/i.test(words[0]!))
		return undefined;
	// "a former Clinton aide": the role of exactly one person of the story.
	const holders = people.filter((p) => roles(p).includes(head));
	if (holders.length === 1) return { object: holders[0]! };
	if (holders.length > 1) return undefined;
	// The word list lacks many nouns ("agreement", "pact"): any word it does not call another part
	// of speech.
	const tags = lexiconTags(head);
	if (
		!/^[a-z]{4,}$/.test(head) ||
		/ly$/.test(head) ||
		['Verb', 'Adjective', 'Adverb', 'Preposition', 'Pronoun', 'Determiner'].some((t) => tags.has(t))
	)
		return undefined;
	// "his own Justice Department": a name's last words name the thing, not its last word alone.
	const proper = words.slice(1).filter((w) => /^[A-Z]/.test(w));
	return {
		object: `thing:${(/^[A-Z]/.test(words.at(-1)!) ? proper : [head]).join(' ').toLowerCase()}`
	};
}

/** Each act of criticism an article's own sentences tell, with its subject named. */
export function criticismActs(a: ArticleAnalysis, view: StoryView): Act[] {
	const out: Act[] = [];
	const text = a.article.text;
	const roleMemo = new Map<string, readonly string[]>();
	const roles = (p: string) => {
		if (!roleMemo.has(p)) roleMemo.set(p, roleNounsFor(view, p));
		return roleMemo.get(p)!;
	};
	for (const sentence of a.sentences) {
		const s = text.slice(sentence.start, sentence.end);
		for (const m of s.matchAll(VERB)) {
			const at = sentence.start + m.index;
			if (a.quoted.some((q) => q.start <= at && at < q.end)) continue;
			// The clause's subject: the first person named in it, after at most a dateline, a
			// title or an opening phrase ending in a comma.
			const before = s.slice(0, m.index);
			const subject = mentionsIn(a, before, view.canon).find((x) => {
				const lead = before.slice(0, x.start);
				const gap = before.slice(x.end);
				return (
					(/^(?:[A-Z][\w.’'-]*\s*|[—–-]+\s*)*$/.test(lead) ||
						/(?:,|[—–]|--)\s+(?:(?:and|but)\s+)?(?:[A-Z][\w.’'-]*\s+)*$/.test(lead)) &&
					!mentionsIn(a, gap.replace(/^,[^,]*,/, ''), view.canon).length &&
					subjectGap(gap, /ing\b/.test(m[0].split(' ')[0]!))
				);
			});
			if (!subject) continue;
			const after = s.slice(m.index + m[0].length);
			// A scare-quoted word or two inside the phrase ("went after “Crooked” Hillary Clinton aide
			// Huma Abedin") does not end it.
			const end = OBJECT_END.exec(after.replace(/[“"]([^“”"]{1,25})[”"]/g, ' $1 '));
			const objectText = untilVerb(after.slice(0, end ? end.index : after.length).trim());
			const target = objectOf(a, objectText, view.canon, roles, view.people);
			if (!target || target.object === subject.person) continue;
			out.push({
				analysis: a,
				sentence,
				subject: subject.person,
				...target,
				verb: m[0],
				phrase: `${m[0]} ${objectText}`
			});
		}
	}
	return out;
}

/**
 * "accusing a former Clinton aide" is the act another outlet tells as "lashing out at former
 * Clinton aide Huma Abedin": a thing named by a noun that another outlet puts right before the
 * name of the one criticised, by the same subject, is that person (when only one fits).
 */
export function alignRoles(acts: readonly Act[]): Act[] {
	return acts.map((act) => {
		if (!/^thing:[a-z]+$/.test(act.object)) return act;
		const noun = act.object.slice(6);
		const people = new Set(
			acts
				.filter(
					(o) =>
						o.subject === act.subject &&
						o.analysis !== act.analysis &&
						!o.object.startsWith('thing:') &&
						new RegExp(String.raw`\b${noun}\s+[A-Z]`).test(o.phrase)
				)
				.map((o) => o.object)
		);
		return people.size === 1 ? { ...act, object: [...people][0]! } : act;
	});
}

/**
 * One subject for every question on how the outlets word what one person did: a headline's verbs
 * (headline.ts) and the bodies' verbs for it ask the same thing, and the first ten ask it once.
 */
export const actSubject = (person: string) =>
	`act-words:${person.split(/\s+/).at(-1)!.toLowerCase()}`;

/** Lower-case verb without its ending, so "slammed" and "slams" are one choice of word. */
const verbStem = (verb: string) =>
	verb
		.toLowerCase()
		.split(/\s+/)[0]!
		.replace(/(?:es|ed|s|ing|e|d)$/, '')
		.replace(/(.)\1$/, '$1');

export function describeActCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 2 || outlets.length !== view.analyses.length) return out;
	const label = (x: Act) => view.label.get(x.analysis.article.id)!;
	const groups = new Map<string, Act[]>();
	for (const act of alignRoles(view.analyses.flatMap((a) => criticismActs(a, view)))) {
		const key = `${act.subject}\n${act.object}`;
		// Each outlet's first telling of the act: its own word for it.
		if (!groups.get(key)?.some((o) => o.analysis === act.analysis))
			groups.set(key, [...(groups.get(key) ?? []), act]);
	}
	const lower = new Map(view.analyses.map((a) => [a.article.id, a.article.text.toLowerCase()]));
	for (const acts of groups.values()) {
		if (acts.length < 2) continue;
		const uses = (a: ArticleAnalysis, verb: string) =>
			new RegExp(String.raw`\b${escapeRegExp(verb.toLowerCase())}\b`).test(
				lower.get(a.article.id)!
			);
		// Each verb is its outlet's own: no other outlet of the story uses the words anywhere.
		const own = acts.filter((x) =>
			view.analyses.every((a) => a === x.analysis || !uses(a, x.verb))
		);
		const told = tellingsToCompare(acts, own, uses);
		if (!told) continue;
		const { subject, object } = told[0]!;
		const target = object.startsWith('thing:')
			? `the ${object.slice(6)}`
			: object.startsWith('kin:')
				? // "her sister" over "her sibling": the plainer word, when an outlet writes it.
					(told.find((x) => !x.shown?.endsWith('sibling')) ?? told[0]!).shown!
				: object;
		const position = Math.min(...told.map((x) => x.sentence.index));
		const explanation = `${told.map((x) => `${label(x)}: “${x.phrase}”`).join('; ')}.`;
		const base = {
			keyTexts: told.map((x) => x.phrase),
			hidden: [],
			answerKey: `describe:act:${subject} → ${object}`,
			subject: actSubject(subject),
			position
		};
		// Matching only when every outlet's verb is its own: two outlets writing "criticized" would
		// make two pairings right.
		if (told.length >= 3 && told.every((x) => own.includes(x))) {
			out.push({
				...base,
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`Each outlet tells in its own words how ${subject} criticized ${target}. Match each outlet to its words.`,
						told.map((x) => spanOf(x.sentence)),
						explanation,
						2
					),
					type: 'matching',
					pairs: told.map((x, i) => ({ id: `p${i + 1}`, left: label(x), right: x.phrase }))
				},
				quality: 0.95
			});
			continue;
		}
		const [key, ...others] = told as [Act, ...Act[]];
		const choices = outletChoices(outlets, label(key), 6, key.phrase);
		out.push({
			...base,
			keyTexts: [key.phrase],
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					`The outlets use different words for how ${subject} criticized ${target}. Which outlet writes “${key.phrase}”?`,
					[key, ...others].map((x) => spanOf(x.sentence)),
					explanation,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, label(key))]
			},
			quality: 0.9
		});
	}
	return out;
}

/**
 * The tellings of one act to compare, the first the key of a "which outlet writes …?" item, or
 * undefined. Two or more outlets' own verbs of different stems ("blasted", "lashed out at") as
 * before; else one outlet's own verb beside another's plainer one that the first never writes,
 * even when a third outlet shares it ("blast her older sibling" where two write "criticized her
 * sister"): the word is still that outlet's alone. Never a verb of the same stem ("slams").
 */
export function tellingsToCompare(
	acts: readonly Act[],
	own: readonly Act[],
	uses: (a: ArticleAnalysis, verb: string) => boolean
): Act[] | undefined {
	if (own.length >= 2)
		return new Set(own.map((x) => verbStem(x.verb))).size < own.length ? undefined : [...own];
	const key = own[0];
	if (!key) return undefined;
	const others = acts.filter(
		(x) => x !== key && verbStem(x.verb) !== verbStem(key.verb) && !uses(key.analysis, x.verb)
	);
	return others.length ? [key, ...others] : undefined;
}
