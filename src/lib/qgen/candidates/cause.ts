/**
 * Why and what-happened questions, read off the text's own connectives ("resigned after
 * …", "in response to …", "… prompted an inquiry"). The key is the words the outlet
 * itself gives as the cause or the effect; wrong answers are other events of the same
 * story, in the same grammatical shape, that share no content with the key.
 */
import { nameRestored, sharesFigure, tellsEffect } from './cause-overlap';
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { makeChoices, choiceId, spanOf } from '../build';
import { lexiconTags } from '../entities';
import {
	AGENT_NOUNS,
	CAUSAL_CONNECTIVES,
	CENSURE_FOR_STEMS,
	PEOPLE_NOUNS,
	CREDITED_TO_OUTLET,
	INSTITUTION_NOUNS,
	NON_EVENT_NOUNS,
	INFINITIVE_TAKERS,
	HONORIFICS,
	INJURY_STEMS,
	MONTH_ABBREVIATIONS,
	MONTHS,
	NOUN_OBJECT_CONNECTIVES,
	OBJECT_CONTROL_STEMS,
	OVER_PARTICLE_VERB,
	OVER_PLACE_NOUNS,
	OVER_REASON_STEMS,
	PHASE_VERBS,
	PURPOSE_ACT_VERBS,
	REACTION_WORDS,
	RECEIVING_VERBS,
	RELATIVE_DAY_WORDS,
	REPORTING_VERBS,
	RESPONSE_VERB_STEMS,
	TREATMENT_STEMS,
	TRIGGER_STEMS,
	UNNAMED_SOURCE,
	WEEKDAYS,
	type CausalRole
} from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { headNoun, namesAThing, namesEffectAct, namesNoEvent, notAReason } from './cause-choices';
import { vagueLast } from './cause-vague';
import { gerundAsClause, sameShapeAs, shapeOf } from './cause-shape';
import { happeningEvents, nominalEvents } from './cause-nominal';
import { eventAfterAuxiliary } from './cause-single';
import { normaliseSpace } from '$lib/content/space';
import {
	anBeforeNumber,
	bareAnaphor,
	commonOpening,
	cutBeforeAs,
	cutInList,
	endsCut,
	mereCircumstance,
	opensAsFragment,
	pointsBack,
	surnameSpeaks,
	unresolvedSubject,
	withoutOpeningAdverb
} from './cause-whole';
import { firstClause, isClause, words } from './cause-clause';
import {
	demandWhole,
	resolvedOpening,
	saidWhole,
	sinceGivesReason,
	withoutNounClause,
	withoutRelativeAside,
	withoutWhoQualifier
} from './cause-readers';

export { isClause };
import { eventWords, leadEventWeight, OFF_STORY_OVERLAP } from '../focus';
import { byRivalRank, fewerUnrelated, nearRival, rivalRank } from './cause-rival';
import { actsFirst } from './cause-weak';
import { reasonInSentence, statedReasonClauses, withNamedSubject } from './cause-stated';
import { overAbout, overAboutExplanation } from './cause-over';
import { withoutSubjectAside } from './cause-aside';
import { lastCoordinatedClause, possessiveUnclear } from './cause-coordinated';
import { cameMeasure } from './cause-came';
import { alikeBeyond, content } from './cause-alike';
import { keyWithSubject } from './cause-key-subject';
import { didSoEvent, saidReason } from './cause-said';
import { pointsToActBefore, sentenceNamingPointer } from './cause-pointer';

/** A wrong answer's text, and the sentence it was read from. */
interface WrongEvent {
	text: string;
	analysis: ArticleAnalysis;
	sentence: Sentence;
}

export interface CausalLink {
	analysis: ArticleAnalysis;
	sentence: Sentence;
	role: CausalRole;
	connective: string;
	/** The clause the connective explains (a whole main clause). */
	effect: string;
	/** What the connective gives as the reason, the earlier event, or the purpose. */
	cause: string;
	/** For `effect` links: the subject that brought the effect about. */
	agent?: string;
	/** The agent is a whole clause ("Officials said …, sparking an outcry"), restated in the prompt. */
	clauseAgent?: boolean;
	/** A hedge the outlet puts on the link ("apparently in response to"); kept in the question. */
	hedge?: string;
	/** Who gives the reason, when the effect reports their words ("Roe said she left because …"). */
	speaker?: string;
	/** The effect is an act named as a noun phrase ("the mayor's statement comes after …"). */
	named?: boolean;
	/** The sentence before, which tells the effect "It came after …" points back to. */
	context?: Sentence;
	/** "criticism … over X": the dispute noun X is about; the question asks a fact (cause-over.ts). */
	about?: string;
	/**
	 * How long after, as printed before "after" ("a day", "just hours"): the outlet dates one event
	 * by the other, and the question asks what it came that long after, not what led to it.
	 */
	measure?: string;
}

const CONNECTIVE = new RegExp(
	`(^|[\\s,(—–-])(${CAUSAL_CONNECTIVES.map((c) => escapeRegExp(c.words)).join('|')})\\s+`,
	'gi'
);
const roleOf = new Map(CAUSAL_CONNECTIVES.map((c) => [c.words, c.role]));
const NOUN_OBJECT = new Set<string>(NOUN_OBJECT_CONNECTIVES);

/** Pronouns and frames that need an earlier sentence to make sense. */
const NEEDS_CONTEXT =
	/^(?:he|she|they|it|this|that|these|those|his|her|their|its|there|but|and|so|then|also|which|who|rather|however|instead|still|yet|meanwhile|moreover|indeed|nevertheless)\b/i;
/** "after 10 p.m.", "after Tuesday", "after years of …", "after nearly a century": time, not an event. */
const TIME_START =
	/^(?:(?:more|less) than |nearly |almost |about |over |just |only )?(?:\d|the (?:end|start|beginning|first|last|next)\b|(?:a|an|one|two|three|several|many|few|more|less) (?:\w+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b|(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|noon|dark|that|this|which|the (?:meeting|speech|hearing|session|event|call|interview))\b)/i;
/** A clause that opens with a subordinator is not an event on its own ("When asked …"). */
const SUBORDINATE =
	/^(?:when|as|if|while|though|although|even though|since|because|after|before|until|unless|once|whether|where|rather than|instead of|despite|in|on|at|for|to|during|with|without|according to|by|later|earlier|then|meanwhile|behind|under|against|among|amid|following|within|across|through|throughout|from|beyond|unlike|besides|upon|ahead of)\b/i;
/** A clause cut at a comma before its verb arrived: "some expressed concern that Trump", "officials say Smith". */
const UNFINISHED =
	/\b(?:that|whether|if|who|which|say|says|said|told|believe|believes|believed|after|before)\s+(?:\S+\s+){0,2}\S+$|\b(?:the|a|an|of|to|and|or|with|by|that|because|after|so|while|when|if)$/i;
const REPORT_END =
	/\b(?:said|says|told|added|wrote|reported|according|noted|explained|announced|argues|argued|claims|claimed|contends|insists|insisted)\s*(?:on \w+)?$/i;

/**
 * "Roe, who represented the district, said …", "Roe, returning from a trip, posted …": an aside
 * between the subject and its verb is left out so the main clause reads whole.
 */
export function withoutAside(clause: string): string {
	return clause.replace(
		/^([A-Z][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}),\s+(?:who|whose|now|then|formerly|[a-z]+ing)\b[^,;—–]*,\s+(?=[a-z])/u,
		'$1 '
	);
}

/**
 * "the response to a shooting at a night club that left 50 people dead and scores injured": a
 * noun-phrase cause ends where its relative clause begins, so the answer stays a short phrase.
 * A clause ("officials said that …") is left whole.
 */
export function nounEvent(cause: string): string {
	const m = /^(.{12,}?)\s+(?:that|which|who|where)\s+\S+/.exec(cause);
	if (
		!m ||
		words(m[1]!).length < 3 ||
		!/^(?:the|a|an|his|her|their|its|\p{L}+['’]s)\s/iu.test(m[1]!) ||
		// "the board said that …", "the council voted that …": a clause, whose "that" opens what it said.
		REPORTED.test(m[1]!) ||
		/\b(?:was|were|is|are|has|have|had|voted|decided|ruled|found)\b/i.test(m[1]!)
	)
		return cause;
	return m[1]!;
}

/**
 * "the study found that in the state's three largest counties": what was found was cut at the
 * comma after an opening phrase, and only the phrase is left after "that" (no verb of its own).
 */
export function thatCutShort(phrase: string): boolean {
	const m =
		/\bthat\s+((?:in|on|at|for|during|among|by|from|after|before|since|despite|under|with|of|across|over|within|between)\s.*)$/i.exec(
			phrase
		);
	return m !== null && !isClause(`It ${m[1]!}`);
}

/**
 * "her White House qualifications to what Americans", "speculation centered on whether an
 * official in Washington": a phrase cut after "what", "how" or "whether" and a few words, before
 * the verb of what it asked or told ("… can accomplish together").
 */
export function whCutShort(phrase: string): boolean {
	const m = /\s(?:what|how|why|whether|where|when|who)\s+((?:\S+\s+){0,4}\S+)$/i.exec(phrase);
	return m !== null && !isClause(`It ${m[1]!}`);
}

/**
 * "the suit states Russia": what a document or a speaker states, argues or insists was cut at
 * the comma before an aside ("…, using WikiLeaks, would …"), leaving the verb and a word or two
 * and none of what was stated. Lower case only: "the United States" is a name.
 */
export function claimCutShort(phrase: string): boolean {
	const m =
		/\b(?:states|stated|argues|argued|contends|contended|insists|insisted|alleges|asserts|asserted)\s+((?:\S+\s+){0,2}\S+)$/.exec(
			phrase
		);
	return m !== null && !isClause(`It ${m[1]!}`);
}

/** "this proposal", "these claims": a thing an earlier sentence told (not "this year", "this week"). */
const BACK_POINTER =
	/\b(?:this|these)\s+(?!(?:year|week|month|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter|season|time)\b)[a-z]{3,}/i;

/**
 * "I", "we", "my" outside quotation marks: someone's own words (a transcript, a column), not
 * the outlet's report. Inside marks ("did not want to “give up my seat”") they are quoted.
 */
export function inFirstPerson(text: string): boolean {
	return /\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur)\b/.test(
		text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, '')
	);
}

/** "But", "And", "Yet" opening a sentence, with or without a comma after it. */
const LINKING_OPENER = /^(?:But|And|Yet),?\s+(?=\S)/;

function insideQuote(a: ArticleAnalysis, start: number, end: number): boolean {
	return a.quoted.some((q) => q.start <= start && end <= q.end);
}

/** Every causal link stated in the story's sentences, outside quotations. */
export function causalLinks(view: StoryView): CausalLink[] {
	const out: CausalLink[] = [];
	for (const a of view.analyses) {
		for (const s of a.sentences) {
			const text = s.text.replace(/\s+/g, ' ');
			// A line without closing punctuation is a headline or caption, not reporting prose.
			if (text.length > 400 || /^[“"]/.test(text) || !/[.!?"”’)]$/.test(text)) continue;
			if (insideQuote(a, s.start, s.start + 1)) continue;
			// "But on Friday, Roe resigned over …": the conjunction only ties the sentence to the
			// one before; the rest is a whole sentence of its own, read as if it opened there.
			const linker = LINKING_OPENER.exec(text)?.[0].length ?? 0;
			const opened = text.slice(linker).replace(/^./, (c) => c.toUpperCase());
			// "He resigned because …" after a sentence naming one man: read with his surname. Offsets
			// into `own` past the pronoun are `shift` characters off the sentence's own.
			const own = resolvedOpening(opened, a, s) ?? opened;
			const shift = own.length - opened.length;
			// "…, the DNC alleges.", "…, officials said.": the whole sentence is someone's claim, which
			// a stem "<Outlet> reports that …" would give as the outlet's own account.
			const claimed = attributionTail(own);
			const comes = claimed
				? undefined
				: (comesLink(a, s, own) ?? pointerLink(a, s, own) ?? resultLink(a, s, own));
			if (comes) {
				out.push(comes);
				continue;
			}
			const purpose = purposeTo(own);
			if (
				purpose !== undefined &&
				!insideQuote(a, s.start + linker + purpose - shift, s.start + linker + purpose - shift + 2)
			) {
				const link = linkAt(a, s, own, purpose, 'to');
				if (link && !claimed) out.push(link);
			}
			// "Boehner chided Obama on Friday for the lack of progress": blame (or praise) and its reason.
			const censure = claimed ? undefined : censureFor(own);
			if (
				censure !== undefined &&
				!insideQuote(a, s.start + linker + censure - shift, s.start + linker + censure - shift + 3)
			) {
				const link = linkAt(a, s, own, censure, 'for');
				if (link) out.push(link);
			}
			for (const m of own.matchAll(CONNECTIVE)) {
				const connective = m[2]!.toLowerCase();
				const at = m.index + m[1]!.length;
				const from = s.start + linker + at - shift;
				if (insideQuote(a, from, from + connective.length)) continue;
				const link = linkAt(a, s, own, at, connective);
				// A reason sourced to someone ("…, according to aides") is still the reason given;
				// an event sourced so is their claim, not the outlet's account.
				if (link && (!claimed || link.role === 'cause')) out.push(link);
			}
		}
	}
	return out;
}

/**
 * "the shooting stopped", "the meeting broke up on Friday": the clause ends on a verb of beginning
 * or ending, with at most a time after it ("the shooting ended the talks" has an object: an event).
 */
const PHASE_END = new RegExp(
	`\\b(?:${PHASE_VERBS.join('|').replace(/ /g, '\\s+')})(?:\\s+(?:(?:on|early|late|last|that|this)\\s+)?(?:${WEEKDAYS.join('|')}|morning|afternoon|evening|night|day|week))?[.,]?$`,
	'i'
);
/** "recruiting Senator Roe to", "persuaded the board to": a verb whose object the infinitive tasks. */
const OBJECT_CONTROL = new RegExp(`\\b(?:${OBJECT_CONTROL_STEMS.join('|')})[a-z]*\\s`, 'i');
const PURPOSE_ACT = new RegExp(`\\b(?:${PURPOSE_ACT_VERBS.join('|')})\\b`);
/** Words that open a noun phrase, not a verb: "sent passwords to her account". */
const NOT_A_VERB =
	/^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|every|all|some|no|any|each|more|most|about|around|nearly|be|do|have|get|go|make|date)$/;
/** After a noun, not a verb: "to members of the board", "to leaders and aides". */
const AFTER_A_NOUN = /^(?:of|and|or|but|to|is|are|was|were|has|have|had)$/;

/**
 * Where the "to" of a purpose stands: after an act ("used the money", "gathered in the square"),
 * within the same clause, and before a verb in its base form that takes an object ("to buy
 * items", "to call for"). "sent the files to her lawyer", "came back to immigration" and "plans
 * to", whose "to" belongs to the word before it, tell no purpose.
 */
