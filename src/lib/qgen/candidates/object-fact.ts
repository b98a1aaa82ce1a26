/**
 * "Who did X …?" from a plain reported sentence: a named person as subject, a verb, and a
 * named person as its object ("Roe defeated businessman Tom Poe in the primary" → "According
 * to Daily A, who did Ann Roe defeat in the primary?"). The choices are other people of the
 * article, as for "who …?" questions on the subject (fact.ts). A single imported article with
 * few quotes gets most of its questions from sentences like these.
 *
 * Asked of a single imported article only (not in the pipeline's read-through fill): a story of
 * several outlets has comparisons and quotes enough.
 */
import nlp from 'compromise';
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { pickDistractors } from '../distractors';
import { lexiconTags } from '../entities';
import { endsWithTitle } from '../names';
import { choosablePeople, peopleLike } from '../person-choices';
import { REPORTING_VERBS } from '../lexicon';
import type { ArticleAnalysis, Mention, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { cutAtAbbreviation, inList, plainName, quotedRanges, writtenAsPlace } from './detail';
import { fusedWordBeforeName, openingOf } from './fact';

/** Auxiliaries that move before the subject in a question ("who has Roe endorsed?"). */
const AUXILIARY = /^(?:has|had|have|is|was|are|were|will|would|can|could|should|may|might|must)$/;

/** Adverbs between subject and verb that stay there in the question ("did Roe previously help"). */
const MID_ADVERB = /^(?:also|now|still|then|later|recently|previously|once|again|never|[a-z]+ly)$/;

/** Particles and prepositions a verb carries before its object ("took down", "squared off against"). */
const PARTICLE =
	/^(?:down|up|off|out|over|back|on|in|against|to|with|for|at|from|by|about|into|after|behind|alongside|toward|towards|past)$/;

/** Words that make the question's remaining words depend on an earlier sentence, or on the answer. */
const PRONOUN = /\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs)\b/i;

/** Verbs whose object is someone spoken to or about: the words said are the fact, not the person. */
const SPEECH = new Set<string>(REPORTING_VERBS);

export interface VerbHead {
	/** What moves before the subject: an auxiliary, or "did"/"does" for a verb on its own. */
	aux: string;
	/** The predicate as it follows the subject in the question, up to the object. */
	after: string;
}

const tagsIn = (text: string) =>
	(nlp(text).terms().json() as { terms: { text: string; tags: string[] }[] }[]).map((t) => ({
		text: t.terms[0]?.text ?? '',
		tags: new Set(t.terms[0]?.tags ?? [])
	}));

/**
 * The predicate up to the object turned for a question after a third-person singular subject:
 * "previously helped fight" → did + "previously help fight"; "is poised to face" → is +
 * "poised to face"; "leads" → does + "lead". Undefined when the first word is no verb, or a
 * copula or "has" that is the main verb ("is the daughter of", "has ties to").
 */
export function turnForQuestion(subject: string, predicate: string): VerbHead | undefined {
	const words = predicate.trim().split(/\s+/);
	let i = 0;
	while (i < words.length - 1 && MID_ADVERB.test(words[i]!)) i++;
	const head = words[i];
	if (!head || !/^[a-z]+$/.test(head) || SPEECH.has(head)) return undefined;
	const adverbs = words.slice(0, i);
	const rest = words.slice(i + 1);
	const terms = tagsIn(`${subject} ${words.join(' ')}`);
	const headTags = terms.find((t, k) => k > 0 && t.text === head)?.tags;
	if (AUXILIARY.test(head)) {
		// "is poised to", "has endorsed": a verb must follow; "is the daughter of" asks nothing here.
		const next = rest.find((w) => !MID_ADVERB.test(w));
		const nextTags = next ? terms.find((t) => t.text === next)?.tags : undefined;
		if (!next || !nextTags?.has('Verb') || nextTags.has('Copula')) return undefined;
		return { aux: head, after: [...adverbs, ...rest].join(' ') };
	}
	if (!headTags?.has('Verb') || headTags.has('Copula') || headTags.has('Gerund')) return undefined;
	// A third-person subject takes "leads"; a form without "-s" after it is past ("beat", "hit").
	const present = /[^s]s$/.test(head) && !headTags.has('PastTense');
	const base = baseForm(head);
	// compromise left "ratcheted" as it was: "did Roe ratcheted …?" is no question.
	if (!base || (base === head && /ed$/.test(head))) return undefined;
	return { aux: present ? 'does' : 'did', after: [...adverbs, base, ...rest].join(' ') };
}

