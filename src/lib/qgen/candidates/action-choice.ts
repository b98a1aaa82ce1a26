/**
 * "According to Daily A, what did Ann Roe do on Tuesday?" from a plain sentence that opens with
 * a named person and a verb in the past; the wrong choices are what other people of the same
 * article did, in the same form ("defeated …", "announced …"). An article with few people still
 * has enough actions to choose from, where "who …?" (fact.ts) finds too few names.
 *
 * Asked of a single imported article only, as object-fact.ts and swap-truefalse.ts are.
 */
import nlp from 'compromise';
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { REPORTING_VERBS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { cutAtAbbreviation, plainName, quotedRanges } from './detail';
import { BACK_REFERENCE, TRIVIAL_ACT, openingOf } from './fact';
import { tornChoice } from './torn-choice';

/** An action as a choice: long enough to say what happened, short enough to read among four. */
const WORDS = { min: 3, max: 16 };

/** Words that point outside the action: to an earlier sentence, or to the person it is told of. */
const POINTS_AWAY =
	/\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|himself|herself|this|that|these|those|we|us|our|you|your|I|me|my|there|here|then)\b/i;

const SPEECH = new Set<string>(REPORTING_VERBS);

export interface Action {
	/** The person's name as the story gives it in full. */
	name: string;
	/** What they did: a past verb and what follows it, up to the first comma. */
	action: string;
	/** A scene opener moved to the end of the question (" on Tuesday"). */
	tail: string;
	sentence: Sentence;
}

/**
 * The action of a sentence that opens with a named person and a past verb: "Roe defeated Poe in
 * the primary, …" → "defeated Poe in the primary". Undefined for anything else: a present or
 * reported ("said") verb, quoted words, a pronoun, or an action that is no fact ("declined to
 * comment").
 */
export function actionOf(view: StoryView, a: ArticleAnalysis, s: Sentence): Action | undefined {
	const text = a.article.text;
	const m = a.mentions.find((x) => x.kind === 'person' && x.start >= s.start && x.end <= s.end);
	if (!m) return undefined;
	const opening = openingOf(text.slice(s.start, m.start).trim(), m.role);
	if (!opening) return undefined;
	const name = view.canon(a.people.find((p) => sameName(p.name, m.text))?.name ?? m.text);
	if (!plainName(name) || !view.people.includes(name)) return undefined;
	if (a.people.filter((p) => sameName(p.name, m.text)).length > 1) return undefined;
	const rest = text.slice(m.end, s.end);
	// A comma right before a digit groups a figure ("6,000"): cutting there would leave "screened 6".
	const cut = /,(?!\d)|[;:—–―(]|\s-\s/.exec(rest);
	const action = (cut ? rest.slice(0, cut.index) : rest).replace(/[.!?]+\s*$/, '').trim();
	const head = /^[a-z]+/.exec(action)?.[0];
	if (!head || SPEECH.has(head)) return undefined;
	const words = action.split(/\s+/).length;
	if (words < WORDS.min || words > WORDS.max) return undefined;
	if (/["“”‘’]|''/.test(action) || POINTS_AWAY.test(action) || BACK_REFERENCE.test(action))
		return undefined;
	if (TRIVIAL_ACT.test(action)) return undefined;
	// A past verb, as compromise reads it in the sentence: "won", "defeated", not "leads" or "is".
	const terms = nlp(`${m.text} ${action}`).terms().json() as {
		terms: { text: string; tags: string[] }[];
	}[];
	const tags = terms.find((t) => t.terms[0]?.text === head)?.terms[0]?.tags ?? [];
	if (!tags.includes('PastTense') || tags.includes('Copula')) return undefined;
	return { name, action, tail: opening.tail, sentence: s };
}

export function actionChoiceCandidates(view: StoryView): Candidate[] {
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const actions: Action[] = [];
	for (const s of a.sentences) {
		if (notBodyProse(s, a.sentences) || cutAtAbbreviation(s, a.sentences)) continue;
		// Quoted words anywhere in the sentence: the quote families ask it.
		if (quotedRanges(s, a).length) continue;
		const act = actionOf(view, a, s);
		if (act) actions.push(act);
	}
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const act of actions) {
		// "What did Roe do?" twice in a set would read as one question with two keys: her first act only.
		if (asked.has(act.name)) continue;
		const surname = act.name.split(/\s+/).pop()!;
		// Other people's actions, none naming this person (it could be done with them or to them).
		const wrong = actions
			.filter(
				(o) =>
					!sameName(o.name, act.name) &&
					!o.action.includes(surname) &&
					o.action.toLowerCase() !== act.action.toLowerCase() &&
					// "vetoed the deal and" cut before its second half: ruled out by form. A verb
					// phrase in lower case is this family's form, and is kept.
					!tornChoice(o.action, { lowercasePhrases: true, key: act.action })
			)
			.map((o) => o.action);
		const unique = [...new Set(wrong)].slice(0, 3);
		if (unique.length < 2) continue;
		// The question names the person; the key must not name anyone the choices describe.
		const prompt = `According to ${outlet}, what did ${act.name} do${act.tail}?`;
		asked.add(act.name);
		const choices = makeChoices([act.action, ...unique], prompt);
		out.push({
			family: 'fact',
			draft: {
				...draftBase(
					'fact',
					prompt,
					[spanOf(act.sentence)],
					`${outlet}: “${act.sentence.text.trim()}”`,
					1
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, act.action)]
			},
			keyTexts: [act.action],
			hidden: [act.action],
			excerpt: `${act.name} ${act.action}`,
			answerKey: `did:${act.name}:${act.sentence.index}`,
			quality: 0.5,
			position: act.sentence.index
		});
	}
	return out;
}