export function purposeTo(text: string): number | undefined {
	const act = PURPOSE_ACT.exec(text);
	// "showed how Mr. Roe used the money to …": the act is inside what something showed.
	if (!act || /\b(?:how|why|whether|what)\s/i.test(text.slice(0, act.index))) return undefined;
	const rest = text.slice(act.index + act[0].length);
	const to = /^[^,;:“”"—–()]{3,70}?\s(to)\s+([a-z]+)\s+(\S+)/.exec(rest);
	if (!to) return undefined;
	const [whole, , verb, next] = to;
	// "spent time recruiting Senator Roe to switch parties": what Roe was recruited to do, not
	// what the time was spent for (blind readers: a "purpose" with a second right answer).
	if (OBJECT_CONTROL.test(whole.slice(0, whole.length - `to ${verb} ${next}`.length)))
		return undefined;
	const before = whole
		.slice(0, whole.length - `to ${verb} ${next}`.length)
		.trim()
		.split(/\s+/)
		.pop()!;
	if (
		INFINITIVE_TAKERS.has(before.toLowerCase()) ||
		// "the judge had offered to", "wanted him to": the verb or its object takes the "to".
		/[a-z]ed$/.test(before) ||
		/^(?:him|her|them|us|me|it|you)$/i.test(before) ||
		/^(?:from|according|due|up|next|close|prior|thanks|back|compared|similar|going|ability)$/i.test(
			before
		) ||
		NOT_A_VERB.test(verb!) ||
		// A base form, not a noun or an adjective after "to": "to congressional leaders", "to elections".
		/(?:ed|ing|ly|al|ic|ous|ive|ion|ions|ity|ment|ments|ness|ers?|ists?|ary)$/.test(verb!) ||
		(/s$/.test(verb!) && !/ss$/.test(verb!)) ||
		AFTER_A_NOUN.test(next!.replace(/[,.;:]+$/, ''))
	)
		return undefined;
	return act.index + act[0].length + whole.length - `to ${verb} ${next}`.length;
}

const CENSURE = new RegExp(
	`(^|\\s)(\\S+\\s+)?(?:${CENSURE_FOR_STEMS.join('|')})(?:e|es|ed|s|ing|med|ming)?\\s+((?:[^\\s;:“”"()]+\\s+){1,12}?)for\\s+(\\S+)`,
	'iu'
);
/**
 * What a reason after "for" opens with: a determiner or an owner ("for the lack of progress",
 * "for her stance"). An act in "-ing" ("for not pursuing …") is left out: no other event of a
 * story has that shape, so such a key would stand alone among clauses.
 */
const FOR_REASON = /^(?:the|his|her|their|its|a|an|[A-Z][\p{L}.-]*['’]s)$/u;
/** "for the first time", "for a second day", "for their part": time or a turn, not a reason. */
const FOR_NOT_REASON =
	/^(?:the (?:first|second|third|last|next|past|rest|time|moment|record|most|sake)|a (?:second|third|while|moment|time|long)|(?:his|her|their|its) (?:part|own))\b/i;

/**
 * Where the "for" of blame or praise stands ("blasted her sister for her stance", "chided Obama
 * on Friday for the lack of progress"): after a verb of censure or praise and its object, before
 * a reason that opens as a noun phrase. "for years", "for the first time", "for a second day"
 * tell time, and "the mock trial for …" has a noun, not a verb.
 */
export function censureFor(text: string): number | undefined {
	const m = CENSURE.exec(text);
	if (!m) return undefined;
	const prev = (m[2] ?? '').trim().toLowerCase();
	if (/^(?:the|a|an|this|that|its|his|her|their)$/.test(prev)) return undefined;
	const at = m.index + m[0].length - m[4]!.length - 'for '.length;
	const after = text.slice(at + 4);
	if (
		!FOR_REASON.test(m[4]!.replace(/[,.]+$/, '')) ||
		FOR_NOT_REASON.test(after) ||
		TIME_START.test(after)
	)
		return undefined;
	// The object runs up to "for" inside one clause: "for" after a full stop or a new verb of saying is another sentence's.
	if (/\b(?:said|says|told|and then)\b/i.test(m[3]!)) return undefined;
	return at;
}

const ATTRIBUTION_TAIL = new RegExp(
	`,\\s+(?:((?:[\\w.'’-]+\\s+){1,5})(?:${REPORTING_VERBS.filter((v) => !/^(?:reported|confirmed)$/.test(v)).join('|')}|alleges|alleged|claims|claimed|contends|contended)|according to [^,]{2,80})\\s*\\.?[”"’]?$`
);

/** "…, the party alleges.": a sentence that ends by naming whose claim it is (a subject and no verb of its own). */
export function attributionTail(text: string): boolean {
	const m = ATTRIBUTION_TAIL.exec(text);
	return m !== null && (m[1] === undefined || !isClause(m[1].trim()));
}

/**
 * "The mayor's statement comes after the audit found …", "Roe's decision to resign came amid an
 * inquiry": a news report's own way of linking an act, named as a noun phrase, to what led to it.
 */
const COMES =
	/^([A-Z][^,;:—–()“”"]{2,80}?)\s+(?:comes|came)\s+(?:(?:just|only|shortly|soon|(?:just |only |less than |more than )?(?:a|one|two|three|four|five|a few|several|\d+) (?:hours?|days?|weeks?|months?))\s+)?(after|as|amid|in response to|in the wake of|following)\s+(.+)$/;
const COMES_ROLE: Record<string, CausalRole> = {
	after: 'after',
	following: 'after',
	'in the wake of': 'after',
	as: 'amid',
	amid: 'amid',
	'in response to': 'cause'
};

/** What an act "comes after": a clause or an event phrase, kept as the sentence has it. */
function comesCause(rest: string): string | undefined {
	// ", in a Friday news dump," between the subject and its verb is an aside, not the end of the
	// event; the key keeps it, as the evidence sentence has it.
	const aside = /^[^,]{3,80}?,\s+(?:in|on|at|during|by)\s[^,]{2,50},\s+/.exec(rest);
	// "… released emails that were found on a laptop": the relative clause describes, the key ends before it.
	const cause = (
		aside ? aside[0] + firstClause(rest.slice(aside[0].length)) : nounEvent(firstClause(rest))
	).replace(/(?<=\S+(?:\s+\S+){3,})\s+(?:that|which|who)\s+(?:was|were|is|are|had|has)\s.*$/, '');
	const n = words(cause).length;
	const clause = isClause(cause);
	if (
		n < 3 ||
		n > 20 ||
		UNFINISHED.test(cause) ||
		TIME_START.test(cause) ||
		/[“"”]/.test(cause) ||
		// "the State Department" is a name, not an event: an event phrase has a common noun.
		(!clause && !/^(?:the|a|an|\p{L}+['’]s)\s+(?:\S+\s+)*[a-z]{3,}/iu.test(cause)) ||
		(!clause && !/\s[a-z]{3,}/.test(cause))
	)
		return undefined;
	return cause;
}

/**
 * "The two leaders met on Sunday. It came after Roe publicly chided …": "It" is the event the
 * sentence before tells, asked as "What did this come after?" with both sentences as evidence.
 */
const POINTER =
	/^(?:It|This|That)\s+(?:comes|came)\s+(?:(?:just|only|shortly|soon|(?:just |only |less than |more than )?(?:a|one|two|three|four|five|a few|several|\d+) (?:hours?|days?|weeks?|months?))\s+)?(after|following|in the wake of|in response to)\s+(.+)$/;

/**
 * The main clause of the sentence before `s`, which "It came after …" and "As a result, …" point
 * back to: a whole sentence of the reporter's own (not a quote), past any opening subordinate
 * clause ("After the vote, the union called a strike" → "the union called a strike").
 */
function mainClauseBefore(
	a: ArticleAnalysis,
	s: Sentence
): { prev: Sentence; clause: string } | undefined {
	const prev = a.sentences[s.index - 1];
	if (!prev || a.sentences[s.index] !== s) return undefined;
	const prevText = normaliseSpace(prev.text);
	if (
		!/[.!?]$/.test(prevText) ||
		/^[“"]/.test(prevText) ||
		insideQuote(a, prev.start, prev.start + 1)
	)
		return undefined;
	const opening = /^([^,]{2,60}),\s+(.*)$/.exec(prevText);
	const clause = mainEvent(
		firstClause(opening && SUBORDINATE.test(opening[1]!) ? opening[2]! : prevText)
	);
	return { prev, clause };
}

function pointerLink(a: ArticleAnalysis, s: Sentence, text: string): CausalLink | undefined {
	const m = POINTER.exec(text.trim());
	const before = m && mainClauseBefore(a, s);
	if (!m || !before) return undefined;
	const prev = before.prev;
	const effect = before.clause.replace(/^./, (c) => c.toUpperCase());
	const n = words(effect).length;
	if (
		n < 5 ||
		n > 24 ||
		!isClause(effect) ||
		NEEDS_CONTEXT.test(effect) ||
		SUBORDINATE.test(effect) ||
		UNFINISHED.test(effect) ||
		REPORT_END.test(effect) ||
		REPORTED.test(effect) ||
		/[“"”]/.test(effect) ||
		/\b(?:it|them)\b/i.test(effect) ||
		!pronounsResolved(effect)
	)
		return undefined;
	const cause = comesCause(m[2]!);
	if (cause === undefined) return undefined;
	return {
		analysis: a,
		sentence: s,
		context: prev,
		role: COMES_ROLE[m[1]!]!,
		connective: text
			.trim()
			.slice(0, text.trim().length - m[2]!.length)
			.replace(/^\S+\s+/, '')
			.trim(),
		effect,
		cause
	};
}

/** "As a result, trains were canceled": the sentence before tells what they were the result of. */
const AS_A_RESULT = /^As a (?:direct )?result,\s+(.+)$/;

/**
 * "The union called a strike on Friday. As a result, trains across the region were canceled.":
 * the effect is this sentence's clause, the cause the main clause of the sentence before, each
 * whole on its own (a named subject, no pronoun leaning further back, no reported words).
 */
function resultLink(a: ArticleAnalysis, s: Sentence, text: string): CausalLink | undefined {
	const m = AS_A_RESULT.exec(text.trim());
	const before = m && mainClauseBefore(a, s);
	if (!m || !before) return undefined;
	const prev = before.prev;
	const cause = before.clause.replace(/[.!?]+$/, '');
	const effect = firstClause(m[1]!)
		.replace(/[.!?]+$/, '')
		.replace(/^./, (c) => c.toUpperCase());
	const whole = (t: string) => {
		const n = words(t).length;
		return (
			n >= 4 &&
			n <= 24 &&
			isClause(t) &&
			!NEEDS_CONTEXT.test(t) &&
			!SUBORDINATE.test(t) &&
			!UNFINISHED.test(t) &&
			!REPORT_END.test(t) &&
			!REPORTED.test(t) &&
			!/[“"”]/.test(t) &&
			!/\b(?:it|them)\b/i.test(t) &&
			!inFirstPerson(t) &&
			pronounsResolved(t)
		);
	};
	if (!whole(cause) || !whole(effect)) return undefined;
	return {
		analysis: a,
		sentence: s,
		context: prev,
		role: 'cause',
		connective: 'as a result',
		effect,
		cause
	};
}

/** "The Twitter post on Tuesday morning followed an article in …": a named act and what it came after. */
const FOLLOWED = /^([A-Z][^,;:—–()“”"]{2,80}?)\s+(follows|followed)\s+(.+)$/;

function comesLink(a: ArticleAnalysis, s: Sentence, text: string): CausalLink | undefined {
	const trimmed = text.trim().replace(/^[A-Z][A-Z .,']+\s*[―—–-]+\s*/, '');
	const m = COMES.exec(trimmed);
	const f = m ? null : FOLLOWED.exec(trimmed);
	if (!m && !f) return undefined;
	// "followed" says what the act came after, as "came after" does.
	const [whole, subject, connective, rest] = m ?? [f![0], f![1], 'following', f![3]];
	const ws = words(subject!);
	if (
		// "The move", "The release": too little to ask about without the sentence before.
		!/^(?:the|a|an)\s/i.test(subject!) === !/^[A-Z][\p{L}.-]+['’]s\s/u.test(subject!) ||
		(ws.length < 3 && !/['’]s\s/.test(subject!)) ||
		ws.length > 10 ||
		NEEDS_CONTEXT.test(subject!) ||
		isClause(subject!)
	)
		return undefined;
	// "The decision comes as …", "… comes amid …": every other event of the story was going on at
	// the time too, so no wrong answer would be clearly wrong. Only what it came after or answered.
	if (COMES_ROLE[connective!] === 'amid') return undefined;
	const cause = comesCause(rest!);
	if (cause === undefined) return undefined;
	return {
		analysis: a,
		sentence: s,
		role: COMES_ROLE[connective!]!,
		// The words as printed ("came one day after"), for the explanation.
		connective: whole!.slice(subject!.length, whole!.length - rest!.length).trim(),
		effect: subject!,
		cause,
		named: true
	};
}

function linkAt(
	a: ArticleAnalysis,
	s: Sentence,
	text: string,
	at: number,
	connective: string
): CausalLink | undefined {
	let role: CausalRole =
		connective === 'to' ? 'purpose' : connective === 'for' ? 'cause' : roleOf.get(connective)!;
	const before = text.slice(0, at).replace(/[\s,(—–-]+$/, '');
	const after = text.slice(at + connective.length).trim();
	// "was prompted by the leak": the cause follows "by".
	const passive = /^by\s+/i.exec(after);
	if (role === 'effect' && passive && /\b(?:was|were|been|is|are)$/i.test(before)) role = 'cause';
	if (role === 'effect' && /ing$/.test(connective))
		return participleLink(a, s, text.slice(0, at), before, after, connective);
	if (role === 'effect') {
		// "The leak prompted an inquiry": the agent is the subject right before the verb.
		// "Before the hearing, the leak led to …": the opening phrase is not part of the agent.
		// "The tariffs have caused …": the auxiliary belongs to the verb, not to the agent.
		const opening = /^([^,]{2,60}),\s+([^,]+)$/.exec(before);
		const agent = (opening && SUBORDINATE.test(opening[1]!) ? opening[2]! : before).replace(
			/\s+(?:has|have|had)$/i,
			''
		);
		// "… led to a flurry of reactions by lawmakers who said …": the effect ends at the relative.
		// "… caused quite a stir when he endorsed …": the effect ends where a clause times it.
		const effect = firstClause(after).replace(
			/\s+(?:who|which|that|whose|when|while|as|after|before|because)\b.*$/,
			''
		);
		if (
			// "Are the banks that caused the recession …": a question, not the outlet's claim.
			/^(?:are|is|was|were|do|does|did|has|have|can|will|would|could|should)\b/i.test(agent) ||
			// "caused factory jobs to dry up", "caused many to wonder", "prompted the board's allies
			// to begin …": the effect is someone set to act, not a thing caused; it reads badly
			// after "what did X cause?" and among wrong answers that name events.
			/\sto\s+[a-z]+/.test(effect) ||
			// "The announcement prompted …" says too little to ask about; a named agent or a fuller phrase does.
			(words(agent).length < 3 && !/\s[A-Z]/.test(agent)) ||
			words(agent).length > 8 ||
			/[,;:]/.test(agent) ||
			NEEDS_CONTEXT.test(agent) ||
			// "officials said the leak prompted …" has a clause for a subject; "the BuzzFeed report"
			// (a determiner and a few words right before the verb) is a noun phrase, whatever the
			// word list says about "report".
			(isClause(agent) && !/^(?:the|a|an)\s+(?:\S+\s+){0,3}\S+$/i.test(agent)) ||
			words(effect).length < 2 ||
			words(effect).length > 14
		)
			return undefined;
		return { analysis: a, sentence: s, role, connective, effect, cause: agent, agent };
	}
	const about = connective === 'over' ? overAbout(before) : undefined;
	if (connective === 'over') {
		// "resigned over the allegations", not "over $10,000" or "over the next decade".
		const near = words(before)
			.slice(-6)
			.map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
		const reasonVerb = near.some((w) =>
			OVER_REASON_STEMS.some((stem) => w.startsWith(stem) && w.length <= stem.length + 4)
		);
		if (
			!reasonVerb ||
			// "to take over the company", "handed over the files": "over" is the verb's particle,
			// and what follows is what is taken, not a reason.
			OVER_PARTICLE_VERB.test(before) ||
			!/^(?:the|his|her|their|its|a|an|allegations|claims|reports|concerns|comments|remarks)\s/i.test(
				after
			) ||
			/^(?:the|a)\s+(?:next|past|last|coming|weekend|years?|decades?|months?|weeks?|days?|course|phone|top)\b/i.test(
				after
			) ||
			/^(?:whether|how|what)\b/i.test(after) ||
			// "called over her shoulder": where the words went, not why.
			new RegExp(
				`^(?:the|a|an|his|her|their|its)\\s+(?:${OVER_PLACE_NOUNS.join('|')})\\b`,
				'i'
			).test(after) ||
			// "faced little pressure over the issue": which issue, an earlier sentence told.
			/^(?:the|this|that)\s+[a-z]+(?:\s+(?:this|last|on|in|since|for)\b.*)?$/i.test(
				firstClause(after)
			) ||
			// "… that the attack might have resulted from a protest over a video": a protest someone
			// only supposed, inside a claim, is no act the outlet reports.
			/\b(?:might|may|could|would)\s+have\b/i.test(before)
		)
			return undefined;
	}
	// ", citing his health": a reason only after a comma and when what is cited is no source
	// ("citing two officials", "citing a report in the Post", "citing it").
	if (
		connective === 'citing' &&
		(!/,$/.test(text.slice(0, at).trim()) ||
			CITED_SOURCE.test(after) ||
			UNNAMED_SOURCE.test(`citing ${after}`) ||
			CREDITED_TO_OUTLET.test(after))
	)
		return undefined;
	if (connective === 'following' && !/^(?:[,—–-]|$)/.test(text.slice(0, at).trim().slice(-1) || ''))
		return undefined;
	// "…, since other nations have immunity": a reason only after a comma and with a clause of its
	// own; "since 2012", "since then", "since declaring his candidacy" tell time.
	if (
		connective === 'since' &&
		!sinceGivesReason(text.slice(0, at), after) &&
		(!/,$/.test(text.slice(0, at).trim()) ||
			TIME_START.test(after) ||
			/^(?:then|\S+ing\b|the\s+\S+$)/i.test(after) ||
			!isClause(firstClause(after)) ||
			// "her first appearance since she apologized", "has not spoken since it closed": a past
			// event after a perfect, or after "first"/"last", marks when, not why.
			(/\b(?:has|have|had|first|last|ever|only)\b/i.test(before) &&
				/\b(?:[a-z]{3,}ed|was|were|did|said|told|went|came|began|took|left|made|gave)\b/.test(
					firstClause(after)
				)))
	)
		return undefined;
	// "in an effort to lay the groundwork …": the purpose is asked with its "to" ("to lay the groundwork …").
	const infinitive =
		role === 'purpose' && /(?:^| )to$/.test(connective)
			? 'to '
			: connective === 'to protest'
				? 'to protest '
				: '';
	// "plan to protest", "the right to protest": the "to" belongs to the word before it.
	if (
		connective === 'to protest' &&
		(INFINITIVE_TAKERS.has(
			(before.split(/\s+/).pop() ?? '').toLowerCase().replace(/[^a-z]/g, '')
		) ||
			before.length === 0)
	)
		return undefined;
	// "because typically, other nations have immunity": the adverb's comma does not end the reason.
	const reason = (passive ? after.slice(passive[0].length) : after).replace(
		/^(?:[a-z]+ly|however|still|now|then|also|in fact|at least|in part),\s+(?=[a-z]+\s)/i,
		''
	);
	// "because even though he has retired, his cover has not been lifted": the concession is no
	// reason (a key cut at its comma reads as one); the clause after it is.
	const conceded = /^(?:even though|although|though|even if|while)\s[^,]{3,80},\s+(?=\S)/i.exec(
		reason
	);
	const causeText = closeQuote(
		mainClauseOfLongReason(
			nounEvent(firstClause(conceded ? reason.slice(conceded[0].length) : reason))
		)
	);
	// "capital being spent to build new power plants is being spent on renewables": the purpose
	// ran on into the sentence's own verb, and the key would be a fragment of two clauses.
	if (
		role === 'purpose' &&
		causeText !== undefined &&
		/(?<!\b(?:who|that|which)\s+)\b(?:is|are|was|were)\s+(?:being\s+[a-z]+|[a-z]+(?:ed|en))\b/.test(
			causeText
		)
	)
		return undefined;
	let effect: string;
	// "a day after", "hours after": how long after, which the question keeps (see `measure`).
	let measure: string | undefined;
	if (before.length === 0) {
		// "After the vote, the council adjourned."
		const comma = after.indexOf(',');
		if (comma < 0) return undefined;
		effect = after
			.slice(comma + 1)
			.trim()
			.replace(/[.!?]+$/, '');
	} else {
		const whole = before.replace(/[.!?]+$/, '');
		effect = whole
			// "…, a few hours after": the measure belongs to the connective, not to the event.
			.replace(
				/(?:,|\s+--|\s*[—–])([”"]?)\s+(?:(?:just|only|a few|several|a|an|one|two|three|four|five|six|\d+)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments)$|(?:,|\s+--|\s*[—–])?([”"]?)\s+(?:shortly|soon|just|moments|minutes|hours|days)$/i,
				'$1$2'
			)
			// "… came more than a month after …": the measure belongs to the connective.
			.replace(
				/\s+(?:(?:more|less) than |about |nearly |just |only |some )?(?:a few|several|a|an|one|two|three|four|five|six|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i,
				''
			);
		measure =
			whole
				.slice(effect.length)
				.replace(/^[\s,—–-]+|[”"]/g, '')
				.trim() || undefined;
	}
	// "the plan, which includes tax cuts, because …": the reason is the main clause's; the aside goes.
	effect = withoutRelativeAside(effect, /,$/.test(text.slice(0, at).trim()));
	// "… the most interactions the week after his proposal": "the week after" only dates the event.
	if (/\bthe\s+(?:day|week|weekend|month|year|night|morning|evening|afternoon)$/i.test(effect))
		return undefined;
	// "…, apparently in response to": the outlet hedges the link itself; the question keeps it.
	const hedged =
		/,?\s+(apparently|reportedly|possibly|likely|probably|partly|largely|mainly|perhaps|in part|allegedly|seemingly)$/i.exec(
			effect
		);
	const hedge = hedged?.[1]!.toLowerCase();
	if (hedged) effect = effect.slice(0, hedged.index);
	// "…, not least because …": one reason among others, still the reason given; the words go.
	effect = effect.replace(/,?\s+not least$/i, '');
	// "At one point, the judge stopped …", "Though X, Y …": the main clause is after the comma.
	effect = withoutAside(effect);
	// "Jose Roe, 31, said …", "held that Roe, who was born in Ohio, was …" (cause-aside.ts).
	if (!SUBORDINATE.test(effect)) effect = withoutSubjectAside(effect);
	// "When Mr. Roe ruled out running, he did so because …": the act is the "when" clause (cause-said.ts).
	effect = didSoEvent(effect, a) ?? effect;
	// "According to the report issued by the inspector general for tax administration, …": a
	// source named at length still opens the sentence; the clause after it is the event.
	const lead = /^([^,]{2,80}|According to [^,]{2,130}),\s+(.*)$/.exec(effect);
	if (lead && SUBORDINATE.test(lead[1]!)) {
		effect = withoutSubjectAside(withoutAside(lead[2]!));
		// "While there are inquiries, most notably by the counsel, Robert Roe, Mr. Perez said …": an
		// opening clause with commas of its own ends where a named subject and its verb begin.
		if (!isClause(firstClause(effect))) effect = afterLongOpening(effect) ?? effect;
		// "After X, despite Y, the chairman, to persuade her, …": the subject must come next.
		if (!isClause(firstClause(effect))) return undefined;
	}
	// "Clinton, whose appearance had been postponed because of illness, …", "Roe, who resigned
	// after the audit, …": the link is inside the relative clause, which tells an event of its own.
	effect = relativeEvent(effect) ?? effect;
	// "Roe was fired in March and Poe resigned in September amid …": the reason after the last of
	// two clauses with different subjects is the last one's; the prompt asks about that act only.
	// A reason that opens the sentence ("After the vote, Roe quit and Poe …") is left as it was.
	const lastClause = before.length > 0 ? lastCoordinatedClause(effect) : undefined;
	if (lastClause === null) return undefined;
	if (lastClause) effect = lastClause;
	// The connective must belong to the main clause, not to one nested inside it ("…, who
	// insist that she learned of it after reading …"), and the clause must be short enough to hold.
	if (
		/\b(?:who|which|whom|whose|when|where|while)\b/i.test(effect) ||
		// "… said a shakeup is necessary as the candidate has plunged in the polls amid …": the
		// connective belongs to the clause after "as", not to the act the prompt would restate.
		/\sas\s+(?:the|a|an|his|her|their|its|he|she|they|[A-Z][\p{L}.'’-]*)\s+(?:\S+\s+){0,3}?(?:has|have|had|is|are|was|were)\s/u.test(
			effect
		) ||
		(effect.match(/\bthat\b/gi) ?? []).length > 1 ||
		words(effect).length > 28
	)
		return undefined;
	if (
		SUBORDINATE.test(effect) ||
		// "Less than a decade after Roe won re-election thanks to …": a time phrase opening a clause
		// of "after", which is no event of its own; the main clause comes after its comma.
		(TIME_START.test(effect) && /^(?:\S+\s+){1,5}?(?:after|before|since|until)\s/i.test(effect)) ||
		(UNFINISHED.test(firstClause(effect)) &&
			!saidWhole(firstClause(effect)) &&
			!demandWhole(firstClause(effect))) ||
		!isClause(effect) ||
		/^(?:\S+\s+){0,5}(?:those|these|this)\s/i.test(effect) ||
		// "… going along with this proposal": which proposal an earlier sentence told.
		BACK_POINTER.test(effect) ||
		// "I have more time than …", "We will continue …": a speaker's or the writer's own words,
		// a transcript or a column, not the outlet's report of an event.
		inFirstPerson(effect) ||
		// "became the face of it": "it" points to an earlier sentence.
		/\b(?:it|them)\b/i.test(effect) ||
		// "Ryan, who was raised on benefits after …": the link is inside a relative clause.
		/,\s+(?:who|which|whose|where)\b[^,]*$/.test(effect)
	)
		return undefined;
	effect = effect
		.replace(/^./, (c) => c.toUpperCase())
		.replace(/,([”"]?)$/, '$1')
		// "Kim could also be trying …": "also" answers a sentence the reader does not see.
		.replace(/\s+also\b/, '');
	// Two sentences run together ("… at 2 p.m. Jackson will …"), or a subject still waiting
	// for its verb ("Assertions that posts are left vulnerable because …"): no clause to ask about.
	if (
		// A middle initial ("Donald J. Trump", "Ana J. Ruiz") is no sentence's end either.
		/(?<!\b(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Dr|Mrs|Ms|Mr|Inc|Corp|Co|No|Dept|Prof|Rev|Ft|Mt|U\.S|U\.N|[A-Z]))\.\s+[A-Z]/.test(
			effect
		) ||
		/^\w+\s+that\b/i.test(effect)
	)
		return undefined;
	if (causeText === undefined || inFirstPerson(causeText)) return undefined;
	// "Roe and Lane resigned amid questions about his travel": whose travel, the text does not say.
	if (possessiveUnclear(causeText, text.slice(0, at), effect, a.people, lastClause !== undefined))
		return undefined;
	const n = words(causeText).length;
	// "Senator Roe resigned in protest of …": a short act is whole when a name does it; "The
	// aide left" (no name) says too little for the prompt to restate.
	const shortNamed = words(effect).length >= 3 && namesSomeone(effect);
	if (n < 2 || n > 18 || (words(effect).length < 5 && !shortNamed) || words(effect).length > 40)
		return undefined;
	if (NEEDS_CONTEXT.test(effect) || REPORT_END.test(effect)) return undefined;
	// The prompt restates the effect: a whole sentence with quoted words or two events joined
	// by "and then" reads as a pasted fragment, not a question.
	// "SAN DIEGO ― President …": the dateline is not part of the event.
	effect = effect.replace(/^[A-Z][A-Z .,']+\s*[―—–-]+\s*/, '');
	if (
		/[“”"]/.test(effect) ||
		/\band then\b|;|,\s*however,/i.test(effect) ||
		// "Trump, speaking at a news conference": the subject's verb never came.
		/^[^,]+,\s+\w+ing\b[^,]*$/.test(effect) ||
		words(effect).length > 24 ||
		// "… and comes after", "… came after", "…, including after": the clause is not whole.
		ENDS_OPEN.test(effect)
	)
		return undefined;
	// "accused him of jokes because he liked red hair": the reason belongs to the claim's content.
	// A response or a protest is the act itself ("posted a tweet in response to …"), not what was said;
	// "Roe said she resigned because …" is the exception: the reason is the one Roe gives, and the
	// question asks for it as hers ("What reason did Roe give?").
	// "Roe vetoed the bill because she said it was unconstitutional": Roe's reason, what she said.
	const said =
		role === 'cause' && GIVES_REASON.has(connective) ? saidReason(effect, causeText, a) : undefined;
	const speaker =
		said?.speaker ??
		(role === 'cause' && GIVES_REASON.has(connective) ? reasonGiver(effect) : undefined);
	if (
		!speaker &&
		(role === 'cause' || role === 'purpose') &&
		// "over" already sits beside a verb of dispute or leaving ("called for him to resign over …"),
		// whose reason it gives, unless the clause reports what someone said.
		!/^in (?:response|retaliation|protest)/.test(connective) &&
		(connective !== 'over' ||
			/\b(?:said|says|told|tells|announced|declared|wrote)\b/i.test(effect)) &&
		REPORTED.test(effect)
	)
		return undefined;
	// Quoted words inside the clause are fine when the quotation closes within it.
	const opens = (effect.match(/[“]/g) ?? []).length + ((effect.match(/"/g) ?? []).length % 2);
	const closes = (effect.match(/[”]/g) ?? []).length;
	// Quoted words only in a reason ("because he feared …"): what happened around an event is the outlet's own account.
	if (opens !== closes || (role !== 'cause' && /[“"”]/.test(causeText))) return undefined;
	if (role === 'after') {
		if (TIME_START.test(causeText)) return undefined;
		// "raced to his side after the shooting stopped": a clause that only says something ended or
		// began is a point in time, whatever the event it names.
		if (PHASE_END.test(causeText)) return undefined;
		// A bare noun phrase after "after" is mostly time ("after the game"); a clause or a
		// longer phrase names an event ("after allegations that he harassed an aide").
		if (!isClause(causeText) && n < 3) return undefined;
		// "took no questions after delivering his remarks" only orders two events; a question
		// asks what led to something only when the text reads as cause and effect.
		if (!causalAfter(effect, causeText)) return undefined;
		// "officials said that Kim would suspend testing after meeting …": "after" may time the saying.
		if (/\b(?:said|says|told|tells)\s+(?:that\s+)?\S/i.test(effect)) return undefined;
		// "The board is expected to announce on Wednesday, after a two-day meeting, …": what is
		// still to come is timed by "after", not caused.
		if (
			/\b(?:will|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|poised)\s+to)\b/i.test(
				effect
			)
		)
			return undefined;
	}
	if (!/^[A-Z]/.test(effect)) return undefined;
	// "The lawyer resigned …", "The aide was fired": which one, an earlier sentence told.
	if (PRONOUN_LIKE_SUBJECT.test(effect) && !namesSomeone(effect)) return undefined;
	// "Boehner told reporters that he …": the speaker, a name, is who "he" is.
	const speakerNamed =
		speaker !== undefined && effect.startsWith(speaker) && /^[A-Z][\p{L}'’-]+$/u.test(speaker);
	if (!speakerNamed && !pronounsResolved(effect)) return undefined;
	return {
		analysis: a,
		sentence: s,
		role,
		connective,
		effect,
		cause: infinitive + (said?.cause ?? causeText),
		hedge,
		...(speaker ? { speaker } : {}),
		...(about ? { about } : {}),
		...(role === 'after' && measure ? { measure } : {})
	};
}

/**
 * The clause after an opening whose own commas hide its end: the first comma-piece that opens with
 * a capitalised name ("Mr. Perez", "Jane Roe") or a determiner and reads as a clause.
 */
export function afterLongOpening(text: string): string | undefined {
	for (const m of text.matchAll(/,\s+/g)) {
		const rest = text.slice(m.index + m[0].length);
		if (
			/^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\p{L}'’-]+\s+[a-z]/u.test(rest) ||
			/^(?:the|a|an)\s/i.test(rest)
		)
			if (isClause(firstClause(rest)) && !SUBORDINATE.test(rest)) return rest;
	}
	return undefined;
}

/**
 * "Jane Roe, who resigned last year after the audit" (the connective still inside the relative):
 * the relative clause's own event, "Jane Roe resigned last year"; with "whose", the thing that is
 * hers ("Roe, whose visit had been postponed" → "Roe’s visit had been postponed"). Undefined when
 * the clause before the connective is no open relative after a name.
 */
export function relativeEvent(effect: string): string | undefined {
	const m =
		/(?:^|\s)((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}),\s+(who|whose)\s+([^,;:—–()“”"]+)$/u.exec(
			effect
		);
	if (!m) return undefined;
	const [, name, pronoun, rest] = m;
	// "The Times, which …" is a thing; "The" or "A" opening a name is a sentence's first word.
	if (/^(?:The|A|An|In|On|At|But|And)\b/.test(name!)) return undefined;
	const event = pronoun === 'who' ? `${name} ${rest}` : `${name}’s ${rest}`;
	return words(rest!).length >= 3 && isClause(event) ? event : undefined;
}

/**
 * "Officials said there would be no exemptions, sparking an outcry in Europe": the participle
 * after a comma tells what the whole clause before it led to. The clause is restated in the
 * prompt, so it must read whole on its own; the key is the noun phrase the participle takes
 * ("prompting the mayor to resign" names a person, not an effect, and is left alone).
 */
function participleLink(
	a: ArticleAnalysis,
	s: Sentence,
	upTo: string,
	before: string,
	after: string,
	connective: string
): CausalLink | undefined {
	if (!/,$/.test(upTo.trim())) return undefined;
	const opening = /^([^,]{2,80}),\s+(.*)$/.exec(before);
	const agent = withoutAside(opening && SUBORDINATE.test(opening[1]!) ? opening[2]! : before)
		.replace(/^[A-Z][A-Z .,']+\s*[―—–-]+\s*/, '')
		.replace(/^./, (c) => c.toUpperCase());
	const effect = firstClause(after).replace(/\s+(?:who|which|that|whose)\b.*$/, '');
	const n = words(agent).length;
	if (
		n < 5 ||
		n > 24 ||
		!isClause(agent) ||
		/[,;:“”"]/.test(agent) ||
		NEEDS_CONTEXT.test(agent) ||
		SUBORDINATE.test(agent) ||
		UNFINISHED.test(agent) ||
		REPORT_END.test(agent) ||
		ENDS_OPEN.test(agent) ||
		/\b(?:it|them|this|these|those)\b/i.test(agent) ||
		!pronounsResolved(agent) ||
		words(effect).length < 2 ||
		words(effect).length > 14 ||
		// "an outcry in Europe", or a bare plural or mass noun: "traffic gridlock in the town".
		!(looksLikeNounPhrase(effect) || (/^[a-z]/.test(effect) && !isClause(effect))) ||
		// "prompting the mayor to resign" names a person and what they did; "damage to the pier" is a thing.
		/\sto\s+(?!(?:the|a|an|his|her|their|its)\s|[A-Z])/.test(effect) ||
		/[“”"]/.test(effect)
	)
		return undefined;
	return {
		analysis: a,
		sentence: s,
		role: 'effect',
		connective,
		effect,
		cause: agent,
		agent,
		clauseAgent: true
	};
}

/**
 * "because she and other officials found they were using loaded terms as they sought to make
 * sure …": a reason too long to offer keeps its main clause. What follows "as", "when" or "after"
 * only frames it, and the clause kept is still the outlet's own words for the reason.
 */
export function mainClauseOfLongReason(cause: string): string {
	const trimmed = withoutNounClause(withoutWhoQualifier(cause));
	if (trimmed !== cause) return trimmed;
	return words(cause).length > 18 && isClause(cause) ? mainEvent(cause) : cause;
}

/**
 * A reason may quote a word or two ("he feared the mayor would “lie” about it"); the clause break
 * may have cut its closing mark ("… an independent candidate,”"), which is put back. A reason that
 * is mostly a quotation, or whose marks do not pair, is no key.
 */
export function closeQuote(cause: string): string | undefined {
	let text = cause;
	const curlyOpen = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
	if (curlyOpen === 1) text += '”';
	else if (curlyOpen !== 0) return undefined;
	if ((text.match(/"/g) ?? []).length % 2 === 1) text += '"';
	const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
	if (/[“”"]/.test(outside)) return undefined;
	if (text !== cause || /[“"]/.test(cause)) {
		// The words outside the quotation carry the reason; the quotation only colours it.
		if (words(outside).length < 3) return undefined;
	}
	return text;
}

/** What a report cites as its source, not a reason: people, papers, outlets, or a pronoun. */
const CITED_SOURCE =
	/^(?:it|them|this|that|those|these)\b|^(?:\S+\s+){0,5}?(?:sources?|officials?|people|persons|aides?|insiders?|witness(?:es)?|reports?|documents?|statements?|records?|data|figures|letters?|memos?|stud(?:y|ies)|surveys?|polls?|analys[ie]s|interviews?|emails?|filings?|testimony|spokes(?:man|woman|person))\b/i;

/** "The lawyer", "The two aides": a person told only by a common noun, as a sentence's subject. */
const PRONOUN_LIKE_SUBJECT = new RegExp(
	`^The\\s+(?:\\w+\\s+)?(?:${[...AGENT_NOUNS, ...PEOPLE_NOUNS].join('|')})s?\\b`
);

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
/** A capitalised word after the first that is no month or weekday: a name ("Mayor Ana Ruiz"). */
const namesSomeone = (text: string) =>
	(text.match(/(?<=\s)[A-Z][\p{L}'’-]+/gu) ?? []).some((w) => !CALENDAR.has(w.toLowerCase()));

/** Connectives that give a reason someone can state for their own act ("because", "due to"). */
const GIVES_REASON = new Set(['because', 'because of', 'due to', 'citing']);
/**
 * "Cohen said he lied …", "Trump's critics have said that the president canceled …": a named
 * speaker, a verb of saying or arguing, and a whole clause of their own. Returns the speaker.
 * "accused him of …" or "called for …" are not here: their "because" may belong to the charge.
 */
export function reasonGiver(effect: string): string | undefined {
	// "Roe has long said …": an adverb of time or manner belongs to the verb, not to the name.
	const m =
		/^([A-Z][^,;:]{1,50}?)\s+(?:(?:has|have|had)\s+)?(?:(?:long|also|often|always|repeatedly|previously|publicly)\s+)?(?:said|says|explained|argued|argues|claimed|claims|contended|insisted|maintained|admitted|acknowledged|told (?:reporters|\S+))\s+(?:that\s+)?(\S.*)$/.exec(
			effect
		);
	if (!m) return undefined;
	const [, speaker, said] = m;
	if (
		words(speaker!).length > 6 ||
		NEEDS_CONTEXT.test(speaker!) ||
		SUBORDINATE.test(speaker!) ||
		isClause(speaker!) ||
		!isClause(said!) ||
		words(said!).length < 3
	)
		return undefined;
	return speaker;
}

// escapeRegExp, not the global escape(), which turned the space of "stepped down" into "%20".
const stemsAt = (stems: readonly string[]) =>
	new RegExp(`\\b(?:${stems.map((x) => escapeRegExp(x).replace(/ /g, '\\s+')).join('|')})`, 'i');
const RESPONSE = stemsAt(RESPONSE_VERB_STEMS);
const TRIGGER = stemsAt(TRIGGER_STEMS);
const TREATMENT = stemsAt(TREATMENT_STEMS);
const INJURY = stemsAt(INJURY_STEMS);
/**
 * "Underwent surgery" because "he was shot", "on crutches" because "he injured his foot": care
 * for a wound asked with the wound as its reason; any reader answers without the story.
 */
export function trivialCause(effect: string, cause: string): boolean {
	return TREATMENT.test(effect) && INJURY.test(cause);
}

/** "Resigned after the allegations", "underwent surgery after being shot": a reaction, or a trigger. */
export function causalAfter(effect: string, cause: string): boolean {
	return RESPONSE.test(effect) || TRIGGER.test(cause);
}

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/**
 * "On Tuesday she said", "In Sept. he voted", "Yesterday she left": a capitalised time word
 * says when, and is no name a pronoun can stand for. After "Mrs." or "Dr." it is a surname
 * ("Mrs. May said she"), which stays.
 */
const TIME_WORD = new RegExp(
	`(?<!\\b(?:${HONORIFICS.map((h) => capitalised(h).replace(/\.$/, '')).join('|')})\\.?\\s+)\\b(?:${[
		...MONTHS,
		...WEEKDAYS,
		...RELATIVE_DAY_WORDS
	]
		.map(capitalised)
		.join('|')}|(?:${MONTH_ABBREVIATIONS.map(capitalised).join('|')})\\.)(?![\\p{L}-])`,
	'gu'
);

/**
 * A he/she in the clause refers back to a name earlier in the same clause ("Mr. Roe deleted
 * his account"), not to someone in an earlier sentence. Quoted words are the speaker's.
 */
export function pronounsResolved(text: string): boolean {
	const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
	const p = /\b(?:he|she|him|her|his|hers)\b/i.exec(outside);
	if (!p) return true;
	// "Mr. Issa tried to dismiss her": a name with "Mr." is not who "her" is, nor "Ms." who "he"
	// is; such names are set aside and another name must be there.
	const other = /^(?:she|her|hers)$/i.test(p[0])
		? /\bMr\.\s+[A-Z][\p{L}’'-]+/gu
		: /\b(?:Ms|Mrs)\.\s+[A-Z][\p{L}’'-]+/gu;
	const before = outside.slice(0, p.index).replace(other, ' ').replace(TIME_WORD, ' ').trim();
	// "Jackson used his money": a first word the word list knows only as a name, or not at all,
	// is the name "his" refers to; "Critics", "The" or "Officials" is no name.
	const first = /^[A-Z][a-z’'-]+(?=\s)/.exec(before)?.[0];
	const tags = first ? lexiconTags(first.toLowerCase()) : undefined;
	if (tags && (tags.size === 0 || tags.has('Person'))) return true;
	return /(?:^|\s)(?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z’'-]+/.test(before.replace(/^\S+/, ''));
}

/**
 * A "their" in a choice points to people or a body named before it in the same choice ("Shop
 * owners reopened their stalls", "the board and the union signed their deal"), never to one
 * in a sentence the reader does not see ("the agency was told to step up their checks").
 */
export function theirResolved(text: string): boolean {
	const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
	const p = /\btheir\b/i.exec(outside);
	if (!p) return true;
	const before = words(outside.slice(0, p.index));
	return before.some((w, i) => {
		const bare = w.replace(/[^\p{L}'’-]/gu, '');
		if (/^(?:and|both)$/i.test(bare)) return true;
		const lower = bare.toLowerCase();
		if (PEOPLE_NOUNS.includes(lower) || AGENT_NOUNS.includes(lower.replace(/s$/, ''))) return true;
		// "the Democrats", "officials", "lawmakers": a plural noun, not a verb in -s after a subject.
		const tags = lexiconTags(lower);
		return (
			/^[\p{L}-]{3,}s$/u.test(bare) &&
			!/(?:ss|us|is)$/.test(lower) &&
			(tags.has('Plural') || (/^\p{Lu}/u.test(bare) && i > 0) || tags.size === 0)
		);
	});
}

/**
 * "his treatment for bipolar disorder", read in "Jackson … resigned amid an inquiry and his
 * treatment for bipolar disorder": a wrong answer that opens on "his" or "her" names its owner
 * as the sentence does before the phrase ("Jackson’s treatment for bipolar disorder"), so the
 * choice reads on its own. Only when the sentence names one person there, whose title does not
 * say otherwise ("Mr." before "her"); else undefined, and the phrase stays as it was (and leans
 * back).
 */
export function ownerSpelledOut(
	phrase: string,
	sentence: string,
	surnames: readonly string[]
): string | undefined {
	const m = /^(his|her)\s+(?=[a-z])/i.exec(phrase);
	if (!m) return undefined;
	const text = normaliseSpace(sentence);
	const at = text.toLowerCase().indexOf(phrase.toLowerCase());
	if (at < 0) return undefined;
	const before = text.slice(0, at);
	const named = [...new Set(surnames.map((n) => n.toLowerCase()))]
		.map((n) => {
			const re = new RegExp(
				`(?:\\b(?:Mr|Mrs|Ms|Dr)\\.\\s+)?(?<![\\p{L}'’-])${escapeRegExp(n)}(?![\\p{L}-])`,
				'giu'
			);
			return [...before.matchAll(re)].filter((x) => /^\p{Lu}/u.test(x[0]!)).at(-1)?.[0];
		})
		.filter((x): x is string => x !== undefined);
	// "Jackson's lawyer, Reid Weingarten, said his client …": two people named, whose "his" is unclear.
	const capitals = (before.match(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu) ?? []).filter(
		(w) => !CALENDAR.has(w.toLowerCase())
	);
	if (named.length !== 1) return undefined;
	const owner = named[0]!;
	const family = owner.replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, '');
	// Another capitalised word that is no part of the owner's name may be a second person.
	if (
		capitals.some(
			(w) =>
				!owner.includes(w.replace(/['’]s$/, '')) &&
				!/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(w) &&
				lexiconTags(w.toLowerCase()).size === 0
		)
	)
		return undefined;
	if (/^her$/i.test(m[1]!) && /^Mr\./.test(owner)) return undefined;
	if (/^his$/i.test(m[1]!) && /^(?:Mrs|Ms)\./.test(owner)) return undefined;
	const mark = text.includes('’') ? '’' : "'";
	return `${family}${mark}s ${phrase.slice(m[0].length)}`;
}

/** A wrong answer with its "his"/"her" spelled out when its sentence says whose (ownerSpelledOut). */
function withOwner(phrase: string, e: WrongEvent): string {
	return (
		ownerSpelledOut(
			phrase,
			e.sentence.text,
			e.analysis.people.map((p) => p.surname)
		) ?? phrase
	);
}

/**
 * An event named as a noun phrase after a preposition of time or cause. Not "during": what
 * happened "during the presidential campaign" or "during a three-hour nightmare" names its
 * setting, or the story's own event, and neither is a reason beside another (blind readers).
 */
const EVENT_NP =
	/\b(?:after|amid|over|following|despite|due to|because of|in response to|ahead of|in the wake of|as a result of|in protest of|in retaliation for)\s+((?:the|a|an|his|her|their|its)\s+[^,.;:—–()“”"]{3,80})/gi;

/**
 * A noun made from a verb ("investigation", "announcement", "refusal", "closure"): it names an
 * event, unless it names a body ("government") or a thing or state (NON_EVENT_NOUNS: "question").
 */
function eventNoun(noun: string): boolean {
	const n = noun.replace(/s$/, '');
	return (
		/^[a-z]{3,}(?:tion|sion|ment|sal|ure)$/.test(n) &&
		!INSTITUTION_NOUNS.includes(n) &&
		!NON_EVENT_NOUNS.includes(n)
	);
}
/** Words that end a sentence's subject: its verb, or a preposition of time or place. */
const SUBJECT_END =
	/^(?:on|in|at|for|to|has|have|had|was|were|is|are|will|would|could|may|might|can|did|does|drew|came|comes|began|led|left|made|took|gave|went|won|lost|[a-z]{3,}ed)$/;
/**
 * "The resignation of the treasurer came …": a sentence's subject that names an event by a noun
 * made from a verb is an event of the story in a phrase's shape, a wrong answer beside a phrase key.
 * The subject must end where the sentence's verb begins, never cut mid-phrase.
 */
export function subjectEvent(sentence: string): string | undefined {
	if (!/^(?:The|A|An|His|Her|Their|Its)\s/.test(sentence)) return undefined;
	const ws = words(sentence);
	const end = ws.findIndex((w, i) => i > 0 && SUBJECT_END.test(w));
	if (end < 2 || end > 8 || ws.slice(0, end).some((w) => /[,;:“”"()]/.test(w))) return undefined;
	const subject = ws.slice(0, end).join(' ');
	if (isClause(subject) || !eventNoun(headNoun(subject).toLowerCase())) return undefined;
	// "The question of what": the subject ran on to a word that needs the clause after it.
	if (/\b(?:of|what|how|why|whether|who|which|and|or)$/i.test(subject)) return undefined;
	return subject;
}

function overlaps(a: string, b: string): boolean {
	const ca = content(a);
	const cb = content(b);
	let shared = 0;
	for (const w of ca) if (cb.has(w)) shared++;
	// "the investigation and health issues" against "a federal investigation and his treatment":
	// one shared content word is enough when either side has only a few.
	return shared >= 2 || (shared >= 1 && Math.min(ca.size, cb.size) <= 3);
}

/** The names a text writes with a capital ("Comey feared Trump would lie" → comey, trump). */
const nameWords = (text: string) =>
	new Set((text.match(/\b[A-Z][a-z-]{3,}/g) ?? []).map((w) => w.toLowerCase()));
const isName = (word: string, names: ReadonlySet<string>) => names.has(word.replace(/'s$/, ''));

/**
 * Whether a wrong answer says the key again by its words. Against a short key one shared word
 * is enough, but not a name: "Comey feared Trump would lie" and "Comey defended Trump's aide"
 * share their actors, not the act (issue #10, a story's rivals are acts of its people).
 */
function saysKeyWords(phrase: string, key: string): boolean {
	if (!overlaps(phrase, key)) return false;
	const names = nameWords(key);
	const cp = content(phrase);
	const shared = [...content(key)].filter((w) => cp.has(w));
	return shared.length >= 2 || shared.some((w) => !isName(w, names));
}
/** A common word of a short key in the other by its stem, not counting the key's names. */
const sharesKeyStem = (phrase: string, key: string) =>
	sharesStem(phrase, [...content(key)].filter((w) => !isName(w, nameWords(key))).join(' '));

/**
 * Two effects that may be one event told twice: they share a common word ("nixed a visit" and
 * "canceled a previous working visit"). Names do not count: most of a story's events share its
 * main actor. The other link's reason is then never offered as a wrong answer: it may be a second key.
 */
export function sharesEvent(a: string, b: string): boolean {
	const common = (t: string) =>
		new Set(
			(t.match(/(?<![\p{L}'’])[a-z][a-z'-]{3,}/gu) ?? []).filter(
				(w) =>
					!/^(?:that|this|with|from|have|been|were|will|would|their|they|after|about|because|said|says|which|when|while|also|into|over|than|then|more|most|some|last|first|year|years|week|weeks|month|months|time)$/.test(
						w
					)
			)
		);
	const cb = common(b);
	return [...common(a)].some((w) => cb.has(w));
}

const MONTH_NAMES = MONTHS.join('|');
/** "last year", "years ago", "in 2011", "in March 2016": when, as a time phrase (not "the 2016 race"). */
const DATED_YEAR = new RegExp(
	`\\b(?:in|since|during|from|of|by)\\s+(?:(?:early|late|mid-?|the (?:spring|summer|fall|autumn|winter) of)\\s*)?(?:(?:${MONTH_NAMES})\\.?\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\b(?!\\s+[a-z])|^((?:19|20)\\d\\d),`,
	'gi'
);
/**
 * Whether `text` dates what it tells before `year` (the article's): "last year", "years ago",
 * "in 2011", "in March 2016". A year that names a thing ("the 2016 race", "the 1994 trade
 * agreement") is no date of the event. Undefined years (0) date nothing.
 */
export function datedBefore(text: string, year: number): boolean {
	if (!year) return false;
	if (/\blast year\b|\b(?:years|decades) (?:ago|earlier|before)\b/i.test(text)) return true;
	return [...text.matchAll(DATED_YEAR)].some((m) => Number(m[1] ?? m[2]) < year);
}

/**
 * How many outlets other than `own` tell `reason` too: at least half of its content words, and
 * two or more, stand in their article ("inspectors found cracks in the main pier" is told by an
 * outlet that writes "Inspectors found cracks in the main pier last week"; "a dispute over the
 * pier budget" is not told by one that only names the pier).
 */
export function echoedBy(
	reason: string,
	own: ArticleAnalysis,
	analyses: readonly ArticleAnalysis[]
): number {
	const ws = [...content(reason)];
	const need = Math.max(2, Math.ceil(ws.length / 2));
	if (ws.length < 2) return 0;
	const outlets = new Set<string>();
	for (const a of analyses) {
		if (a === own || a.article.outlet === own.article.outlet) continue;
		const text = a.article.text.toLowerCase();
		const found = ws.filter((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(text)).length;
		if (found >= need) outlets.add(a.article.outlet);
	}
	return outlets.size;
}

/** A capitalised name (not a sentence's first word) in both: "Abedin’s account", "Ms. Abedin". */
function sharesName(a: string, b: string): boolean {
	const names = (t: string) =>
		new Set((t.match(/(?<=\s)[A-Z][\p{L}-]{3,}/gu) ?? []).map((w) => w.replace(/['’]s$/, '')));
	const nb = names(b);
	return [...names(a)].some((n) => nb.has(n));
}

/** A common word of one in the other, by its first five letters ("tweet", "tweeted"). */
function sharesStem(a: string, b: string): boolean {
	const stems = (t: string) =>
		new Set([...content(t)].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
	const sb = stems(b);
	return [...stems(a)].some((w) => sb.has(w));
}

/** Lower-case the first word unless it is a name ("The vote" → "the vote", "Former …" → "former …"; "Smith" stays). */
function asPhrase(clause: string): string {
	return anBeforeNumber(lowerOpening(clause));
}

export function lowerOpening(clause: string): string {
	// "More importantly, the Gulf is alarmed": the link back to an unseen sentence is left out.
	const t = withoutOpeningAdverb(clause);
	// "Suing a foreign country could be …": a gerund opening the clause is no name.
	const first = /^([A-Z][a-z]+ing)\s/.exec(t)?.[1]?.toLowerCase();
	if (first && lexiconTags(first).has('Gerund')) return t.replace(/^./, (c) => c.toLowerCase());
	// "Demonstrators gathered …": a plural common noun, not a name, before a lower-case word.
	const plural = /^([A-Z][a-z]+s)\s+[a-z]/.exec(t)?.[1]?.toLowerCase();
	const tags = plural ? lexiconTags(plural) : undefined;
	if (
		plural &&
		!surnameSpeaks(t) &&
		((tags?.has('Plural') && !tags.has('Person')) ||
			PEOPLE_NOUNS.includes(plural.replace(/s$/, '')) ||
			AGENT_NOUNS.includes(plural.replace(/s$/, '')))
	)
		return t.replace(/^./, (c) => c.toLowerCase());
	// Only words that are never part of a name ("Early polls show …" too): "Republican candidate …" and "President …" stay;
	// "Immigration activists …" (a noun in -ion before a lower-case word) and "Presumptive
	// Republican nominee …" (an adjective in -ive, -ous or -ial) open a common noun phrase.
	return /^(?:The|A|An|His|Her|Their|Its|Some|Most|Many|Several|Other|Both|All|Each|Every|One|Two|Three|Four|Five|Former|Federal|Local|State|Senior|Top|New|Acting|Longtime|Early|Recent|Earlier|Later|[A-Z][a-z]+ion)\s+[a-z]/.test(
		t
	) ||
		/^[A-Z][a-z]+(?:ive|ous|ial)\s/.test(t) ||
		// "Nearly 80 percent of …", "More than 200 …": a hedge on a figure is never a name.
		/^(?:Nearly|Almost|About|Roughly|Around|Only|Just|More than|Fewer than|Less than)\s+\d/.test(t)
		? t.replace(/^./, (c) => c.toLowerCase())
		: /^(?:The|A|An|His|Her|Their|Its|Former)\s/.test(t)
			? t.replace(/^./, (c) => c.toLowerCase())
			: t;
}

/**
 * The question after "<Outlet> reports that <effect>.": the outlet is already named, so the
 * question does not name it again; a hedge the outlet puts on the link stays in it.
 */
function question(link: CausalLink): string {
	const h = link.hedge ? `${link.hedge} ` : '';
	// Other events of the story may have come earlier too: the question asks for the one the outlet names.
	if (link.connective === 'as a result') return 'What does the report say this was a result of?';
	if (link.context)
		return link.role === 'cause'
			? 'What was this a response to?'
			: `What does the report say this came ${cameMeasure(link.connective)}after?`;
	if (link.connective === 'in response to') return `What was this ${h}a response to?`;
	if (link.connective === 'in retaliation for') return `What was this ${h}in retaliation for?`;
	// "Roe resigned a day after the vote": a blind reader found the text states only the order,
	// not a cause; the question asks what the outlet says it came that long after.
	if (link.role === 'after' && link.measure)
		return `What does the report say this came ${link.measure} after?`;
	// Only causal "after" links are kept (causalAfter), so the question asks what led to it.
	if (link.role === 'after') return `What ${h}led to this?`;
	if (link.role === 'purpose') return 'What was the purpose of this?';
	if (link.role === 'amid') return 'Amid what did this happen, according to the report?';
	if (link.speaker) return `What reason did ${asPhrase(link.speaker)} give?`;
	if (link.connective === 'citing') return 'What reason was cited for this?';
	return link.hedge
		? `What was ${link.hedge} the reason for this?`
		: 'What reason is given for this?';
}

/** The question on an act named as a noun phrase: "According to X, the mayor's statement came after what?" */
function namedQuestion(link: CausalLink, outlet: string): string {
	const act = asPhrase(link.effect);
	if (link.role === 'cause') return `According to ${outlet}, what was ${act} a response to?`;
	if (link.role === 'amid')
		return `According to ${outlet}, what was going on at the time of ${act}?`;
	// "What did an arms announcement from the North come one day after?" reads as a puzzle (a
	// tuning reader's edit, t20 C): the act first, the question word last.
	return `According to ${outlet}, ${act} came ${cameMeasure(link.connective)}after what?`;
}

const SAYING = new RegExp(
	`^([A-Z][^,;:“”"]{1,60}?)\\s+(?:${REPORTING_VERBS.join('|')}|believes|believed)\\s+(?:that\\s+)?(.+)$`
);
/**
 * The event in "Roe said the board had closed the pier": the clause said, when it reads whole
 * on its own (its own named subject, a finite verb, no pronoun that leans back).
 */
export function reportedEvent(sentence: string): string | undefined {
	const m = SAYING.exec(firstClause(sentence));
	if (!m) return undefined;
	const said = mainEvent(m[2]!.replace(/[.!?]+$/, '').trim());
	const n = words(said).length;
	if (
		n < 4 ||
		n > 18 ||
		!/^(?:the|a|an|[A-Z])/.test(said) ||
		// "told Mr. Roe that …": the person told, not the start of what was said.
		/^(?:\S+\s+){0,3}that\s/.test(said) ||
		/^(?:on|in|at|to|by|with|for|from|about|reporters|that|when|if|whether)\b/i.test(said) ||
		NEEDS_CONTEXT.test(said) ||
		SUBORDINATE.test(said) ||
		UNFINISHED.test(said) ||
		REPORT_END.test(said) ||
		!isClause(said) ||
		!pronounsResolved(said)
	)
		return undefined;
	return said;
}

/** A verb of saying or claiming in the clause: "because" may explain the claim's content, not the act. */
const REPORTED = new RegExp(
	`\\b(?:${REPORTING_VERBS.join('|')}|suggested|denied|alleged|believes?|believed|thinks?|thought)\\b`,
	'i'
);
/**
 * A wrong answer must read as an event on its own: "the accusations" or "a death" says
 * too little (and may be a second key), "Reese is a senior fellow" is a description,
 * "BuzzFeed also reported" leans on another sentence, and "the content from Mr" was cut at
 * an abbreviation's period.
 */
const AUXILIARY =
	/^(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|has|have|had|would|will|could|should|might|may|can)$/i;

/** Ends where the sentence went on: a preposition, a conjunction, a verb waiting for "after". */
const ENDS_OPEN =
	/(?:\b(?:on|in|at|for|from|with|by|about|of|to|into|over|and|or|but|including|such as|came|comes|come|was|were|is|are|before|just|only|shortly|soon|even|as|than)|,\s*and\s+\w+|\s[A-Z]|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d*)$/;
const TIME_END =
	/\b(?:decades?|years?|months?|weeks?|days?|hours?|nights?|mornings?|evenings?|afternoons?|weekends?|era|period|times?)$/i;

export function readableEvent(phrase: string, alone = false): boolean {
	const ws = words(phrase);
	const clause = isClause(phrase);
	if (!clause && (ws.length < 3 || /^(?:the|a|an|his|her|their|its)\s+\S+$/i.test(phrase)))
		return false;
	if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Lt|Col|U\.S|No)\.?$/.test(phrase)) return false;
	if (/\b(?:too|again|still|either|continue[sd]?\s+to)\b/i.test(phrase)) return false;
	// "Citing two officials", "Asked why he …": a participle phrase leans on a main clause.
	if (/^(?:[A-Z][a-z]+ing|Asked|Told|Given)\b/.test(phrase)) return false;
	// "an interview on", "the past decade", "Part of that arrangement": cut short, a time, or a pointer back.
	if (ENDS_OPEN.test(phrase) || (!clause && TIME_END.test(phrase))) return false;
	// "Just heard the campaign was sued": an adverb where the subject should be, a tweet's words.
	const opener = lexiconTags((ws[0] ?? '').toLowerCase());
	if (opener.has('Adverb') && !opener.has('Noun') && !opener.has('Determiner')) return false;
	// "meeting went very smoothly": a bare noun in -ing and its verb, a tweet's or headline's words.
	if (/^[a-z]+ing\s+(?:went|was|were|is|are|has|had|[a-z]+ed)\b/.test(phrase)) return false;
	// "discussing the memos in an interview": a participle phrase cut from its clause, no event.
	if (/^[a-z]+ing\s+(?:the|a|an|his|her|their|its|this|that)\s/.test(phrase)) return false;
	// "a caste system known", "the effort began weeks": cut before "as" or "ago"/"earlier".
	if (
		/\b(?:known|called|named|dubbed|described|considered|regarded|seen)$/i.test(phrase) ||
		(clause && /\b(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i.test(phrase))
	)
		return false;
	// "the memos were released just days": the event it was days after was cut off.
	if (
		/\b(?:just|only|mere|some|a few|several|\d+)\s+(?:seconds|minutes|hours|days|weeks|months|years)$/i.test(
			phrase
		)
	)
		return false;
	// "… provided exemptions in March and had": a second verb cut off before its object.
	if (/\b(?:and|or|but)\s+\S+$/i.test(phrase) && AUXILIARY.test(ws[ws.length - 1]!)) return false;
	if (/^(?:\S+\s+){0,3}(?:these|those|this|(?:of|in|on|at|with|for|by)\s+that)\s/i.test(phrase))
		return false;
	if (clause) {
		// The first verb decides: "X is a fellow", "X was facing", "X may have …" describe or
		// predict; "X was sued", "X has resigned", "X said it would …" are events.
		const first = ws.findIndex(
			(w, i) =>
				i > 0 &&
				/^[a-z]/.test(w) &&
				(AUXILIARY.test(w) || [...lexiconTags(w)].some((t) => /Verb|Tense/.test(t)))
		);
		const verb = ws[first] ?? '';
		if (
			AUXILIARY.test(verb) &&
			!eventAfterAuxiliary(ws[first - 1] ?? '', ws.slice(first + 1), alone)
		)
			return false;
		if (/\b(?:than|referring|refers)\b/i.test(phrase)) return false;
	}
	// "Immigrants making a walk to the place": a subject with only a participle, no finite verb.
	if (
		clause &&
		!ws
			.slice(1)
			.some(
				(w) =>
					/^[a-z]/.test(w) &&
					!/ing$/.test(w) &&
					(AUXILIARY.test(w) ||
						/[^e]ed$/.test(w) ||
						[...lexiconTags(w)].some((t) => /PastTense|PresentTense|Copula|Modal/.test(t)))
			)
	)
		return false;
	// "flanked by two flags": a participle with no subject.
	if (/^[a-z]+ed\b/.test(phrase)) return false;
	return true;
}

/** A clause's first words, up to six, ending before a verb, a time or place phrase or a comma. */
function subjectWords(s: string): string {
	const ws = s.split(/\s+/).slice(0, 6);
	const end = ws.findIndex(
		(w, i) =>
			i > 0 &&
			(/^(?:on|in|at|for|to|said|says|told|has|have|had|was|were|is|are|will|would|who|which|and|also)$/.test(
				w
			) ||
				// "he objected to both Trump …": the verb ends the subject; names after it are not its.
				(/^[a-z]/.test(w) &&
					[...lexiconTags(w)].some((t) => /PastTense|Copula|Modal|Auxiliary/.test(t))) ||
				// "Republicans oppose Mr. Obama's plan": a present verb right after a name ends the
				// subject too; the name in its object is not whom the effect is about.
				(/^[A-Z]/.test(ws[i - 1]!) && /^[a-z]+$/.test(w) && lexiconTags(w).has('PresentTense')) ||
				/^[a-z]{3,}ed$/.test(w))
	);
	const kept = end < 0 ? ws : ws.slice(0, end);
	const comma = kept.findIndex((w) => /,$/.test(w));
	return (comma < 0 ? kept : kept.slice(0, comma + 1)).join(' ');
}

/** The names in a clause's subject (its first few words): "President Barack Obama said …" → Obama. */
const subjectNames = (s: string) =>
	new Set(
		// "Republican presidential candidate Mitt Romney on Wednesday …": up to the verb or a time.
		(subjectWords(s).match(/[A-Z][\p{L}'’-]+/gu) ?? [])
			.map((w) => w.replace(/['’]s$/, ''))
			.filter((w) => !/^(?:The|A|An|President|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|U\.S|Former)$/.test(w))
	);
/** "D.N.C." and "DNC" are one name. */
const withoutAcronymDots = (s: string) =>
	s.replace(/\b(?:[A-Z]\.){2,}/g, (m) => m.replace(/\./g, ''));

/**
 * Whom the effect is about: its subject, and with a speaker ("Perez said the D.N.C. decided …")
 * also the subject of what was said. A wrong answer naming them may tell the key another way.
 */
function effectSubjects(link: CausalLink): Set<string> {
	const effect = withoutAcronymDots(link.effect);
	const names = subjectNames(effect);
	const said = link.speaker
		? /\b(?:said|says|explained|argued|argues|claimed|claims|told \S+)\s+(?:that\s+)?(.*)$/.exec(
				effect
			)
		: null;
	if (said) for (const n of subjectNames(said[1]!)) names.add(n);
	return names;
}

/**
 * "Roe deleted her accounts", "Mr. Roe shared his notes with aides": the named person opens the
 * clause and acts, and is named once. Such an act is no reason the person gave for another act
 * ("What reason did Roe give?"), unlike what happened to them ("the attack injured Scalise",
 * "Roe was sued", "Roe drew criticism": RECEIVING_VERBS), which may be the reason itself. A
 * saying ("Roe announced that she is stepping down") or an act with a word of the effect's own
 * ("Roe tweeted" beside "Roe posted a tweet") may be the effect told again, and is no own act.
 */
export function ownAct(phrase: string, name: string, effect: string): boolean {
	const m = new RegExp(
		`^(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:[A-Z][\\p{L}.'’-]*\\s+){0,2}${escapeRegExp(name)}\\s+([a-z]+)\\s+(?=\\S)`,
		'u'
	).exec(phrase);
	if (!m) return false;
	const verb = m[1]!;
	const rest = phrase.slice(m[0].length);
	return (
		// "Roe was sued", "Roe has been charged", "Roe got fired": what happened to them.
		!/^(?:is|are|was|were|be|been|being|got|gets|has|had|have)$/.test(verb) &&
		// A verb in the past: "Roe deleted", "Roe shared", "Roe visited".
		(/^[a-z]{3,}ed$/.test(verb) || lexiconTags(verb).has('PastTense')) &&
		!(REPORTING_VERBS as readonly string[]).includes(verb) &&
		!RECEIVING_VERBS.includes(verb) &&
		!sharesStem(`${verb} ${rest}`, effect) &&
		!new RegExp(`\\b${escapeRegExp(name)}\\b`).test(rest)
	);
}

/**
 * A wrong answer whose own sentence gives it a reason or an aim after it ("Roe sold the boat
 * because the harbour closed", "… to pay the crew"), from another sentence than the key's.
 */
function explainedApart(e: WrongEvent, link: CausalLink): boolean {
	if (e.sentence === link.sentence) return false;
	const text = normaliseSpace(e.sentence.text);
	const at = text.indexOf(e.text.replace(/[.!?"”]+$/, ''));
	if (at < 0) return false;
	const end = at + e.text.length;
	return statedReasonClauses(text).some((c) => c.index >= end - 2 && c.index <= end + 30);
}

/** Two clauses about the same actor ("Obama said he supports it", "Obama made the news"). */
const sameActor = (a: string, b: string) => {
	const nb = subjectNames(b);
	return isClause(a) && isClause(b) && [...subjectNames(a)].some((n) => nb.has(n));
};

/**
 * "Romney's description of …" beside the key "Romney's news conference": two acts of one named
 * owner may be one event told twice (what he described, he described at the news conference).
 */
export const sameOwner = (a: string, b: string) => {
	const owner = (t: string) =>
		/^(?:the\s+)?([\p{Lu}][\p{L}.-]*|president|governor)['’]s\s/iu.exec(t)?.[1];
	const oa = owner(a);
	return oa !== undefined && oa.toLowerCase() === owner(b)?.toLowerCase();
};

/**
 * A sentence's main event without the clause that times, explains or describes it: "The board
 * closed the pier after inspectors found cracks" → "The board closed the pier". Offered as a
 * wrong answer, the event reads whole and carries no reason of its own. A purpose told after the
 * act ("stayed home in hopes the vote would fail", "hoping to", "in a bid to") goes too: the act
 * is the event, what it was for is a reason of its own.
 */
export function mainEvent(clause: string): string {
	const m =
		/^(.+?)\s+(?:after|before|because|as|when|while|amid|following|despite|since|until|in response to|in retaliation for|so that|in order to|in (?:the )?hopes?|hoping|in an? (?:effort|attempt|bid) to|which|who|whose|where|even though|although|though|if|unless)\s/i.exec(
			clause
		);
	if (!m || words(m[1]!).length < 4 || !isClause(m[1]!) || UNFINISHED.test(m[1]!)) return clause;
	return m[1]!;
}

/**
 * "the memorabilia includes …", "the board wants …": a word in -s that the word list knows only
 * as a verb, right after the subject's first noun words (not "the council's plans", a noun).
 */
function presentVerbAfterSubject(text: string): boolean {
	const ws = words(text);
	return ws.slice(2, 5).some((w, i) => {
		// After a possessive ("the board’s plans") the word is the noun it owns.
		if (/['’]s$/.test(ws[i + 1]!)) return false;
		const bare = w.replace(/[^a-z]/g, '');
		const tags = lexiconTags(bare);
		return (
			/^[a-z]{3,}s$/.test(w) && tags.has('PresentTense') && tags.has('Verb') && !tags.has('Noun')
		);
	});
}

/** "the president's response to …", "a joint rally …": a determiner or possessive and no finite verb. */
export function looksLikeNounPhrase(text: string): boolean {
	return (
		/^(?:the|a|an|his|her|their|its|[\p{L}.]+['’]s)\s/iu.test(text) &&
		!/\b(?:did|does|do|was|were|is|are|has|have|had|will|would|could|should|can|may|might|seems?|seemed|appears?|appeared|remains?|remained|becomes?|became)\b/i.test(
			text
		) &&
		// "the jobs package failed when offered": a verb in -ed, unless a participle before "by".
		!/\b[a-z]{3,}ed\b(?!\s+by\b)/.test(text.split(/\s+/).slice(1).join(' ')) &&
		// "the memorabilia includes a football": a verb in the present after the subject.
		!presentVerbAfterSubject(text)
	);
}

/**
 * What someone in the story set out to do: "in an effort to …", "in order to …", "plans to …",
 * "vowed to …". Each is an aim of its own act, so beside another act's purpose it is clearly wrong.
 */
const AIM =
	/\b(?:in order|in an effort|in a bid|in an attempt|aimed|designed|intended|plans?|planned|planning|vowed|vows|agreed|agrees|sought|seeks?|seeking|hopes?|hoped|hoping|wants?|wanted|aims?|intends?|pledged|pledges|promised|promises|threatened|threatens|tried|tries|trying)\s+to\s+([a-z](?:[^,.;:—–()“”"?!]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.(?=[A-Z]\.|\s)){8,90})/g;

export interface Purpose {
	text: string;
	sentence: Sentence;
}

export function storyPurposes(view: StoryView): Purpose[] {
	const out: Purpose[] = [];
	for (const a of view.analyses)
		for (const s of a.sentences) {
			if (!/[.!?"”’)]$/.test(s.text.trim())) continue;
			for (const m of s.text.replace(/\s+/g, ' ').matchAll(AIM)) {
				if (insideQuote(a, s.start + m.index, s.start + m.index + m[0].length)) continue;
				const phrase = firstClause(m[1]!).replace(
					/\s+(?:that|which|who|and|but|as|if|when|after|before|because|while)\b.*$/,
					''
				);
				const verb = phrase.split(' ')[0]!;
				const n = words(phrase).length;
				// "to be", "to do so": no aim a reader can tell apart; a verb must open the phrase.
				if (n < 3 || n > 14 || /^(?:be|do|have|get|go|make)$/.test(verb)) continue;
				// "to lay the groundwork for a summit between Kim": cut at the "and" of "between X and Y".
				if (/\bbetween\s+\S+$/.test(phrase)) continue;
				// "to raise with Mr": cut at an abbreviation's period.
				if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Lt|Col|U|No|[A-Z])$/.test(phrase)) continue;
				// After "plans to", "in an effort to" comes a verb; "to the court", "to 2020" are no aims.
				if (/^(?:the|a|an|his|her|their|its|this|that|some|all|\d)/.test(verb)) continue;
				if (
					ENDS_OPEN.test(phrase) ||
					// "to step up their enforcement": an aim has no subject in the choice for "their",
					// "his" or "her" to point to.
					/\b(?:it|its|them|they|their|his|her|him|this|that|those|these)\b/i.test(phrase) ||
					// "the plan to fix it has descended into …": "to" was a noun's, and the verb is the plan's.
					/\b(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ung|ught)\b/.test(
						phrase
					)
				)
					continue;
				out.push({ text: `to ${phrase}`, sentence: s });
			}
		}
	return out;
}

function otherPurposes(link: CausalLink, key: string, purposes: Purpose[]): string[] {
	const out: string[] = [];
	for (const p of purposes) {
		if (out.length >= 3) break;
		if (
			p.sentence === link.sentence ||
			overlaps(p.text, key) ||
			overlaps(p.text, link.effect) ||
			sharesName(p.text, key) ||
			// An aim of the effect's own actor may be this act's purpose told another way.
			[...subjectNames(link.effect)].some((n) => p.sentence.text.includes(n)) ||
			out.some((w) => overlaps(w, p.text) || w.toLowerCase() === p.text.toLowerCase())
		)
			continue;
		out.push(p.text);
	}
	return out;
}

export interface WrongReason {
	phrase: string;
	event: WrongEvent;
}

/**
 * Wrong reasons, the plausible ones first: one that shares a person, a thing or an act with
 * the effect or its key, or names the story's headline events, or comes from a sentence about
 * them. One that shares nothing with any of these ("the Trumps met a guest" beside "Scalise
 * underwent surgery") no reader would take for a cause: it goes last, offered only when the
 * story has nothing closer. Among the plausible ones, a real rival reason goes first: one the
 * story gives as a reason for something else (`statedReasons`), or one about the people and
 * things of the effect (`rivalRank`); then the story's order is kept. The key's words are left
 * out of that test: a word the key shares with another sentence ("what officials said", "the
 * committee") ties the sentence to the key's wording, not to the act being explained.
 */
export function rankWrongReasons(
	link: CausalLink,
	key: string,
	passing: readonly WrongReason[],
	leadWeight: (text: string) => number,
	statedReasons: ReadonlySet<string> = new Set()
): WrongReason[] {
	const unrelated = offStoryReason(link, key, leadWeight);
	const about = `${link.effect} ${link.agent ?? ''}`;
	const stated = (w: WrongReason) => statedReasons.has(w.event.text) || toldAsReason(w);
	const shares = (w: WrongReason) => rivalRank(w.phrase, about, false);
	// A reason the story states for something else goes before every act that is none: readers
	// took the key for the only motive among bare events (issue #10). Within each, the ones about
	// the effect's people and things first. Among the acts, a figure, a dated background or a
	// state in another tense goes behind those told like the key. One about the story still
	// beats one off it.
	const phrase = (w: WrongReason) => w.phrase;
	const reasonsFirst = (ws: WrongReason[]) => [
		...byRivalRank(ws.filter(stated), shares),
		...actsFirst(
			byRivalRank(
				ws.filter((w) => !stated(w)),
				shares
			),
			phrase,
			key
		)
	];
	return [
		...reasonsFirst(passing.filter((w) => !unrelated(w))),
		...reasonsFirst(passing.filter(unrelated))
	];
}

/** A wrong reason its own sentence tells after "because", "after", "over", "to" of an aim …: a motive or cause. */
export const toldAsReason = (w: WrongReason) => reasonInSentence(w.phrase, w.event.sentence.text);

/**
 * A wrong reason that shares no person, thing or act with the effect, its key or the headline
 * events, read from a sentence about none of them ("the Trumps met a guest" beside "Scalise
 * underwent surgery", a years-old hack beside a tweet's target): no reader takes
 * it for a cause, so a question offers at most one, beside at least one that is about the story.
 */
export function offStoryReason(
	link: CausalLink,
	key: string,
	leadWeight: (text: string) => number
): (w: WrongReason) => boolean {
	const about = eventWords(
		[link.effect, key, link.agent ?? '', link.context?.text ?? ''].join(' ')
	);
	return (w) =>
		![...eventWords(w.phrase)].some((x) => about.has(x)) &&
		leadWeight(w.phrase) === 0 &&
		leadWeight(w.event.sentence.text) < OFF_STORY_OVERLAP;
}

/** The verb after "what did X …?": "led to" → "lead to", "caused" → "cause", "prompted" → "prompt". */
export function baseForm(verb: string): string {
	if (verb === 'led to') return 'lead to';
	return /[aeiou][sz]ed$/.test(verb) ? verb.replace(/d$/, '') : verb.replace(/ed$/, '');
}

/**
 * `skipped` and `droppedWrong`, for the why-debug printout only: told of each link that yields no
 * question and why, and of each wrong answer a test drops (the test's name).
 */
export function causeCandidates(
	view: StoryView,
	skipped?: (link: CausalLink, why: string) => void,
	droppedWrong?: (link: CausalLink, phrase: string, test: string) => void
): Candidate[] {
	const links = causalLinks(view);
	const out: Candidate[] = [];
	const single = view.analyses.length === 1;
	// Other events of the story, in both shapes, as wrong answers: first what the story itself
	// gives as a reason or an earlier event, then events it names after "after", "amid", "over",
	// last the main clauses of its other sentences. Each keeps the sentence it comes from.
	const events: WrongEvent[] = [
		...links.map((l) => ({ text: l.cause, analysis: l.analysis, sentence: l.sentence })),
		...links
			.map((l) => ({ text: firstClause(l.effect), analysis: l.analysis, sentence: l.sentence }))
			.filter((e) => isClause(e.text) && !UNFINISHED.test(e.text) && words(e.text).length >= 4)
	];
	// The story's other stated reasons ("… because the board cut the grant"), outside quotations:
	// a wrong reason told as a reason reads like the key, where a bare event stands out (issue #10).
	for (const a of view.analyses)
		for (const s of a.sentences)
			for (const c of statedReasonClauses(s.text)) {
				const text = withNamedSubject(a, s, c);
				if (text && !insideQuote(a, s.start + c.index, s.start + c.index + c.text.length))
					events.push({ text, analysis: a, sentence: s });
			}
	// Noun-phrase events ("a federal investigation", "the shooting at the park"), for keys of that shape.
	for (const a of view.analyses)
		for (const s of a.sentences) {
			if (insideQuote(a, s.start, s.start + 1)) continue;
			for (const m of s.text.matchAll(EVENT_NP)) {
				// "a growing cry – mostly from Democrats – for someone …": a dash or bracket cuts the
				// phrase before its end, and what is left is a fragment.
				if (/^\s*(?:[—–(]|-\s|--)/.test(s.text.slice(m.index + m[0].length))) continue;
				const np = firstClause(m[1]!);
				const n = words(np).length;
				if (n >= 2 && n <= 10 && !isClause(np) && !TIME_START.test(np) && !UNFINISHED.test(np))
					events.push({ text: np, analysis: a, sentence: s });
			}
			const subject = subjectEvent(normaliseSpace(s.text));
			if (subject) events.push({ text: subject, analysis: a, sentence: s });
			// "the firing of the director", "a vote on the bill": acts named in subjects and objects.
			// A single article alone has few of them, so "the negative coverage" and "his rise in the
			// polls" count there too (a story's several outlets give enough, and its sets stay as read).
			for (const np of (single ? happeningEvents : nominalEvents)(normaliseSpace(s.text)))
				if (!UNFINISHED.test(np)) events.push({ text: np, analysis: a, sentence: s });
		}
	for (const a of view.analyses)
		for (const s of a.sentences) {
			if (insideQuote(a, s.start, s.start + 1) || !/[.!?"”’)]$/.test(s.text.trim())) continue;
			// "On Friday, the board closed the pier": after an opening phrase, the main clause.
			const text = normaliseSpace(s.text);
			const opening = /^([^,]{2,60}),\s+(.*)$/.exec(text);
			const clause = mainEvent(
				opening && SUBORDINATE.test(opening[1]!) ? firstClause(opening[2]!) : firstClause(text)
			);
			if (
				words(clause).length >= 4 &&
				words(clause).length <= 18 &&
				!NEEDS_CONTEXT.test(clause) &&
				!SUBORDINATE.test(clause) &&
				!REPORT_END.test(clause) &&
				!UNFINISHED.test(clause) &&
				isClause(clause)
			)
				events.push({ text: clause, analysis: a, sentence: s });
			// "Officials said the agency had missed the warnings": what is said to have happened is
			// an event of the story too, though the saying is none.
			const reported = reportedEvent(opening && SUBORDINATE.test(opening[1]!) ? opening[2]! : text);
			if (reported) events.push({ text: reported, analysis: a, sentence: s });
		}
	const purposes = storyPurposes(view);
	// The reasons the story itself states: each a rival worth weighing beside another act's key.
	const statedReasons = new Set(links.map((l) => l.cause));
	const leadWeight = leadEventWeight(view.analyses);
	const centrality = (link: CausalLink) =>
		0.2 * (Math.min(leadWeight(`${link.effect} ${link.agent ?? ''}`), 3) / 3 - 0.5);
	for (const link of links) {
		const outlet = view.label.get(link.analysis.article.id)!;
		// An "-ing" reason ("after being shot") is asked as a clause with the effect's named subject.
		const key =
			(link.role === 'after' &&
				gerundAsClause(link.cause, subjectWords(link.effect).replace(/,$/, ''))) ||
			nameRestored(
				asPhrase(link.role === 'effect' ? link.effect : link.cause),
				link.analysis.article.text
			);
		const shape = isClause(key);
		// Another outlet's reason for the same event ("a recent email dump") would be a second key.
		// Two steps: "canceled the trip" and "canceled a working visit" are one event, and so is
		// "nixed a February visit" with the second: all three reasons are reasons for one act.
		const near = links.filter((l) => l !== link && sharesEvent(l.effect, link.effect));
		const sameEvent = links.filter(
			(l) => l !== link && (near.includes(l) || near.some((n) => sharesEvent(l.effect, n.effect)))
		);
		// "officials, speaking on condition of anonymity because they were not authorized to
		// discuss it": why a source goes unnamed is the outlet's sourcing, no event of the story,
		// and the prompt it gives ("officials …, speaking on …") has no main verb (issue #10).
		if (UNNAMED_SOURCE.test(link.effect) || UNNAMED_SOURCE.test(`because ${link.cause}`)) {
			skipped?.(link, 'why a source is unnamed');
			continue;
		}
		// "slamming Trump for the move": the act the key points to would be a second right answer.
		if (bareAnaphor(key)) {
			skipped?.(link, 'a bare pointer for a key');
			continue;
		}
		if (link.role === 'amid' && mereCircumstance(key)) {
			skipped?.(link, '"amid" an occasion: the setting, not a cause');
			continue;
		}
		if (
			endsCut(key) ||
			cutInList(normaliseSpace(link.sentence.text), key) ||
			cutBeforeAs(normaliseSpace(link.sentence.text), key)
		) {
			skipped?.(link, 'the key is cut inside a phrase');
			continue;
		}
		// "… reports that both were suspending their campaigns": both of whom, another sentence says.
		const stated = link.role === 'effect' ? link.agent! : link.effect;
		if (!link.named && (unresolvedSubject(asPhrase(stated)) || endsCut(asPhrase(stated)))) {
			skipped?.(link, 'the prompt’s clause is cut or its subject unresolved');
			continue;
		}
		// "Roe said she took the unusual action": the act is told in the sentence before, which the
		// prompt then quotes; without a sentence it can quote, the question cannot be read alone.
		const pointed =
			!link.named && !link.context && pointsToActBefore(stated)
				? sentenceNamingPointer(link.analysis, link.sentence, key)
				: undefined;
		if (!link.named && !link.context && pointsToActBefore(stated) && !pointed) {
			skipped?.(link, 'the prompt points to an act the sentence before tells');
			continue;
		}
		if (trivialCause(link.effect, key)) {
			skipped?.(link, 'a trivial cause (care for a wound, the wound)');
			continue;
		}
		// "… in response to the travel ban last year": a reason from an earlier year is background,
		// not what the story is about (blind kind: a years-old cause instead of the central one).
		const year = Number(link.analysis.article.date.slice(0, 4));
		if (datedBefore(link.cause, year)) {
			skipped?.(link, 'a reason from an earlier year');
			continue;
		}
		// Outlets may give one act different reasons ("retiring at the end of the month", "resigned
		// in protest"): the reason other outlets tell too is asked, not one outlet's own account.
		const told = echoedBy(link.cause, link.analysis, view.analyses);
		// Only another outlet's account of the same act (two content words of the effect in common).
		const rival = sameEvent.find(
			(l) =>
				l.analysis.article.outlet !== link.analysis.article.outlet &&
				overlaps(l.effect, link.effect) &&
				!overlaps(l.cause, link.cause) &&
				echoedBy(l.cause, l.analysis, view.analyses) > told
		);
		if (rival) {
			skipped?.(link, `another outlet's reason is told more widely (${rival.cause})`);
			continue;
		}
		const seen = new Set<string>(sameEvent.map((l) => l.cause.toLowerCase()));
		const wrong: string[] = [];
		const passing: { phrase: string; event: WrongEvent }[] = [];
		const dropped = new Map<string, number>();
		// Same grammatical shape first: a lone noun phrase among clauses stands out as the key.
		// A key that reads as a noun phrase ("the president's response to …") is matched by phrases.
		// "because of “poison pill” measures added by the majority" names a thing, whatever its verbs
		// in -ed: among clauses it would stand out as the key (blind readers' commonest why defect).
		const keyShape = NOUN_OBJECT.has(link.connective)
			? 'noun'
			: shapeOf(key, shape, looksLikeNounPhrase(key));
		const sameShape = (e: string) => {
			const p = asPhrase(e);
			return sameShapeAs(key, keyShape, p, shapeOf(p, isClause(p), looksLikeNounPhrase(p)));
		};
		// A purpose ("to lay the groundwork …") is offered only among other purposes and aims of the story.
		const toPurpose = link.role === 'purpose' && /^to\s/.test(key);
		if (toPurpose) wrong.push(...otherPurposes(link, key, purposes));
		// Same grammatical shape first: a lone noun phrase among clauses stands out as the key.
		// "… resigned over what?" is asked only when every choice is a noun phrase: no clause is offered.
		// Only that shape: a lone clause among phrases, or a lone "-ing" phrase among clauses, is
		// the key at a glance (the blind readers' most common why defect).
		const pool = toPurpose ? [] : events.filter((e) => sameShape(e.text));
		for (const e of pool) {
			// "the committee also opened an inquiry": "also" points back to a sentence the reader does not see.
			// "his treatment for …": the owner the sentence names, spelled out ("Jackson’s treatment for …").
			const phrase = withOwner(
				nameRestored(
					asPhrase(e.text.replace(/[.!?"”]+$/, '').replace(/\s+also\b/g, '')),
					e.analysis.article.text
				),
				e
			);
			const lower = phrase.toLowerCase();
			// Each test names the way a phrase fails as a wrong answer (the why-debug printout counts them).
			const fails: [string, () => boolean][] = [
				['seen', () => seen.has(lower)],
				[
					'says the key',
					() =>
						saysKeyWords(phrase, key) ||
						sharesFigure(phrase, key) ||
						tellsEffect(phrase, link.effect) ||
						// "races tighten on both sides" beside the key "the polls have tightened": a short
						// key's word in another form says the key again.
						(content(key).size <= 3 && sharesKeyStem(phrase, key)) ||
						// "Trump tweeted early Tuesday" beside "what did the president's tweet come after?"
						((link.named === true || link.context !== undefined) &&
							sharesStem(phrase, link.effect)) ||
						// "the investigation into the leak" beside "what was lashing out at the investigation a
						// response to?": a phrase about the very thing the effect acts on may be its cause too.
						(keyShape === 'noun' &&
							new RegExp(`\\b${escapeRegExp(headNoun(phrase))}\\b`, 'i').test(link.effect) &&
							headNoun(phrase).length > 3)
				],
				['another reason', () => sameEvent.some((l) => overlaps(phrase, l.cause))],
				['the effect itself', () => namesEffectAct(phrase, link.effect)],
				// A wrong answer that gives a reason of its own may be another outlet's account of the key.
				['has a connective', () => new RegExp(CONNECTIVE.source, 'i').test(phrase)],
				// "the post followed an article in the Caller": an order or a cause of its own, maybe the key's.
				[
					'orders events',
					() =>
						/\b(?:follow(?:s|ed)|preceded|came|comes|caus(?:es|ed)|result(?:s|ed))\b/i.test(phrase)
				],
				['quoted', () => /[“"”]/.test(phrase)],
				// "the source said it would not be surprising": "it" points to a sentence the reader does not see;
				// "… shared his notes immediately afterward": after what, another sentence tells.
				// "Democrats reached the opposite conclusion": opposite to what the reader does not see.
				[
					'leans back',
					() =>
						/\b(?:it|them|they|afterwards?)\b|\bthe (?:opposite|same|latter|former)\b|\bsimilar\b/i.test(
							phrase
						) ||
						NEEDS_CONTEXT.test(phrase) ||
						// "officials urged the board to step up their checks", "those questions", "the
						// mayor's signature on such a measure": a pronoun or a pointer whose referent is
						// in another sentence.
						!pronounsResolved(phrase) ||
						!theirResolved(phrase) ||
						/\b(?:those|these)\s+[a-z]|\bsuch\s+an?\s+[a-z]/i.test(phrase)
				],
				[
					'not whole',
					() =>
						SUBORDINATE.test(phrase) ||
						UNFINISHED.test(phrase) ||
						endsCut(phrase) ||
						opensAsFragment(phrase) ||
						cutInList(normaliseSpace(e.sentence.text), phrase) ||
						cutBeforeAs(normaliseSpace(e.sentence.text), phrase) ||
						thatCutShort(phrase) ||
						whCutShort(phrase) ||
						claimCutShort(phrase)
				],
				['not readable', () => /^[A-Z]{3,}/.test(phrase) || !readableEvent(phrase, single)],
				// "Obama made the news in an interview" beside the key "Obama said he supports it":
				// an event with the key's own actor may be the key told another way.
				['same actor', () => sameActor(phrase, key) || sameOwner(phrase, key)],
				// "Scalise underwent surgery" after "being shot": "the attack injured Scalise" is a
				// second way to say the key, so a wrong answer never names the effect's own subject.
				[
					'names the effect’s subject',
					() =>
						[...effectSubjects(link)].some(
							(n) =>
								new RegExp(`\\b${n}\\b`).test(withoutAcronymDots(phrase)) &&
								// "What reason did Comey give?": another act of Comey's is no reason he gave.
								// Nor is one the text explains by a reason of its own ("Roe sold the boat
								// because the harbour closed"): what it came from is told, not the effect.
								!(
									(link.speaker !== undefined || explainedApart(e, link)) &&
									ownAct(withoutAcronymDots(phrase), n, withoutAcronymDots(link.effect))
								)
						)
				],
				// "an inquiry into the allegations" beside the key "reports emerged of harassment claims":
				// when the key is a trigger (an accusation, an attack), another trigger may be a cause too.
				[
					'another trigger',
					() => link.role !== 'effect' && TRIGGER.test(key) && TRIGGER.test(phrase)
				],
				// "the threat of protests" beside "the threat of widespread protests": one is enough.
				['like another choice', () => passing.some((w) => w.phrase.toLowerCase() === lower)],
				['in the key’s sentence', () => link.sentence.text.toLowerCase().includes(lower)],
				// "a lawsuit over a records request by Roe Watch" beside "the hiring of an aide", from
				// "the case brought by Roe Watch seeks records about the hiring of an aide": what a
				// dispute is about, a sentence naming the key's own party may tell in other words.
				[
					'told beside the key’s name',
					() =>
						link.about !== undefined && sharesName(` ${normaliseSpace(e.sentence.text)}`, ` ${key}`)
				],
				// "Trump implored … to investigate" just before "The president's tweet comes after …":
				// the sentences before a named act tell the act itself.
				[
					'tells the named act',
					() =>
						(link.named === true || link.context !== undefined) &&
						// …or another outlet tells it with a name the key also has ("Ms. Abedin").
						(sharesName(phrase, key) ||
							link.analysis.sentences
								.slice(Math.max(0, link.sentence.index - 2), link.sentence.index)
								.some((x) => x.text.toLowerCase().includes(lower)))
				],
				// "after the appeals court refused to reconsider the decision": the decision is told just
				// before, and that act ("a district judge blocked the law") led to the effect too.
				[
					'the act the key points to',
					() =>
						pointsBack(key) &&
						link.analysis.sentences
							.slice(Math.max(0, link.sentence.index - 2), link.sentence.index)
							.some((x) => normaliseSpace(x.text).toLowerCase().includes(lower))
				],
				['length', () => Math.abs(words(phrase).length - words(key).length) > 8],
				// "a detail is likely not possible", "Trump did not respond", "Carney said …": no reason at all.
				['no reason', () => notAReason(phrase, key) !== undefined],
				// "Sestak's opponent", "a group of professors": people or a named thing, not an event.
				['names no event', () => namesNoEvent(phrase)],
				// "a pack of cigarettes and a beer" beside an act: an object, no reason at all.
				['names a thing', () => namesAThing(phrase) && !namesAThing(key)],
				// "What did the tariffs cause?": another reaction in the story ("the objections of
				// EU leaders", "the team denied the claims") may be the agent's effect too.
				[
					'another reaction',
					() => link.role === 'effect' && (REACTION_WORDS.test(phrase) || RESPONSE.test(phrase))
				],
				// What the agent did is another effect of it, a second key to "what did X lead to?".
				[
					'the agent’s own act',
					() =>
						link.agent !== undefined &&
						(sharesName(` ${phrase}`, ` ${link.agent}`) || overlaps(phrase, link.agent))
				]
			];
			const failed = fails.find(([, test]) => test());
			if (failed) {
				dropped.set(failed[0], (dropped.get(failed[0]) ?? 0) + 1);
				droppedWrong?.(link, phrase, failed[0]);
				continue;
			}
			seen.add(lower);
			passing.push({ phrase, event: e });
		}
		// The most plausible wrong reasons first; one no reader would take for a cause is left out.
		const offStory = offStoryReason(link, key, leadWeight);
		let offStoryCount = 0;
		const offered: string[] = [];
		const about = `${link.effect} ${link.agent ?? ''}`;
		// "Roe backed a plan": a wrong reason that says nothing is offered only when none other is left.
		for (const w of vagueLast(
			rankWrongReasons(link, key, passing, leadWeight, statedReasons),
			key
		)) {
			// "the threat of protests" beside "the threat of widespread protests": one is enough.
			if ([...wrong, ...offered].some((x) => alikeBeyond(x, w.phrase, about))) {
				dropped.set('like another choice', (dropped.get('like another choice') ?? 0) + 1);
				continue;
			}
			if (offStory(w)) {
				// One off-story reason at most, and only beside one about the story.
				if (offStoryCount >= 1 || wrong.length + offered.length === 0) {
					dropped.set('off the story', (dropped.get('off the story') ?? 0) + 1);
					continue;
				}
				offStoryCount++;
			}
			offered.push(w.phrase);
		}
		// Three choices rather than a fourth about nothing in the act explained: readers rule
		// that one out without reading, so the key stands out by elimination. A statistic or a
		// state in another tense than the key's is ruled out as fast, however near its words.
		// A reason the story states for something else is a rival a student weighs, whatever its words.
		const statedPhrases = new Set(
			passing.filter((w) => statedReasons.has(w.event.text) || toldAsReason(w)).map((w) => w.phrase)
		);
		const chosen = fewerUnrelated(
			offered,
			(p) => statedPhrases.has(p) || nearRival(p, about, key),
			3 - wrong.length
		);
		dropped.set('unrelated', offered.length - chosen.length);
		wrong.push(...chosen);
		// Four choices where the story has three rivals near the act, three at least.
		if (wrong.length < 2) {
			skipped?.(
				link,
				`too few wrong answers (${wrong.join(' | ')}); key ${keyShape} "${key}", ${pool.length} of its shape; dropped: ${[...dropped].map(([k, n]) => `${k} ${n}`).join(', ')}`
			);
			continue;
		}
		// "he did not want to …" among named wrong reasons: the key is written with the effect's
		// subject, so its form does not set it apart (after the wrong reasons were chosen: those
		// naming that subject were weighed against the key as the text gives it).
		const shownKey =
			link.role === 'effect'
				? key
				: keyWithSubject(key, subjectWords(link.effect), link.effect, link.analysis.people);
		const choices = makeChoices([shownKey, ...wrong], key + outlet);
		// Reported speech, not a quotation: the clause may have lost a leading phrase.
		const shown =
			link.role === 'effect'
				? `${asPhrase(link.agent!)} ${baseForm(link.connective)}`
				: nameRestored(asPhrase(link.effect), link.analysis.article.text);
		// "over" and "amid" read best as an echo question: "…, Roe resigned over what?", but only
		// when every choice is a noun phrase ("over Clinton did not …" is no English). "Amid" then
		// asks what was going on; "over" may name a protest's subject rather than a reason
		// ("a protest over a video"), so without phrases for choices it is not asked.
		const phrases = [key, ...wrong].every(looksLikeNounPhrase);
		if ((link.connective === 'over' || link.connective === 'for') && !phrases) {
			skipped?.(link, `"${link.connective}" with choices that are not all noun phrases`);
			continue;
		}
		// "According to X, Roe chided Hale on Friday for what?": blame and its reason, as "over".
		const echo =
			(link.connective === 'over' || link.connective === 'amid' || link.connective === 'for') &&
			phrases;
		// "The lawyer resigned amid reports that …": without the echo, "amid" is asked only when it
		// reads as cause and effect (a reaction, or a trigger); other events of the story were going
		// on at the time too, so "what was going on?" would have more than one right answer.
		if (link.role === 'amid' && !echo && !link.named && !causalAfter(link.effect, link.cause)) {
			skipped?.(link, '"amid" with a clause and no reaction or trigger');
			continue;
		}
		// Only "<Outlet> reports that …" can follow the quoted sentence; the other forms would
		// still leave the pointer unnamed.
		if (pointed && (link.clauseAgent || link.role === 'effect' || echo)) {
			skipped?.(link, 'the prompt points to an act the sentence before tells');
			continue;
		}
		const prompt = link.named
			? namedQuestion(link, outlet)
			: link.clauseAgent
				? `${outlet} reports that ${commonOpening(asPhrase(link.agent!), link.analysis.article.text)}. What did this lead to?`
				: link.role === 'effect'
					? `According to ${outlet}, what did ${shown}?`
					: echo
						? `According to ${outlet}, ${shown}${link.hedge ? ` ${link.hedge}` : ''} ${link.connective} what?`
						: pointed
							? `${outlet} writes: “${normaliseSpace(pointed.text)}” It then reports that ${commonOpening(shown, link.analysis.article.text)}. ${question(link)}`
							: `${outlet} reports that ${commonOpening(shown, link.analysis.article.text)}. ${question(link)}`;
		out.push({
			family: 'cause',
			draft: {
				...draftBase(
					link.about ? 'fact' : 'inference',
					prompt,
					// The key is in the "It came after …" sentence; the one before it, which the prompt
					// restates, is quoted in the explanation and left free for a question of its own.
					// A quoted sentence before is shown in the prompt: no other question asks it.
					pointed ? [spanOf(pointed), spanOf(link.sentence)] : [spanOf(link.sentence)],
					`${outlet}: “${[link.context ?? pointed, link.sentence]
						.filter((x) => x !== undefined)
						.map((x) => normaliseSpace(x.text))
						.join(' ')}” ${
						link.about
							? overAboutExplanation(link.about)
							: `${/\s/.test(link.connective) ? 'The words' : 'The word'} “${link.connective}” ${/\s/.test(link.connective) ? 'link' : 'links'} the two events.`
					}`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, shownKey)]
			},
			keyTexts: [link.role === 'effect' ? link.effect : link.cause],
			hidden: [key],
			answerKey: `cause:${key.toLowerCase()}`,
			// Pronouns were checked above (pronounsResolved); the shared check wants a full name.
			// A link whose effect names the headline events (the resignation, the shooting) goes
			// before one about a side episode (a coach on crutches, an earlier year's race).
			// "Last year, demonstrators took to the streets …": an earlier year's episode goes last.
			quality:
				(link.role === 'after' ? 0.7 : 0.8) +
				centrality(link) -
				(datedBefore(normaliseSpace(link.sentence.text), year) ? 0.2 : 0),
			position: link.sentence.index
		});
	}
	return out;
}