/**
 * A verb's base form, read in a clause of its own so that compromise takes it as a verb:
 * "invited" alone reads as an adjective and gives nothing, "He invited them." gives "invite".
 */
export function baseForm(verb: string): string | undefined {
	const doc = nlp(`He ${verb} them.`);
	doc.verbs().toInfinitive();
	return /^He ([a-z]+) them\.$/.exec(doc.text())?.[1];
}

/** Title and role words before an object's name ("businessman", "Democrat", "Sen.", "leader"). */
function isRoleWord(word: string): boolean {
	if (/^\p{Lu}/u.test(word)) return true;
	const tags = lexiconTags(word.toLowerCase());
	return endsWithTitle(word) || tags.has('Actor') || /^(?:former|fellow)$/.test(word);
}

/**
 * What stands between the verb and the object's name: particles ("down", "against") and a role
 * ("businessman", "Sen."), but nothing the person is only part of ("the treatment of").
 * Returns the particles the question keeps after the verb, or undefined.
 */
export function objectLink(between: string): string | undefined {
	const words = between.trim().split(/\s+/).filter(Boolean);
	let i = 0;
	while (i < words.length && PARTICLE.test(words[i]!)) i++;
	const particles = words.slice(0, i);
	const role = words.slice(i);
	if (particles.length > 3 || role.length > 5) return undefined;
	if (role.length) {
		const last = role[role.length - 1]!;
		if (role[0] === 'the' || role[0] === 'a' || role[0] === 'an') role.shift();
		if (!role.length || !role.every(isRoleWord)) return undefined;
		// The role ends in a title or a person noun; "of the" or a plain noun makes it something else.
		if (!/^\p{Lu}/u.test(last) && !endsWithTitle(last) && !lexiconTags(last).has('Actor'))
			return undefined;
	}
	return particles.join(' ');
}

/**
 * What follows the object in the question: an appositive or relative clause about the object
 * is dropped ("Ray Poe, who led …,"), a bracketed party and state too; the rest is cut at the
 * first comma, dash or semicolon, where the sentence goes on to another thing.
 */
export function afterObject(text: string): string {
	let rest = text.replace(/^\s*\([^)]*\)/, '');
	if (/^,\s*(?:who|whom|whose|which|a|an|the|[a-z])/.test(rest)) {
		const next = rest.indexOf(',', 1);
		rest = next < 0 ? '' : ` ${rest.slice(next + 1).trimStart()}`;
	}
	// A comma right before a digit groups a figure ("6,000"), as in action-choice.ts.
	const cut = /,(?!\d)|[;:—–―]|\s-\s/.exec(rest);
	return (cut ? rest.slice(0, cut.index) : rest).replace(/[.!?]+\s*$/, '').trimEnd();
}

