/**
 * Tests that a why item's key, wrong answers and prompt read whole and answerable on their own:
 * no phrase cut inside a noun phrase, no bare pointer ("the move") for a key, no subject
 * ("both", "they") whose referent the reader does not see, no linking adverb opening a reported
 * clause. Each names a kind of defect blind readers rejected.
 */
import { escapeRegExp } from '$lib/text/regexp';
import {
	CIRCUMSTANCE_NOUNS,
	DESCRIBE_AS_STEMS,
	NOMINAL_ADJECTIVES,
	REPORTING_VERBS,
	SENTENCE_ADVERBS,
	SHELL_NOUNS
} from '../lexicon';

const alternation = (list: readonly string[]) =>
	list
		.map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
		.sort((a, b) => b.length - a.length)
		.join('|');

const OPENING_ADVERB = new RegExp(`^(?:${alternation(SENTENCE_ADVERBS)}),\\s+(?=\\S)`, 'i');

/**
 * "More importantly, the Gulf is alarmed" → "the Gulf is alarmed": after "<Outlet> reports
 * that" an adverb tying the sentence to the one before points at nothing the reader sees.
 */
export function withoutOpeningAdverb(clause: string): string {
	const m = OPENING_ADVERB.exec(clause);
	return m ? clause.slice(m[0].length) : clause;
}

const REPORTING_AFTER = new RegExp(`^[A-Z][a-z]+s\\s+(?:${alternation(REPORTING_VERBS)})\\b`);
/**
 * "Fields said …", "Rivers told …": a capitalised word in "-s" that says or tells is a surname,
 * though "fields" and "rivers" are plural nouns too (a plural thing does not speak).
 */
export function surnameSpeaks(clause: string): boolean {
	return REPORTING_AFTER.test(clause);
}

const DETERMINERS =
	/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|some|any|every|each)$/i;
/**
 * Words a whole phrase never ends on: a determiner, a preposition, a modal, a pointer (not
 * "her" or "this", which end a phrase as objects: "grabbed her", "expected this"), a
 * conjunction or "to" ("spending cuts in the bill and provisions to": cut at a dash or comma
 * before what the provisions do).
 */
const DANGLING =
	/\b(?:the|a|an|his|their|its|our|my|your|these|those|such|in|on|at|of|for|from|into|onto|about|over|under|than|as|like|between|through|toward|towards|upon|via|with|to|and|or|would|could|should|will|can|may|might|must|shall|whose|very)$|\b(?:the|a|an|its|their|his|her)\s+(?:last|first|next|latest|previous|same|other|only)$/i;
const NOMINAL = new Set(NOMINAL_ADJECTIVES);

/**
 * "the worst attack on the lesbian", "the decades they spent at the low-slung", "the
 * plans that countries offered would": a phrase cut at a comma inside its noun phrase or
 * before its verb. An adjective after a determiner, with no noun after it, is cut; a
 * predicate adjective ("the talks were tense") is not.
 */
export function endsCut(phrase: string): boolean {
	const text = phrase.replace(/[.,;:!?]+$/, '').trim();
	if (DANGLING.test(text)) return true;
	const w = text.split(/\s+/);
	const last = w[w.length - 1]!.toLowerCase();
	if (NOMINAL.has(last)) return false;
	// Only forms that are adjectives whatever the context ("terminal", "executive" are nouns too).
	const adjective =
		/^(?:high|low|well|long|short|far|full|half|self|ill|hard|wide|top|all)-[a-z]+$/.test(last) ||
		/(?:ous|less|ical)$/.test(last);
	return adjective && w.slice(-3, -1).some((x) => DETERMINERS.test(x));
}

/**
 * "… on the lesbian, gay, bisexual and transgender community": the phrase stops at the first
 * comma of a list of words, so it holds one item of a series and not the noun they modify.
 */
export function cutInList(sentence: string, phrase: string): boolean {
	const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
	if (at < 0) return false;
	const rest = sentence.slice(at + phrase.length);
	return /^,\s+[\p{L}'’-]+(?:,\s+[\p{L}'’-]+)*,?\s+(?:and|or)\s/u.test(rest);
}

/**
 * "Erdogan’s policy has been interpreted" (as fighting …): a passive verb whose "as" the phrase
 * left behind; what it was taken as is the point of the reason.
 */
