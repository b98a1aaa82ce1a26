/**
 * What may stand as a wrong answer to a why question. A wrong reason must be the same kind of
 * thing as the key: an event or a motive someone could have acted on, read as "because …".
 * Another sentence of the story that only reports words, describes a state, denies that
 * something happened, looks ahead, or names a person or a thing instead of an event is no
 * reason at all, and a reader rules it out without reading the story.
 */
import {
	AGENT_NOUNS,
	KINSHIP_NOUNS,
	MEASURE_NOUNS,
	PEOPLE_NOUNS,
	NUMBER_WORD_PATTERN,
	PERSON_TITLES,
	REPORTING_VERBS,
	STATIVE_VERBS,
	THING_NOUNS,
	UNNAMED_SOURCE
} from '../lexicon';
import { lexiconTags } from '../entities';
import { conjugations } from '../giveaway';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Reporting verbs that are acts in their own right ("tweeted congratulations", "vowed to fight"). */
const ACTS = new Set([
	'tweeted',
	'posted',
	'called',
	'vowed',
	'urged',
	'promised',
	'pledged',
	'charged',
	'accused',
	'testified',
	'announced',
	'continued'
]);
/** "said", "told reporters", "confirmed": the clause reports words rather than an act. */
const STATEMENT = new RegExp(
	`\\b(?:${REPORTING_VERBS.filter((v) => !ACTS.has(v)).join('|')}|contended|contends)\\b`,
	'i'
);
/** "ultimately", "later", "went on to": what the clause tells came after the rest. */
const LATER = /\b(?:ultimately|eventually|later|subsequently|afterwards?|went on to|in the end)\b/i;
/** The clause before what it reports: "gave rise to optimism that a deal could be reached" → "gave rise to optimism". */
const mainPart = (text: string) => text.replace(/(?<=\S+\s+\S+)\s+(?:that|whether)\s.*$/i, '');
/** "we witnessed", "remember …": a speaker's own words, lifted out of a quotation. */
const FIRST_PERSON = /\b(?:I|we|us|our|my|you|your)\b|^remember\b/i;
/** "did not", "never", and a refusal ("had refused to apologize", "declined to comment"): what was not done. */
const NEGATION =
	/\b(?:not|never|no|nobody|nothing|neither|nor)\b|n['’]t\b|\b(?:refus|declin|fail)(?:ed|es|e|s)?\s+to\b/i;
/** A modal, or "is expected to", "plans to": what had not happened yet can have caused nothing. */
const NOT_YET =
	/\b(?:will|would|could|might|may|shall|should)\b|\b(?:set|scheduled|planned|slated|due)\s+for\b|\b(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|likely|unlikely|poised)\s+to\b|\b(?:plans?|planned|intends?|intended)\s+to\b|\b(?:a|an|the|his|her|their|its)\s+(?:proposed|planned|potential|possible|prospective|would-be)\b/i;
/** "Has anyone been charged": a question, not an event. */
const QUESTION = /\?$|^(?:has|have|had|is|are|was|were|do|does|did|will|would|can|could)\s/i;
/**
 * "The invitation remains open", "the emails are a sore spot", "Reese is a senior fellow": a
 * copula before an article, an adjective or a place describes a state. "Was removed" and
 * "was shot" (a participle) are events and pass.
 */
const DESCRIPTION =
	/\b(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|been|be)\s+(?:\w+ly\s+)?(?:a|an|the|one|part|his|her|their|its|still|open|possible|impossible|likely|unlikely|able|unable|important|clear|unclear|available|true|false|ready|in|on|at|among|home|up)\b/i;

/**
 * "the suit amounts to another legal broadside", "the dispute really dates back to January",
 * "imports made up the largest share": what a thing holds, adds up to or goes back to. The
 * share sense of "make up" needs its share word ("made up a story" is an act); a passive ("all
 * crew were accounted for") is an event.
 */
const STATIVE = new RegExp(
	`(?<!\\b(?:is|are|was|were|be|been|being)\\s+)\\b(?:${STATIVE_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')}|(?:make|makes|made)\\s+up\\s+(?:[\\w%-]+\\s+){0,3}(?:share|percent|majority|minority|portion|bulk|half|third|quarter|fraction|part))\\b`,
	'i'
);

/**
 * "the two leaders had supported public works in the past", "Roe has long opposed the plan":
 * what held for years, a standing condition, no event that could have set off the key's effect.
 */
const STANDING =
	/\b(?:in the past|for (?:years|decades|generations)|(?:has|have|had)\s+long|long\s+(?:been|had|held|opposed|supported|backed|favou?red)|always|traditionally|historically|usually|typically|routinely)\b/i;
/** "the rule only applies to married couples": a rule's scope, which causes nothing on a day. */
const RULE_SCOPE = /\b(?:appl(?:y|ies)\s+to|only\s+(?:appl(?:y|ies|ied)|extend(?:s|ed)?)\s+to)\b/i;
/**
 * "the resolution was introduced by Rep. Roe", "the group is funded by …": who made, runs or
 * pays for a thing describes it; as a wrong reason it is no act that could lead to the effect.
 */
const AUTHORED_BY =
	/\b(?:is|are|was|were)\s+(?:introduced|sponsored|co-sponsored|authored|written|drafted|founded|owned|run|led|headed|funded|chaired)\s+by\b/i;

const pastTense = (w: string) =>
	/^[a-z]{3,}ed$/.test(w) || lexiconTags(w).has('PastTense') || lexiconTags(w).has('Copula');
/** A present-tense verb in -s ("reacts", "quotes", "remains") that is not also a noun. */
const presentVerb = (w: string) => {
	const tags = lexiconTags(w);
	return /^[a-z]{3,}s$/.test(w) && tags.has('PresentTense') && !tags.has('Noun');
};
/** A bare present verb ("rely", "control") after a plural noun ("forces", "troops"). */
const pluralPresent = (subject: string, w: string) => {
	const tags = lexiconTags(w);
	return (
		tags.has('PresentTense') &&
		tags.has('Infinitive') &&
		!tags.has('Noun') &&
		// "his support", "this need", "was needed": a possessive, a determiner or an auxiliary
		// in -s is no plural subject.
		![...lexiconTags(subject)].some((t) =>
			[
				'Possessive',
				'Pronoun',
				'Determiner',
				'Copula',
				'Auxiliary',
				'Adverb',
				'Preposition',
				'Conjunction'
			].includes(t)
		) &&
		!/^(?:is|was|has|as|us|thus|plus|less|unless|yes)$/.test(subject)
	);
};
export const tense = (text: string): 'past' | 'present' | undefined => {
	const ws = words(text)
		.slice(1)
		.map((w) => w.replace(/[^A-Za-z'-]/g, ''))
		.filter((w) => /^[a-z]/.test(w));
	// Any past form decides: the word list calls some plural nouns ("shops") present verbs.
	if (ws.some(pastTense)) return 'past';
	if (ws.some((w) => presentVerb(w) || /^(?:is|are|has|have)$/.test(w))) return 'present';
	// "the forces rely heavily on air support", "rebel troops control the north": a plural
	// subject before a bare verb is a present too, a state that holds rather than an event.
	if (ws.some((w, i) => i > 0 && /s$/.test(ws[i - 1]!) && pluralPresent(ws[i - 1]!, w)))
		return 'present';
	return undefined;
};

/**
 * A verb the word list knows after the first word: such a phrase is a clause, an event whatever
 * its subject. The list misses some verbs ("rose" is a flower to it), so a phrase without one is
 * refused only when its head also names people or a thing (namesNoEvent).
 */
const hasFiniteVerb = (text: string) => tense(text) !== undefined;

/**
 * Why `phrase` is no wrong reason beside `key`, or undefined when it is one. Each test lets the
 * phrase through when the key is of the same kind itself (a key that reports words may be
 * answered among other reported words).
 */
export function notAReason(phrase: string, key: string): string | undefined {
	if (QUESTION.test(phrase)) return 'a question';
	// "Even if he doesn't get …": a condition whose main clause was cut off.
	if (/^(?:even if|even though|if|unless|whether|although|though|while|when)\b/i.test(phrase))
		return 'a condition';
	// "any increased security measures": no event that happened, only one that might.
	if (/^(?:any|no|every|each|such)\s/i.test(phrase)) return 'no one event';
	if (FIRST_PERSON.test(phrase)) return 'a speaker’s own words';
	// "the president was joined by four children": who stood where, a scene rather than an event.
	if (
		/\b(?:was|were|is|are)\s+(?:joined|accompanied|flanked|surrounded|attended)\s+by\b/i.test(
			phrase
		)
	)
		return 'describes a scene';
	// "the most controversial elements of the plan": a description, no event, unless a verb follows.
	if (
		/^(?:the|its|his|her|their)\s+(?:most|least|[a-z]{3,}est)\s/i.test(phrase) &&
		!hasFiniteVerb(phrase)
	)
		return 'describes a thing';
	// "Huckabee went even further", "Roe instead voted no": further than, instead of, what the reader does not see.
	if (/\b(?:further|farther|instead)\b/i.test(phrase)) return 'leans on another sentence';
	if (STATEMENT.test(phrase) && !STATEMENT.test(key)) return 'reports words';
	if (NEGATION.test(mainPart(phrase)) && !NEGATION.test(key)) return 'says what did not happen';
	if (NOT_YET.test(mainPart(phrase)) && !NOT_YET.test(key)) return 'had not happened yet';
	if (DESCRIPTION.test(phrase) && !DESCRIPTION.test(key)) return 'describes a state';
	if (STATIVE.test(mainPart(phrase)) && !STATIVE.test(key)) return 'describes a state';
	if (STANDING.test(phrase) && !STANDING.test(key)) return 'a standing condition';
	if (RULE_SCOPE.test(phrase) && !RULE_SCOPE.test(key)) return 'states a rule';
	if (AUTHORED_BY.test(phrase) && !AUTHORED_BY.test(key)) return 'describes a thing';
	// "the officials spoke on condition of anonymity to describe …": how the outlet got its
	// story, not an event of it.
	if (UNNAMED_SOURCE.test(phrase)) return 'credits a source';
	// "Roe ultimately rejected the offer", "went on to win": told as coming after, by its own
	// words, so no reader takes it for a reason.
	if (LATER.test(phrase) && !LATER.test(key)) return 'comes later';
	// "the real-estate developer reacts defensively" beside a key in the past: a present that
	// cannot have come before what the key explains.
	if (tense(phrase) === 'present' && tense(key) === 'past') return 'in the present';
	return undefined;
}

/** "a dozen priests", "90 professors", "two of his aides": people or things counted. */
const COUNTED = new RegExp(
	`^(?:(?:nearly|almost|about|some|more than|over)\\s+)?(?:a dozen|dozens of|hundreds of|thousands of|\\d[\\d,]*|${NUMBER_WORD_PATTERN})\\s`,
	'i'
);
const PREPOSITION =
	/^(?:of|in|on|at|for|with|by|from|to|into|over|against|between|about|during|after|before|near|across|under|set|who|which|that)$/i;
const TIME_WORDS =
	/^(?:early|late|last|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|night|week|weekend)$/i;
const PERSON_WORDS = new Set(
	[...PEOPLE_NOUNS, ...AGENT_NOUNS, ...KINSHIP_NOUNS, ...PERSON_TITLES]
		.filter((w) => !/[\s.]/.test(w))
		.flatMap((w) => [w, `${w}s`])
);

/** The head noun of a noun phrase: the last word before a preposition or a relative, less any time words. */
export function headNoun(np: string): string {
	const ws = words(np.replace(/[.,;:!?]+$/, ''));
	const end = ws.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
	const head = end < 0 ? ws : ws.slice(0, end);
	while (head.length > 1 && TIME_WORDS.test(head.at(-1)!)) head.pop();
	return (head.at(-1) ?? '').replace(/['’]s$/, '');
}

/**
 * A noun phrase offered as a reason must name an event or a state of affairs: "Sestak's opponent",
 * "a group of professors", "the White House counsel" name people, and "a Trump Tower in Moscow"
 * names a thing by its proper name.
 */
export function namesNoEvent(phrase: string): boolean {
	// "a group of professors connected to the school": a participle after the noun describes it.
	// "the harbour board official who first disclosed the cracks": a relative clause after a
	// determiner's noun describes the person; its verb makes no event of the phrase.
	const np = phrase
		// "the federal judge overseeing the case": the participle after the noun describes the person.
		.replace(/^((?:the|a|an|his|her|their|its)\s+(?:\S+\s+){0,3}?\S+)\s+[a-z]{3,}ing\s.*$/i, '$1')
		// "a man known for his wardrobe": irregular participles describe the person as "-ed" ones do.
		.replace(
			/\s+(?:[a-z]{3,}(?:ed|en)|known|born|seen|held|made|told|found|kept)\s+(?:to|by|in|on|at|with|from|for|as)\b.*$/,
			''
		)
		.replace(/^((?:the|a|an|his|her|their|its)\s.*?)\s+(?:who|whom|whose)\s.*$/i, '$1');
	if (hasFiniteVerb(np)) return false;
	// "a dozen Georgetown priests", "90 professors": a count of people or things.
	if (COUNTED.test(phrase)) return true;
	const head = headNoun(np);
	return (
		/^\p{Lu}/u.test(head) ||
		PERSON_WORDS.has(head.toLowerCase()) ||
		// "the Israeli businessman", "a congresswoman": compounds in -man and -woman name people.
		/^[a-z]*(?:man|woman|men|women|person|people)$/i.test(head)
	);
}

/**
 * "the latest meeting gave rise to optimism" or "others attended the meeting" beside "what did
 * the president and the speaker's meeting (they met Sunday) come after?": a noun in "-ing" made
 * from the effect's own verb names the question's event, which is no cause of itself.
 */
export function namesEffectAct(phrase: string, effect: string): boolean {
	const inEffect = new Set(effect.toLowerCase().match(/[a-z]+/g) ?? []);
	return (phrase.toLowerCase().match(/\b[a-z]{3,}ing\b/g) ?? []).some((w) =>
		conjugations(w).some((f) => f !== w && inEffect.has(f))
	);
}

const singular = (w: string) => w.toLowerCase().replace(/(?<=[^s])s$/, '');

/** The head of one noun phrase, or the noun after "of" when the head counts or holds it. */
function thingHead(np: string): string {
	const head = singular(headNoun(np));
	const after = new RegExp(`\\b${head}s?\\s+of\\s+(.+)$`, 'i').exec(np)?.[1];
	return MEASURE_NOUNS.includes(head) && after ? singular(headNoun(after)) : head;
}

/**
 * "a pack of cigarettes and a beer", "his new phone": a phrase with no verb whose every head
 * (each side of "and") is an object of daily life. Offered as the reason for a resignation or a
 * vote, it is a noun lifted from elsewhere in the story that no reader would take for a cause.
 */
export function namesAThing(phrase: string): boolean {
	if (hasFiniteVerb(phrase)) return false;
	const parts = phrase
		.replace(/[.,;:!?]+$/, '')
		.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
		.filter(Boolean);
	return parts.length > 0 && parts.every((p) => THING_NOUNS.includes(thingHead(p)));
}
