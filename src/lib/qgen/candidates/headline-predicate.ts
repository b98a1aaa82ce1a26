/**
 * How each headline puts what one actor did: "Roe breaks his silence" beside "Roe denies sending
 * letter" and "Roe will retire". Blind readers marked the look-up of one headline's words
 * ("Which outlet's headline says '…'?", headline-lookup.ts, headline-claim.ts) MINOR as a
 * matching exercise and asked, every time, how the headlines differ in framing: which act each
 * credits the actor with. When every headline makes the same actor its subject and each tells a
 * different act (not one verb in two forms, not two words the lexicon knows as one act), each
 * outlet is matched to its headline's main predicate; when all but one tell one act, the item asks
 * which outlet credits the actor with a different act. Scored above every look-up, so a story
 * whose only comparison was a look-up gets this instead; a look-up stays where none is read.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices } from '../build';
import {
	nameTest,
	parseHeadline,
	sameSubject,
	stripKicker,
	subjectEntity,
	AUX
} from '../headline-grammar';
import {
	countWordTitle,
	HEADLINE_PREPOSITIONS,
	HEADLINE_SAME_ACTS,
	SAME_EVENT_VERBS
} from '../lexicon';
import { sameWordFamily } from '../word-family';
import { draftBase, type Candidate } from './candidate';
import { actSubject } from './describe-acts';
import { headlineQuestion } from './headline';
import { FUNCTION, nearKey } from './headline-lookup-words';
import { evidenceOf, listing, storyHeads, type Head } from './headline-wording';

export interface Predicate {
	/** The predicate as the headline words it, lower case: "breaks his silence", "will retire". */
	phrase: string;
	/** The verb the act turns on, without auxiliaries: "breaks", "retire", "go". */
	lexical: string;
	/** A particle that is part of the verb's sense: "out" of "bows out". */
	particle?: string;
}

/** Words between a verb and its object's head that say nothing of the act: "breaks his silence". */
const DETERMINER = /^(?:a|an|the|his|her|their|its|our|my|your)$/i;
/** A particle after a verb that makes a phrasal verb ("bows out", "steps down"). */
const PARTICLE = /^(?:out|up|down|off|back|away|forward|in|over|on)$/;
const bareWord = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');

/**
 * A headline's main predicate: its verb group (auxiliaries and a negation kept, since "won't
 * go" says the opposite of "go") and the head of what it acts on, up to the first function word
 * or punctuation, three words at most ("denies sending letter", "breaks his silence"). Undefined for a speaker's
 * colon, a question, a passive (its subject is not the actor), a negation or a verb not read for sure.
 */