export function cutBeforeAs(sentence: string, phrase: string): boolean {
	const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
	return (
		at >= 0 &&
		(/\b(?:is|are|was|were|be|been|being)\s+[a-z]+(?:ed|en)$/i.test(phrase) ||
			// "he refuses to describe the Islamic State and al Qaeda" (as groups fueled by …): a verb
			// of describing whose "as" the phrase left behind, with what it describes them as.
			DESCRIBE_AS.test(phrase)) &&
		/^\s+as\s/.test(sentence.slice(at + phrase.length))
	);
}
const DESCRIBE_AS = new RegExp(`\\b(?:${alternation(DESCRIBE_AS_STEMS)})`, 'i');

/**
 * "What systems are used to …", "Or just three years …", "Of the three states": a question word,
 * a conjunction or a preposition opening the phrase; it is a piece of a sentence, not an event.
 */
export function opensAsFragment(phrase: string): boolean {
	return /^(?:what|how|why|whether|which|or|and|nor|of)\s/i.test(phrase);
}

const SHELL = new RegExp(
	`^(?:the|this|that|these|those|such an?)\\s+(?:${alternation(SHELL_NOUNS)})$`,
	'i'
);
/**
 * "slamming Trump for the move", "praised for the decision", "it": the key only points back to
 * an act another sentence names, and a choice naming that act would be right too.
 */
export function bareAnaphor(key: string): boolean {
	const k = key.trim();
	return SHELL.test(k) || /^(?:it|this|that|them|these|those)$/i.test(k);
}

const POINTER = new RegExp(
	`\\b(?:the|this|that|these|those)\\s+(?:${alternation(SHELL_NOUNS)})\\b`,
	'i'
);
/**
 * "the appeals court refused to reconsider the decision": a key that names an earlier act only
 * by a pointer; that act, told in the sentences just before, is a cause of the effect too.
 */
export function pointsBack(key: string): boolean {
	return POINTER.test(key);
}

const CIRCUMSTANCE = new RegExp(
	`^(?:the|a|an|this|that|all the)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${alternation(CIRCUMSTANCE_NOUNS)})(?:\\s+(?:of|at|in|on|for|marking)\\s+\\S.*)?$`,
	'iu'
);
/**
 * "Amid the celebration, some delegates stayed seated": an occasion is the setting, not a
 * cause; what else went on at the time would be as good an answer. So is an occasion told
 * with what it is of or where ("the pomp of a formal state visit", "the ceremony at the
 * harbour"): the discussion held there, or a decision pending that week, was going on too.
 */
export function mereCircumstance(cause: string): boolean {
	return CIRCUMSTANCE.test(cause.trim());
}

/**
 * "Both were suspending their campaigns", "Many have left": a subject that is a bare quantifier
 * or pronoun, with its referent in another sentence; the question cannot be answered alone.
 */
export function unresolvedSubject(clause: string): boolean {
	return (
		/^(?:both|all|neither|either|each|some|many|most|several|others|few|none)\s+(?:of\s+them\b|were|are|was|is|had|have|has|will|would|could|can|did|do|does|said|say|says|[a-z]+ed\b)/i.test(
			clause
		) || /^(?:he|she|they|it|we|this|these|those)\s+[a-z]/i.test(clause)
	);
}

/**
 * "… reports that Big legislation eludes him": a capitalised first word is lowercased after
 * "reports that" when the article writes it in lower case elsewhere and never capitalises it
 * inside a sentence ("Fields" in "reporter Michelle Fields" is a name and stays).
 */
export function commonOpening(clause: string, articleText: string): string {
	// "Mayor Ana Ruiz said …": a title before a name keeps its capital.
	const w = /^([A-Z][a-z]+)\s+[a-z]/.exec(clause)?.[1];
	if (!w) return clause;
	const lower = w.toLowerCase();
	const inLower = new RegExp(`\\b${lower}\\b`).test(articleText);
	const capitalisedInside = new RegExp(`[\\p{Ll},;:]\\s+${w}\\b`, 'u').test(articleText);
	return inLower && !capitalisedInside ? lower + clause.slice(w.length) : clause;
}

/**
 * "A 1898 ruling held …", lowercased to follow "reports that", reads "a 1898 ruling": a number
 * said with a vowel first ("eighteen ninety-eight", "eleven", "eighty") takes "an". The outlet's
 * own slip is not repeated in the prompt.
 */
export function anBeforeNumber(phrase: string): string {
	return phrase.replace(/^a (?=8|1[18](?:\d\d)?(?!\d))/, 'an ');
}
