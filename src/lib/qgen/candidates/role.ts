/**
 * "Who is X?" from the article's own appositives: news English introduces each person it
 * relies on once, right after the name ("Lael Brainard, a Fed governor, said …"). Knowing
 * who a source is (an economist, a party's pollster, a candidate's lawyer) is what a reader
 * weighs their words by, and every article has such people, quotes or no quotes. The wrong
 * answers are the other people's descriptions in the same article: same kind, clearly wrong.
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { normalise } from '../distractors';
import { lexiconTags } from '../entities';
import { AGENT_NOUNS, KINSHIP_NOUNS, PERSON_TITLES } from '../lexicon';
import type { ArticleAnalysis } from '../types';
import { draftBase, type Candidate } from './candidate';

/**
 * ", a Fed governor," / ", 52, a schoolteacher," / ", president of the association." / ", an
 * independent from Vermont —": a description after the name (and an age) that opens with an
 * article, "former" or a lower-case word, stops at the next comma, dash or sentence end, and is
 * no clause of its own ("who …", "said …").
 */
const APPOSITIVE =
	/^,\s+(?:\d{1,3},\s+)?((?:(?:a|an|the|former)\s+|(?=[a-z]))(?!who\b|which\b|that\b|and\b|but\b|or\b|according\b|said\b|says\b|told\b)[^,;:()“”"—–]{3,90}?)(?=\s*(?:,|;|\.(?:\s|$)|\s[—–]))/;

/** Words that end a role's head noun phrase: what follows says whose or where. */
const AFTER_HEAD = /\s(?:of|for|to|in|at|from|with|on|under|and|who|whose|that|since|until)\s/;

/** Nouns for people by what they do: adviser, governor, economist, spokeswoman, candidate … */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|person|ate|ee|ary|ive|ic)$/;
const PERSON_NOUNS = new Set([
	...KINSHIP_NOUNS,
	...AGENT_NOUNS,
	...PERSON_TITLES.filter((t) => !t.includes(' ') && !t.endsWith('.')),
	'head',
	'chief',
	'aide',
	'nominee',
	'veteran',
	'activist',
	'host',
	'judge',
	'justice',
	'mayor',
	'founder',
	'chair',
	'lawmaker',
	'pollster',
	'strategist',
	'analyst',
	'scholar',
	'fellow',
	'staffer',
	'survivor',
	'friend',
	'mom',
	'dad'
]);
/** Words a description shares with another without saying the same thing. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'at', 'from', 'and', 'former']);

/** The head noun of a description: "an economic adviser to Republicans" → "adviser". */
export function headOf(role: string): string {
	const cut = AFTER_HEAD.exec(` ${role} `);
	const phrase = cut ? ` ${role} `.slice(0, cut.index) : role;
	return phrase
		.trim()
		.split(/\s+/)
		.pop()!
		.toLowerCase()
		.replace(/['’]s$/, '');
}

/** A description of a person, not of a thing ("a bill", "the report"). */
export function describesPerson(role: string): boolean {
	const head = headOf(role);
	if (!/^[a-z-]+$/.test(head)) return false;
	return (
		PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/, '')) || AGENT_SUFFIX.test(head)
	);
}

/** "a former aide to Mr." stops at "Mr": the description runs on past the abbreviation. */
const cutAtAbbreviation = (role: string) => /\b(?:[A-Z][a-z]{0,2}|[A-Z]\.[A-Z])$/.test(role);

/** The sentence reports what the person said: they are a source, not only someone mentioned. */
const REPORTING = '(?:said|says|told|wrote|writes|argued|added|noted|explained|warned)';
const REPORTED_BEFORE = new RegExp(`\\b(?:${REPORTING}|according to)\\s+$`);
const REPORTED_AFTER = new RegExp(`^,?\\s*(?:also\\s+)?${REPORTING}\\b`);

const contentWords = (s: string) =>
	new Set((normalise(s).match(/[a-z0-9-]{3,}/g) ?? []).filter((w) => !FILLER.has(w)).map((w) => w));

interface Described {
	name: string;
	role: string;
	analysis: ArticleAnalysis;
	sentence: number;
	speaks: boolean;
}

function describedPeople(view: StoryView, a: ArticleAnalysis): Described[] {
	const found = new Map<string, Described>();
	for (const m of a.mentions) {
		if (m.kind !== 'person') continue;
		const name = view.canon(m.text);
		if (!name.includes(' ') || found.has(name) || !view.people.includes(name)) continue;
		const s = a.sentences[m.sentence];
		if (!s || notBodyProse(s, a.sentences)) continue;
		// Inside a quotation the description is the speaker's, not the reporter's.
		if (a.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
		const match = APPOSITIVE.exec(a.article.text.slice(m.end, s.end + 1));
		if (!match) continue;
		const role = match[1]!.trim();
		// ", as a teenager,", ", now …", ", including …": an aside, not who the person is.
		const first = role.split(/\s+/)[0]!;
		if (/^[a-z]/.test(first) && !/^(?:a|an|the|former)$/.test(first)) {
			const tags = lexiconTags(first);
			if (
				['Preposition', 'Conjunction', 'Adverb', 'Verb', 'Pronoun', 'Determiner'].some((t) =>
					tags.has(t)
				)
			)
				continue;
		}
		const words = role.split(/\s+/).length;
		if (words < 3 || words > 14 || !describesPerson(role) || cutAtAbbreviation(role)) continue;
		const surname = name.split(/\s+/).pop()!;
		found.set(name, {
			name,
			role,
			analysis: a,
			sentence: m.sentence,
			speaks:
				a.quotes.some((q) => q.speaker === name || q.speakerText === surname) ||
				REPORTED_BEFORE.test(a.article.text.slice(Math.max(s.start, m.start - 20), m.start)) ||
				REPORTED_AFTER.test(a.article.text.slice(m.end + match[0].length, s.end))
		});
	}
	return [...found.values()];
}

/**
 * Another person's description is a fair wrong answer only when it could not also fit the key
 * person: it shares no content word with the key's description, and its head noun is not said
 * of the key anywhere in the article ("a senator" for someone a later sentence calls senator).
 */
function fairWrong(key: Described, other: Described): boolean {
	const mine = contentWords(key.role);
	if ([...contentWords(other.role)].some((w) => mine.has(w))) return false;
	const head = headOf(other.role);
	const surname = key.name.split(/\s+/).pop()!;
	return !key.analysis.sentences.some(
		(s) => s.text.includes(surname) && new RegExp(`\\b${head}`, 'i').test(s.text)
	);
}

export function roleCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	for (const a of view.analyses) {
		const outlet = view.label.get(a.article.id)!;
		const described = describedPeople(view, a);
		if (described.length < 3) continue;
		// Who a source is matters; who a person merely mentioned is, much less. A few per
		// article: more "who is …?" would crowd out what happened.
		const single = view.analyses.length === 1;
		let made = 0;
		for (const key of described) {
			if (!key.speaks || made >= (single ? 3 : 1)) continue;
			const wrong = described.filter((d) => d !== key && fairWrong(key, d)).slice(0, 3);
			if (wrong.length < 2) continue;
			const s = a.sentences[key.sentence]!;
			const choices = makeChoices([key.role, ...wrong.map((w) => w.role)], key.name);
			out.push({
				family: 'fact',
				draft: {
					...draftBase(
						'source',
						`According to ${outlet}, who is ${key.name}?`,
						[spanOf(s)],
						`${outlet} introduces ${key.name} as ${key.role}: “${s.text.trim()}”`,
						1
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, key.role)]
				},
				keyTexts: [key.role],
				hidden: [key.role],
				answerKey: `role:${key.name}`,
				// In a story of several outlets the comparisons come first.
				quality: single ? 0.45 : 0.3,
				position: key.sentence
			});
			made++;
		}
	}
	return out;
}