function objectQuestion(
	view: StoryView,
	a: ArticleAnalysis,
	s: Sentence,
	subject: Mention,
	object: Mention,
	outlet: string,
	people: string[]
): Candidate | undefined {
	const text = a.article.text;
	const opening = openingOf(text.slice(s.start, subject.start).trim(), subject.role);
	if (!opening) return undefined;
	const subjectName = view.canon(
		a.people.find((p) => sameName(p.name, subject.text))?.name ?? subject.text
	);
	const key = view.canon(a.people.find((p) => sameName(p.name, object.text))?.name ?? object.text);
	if (!plainName(subjectName) || !plainName(key) || sameName(subjectName, key)) return undefined;
	if (!view.people.includes(key) || writtenAsPlace(key, view) || fusedWordBeforeName(key))
		return undefined;
	// One surname two people of the article share names neither for sure.
	if (a.people.filter((p) => sameName(p.name, object.text)).length > 1) return undefined;
	// "Roe's plan", "Roe and Poe": the name is not the whole object.
	const tail = text.slice(object.end, s.end);
	// "Roe’s plan", and a plural's "Sanders’ share" too: any apostrophe right after the name.
	if (/^['’‘]/.test(tail) || inList(s.text, object.start - s.start, object.text.length))
		return undefined;
	const predicate = text.slice(subject.end, object.start);
	if (/["“”()]|''|[,;:]/.test(predicate)) return undefined;
	// The verb is the first word, the rest up to the name its particles and the object's role.
	const verbEnd =
		/^\s+(?:(?:also|now|still|then|later|recently|previously|once|again|never|[a-z]+ly)\s+)*(?:(?:has|had|have|is|was|are|were|will|would|can|could|should|may|might|must)\s+(?:(?:also|now|still|then|later|recently|previously|once|again|never|[a-z]+ly)\s+)*)?[a-z]+(?:\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+)?/.exec(
			predicate
		);
	if (!verbEnd) return undefined;
	const link = objectLink(predicate.slice(verbEnd[0].length));
	if (link === undefined) return undefined;
	const turned = turnForQuestion(subject.text, verbEnd[0]);
	if (!turned) return undefined;
	// "Trump campaign chairman Paul Manafort said …": the name is the subject of the next verb.
	const next = /^\s+([a-z]+)/.exec(tail)?.[1];
	if (next && tagsIn(`${object.text} ${next}`).some((t) => t.text === next && t.tags.has('Verb')))
		return undefined;
	const rest = afterObject(tail);
	if (/["“”()]|''/.test(rest) || PRONOUN.test(rest) || /^\s*(?:and|or)\b/.test(rest))
		return undefined;
	// "Ted Cruz of Texas", "Jane Roe of the Daily A": the rest names where the object is from, and
	// "who did Poe ignore of Texas?" reads as broken.
	if (/^\s*of\s+(?:the\s+)?\p{Lu}/u.test(rest)) return undefined;
	// A web address, or a second clause with a subject of its own ("… while Sen. Poe comes third").
	if (/https?\b|www\.|\b(?:while|whereas)\b/i.test(rest)) return undefined;
	// "who does Roe respond to with?": the comma cut the rest off before its object.
	if (/\b(?:with|to|of|for|at|by|from|in|on|about|as|into|than)$/.test(rest)) return undefined;
	const body = `${subjectName} ${turned.after}${link ? ` ${link}` : ''}${rest}${opening.tail}`
		.replace(/\s+/g, ' ')
		.trim();
	const words = body.split(/\s+/).length;
	if (words < 4 || words > 28 || PRONOUN.test(body)) return undefined;
	// The answer's own name must not stand in the question, nor its surname.
	if (key.split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${w}\\b`).test(body)))
		return undefined;
	const wrong = pickDistractors(
		key,
		peopleLike(
			key,
			people.filter(
				(p) =>
					!sameName(p, subjectName) &&
					!p.split(/\s+/).some((w) => w.length > 2 && s.text.includes(w)) &&
					plainName(p) &&
					!writtenAsPlace(p, view)
			),
			view
		),
		3,
		true
	);
	if (wrong.length < 2) return undefined;
	const prompt = `According to ${outlet}, who ${turned.aux} ${body}?`;
	const choices = makeChoices([key, ...wrong], prompt);
	return {
		family: 'fact',
		draft: {
			...draftBase('fact', prompt, [spanOf(s)], `${outlet}: “${s.text.trim()}”`, 1),
			type: 'single',
			choices,
			correct: [choiceId(choices, key)]
		},
		keyTexts: [object.text],
		hidden: [object.text, key],
		excerpt: body,
		answerKey: `who-object:${key}:${s.index}`,
		quality: 0.55,
		position: s.index
	};
}

export function objectFactCandidates(view: StoryView): Candidate[] {
	// A story of several outlets has its comparisons and quotes; one article read alone needs these.
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const outlet = view.label.get(a.article.id)!;
	const people = choosablePeople(view);
	const out: Candidate[] = [];
	for (const s of a.sentences) {
		if (notBodyProse(s, a.sentences) || cutAtAbbreviation(s, a.sentences)) continue;
		const inside = a.mentions.filter(
			(m) => m.kind === 'person' && m.start >= s.start && m.end <= s.end
		);
		const quoted = quotedRanges(s, a);
		const subject = inside[0];
		const object = inside[1];
		if (!subject || !object) continue;
		if (quoted.some((q) => q.start < object.end && subject.start < q.end)) continue;
		const c = objectQuestion(view, a, s, subject, object, outlet, people);
		if (c) out.push(c);
	}
	return out;
}
