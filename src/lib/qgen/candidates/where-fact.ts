/**
 * "Where did Roe …?" on a sentence's main event: a named person (or a short phrase naming a
 * group) as subject, a past-tense verb, and "in PLACE" belonging to that verb ("Ann Roe made a surprise appearance at a rally in
 * Miami on Wednesday" → "According to Daily A, where did Ann Roe make a surprise appearance at
 * a rally on Wednesday?"). The headline most often names the main actor, which gives a "who"
 * question on the lead away; the place of the same event is still a fact to read for.
 *
 * Wrong answers are places of the same kind (city, region or country, as the word list knows
 * them) from the story's own text: a region for a city's event might contain it and be right
 * too, and two cities or two countries never contain each other. A place the text ties to the
 * same person or the same verb elsewhere is left out: the person may have done it there too.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import type { ArticleAnalysis, Mention, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { placeVerb } from './compare-places';
import { datelineEnd, plainName, writtenAsPlace } from './detail';
import { BACK_REFERENCE, TRIVIAL_ACT, fusedWordBeforeName, openingOf } from './fact';
import { baseForm, turnForQuestion } from './object-fact';
import { placeClass } from './swap-truefalse';

/** Words that leave the question leaning on an earlier sentence, or telling the answer's sex. */
const PRONOUN =
	/\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|this|that|these|those)\b/i;

/** In a story of several outlets each lead has enough (as in fact.ts). */
const STORY_SENTENCES = 25;

const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '');

/**
 * The subject's predicate split around "in PLACE": what comes before (from the verb) and after
 * (up to the clause's end). Undefined when the place is not in the predicate's first clause.
 */
