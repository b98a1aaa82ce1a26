/**
 * Fact questions from declarative sentences: "Who <did X>?" when a sentence
 * opens with a named person as subject, and numeric "how many" questions built
 * on the sentence that gives the figure. Figures that outlets dispute are
 * left to the compare family, which names the outlet.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { pickDistractors } from '../distractors';
import { choosablePeople, expertsFirst, peopleLike, speaksInStory } from '../person-choices';
import { draftBase, type Candidate } from './candidate';
import {
	NUMBER_WORDS,
	NOT_ACT_ADVERBS,
	NUMBER_WORD_PATTERN,
	PAST_FORMS,
	REPORTING_VERBS,
	SAYING_FORMS,
	TIMES_OF_DAY,
	WEEKDAYS
} from '../lexicon';
import { roleCandidates } from './role';
import { actOf, anotherDoesAct } from './same-act';
import { datelineEnd, writtenAsPlace } from './detail';
import { quotesOnlyInPassing } from './cloze';
import { trivialGap } from './gap-checks';
import { lexiconTags } from '../entities';
import { ESTIMATE_HEDGES } from '../lexicon';
import nlp from 'compromise';

const PRONOUN = /\b(he|she|they|it|him|them)\b/i;
const AMOUNT = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?|\\b${NUMBER_WORD_PATTERN}\\b`, 'i');
const WORD_VALUES = NUMBER_WORDS;

const ESTIMATE = new RegExp(`^(?:${ESTIMATE_HEDGES.join('|')})\\s`, 'i');

/**
 * How far a typed count may miss: none for an exact figure, a tenth of it for one the outlet
 * hedges ("about 130 immigrants"), since marking 125 wrong there grades a precision the
 * article never claimed. Floors ("more than 90") stay exact: the gap asks the bound printed.
 */
export function estimateTolerance(text: string, value: number): number {
	return ESTIMATE.test(text.trim()) ? Math.floor(Math.abs(value) / 10) : 0;
}

/** Openers that only link to the previous sentence; a question read alone drops them. */
export const LINKING =
	/^(?:but|and|yet|meanwhile|however|still|also|instead|separately|similarly|likewise|moreover|furthermore|additionally|indeed|now|in fact|in addition|in turn|in short|in other words|in particular|at the same time|of course|after all|for example|for instance|on the other hand)$/i;
/** Openers that set the scene and move to the end of the question ("on Tuesday", "in a statement"). */
const SCENE = /^(?:on|in|at|during|after|before|earlier|later|last|this|over|from|with)\b/i;

/** "For months, Roe has …": how long, which reads as well at the end ("who has … for months"). */
const FOR_SPELL =
	/^for\s+(?:(?:the\s+)?(?:past|last|first|next)\s+)?(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)$/i;

/**
 * A conjunction that only links to the previous sentence, written without a comma before the
 * subject ("But President Roe said …"): the question read alone drops it.
 */
const BARE_LINK = /^(?:but|and|yet)\s+/i;

/**
 * Openers that say when, despite what or after what the clause happens, and read as well at
 * the end of a question: "Despite a series of defeats, Roe remains …" → "who remains … despite
 * a series of defeats?"
 */
const LONG_OPENER = /^(?:despite|after|before|during|following|amid|since|in|on|at)\b/i;

/**
 * What stands before the subject's name, if a "who" question can still be asked: nothing,
 * the person's role ("Defense Secretary"), or a short scene-setting opener and a comma
 * ("On Tuesday, Esper said …" → "who said … on Tuesday"), with or without the role.
 * Undefined when the name is not the sentence's subject.
 */