export function mainPredicate(
	title: string,
	isName: (w: string) => boolean
): Predicate | undefined {
	const text = stripKicker(title);
	const parse = parseHeadline(text, isName);
	if (!parse || parse.form !== 'statement' || parse.passive || parse.question || !parse.verb)
		return undefined;
	// The parse keeps "in", "on" or "over" after a verb as its particle; in a predicate they start
	// what follows ("Will Retire In February", "Resigns In Protest"), so the act is the verb.
	const group = parse.verb.split(' ');
	while (group.length > 1 && FUNCTION.test(group.at(-1)!)) group.pop();
	const lexical = group.find((w) => !AUX.test(w) && !/^(?:to|not|be|been)$/.test(w));
	if (!lexical) return undefined;
	const verb = group.join(' ');
	const at = text.toLowerCase().indexOf(verb.toLowerCase());
	if (at < 0) return undefined;
	// "Won't go forward" tells the act by what is not done, which is often another headline's act
	// ("pulling out") in other words: no word test tells them apart, so no predicate is read.
	if (
		/n['’]t\b|\b(?:not|never)\b/i.test(
			text
				.slice(0, at + verb.length)
				.split(/\s+/)
				.slice(-group.length - 2)
				.join(' ')
		)
	)
		return undefined;
	const particle = group.length > 1 && PARTICLE.test(group.at(-1)!) ? group.at(-1) : undefined;
	const words = [...group];
	// The verb's own last word ends its clause ("Resigns, Cites …"): nothing after it is its object.
	const rest = text.slice(at + verb.length);
	if (!/^[,:;.!?]/.test(rest)) {
		const after = rest.trim().split(/\s+/).filter(Boolean);
		let k = 0;
		const lead: string[] = [];
		while (k < after.length && DETERMINER.test(bareWord(after[k]!))) lead.push(after[k++]!);
		const object: string[] = [];
		let ended = false;
		while (k < after.length && !ended) {
			const raw = after[k]!;
			const w = bareWord(raw).toLowerCase();
			if (!w || FUNCTION.test(w) || HEADLINE_PREPOSITIONS.includes(w) || AUX.test(w)) break;
			// A quotation is the speaker's words, not the outlet's account of the act.
			if (/^['‘"“]/.test(raw)) break;
			object.push(bareWord(raw));
			ended = /[,:;.!?'’"”]$/.test(raw);
			k++;
		}
		// A long object ("Former Clinton Aide Huma …") cut short would end inside its noun
		// phrase ("accuses former Clinton"): the verb alone says the act whole.
		if (object.length && object.length <= 3) words.push(...lead.map(bareWord), ...object);
	}
	const phrase = words
		.map((w) => (isName(w) ? w : w.toLowerCase()))
		.join(' ')
		.trim();
	return { phrase, lexical: lexical.toLowerCase(), particle };
}

/** Stems of acts the lexicon knows as one ("resigns" and "quits", "breaks silence" and "speaks"). */
const ACT_GROUPS = [...SAME_EVENT_VERBS, ...HEADLINE_SAME_ACTS];
const actGroups = (p: Predicate) =>
	new Set(
		p.phrase
			.split(' ')
			.flatMap((w) => ACT_GROUPS.flatMap((g, i) => (g.some((s) => w.startsWith(s)) ? [i] : [])))
	);

/**
 * Do two predicates tell one act? One verb in any form ("will retire", "retires"), two words the
 * lexicon groups as one act, or two phrasal verbs on one particle ("bows out", "pulling out"):
 * a phrasal verb's sense sits in its particle, and asking which outlet wrote which would be a
 * synonym spot, which blind readers called trivial.
 */
export function sameAct(a: Predicate, b: Predicate): boolean {
	if (sameWordFamily(a.lexical, b.lexical) || nearKey(a.lexical) === nearKey(b.lexical))
		return true;
	if (a.particle && a.particle === b.particle) return true;
	const groups = actGroups(b);
	return [...actGroups(a)].some((g) => groups.has(g));
}

/** A possessive before the object: the act is done to the actor's own thing ("his hat"). */
const OWN = /^(?:his|her|their|its|our|my|your)$/;

/**
 * Does the predicate tell its act as an idiom: a phrasal verb ("bows out", "steps down") or a verb
 * on the actor's own thing ("throws his hat in the ring", "breaks her silence")? An idiom names a
 * plain act in other words (announcing a run, quitting, speaking), which no word test matches to
 * that act, so beside one no headline can be said to credit the actor with a different act: a
 * blind reader marked the key wrong when "threw his hat in the ring" stood as the odd act
 * beside "announces run".
 */
export const idiomatic = (p: Predicate) =>
	!!p.particle || p.phrase.split(' ').some((w) => OWN.test(w));

/** "How does each outlet's headline put what Ana Ruiz did?", outlets matched to predicates. */
export function headlinePredicateCandidates(view: StoryView): Candidate[] {
	const heads = storyHeads(view);
	if (!heads) return [];
	const isName = nameTest(view.analyses.map((a) => a.article.text));
	const read = heads.map((h) => {
		const parse = parseHeadline(stripKicker(h.title), isName);
		return {
			head: h,
			predicate: mainPredicate(h.title, isName),
			entity: parse ? subjectEntity(parse.subject, isName, view.people) : undefined
		};
	});
	if (read.some((r) => !r.predicate || !r.entity)) return [];
	// The same actor in every headline: otherwise the predicates tell different people's acts,
	// and setting them side by side calls two sides' deeds one act worded three ways.
	const first = read[0]!.entity!;
	if (first.kind !== 'name' || read.some((r) => !sameSubject(r.entity!, first))) return [];
	const predicates = read.map((r) => r.predicate!);
	const who = read.map((r) => r.entity!.label).sort((p, q) => q.length - p.length)[0]!;
	const distinct = !predicates.some((p, i) => predicates.some((q, j) => j > i && sameAct(p, q)));
	if (!distinct) return oddAct(read, heads, who);
	return [
		{
			...headlineQuestion(
				{
					...draftBase(
						'compare',
						`How does each outlet's headline put what ${who} did?`,
						evidenceOf(heads),
						`Each headline credits ${who} with a different act: ${read.map((r) => `${r.head.outlet} “${r.predicate!.phrase}”`).join('; ')}. The act a headline picks frames the event. The headlines: ${listing(heads)}.`,
						2
					),
					type: 'matching',
					pairs: read.map((r, i) => ({
						id: `p${i + 1}`,
						left: r.head.outlet,
						right: r.predicate!.phrase
					}))
				},
				QUALITY
			),
			// The bodies' words for the same person's act (describe-acts.ts) ask it with evidence:
			// the first ten hold one of the two.
			subject: actSubject(who)
		}
	];
}

/**
 * Above every look-up (at most 0.45, headline-stress.ts), below every comparison the headlines'
 * grammar or wording gives (0.5 and up), which it would only repeat.
 */
const QUALITY = 0.46;

type Read = { head: Head; predicate?: Predicate };

/**
 * All headlines but one tell one act ("will retire", "retires"), one another ("resigns"): which
 * outlet credits the actor with a different act? The prompt quotes the others' words, never the
 * key's, which would make it a look-up of one headline's words again (headline-copy.ts).
 */
function oddAct(read: Read[], heads: Head[], who: string): Candidate[] {
	// "A different act" holds only when no headline may tell an act by an idiom.
	if (read.some((r) => idiomatic(r.predicate!))) return [];
	for (let odd = 0; odd < read.length; odd++) {
		const o = read[odd]!;
		const rest = read.filter((_, i) => i !== odd);
		if (rest.some((r) => sameAct(o.predicate!, r.predicate!))) continue;
		if (rest.some((r) => !sameAct(r.predicate!, rest[0]!.predicate!))) continue;
		const count = countWordTitle(rest.length, 4, 'Most');
		const said = [...new Set(rest.map((r) => `“${r.predicate!.phrase}”`))];
		const choices = makeChoices(
			heads.map((h) => h.outlet),
			`act:${o.head.title}`
		);
		return [
			{
				...headlineQuestion(
					{
						...draftBase(
							'compare',
							`${count} of the headlines report the same act by ${who} (${said.join(', ')}). Which outlet's headline credits ${who} with a different act?`,
							evidenceOf(heads, o.head),
							`${o.head.outlet}'s headline says “${o.predicate!.phrase}”, where ${listWords(rest.map((r) => r.head.outlet))} say ${listWords(said)}. The headlines: ${listing(heads)}.`,
							2
						),
						type: 'single',
						choices,
						correct: [choiceId(choices, o.head.outlet)]
					},
					QUALITY
				),
				subject: actSubject(who)
			}
		];
	}
	return [];
}