export function aroundPlace(
	predicate: string,
	place: string
): { before: string; after: string } | undefined {
	const at = predicate.search(
		new RegExp(`\\sin\\s+(?:downtown\\s+)?${escapeRegExp(place)}(?![\\w'’-])`)
	);
	if (at < 0) return undefined;
	const before = predicate.slice(0, at);
	// "promised to shake things up in Washington": the place is the infinitive's, not the main verb's.
	if (
		/\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|some|several)\b)[a-z]/.test(
			before
		)
	)
		return undefined;
	// A comma, dash or relative word before the place starts another clause: not the main event.
	if (
		/[,;:—–“”"()]|\s-\s|\b(?:who|which|that|where|when|while|after|before|because)\b/.test(before)
	)
		return undefined;
	// What follows the place name: "in New Hampshire" goes as a whole.
	let after = predicate.slice(predicate.indexOf(place, at) + place.length);
	// "in Miami, Fla.": the region after the town is part of the answer; "in Ohio and Iowa": one
	// place of a list is only part of it. Neither is asked.
	if (/^(?:,\s+[A-Z]|\s*(?:and|or|&)\s)/.test(after)) return undefined;
	const cut = /[,;:—–(“”"]|\s-\s/.exec(after);
	after = (cut ? after.slice(0, cut.index) : after).replace(/[.!?]+\s*$/, '').trimEnd();
	return { before: before.trim(), after };
}

/**
 * Whether a sentence uses the verb in any form: "won" and "wins" (an irregular past shares no
 * stem with its present, but both start with the base).
 */
export function sharesVerb(sentence: string, verb: string): boolean {
	return verbReader(verb)(sentence);
}

/** sharesVerb for one verb over many sentences: the verb's stem and base are worked out once. */
function verbReader(verb: string): (sentence: string) => boolean {
	const base = baseForm(verb);
	const verbStem = stem(verb);
	return (sentence) =>
		sentence
			.toLowerCase()
			.split(/[^a-z]+/)
			.some(
				(w) =>
					w === verb || (!!base && base.length > 2 && w.startsWith(base)) || stem(w) === verbStem
			);
}

/**
 * Places of the story of the key's kind that cannot also be right: not the key or part of it,
 * not in the key's sentence, not in the prompt, and never in a sentence that names the subject
 * or uses the verb (the person may have done the same there).
 */
export function wrongPlaces(
	view: StoryView,
	key: string,
	keySentence: Sentence,
	prompt: string,
	surname: string,
	verb: string
): string[] {
	const kind = placeClass(key);
	if (!kind) return [];
	const out: string[] = [];
	const usesVerb = verbReader(verb);
	const namesSubject = new RegExp(`\\b${escapeRegExp(surname)}\\b`);
	for (const a of view.analyses)
		for (const m of a.mentions) {
			if (m.kind !== 'place') continue;
			const p = m.text.trim();
			// "WASHINGTON —": a dateline's place is where the writer filed from, not an event's.
			if (out.includes(p) || p === p.toUpperCase() || placeClass(p) !== kind) continue;
			if (p.includes(key) || key.includes(p) || prompt.includes(p)) continue;
			const tied = a.sentences.some(
				(s) =>
					s.text.includes(p) &&
					(s === keySentence ||
						s.text.includes(key) ||
						namesSubject.test(s.text) ||
						usesVerb(s.text))
			);
			if (!tied) out.push(p);
		}
	return out;
}

/** Auxiliaries and adverbs between a subject and its verb ("has also won", "was later arrested"). */
const BEFORE_VERB =
	/(?:\s+(?:has|have|had|is|was|are|were|will|would|also|then|later|now|still|again|[a-z]+ly))*\s*$/;

/** Who did what the sentence places, as the question prints it, and the scene moved to its end. */
export interface PlacedSubject {
	text: string;
	/** A scene-setting opener ("On Tuesday,") read at the question's end: " on Tuesday". */
	tail: string;
	/** The word that names the subject in other sentences (a surname, the group's name). */
	tie: string;
	/** Where the subject ends in the article text. */
	end: number;
}

/**
 * Who did what the sentence places: a named person ("Ann Roe"), or a short phrase that names a
 * group ("The Roe campaign", "State Department officials"). Undefined when the words before the
 * verb are anything else: a pronoun, a clause, an opener that is no scene.
 */
export function subjectBefore(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	verbAt: number
): PlacedSubject | undefined {
	const text = a.article.text;
	const head = text.slice(s.start, verbAt);
	const end = s.start + head.replace(BEFORE_VERB, '').length;
	const names = a.mentions.filter(
		(m) => m.start >= s.start && m.end <= end && (m.kind === 'person' || m.kind === 'org')
	);
	const last = names[names.length - 1];
	if (!last) return undefined;
	if (last.kind === 'person') {
		if (last.end !== end) return undefined;
		const lead = text.slice(s.start, last.start).trim();
		const opening = openingOf(lead.slice(datelineEnd(lead)).trim(), last.role);
		if (!opening) return undefined;
		const name = view.canon(a.people.find((p) => sameName(p.name, last.text))?.name ?? last.text);
		if (!plainName(name) || !view.people.includes(name)) return undefined;
		if (writtenAsPlace(name, view) || fusedWordBeforeName(name)) return undefined;
		if (a.people.filter((p) => sameName(p.name, last.text)).length > 1) return undefined;
		return { text: name, tail: opening.tail, tie: name.split(/\s+/).pop()!, end };
	}
	// A group: the phrase from the clause's start, after a scene-setting opener.
	const from = datelineEnd(head);
	const opener = /^([^,“”"]{2,60}),\s*/.exec(head.slice(from));
	const tail = opener ? openingOf(`${opener[1]},`)?.tail : '';
	if (tail === undefined) return undefined;
	const phrase = text
		.slice(s.start + from + (opener ? opener[0].length : 0), end)
		.trim()
		.replace(/^(?:But|And|Yet)\s+/, '');
	if (
		phrase.split(/\s+/).length > 6 ||
		!/^\p{Lu}/u.test(phrase) ||
		/[,;:“”"()]|\s-\s/.test(phrase) ||
		PRONOUN.test(phrase) ||
		/\b(?:who|which|that|and|or|of)\b/i.test(phrase)
	)
		return undefined;
	const shown = /^(?:The|A|An)\s/.test(phrase)
		? phrase.replace(/^\w/, (c) => c.toLowerCase())
		: phrase;
	return { text: shown, tail, tie: last.text.trim(), end };
}

function whereQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	place: Mention
): Candidate | undefined {
	const text = a.article.text;
	const rel = place.start - s.start;
	const verb = placeVerb(s.text, rel, place.end - s.start);
	if (!verb) return undefined;
	// The verb the place belongs to, nearest before it: the predicate starts there.
	const verbHit = [...s.text.slice(0, rel).matchAll(/[a-z]+/g)]
		.filter((m) => stem(m[0]) === verb)
		.pop();
	if (!verbHit) return undefined;
	const verbAt = s.start + verbHit.index;
	const subject = subjectBefore(view, a, s, verbAt);
	if (!subject) return undefined;
	// "Roe, a former senator, campaigned in …": the aside is about the subject, not the event.
	const predicate = text.slice(subject.end, s.end).replace(/^,\s+[^,“”"]{2,80},/, '');
	const key = place.text.trim();
	const parts = aroundPlace(predicate, key);
	if (!parts) return undefined;
	const turned = turnForQuestion(subject.text, parts.before);
	if (!turned) return undefined;
	const verbWord = verbHit[0];
	const body = `${subject.text} ${turned.after}${parts.after}${subject.tail}`
		.replace(/\s+/g, ' ')
		.trim();
	const words = body.split(/\s+/).length;
	// "… trailing Roe but has invested …": a second predicate the place may not belong to.
	if (
		words < 5 ||
		words > 28 ||
		PRONOUN.test(body) ||
		BACK_REFERENCE.test(body) ||
		/\bbut\b/.test(body)
	)
		return undefined;
	if (TRIVIAL_ACT.test(`${parts.before}${parts.after}`)) return undefined;
	const outlet = view.label.get(a.article.id)!;
	// "Roe also won Ohio": when the text tells of the same act elsewhere, "where" has several
	// answers; "which of these places" has one among the choices.
	const elsewhere = a.sentences.some(
		(o) =>
			o !== s &&
			new RegExp(`\\b${escapeRegExp(subject.tie)}\\b|^(?:He|She|It|They)\\b`).test(o.text) &&
			sharesVerb(o.text, verbWord)
	);
	const prompt = `According to ${outlet}, ${elsewhere ? 'in which of these places' : 'where'} ${turned.aux} ${body}?`;
	if (prompt.includes(key)) return undefined;
	const wrong = wrongPlaces(view, key, s, prompt, subject.tie, verbWord).slice(0, 3);
	if (wrong.length < 2) return undefined;
	const choices = makeChoices([key, ...wrong], prompt);
	return {
		family: 'fact',
		draft: {
			...draftBase('fact', prompt, [spanOf(s)], `${outlet}: “${s.text.trim()}”`, 2),
			type: 'single',
			choices,
			correct: [choiceId(choices, key)]
		},
		keyTexts: [key],
		hidden: [key],
		excerpt: body,
		answerKey: `where:${subject.tie}:${baseForm(verbWord) ?? verb}`,
		quality: 0.55,
		position: s.index
	};
}

export function whereCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	for (const a of view.analyses) {
		for (const s of a.sentences) {
			if (view.analyses.length > 1 && s.index > STORY_SENTENCES) continue;
			if (notBodyProse(s, a.sentences)) continue;
			if (a.quoted.some((q) => q.start < s.end && s.start < q.end)) continue;
			for (const place of a.mentions.filter(
				(m) => m.kind === 'place' && m.start >= s.start && m.end <= s.end
			)) {
				const q = whereQuestion(view, a, s, place);
				if (q) {
					out.push(q);
					break;
				}
			}
		}
	}
	// "Where has Roe won the primary?" asked twice with two keys: the act happened in several
	// places, and each question has another right answer the text gives.
	const prompts = out.map((c) => c.draft.prompt);
	return out.filter((c) => prompts.filter((p) => p === c.draft.prompt).length === 1);
}