export function openingOf(lead: string, role?: string): { tail: string } | undefined {
	// "Ms. Cruz stuck to the walls": an honorific is no role and stays out of the question.
	lead = lead.replace(/(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.$/, '').trim();
	if (/^(?:but|and|yet)$/i.test(lead)) return { tail: '' };
	if (BARE_LINK.test(lead) && !lead.includes(',') && lead.replace(BARE_LINK, '') === role)
		return { tail: '' };
	const opener = /^([^,“”"]{2,60}),\s*(.*)$/.exec(lead);
	const beforeName = (opener ? opener[2]! : lead).trim();
	if (beforeName && beforeName !== role) return undefined;
	if (!opener) return { tail: '' };
	const scene = opener[1]!.trim();
	const words = scene.split(/\s+/);
	if (LINKING.test(scene)) return { tail: '' };
	if (
		words.length > (LONG_OPENER.test(scene) ? 12 : 6) ||
		!(SCENE.test(scene) || LONG_OPENER.test(scene) || FOR_SPELL.test(scene)) ||
		// "Since then", "After that": what happened then lies in an earlier sentence.
		/\b(?:then|that|this|these|those)$/i.test(scene) ||
		PRONOUN.test(scene) ||
		/\b(?:said|says)\b/.test(scene)
	)
		return undefined;
	return { tail: ` ${scene.replace(/^\w/, (c) => c.toLowerCase())}` };
}

/**
 * A word that may stand between the subject's name and its verb ("Roe also said", "Roe
 * repeatedly criticized"): the question keeps it ("who repeatedly criticized …?"). Never a hedge,
 * a limit or a noun in -ly (lexicon.ts NOT_ACT_ADVERBS), nor "later" or "then": "who later
 * defended his comments?" asks about an act an earlier sentence told (read on PolNeAR train).
 */
export const BEFORE_VERB = new RegExp(
	`(?:also|now|still|(?!(?:${NOT_ACT_ADVERBS.join('|')})\\b)[a-z]{2,}ly)`
);

/** The verb right after the subject's name: a past form, a present "-s" form, "has", "will" … */
const SUBJECT_VERB = new RegExp(
	`^\\s+((?:${BEFORE_VERB.source}\\s+)?(?:[a-z]+(?:ed|[^s]s)|${PAST_FORMS.join('|')}|has|had|will|did|is))\\b`
);

/** "(D-Ore.)", "(R-Texas)", "(I-Vt.)": a lawmaker's party and state, written after the name. */
export const PARTY_TAG = /^\s*\([DRI]-[A-Z][A-Za-z.]*\)/;

/**
 * The word after the name is the sentence's verb: a past form, or a present "-s" form that
 * compromise reads as a verb in the clause ("Roe leads the polls"), not a plural noun the name
 * qualifies ("Latino operatives, who …", "Roe supporters rallied").
 */
export function actsAsVerb(name: string, rest: string): boolean {
	const before = `(?:${BEFORE_VERB.source}\\s+)?`;
	const word = new RegExp(`^\\s*${before}([a-z]+)`).exec(rest)?.[1] ?? '';
	if (!word.endsWith('s') || /^(?:is|was|has|says)$/.test(word)) return true;
	// "Obama operatives, who …": a present verb is not followed straight by a comma.
	if (new RegExp(`^\\s*${before}${word},`).test(rest)) return false;
	const terms = nlp(`${name}${rest}`).terms().json() as {
		terms: { text: string; tags: string[] }[];
	}[];
	const at = terms.findIndex((t) => t.terms[0]?.text === word);
	return at >= 0 && terms[at]!.terms[0]!.tags.includes('Verb');
}

/**
 * When, written between the subject's name and its verb ("Roe on Tuesday cited …", "Roe so far
 * has won …"): the verb checks read past it, and the question keeps it where the writer put it
 * ("who on Tuesday cited …?"). At the end it could attach to a clause of what was said ("who
 * joked that … before next year last month?").
 */
const TIME_AFTER_NAME = new RegExp(
	`^\\s+(on\\s+(?:${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})(?:\\s+(?:${TIMES_OF_DAY.join('|')}))?|(?:last|this|earlier\\s+this)\\s+(?:week|month|year)|so\\s+far),?(?=\\s)`
);

/** The longest trailing source cut from a who question (", two officials told NBC News"). */
const SOURCE_TAIL_WORDS = 9;

const QUOTE_MARK = /["“”()]|''/;

/**
 * The person's first act when a later one, joined by ", and", carries a quotation: "Roe
 * compared the plan to a tax, and urged voters to “reject it”" → " compared the plan to a
 * tax." The quoted words stay out of the question (a quote is asked as a quote); the first
 * clause is still a whole fact with the same subject. Unchanged when no such clause is found.
 */
export function withoutQuotedClause(name: string, rest: string): string {
	const mark = QUOTE_MARK.exec(rest);
	if (!mark) return rest;
	const before = rest.slice(0, mark.index);
	const joins = [...before.matchAll(/,\s+and\s+(?:also\s+|then\s+)?([a-z]+)\b/g)];
	const join = joins.pop();
	if (!join || QUOTE_MARK.test(rest.slice(0, join.index))) return rest;
	// "…, and urged": the word after "and" must be a verb of the same subject, not a list's last item.
	const terms = nlp(`${name}${before}`).terms().json() as {
		terms: { text: string; tags: string[] }[];
	}[];
	const word = terms.find(
		(t, i) => t.terms[0]?.text === join[1] && terms[i - 1]?.terms[0]?.text === 'and'
	);
	if (!word?.terms[0]?.tags.includes('PastTense')) return rest;
	return `${rest.slice(0, join.index)}.`;
}

/**
 * A second clause with a subject of its own: after a semicolon, or after a comma and a
 * conjunction of contrast or time ("…, but the Republicans who control Congress refused",
 * "…, while Sen. Poe (R-Fla.) failed to win any states"), the new subject a name, a pronoun or
 * a noun after a determiner.
 */
const OTHER_SUBJECT =
	/;\s|,\s+(?:but|while|whereas|although|though|yet)\s+(?=(?:the|a|an|his|her|their|its|he|she|they|it|there|[A-Z][\w'’.-]*)\s)/;

/** A verb of saying right after the name, an adverb allowed ("Roe also said", "Roe repeatedly warned"). */
const SAYS_FIRST = new RegExp(
	`^\\s+(?:${BEFORE_VERB.source}\\s+)?(?:${REPORTING_VERBS.join('|')})\\b`
);

/**
 * The person's own clause when another subject's clause follows it (OTHER_SUBJECT): "Roe had
 * proposed paying for the cuts by raising taxes, but the Republicans refused" → " had proposed
 * paying for the cuts by raising taxes." The first clause is a whole fact of the same subject;
 * the predicate checks below refused the whole sentence for its second subject. A clause the
 * same subject goes on with (", but struggled in …", ", while also suggesting …") stays, and
 * so does all of what someone said (SAYS_FIRST): as before.
 */
export function withoutOtherSubject(rest: string): string {
	// "said the plan would pass, but the vote …": the second clause is most often still what was said.
	if (SAYS_FIRST.test(rest)) return rest;
	const cut = OTHER_SUBJECT.exec(rest);
	if (!cut) return rest;
	const own = rest.slice(0, cut.index);
	// "…lacks in the looks department, said Poe, but …": the first clause is someone's view, and
	// cutting its source tail below would print it as a fact.
	return SAYING.test(own) ? rest : `${own}.`;
}

/**
 * What a reporter notes about reaching someone ("did not respond to AP's requests"), or a
 * byline's line about the writer ("is a senior editor at …"): not a fact of the story.
 */
export const TRIVIAL_ACT =
	/^(?:is|was)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}(?:editor|reporter|correspondent|columnist|writer|contributor|author)\b|\b(?:(?:be|been)\s+(?:immediately\s+)?reached|respond(?:ed)?\s+to\s+(?:a\s+|[\w.]+['’]s\s+)?requests?|(?:declined|refused)\s+to\s+comment|for\s+comment|(?:had|has|gave|offered)\s+no\s+(?:immediate\s+)?(?:response|comment|reply))\b/i;

/**
 * A definite noun for something an earlier sentence told ("the move", "on the topic"), or a
 * "such" that kinds it ("warned that such a failure …": what failure is told before).
 */
export const BACK_REFERENCE =
	/\bsuch\s+(?!as\b)(?:an?\s+)?[a-z]+\b(?!\s+that\b)|\bthe\s+(?:move|topic|matter|remarks|comments|decision|announcement|incident|idea|same|situation|controversy|compromise|state['’]s|city['’]s)(?!\s+(?:to|of|that|by|on|in|over|about|around|surrounding)\b)|\b(?:that|this|these|those)\s+(?:specific\s+|particular\s+)?(?:suggestion|suggestions|idea|ideas|claim|claims|criticism|charge|charges|remark|remarks|comment|comments|statement|statements|proposal|notion|argument|accusation|accusations|view|question|point|points|approach|approaches|strategy|strategies|tactic|tactics|stance)\b/i;

/**
 * A party or title word the names list took into a name: "Democrat Patty Judge", "Interior
 * Jane Roe". Seen when the name's second word is a known first name and its first word is not.
 * Or a describing compound before it ("Botox-maker Allergan", "ex-governor Roe"): no name has a
 * word in lower case after its hyphen, and what such a word describes is most often a company.
 */
export function fusedWordBeforeName(name: string): boolean {
	const words = name.split(/\s+/);
	if (words.length > 1 && /^\p{L}+-\p{Ll}/u.test(words[0]!)) return true;
	if (words.length < 3) return false;
	const isFirstName = (w: string) => lexiconTags(w.toLowerCase()).has('FirstName');
	return !isFirstName(words[0]!) && isFirstName(words[1]!);
}

/** "m" or "f" when compromise's word list knows the first name as only one sex's. */
export function sexOf(name: string): 'm' | 'f' | undefined {
	const tags = lexiconTags(name.split(/\s+/)[0]!.toLowerCase());
	const male = tags.has('MaleName');
	const female = tags.has('FemaleName');
	return male === female ? undefined : male ? 'm' : 'f';
}

const MALE = /\b(?:he|him|his|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;

/**
 * The sex a predicate's personal pronouns give its subject: "" when it has none (or only
 * possessives after a named person, who they belong to), null when it mixes both.
 */
export function sexOfPronouns(predicate: string, people: string[]): 'm' | 'f' | '' | null {
	const first = /\b(?:he|him|his|himself|she|her|hers|herself)\b/i.exec(predicate);
	if (!first) return '';
	const before = predicate.slice(0, first.index);
	// "praised Maria Lopez for her handling": the possessive is the named person's.
	if (
		/^(?:his|her)$/i.test(first[0]) &&
		!/\b(?:he|she|him|himself|herself)\b/i.test(predicate) &&
		people.some((p) => before.includes(p.split(/\s+/).pop()!))
	)
		return '';
	// "called him a …", "told her that …": an object pronoun stands for someone else, unnamed here.
	const object =
		/\b(?:him|her)\b(?!\s+(?!(?:a|an|the|to|of|in|on|at|for|with|and|as|that|from|by|about|into|over|out|up)\b)[a-z])/i.exec(
			predicate
		);
	if (
		object &&
		!people.some((p) => predicate.slice(0, object.index).includes(p.split(/\s+/).pop()!))
	)
		return null;
	const male = MALE.test(predicate);
	const female = FEMALE.test(predicate);
	if (male && female) return null;
	return male ? 'm' : 'f';
}

/** Who counted, not what happened: "two people familiar with the talks said". */
const SOURCE_COUNT =
	/^\s+(?:[\w.'-]+\s+){0,3}?(?:familiar with|with knowledge of|briefed on|who spoke|speaking on|who asked not|who requested|said|told)\b/i;

/**
 * A count the gapped sentence gives away, or that only says how many sources spoke: the
 * people are listed right after it ("three people …: Manafort, Gates and Papadopoulos"),
 * or the same number is written again in the sentence.
 */
export function countIsGiven(sentence: string, at: number): boolean {
	const after = sentence.slice(at);
	const figure = /^\S+/.exec(after)?.[0] ?? '';
	if (/:\s*[^:]+,[^:]+\band\b/.test(after)) return true;
	if (SOURCE_COUNT.test(after.slice(figure.length))) return true;
	const rest = sentence.slice(0, at) + sentence.slice(at + figure.length);
	return new RegExp(`\\b${escapeRegExp(figure)}\\b`, 'i').test(rest);
}

/**
 * What a person did, told with a few words quoted in passing, that a who question may print:
 * "is promising to “bomb the hell” out of …", "has framed herself as the Plan B for the
 * “Bernie or Bust” crowd". Not an act of saying ("said the plan was “a disgrace”",
 * "remarked, alluding to …"): that asks who said the quoted words, which the quote questions
 * ask. So is any verb of saying in it ("…, Roe said", "is telling voters that “…”", "called it
 * “a mistake”"): the quoted words are someone's, or a source is credited beside them. Not a
 * title in quotation marks ("on his show, “Roe Tonight,”"): a name, no one's words.
 */
export const SAYING = new RegExp(
	`\\b(?:${[...REPORTING_VERBS, ...SAYING_FORMS].join('|')})\\b`,
	'i'
);

export function passingQuoteFits(rest: string): boolean {
	if (SAYING.test(rest)) return false;
	const quotes = [...rest.matchAll(/[“"]([^”"]*)[”"]/g)].map((q) => q[1]!.trim());
	const marks = rest.match(/[“”"]/g)?.length ?? 0;
	return (
		quotes.length > 0 &&
		marks === 2 * quotes.length &&
		!quotes.some((q) => /^(?:[A-Z0-9][\p{L}\d'’.-]*[\s,.]*)+$/u.test(q))
	);
}

/**
 * `passingQuotes`: whether a who question may print words quoted in passing (passingQuoteFits).
 * Only for an article imported alone. In a story of several outlets, and in its fill (each
 * article read alone when its ten run short, pipeline.ts), the outlets' quotes are compared
 * ("which outlet quoted Roe as saying …"), and a who question keyed to the speaker took the
 * one recall place that person has in the ten from such a comparison.
 */
export function factCandidates(
	view: StoryView,
	{ passingQuotes = view.analyses.length === 1 }: { passingQuotes?: boolean } = {}
): Candidate[] {
	const out: Candidate[] = [];
	// Wrong answers only: the key itself is any person the sentence names.
	const people = choosablePeople(view);
	for (const a of view.analyses) {
		const outlet = view.label.get(a.article.id)!;
		for (const m of a.mentions) {
			// In a story of several outlets each lead has enough; one article is read through.
			if (m.kind !== 'person' || (m.sentence > 25 && view.analyses.length > 1)) continue;
			const s = a.sentences[m.sentence];
			if (!s || notBodyProse(s, a.sentences)) continue;
			// A sentence of someone's words is asked as a quote. A few words quoted in passing
			// ("Roe pushed the “fair fares” plan through") leave the reporter's sentence, and the
			// person who did so is its subject (see passingQuoteFits); never a name inside them.
			const quoted = a.quoted.some((q) => q.start < s.end && s.start < q.end);
			if (
				(quoted && (!passingQuotes || !quotesOnlyInPassing(s, a.quoted, a.article.text))) ||
				a.quoted.some((q) => q.start < m.end && m.start < q.end)
			)
				continue;
			// "CLEVELAND, July 19 (UPI) — Former Attorney General Jane Roe told …": a wire dateline is
			// the outlet's heading, not part of the sentence; the name after it is still the subject.
			const lead = a.article.text.slice(s.start, m.start).trim();
			const opening = openingOf(lead.slice(datelineEnd(lead)).trim(), m.role);
			if (!opening) continue;
			// "Sen. Jane Roe (D-Ore.) voted …": the party and state after the name are part of naming her.
			let rest = a.article.text.slice(m.end, s.end).replace(PARTY_TAG, '');
			// "Roe on Tuesday cited …": the verb comes after the time (TIME_AFTER_NAME).
			const time = TIME_AFTER_NAME.exec(rest);
			if (time) rest = rest.slice(time[0].length);
			rest = withoutOtherSubject(
				withoutQuotedClause(m.text, rest.replace(/^,\s+[^,“”"]{2,160},/, ''))
			);
			const verb = SUBJECT_VERB.exec(rest);
			// Quotation marks of any kind (some archives write two apostrophes) but those of words
			// quoted in passing, or an aside in brackets.
			if (
				!verb ||
				!actsAsVerb(m.text, rest) ||
				/[()]|''/.test(rest) ||
				(quoted ? !passingQuoteFits(rest) : /["“”]/.test(rest))
			)
				continue;
			// A trailing source (", two officials told NBC News") is not part of what the person did.
			const predicate = `${rest
				.trim()
				.replace(/[.!]$/, '')
				// "… “a disgrace.”": the full stop inside the closing mark ends the sentence too.
				.replace(/[.!,](?=[”"]$)/, '')
				.replace(
					/,\s+(?:[^,]*\s)?(?:said|says|told|according to|argues|argued|added|wrote|posted|reported)\b[^,]*$/,
					// Only a short source: a long tail is a clause of its own ("…, she'll bring in
					// more … and Roe says …"), and cutting it leaves "who said if …?".
					(tail) => (tail.split(/\s+/).length <= SOURCE_TAIL_WORDS ? '' : tail)
				)}${opening.tail}`;
			const words = predicate.split(/\s+/).length;
			// A second clause ("… and there are protests") makes "Who …?" ungrammatical.
			if (
				words < 5 ||
				words > 30 ||
				// "it", "they": what they stand for lies in an earlier sentence.
				/\b(?:it|they|them)\b/i.test(predicate) ||
				predicate.includes(':') ||
				// "proposed just that": what "that" is lies in an earlier sentence.
				/\b(?:just|exactly|precisely)\s+(?:that|this)\b/i.test(predicate) ||
				// "… with 15 percent, and Carson even further behind": a second subject.
				/(?:,\s+(?:and|but)|\b(?:while|although|though|whereas))\s+[A-Z]/.test(predicate) ||
				// "slamming Trump for the move": which move is told in an earlier sentence.
				BACK_REFERENCE.test(predicate) ||
				// "Roe is such a con artist": a judgement, most often someone's words without marks.
				/^(?:is|was)\s+(?:such\s+an?|so)\s/i.test(predicate) ||
				// "could not be reached for comment", "declined to comment": no fact to test.
				TRIVIAL_ACT.test(predicate) ||
				/\b(?:and|but)\s+(?:[A-Z][\w.'-]*\s+)*[A-Z][\w'-]*['’]s\s/.test(predicate) ||
				/;|\b(and|but|while|although|because)\s+(there|it|he|she|they|the|a|his|her|their|both)\b/i.test(
					predicate
				) ||
				// ", while former governor Jane Roe has none": a second subject, whatever its first word
				// (not ", while also suggesting …", the same subject's second act).
				/,\s+while\s+(?!also\b|still\b|[a-z]+ing\b)/i.test(predicate) ||
				// "…, he is also …", "received 37 percent, Roe had 36 percent": a second clause with
				// its own subject, named or not.
				/,\s+(?:he|she)\s/i.test(predicate) ||
				/,\s+(?:[A-Z][\w.-]*\s+){1,3}(?:had|has|have|was|were|is|are|got|won|took|drew|said|says|[a-z]+ed)\b/.test(
					predicate
				) ||
				/\b(?:and|but)\s+(?:[A-Z][\w.'-]*\s+)+(?:has|have|had|is|was|were|are|said|says|will|would)\b/.test(
					predicate
				)
			)
				continue;
			// A bare surname two people of the article share ("Cheney" beside Mary and Liz Cheney)
			// names neither for sure: asking "who" would key a guess.
			if (a.people.filter((p) => sameName(p.name, m.text)).length > 1) continue;
			const name = view.canon(a.people.find((p) => sameName(p.name, m.text))?.name ?? m.text);
			if (!name.includes(' ') || predicate.includes(name.split(' ').pop()!)) continue;
			// "Specifically I’ve heard …" read as a name: no one's name holds a contraction.
			if (/['’](?:ve|ll|re|m|d|t)\b/i.test(name)) continue;
			// Only a name the story surely uses for a person, or one the article names as a person
			// in a name's length (not a headline the names list took in: "Roe Apologizes To Poe").
			if (
				!view.people.includes(name) &&
				!(name.split(/\s+/).length <= 3 && a.people.some((p) => p.name === name))
			)
				continue;
			// A wire report's lead, or what a person did told with quoted words, is most often its
			// headline's news: a key the headline names is given away.
			if (
				(quoted || datelineEnd(s.text) > 0) &&
				name
					.split(/\s+/)
					.some((w) => w.length > 3 && a.article.title.toLowerCase().includes(w.toLowerCase()))
			)
				continue;
			// "Obama did visit the state" beside "who visited the state?": a second right answer.
			const act = actOf(predicate);
			if (act && anotherDoesAct(act, name, a)) continue;
			// "North Carolina has faced a backlash": a name the article also writes as a place is no person.
			if (writtenAsPlace(name, view) || fusedWordBeforeName(name)) continue;
			// "who said he would …", "who has supporters in her corner": the pronoun is most often
			// the answer's, and tells the answer's sex; asked only when every choice is known to be
			// of that sex (by first name), so the pronoun rules none out. A possessive after a named
			// person ("praised Roe for her handling") is that person's and tells nothing.
			const sexed = sexOfPronouns(predicate, people);
			if (sexed === null) continue;
			if (sexed && sexOf(name) !== sexed) continue;
			// Someone the predicate names ("who nominated Pompeo") is no plausible subject of it.
			const fit = people.filter(
				(p) =>
					!predicate.includes(p.split(' ').pop()!) &&
					(!sexed || sexOf(p) === sexed) &&
					// A place or a fused party word is no plausible person to choose.
					!writtenAsPlace(p, view) &&
					!fusedWordBeforeName(p)
			);
			// "who said …", "who warned …": people the story gives words to first; someone it
			// never has say anything is ruled out on sight.
			const saying = new RegExp(`^(?:${REPORTING_VERBS.join('|')})\\b`).test(predicate);
			const wrong = pickDistractors(
				name,
				saying
					? expertsFirst(
							name,
							[
								...peopleLike(
									name,
									fit.filter((p) => speaksInStory(p, view)),
									view
								),
								...peopleLike(
									name,
									fit.filter((p) => !speaksInStory(p, view)),
									view
								)
							],
							view
						)
					: peopleLike(name, fit, view),
				3,
				true
			);
			// Quoted words make a who question easy to guess among few names: three wrong ones.
			if (wrong.length < (quoted ? 3 : 2)) continue;
			const choices = makeChoices([name, ...wrong], predicate);
			// The checks above read the predicate from its verb; the question keeps the time.
			const asked = time ? `${time[1]} ${predicate}` : predicate;
			out.push({
				family: 'fact',
				draft: {
					...draftBase(
						'fact',
						// "who told Daily A that …" names its outlet already: "According to Daily A,
						// who told Daily A …" says it twice.
						new RegExp(`\\b${escapeRegExp(outlet.replace(/^the\s+/i, ''))}\\b`, 'i').test(predicate)
							? `Who ${asked}?`
							: `According to ${outlet}, who ${asked}?`,
						[spanOf(s)],
						`${outlet}: “${s.text.trim()}”`,
						1
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, name)]
				},
				keyTexts: [m.text],
				hidden: [m.text, name],
				// With the answer as its subject, as the question reads: the pronoun's antecedent.
				excerpt: sexed ? `${name} ${asked}` : asked,
				answerKey: `who:${name}:${predicate.slice(0, 30)}`,
				quality: 0.55 + (m.role ? 0.05 : 0),
				position: m.sentence
			});
		}
	}
	// Numeric: an exact figure that no other outlet contradicts.
	const byKey = new Map<string, Set<number>>();
	for (const f of view.figures)
		byKey.set(f.key, (byKey.get(f.key) ?? new Set()).add(f.mention.value!));
	for (const f of view.figures) {
		// Only counts of people or of what happened to them; "two countries", "17 years" test nothing.
		if (
			f.mention.vague ||
			byKey.get(f.key)!.size > 1 ||
			!/^(killed|injured|arrested|deployed):|:(people|fighters|troops)$/.test(f.key)
		)
			continue;
		const amount = AMOUNT.exec(f.mention.text);
		if (!amount) continue;
		const value = /\d/.test(amount[0])
			? Number(amount[0].replace(/,/g, ''))
			: WORD_VALUES[amount[0].toLowerCase()];
		if (!Number.isFinite(value) || value !== f.mention.value) continue;
		const s = f.analysis.sentences[f.mention.sentence];
		if (!s || notBodyProse(s, f.analysis.sentences)) continue;
		const at = f.mention.start + amount.index - s.start;
		// The checks every other figure gap passes: no count in an aside, no bound of a range.
		const [before, after] = [s.text.slice(0, at), s.text.slice(at + amount[0].length)];
		if (countIsGiven(s.text, at) || trivialGap(before, amount[0], after, 'quantity')) continue;
		const sentence = `${s.text.slice(0, at)}____${s.text.slice(at + amount[0].length)}`
			.replace(/\s+/g, ' ')
			.trim();
		if (sentence.split(/\s+/).length > 45) continue;
		const outlet = view.label.get(f.analysis.article.id)!;
		out.push({
			family: 'fact',
			draft: {
				...draftBase(
					'fact',
					`${outlet} writes: “${sentence}” What number belongs in the gap?`,
					[spanOf(s)],
					`${outlet} gives ${f.mention.text} ${f.mention.noun}: “${s.text.trim()}”`,
					2
				),
				type: 'numeric',
				answer: value!,
				tolerance: estimateTolerance(f.mention.text, value!),
				unit: f.mention.noun!.slice(0, 40)
			},
			keyTexts: [amount[0]],
			hidden: [],
			excerpt: sentence,
			answerKey: `count:${f.key}:${value}`,
			quality: 0.6,
			position: f.mention.sentence
		});
	}
	// Who each person is, as the article introduces them.
	out.push(...roleCandidates(view));
	return out;
}
