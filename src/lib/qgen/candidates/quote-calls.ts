/**
 * "What did X call the report?" for one imported article. A person's own words for something
 * ("Roe called the report a “boldfaced lie”", "Roe slammed the levy as “a tax on the poor”")
 * test whether the reader followed who judged what, where a "who said" needs two speakers.
 * The wrong choices are other words the article quotes, in other sentences, that are not this
 * speaker's: a student who read the sentence tells them apart, and none of them can also be
 * what the speaker called the thing.
 */
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { choiceId, makeChoices, shortQuote, spanOf } from '../build';
import { lexiconTags } from '../entities';
import {
	CHARACTERISING_VERBS,
	NAMING_VERBS,
	NUMBER_WORDS,
	PERSONAL_PRONOUNS,
	RELATIVE_DAY_WORDS,
	REPORTING_VERBS,
	WEEKDAYS
} from '../lexicon';
import type { ArticleAnalysis, Quote } from '../types';
import { escapeRegExp, wordAlternatives } from '$lib/text/regexp';
import { draftBase, type Candidate } from './candidate';
import { remarkKeys } from './source';

/** The thing named: a few words with no mark, stop or comma, then perhaps "a", "an", "the". */
const THING = `(?!(?:for|on|in|off|out|up|upon|into|to|back|over)\\b)([^“”"‘.;:,]{1,60}?)\\s+(?:(a|an|the)\\s+)?$`;
/** "called the report a “…”", "dubbed him “…”": the words name the thing. */
const NAMED = new RegExp(`\\b(?:${wordAlternatives(NAMING_VERBS)})\\s+${THING}`, 'u');
/** "slammed the levy as “…”", "described the deal as “…”": the words judge the thing. */
const JUDGED = new RegExp(
	`\\b(?:${wordAlternatives(CHARACTERISING_VERBS)}|describ(?:es|ing)|portray(?:s|ing))\\s+(?!as\\b)([^“”"‘.;:,]{1,60}?)\\s+as\\s+(?:(a|an|the)\\s+)?$`,
	'u'
);
/** Words that stand for someone or something named elsewhere: "called her …" says not whom. */
const STANDS_FOR = new RegExp(
	`\\b(?:${[...PERSONAL_PRONOUNS, 'him', 'her', 'them', 'his', 'its', 'their', 'himself', 'herself', 'itself', 'themselves', 'me', 'us', 'my', 'our', 'your', 'what', 'which', 'who', 'whom'].join('|')})\\b`,
	'i'
);
/** A time said after the thing ("the report Friday", "the plan last week"): not part of it. */
const TRAILING_TIME = new RegExp(
	`(?:\\s+(?:on|last|this|earlier|late|early)?\\s*(?:${[...WEEKDAYS, ...RELATIVE_DAY_WORDS, 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'].join('|')}))+$`,
	'i'
);
/** A word that opens a clause or a verb phrase: such quoted words are no name for a thing. */
const NOT_A_NAME_OPENER = [
	'Verb',
	'Pronoun',
	'Preposition',
	'Conjunction',
	'Modal',
	'Auxiliary',
	'Copula'
];
const MAX_WORDS = 6;
const PRONOUN_SPEAKER = /^(?:he|she|they)$/i;
/** "He said that Poe is “…”": words a pronoun says, whoever it stands for. */
const PRONOUN_SAYS = new RegExp(
	`\\b(?:he|she|they)\\s+(?:\\w+ly\\s+)?(?:${[...REPORTING_VERBS, ...NAMING_VERBS].join('|')})\\b`,
	'i'
);
/** What may stand between a subject's name and its verb: "(R-Texas)", ", a senator,", "has also". */
const SUBJECT_GAP =
	/^(?:\s*\([^)]{1,30}\))?(?:,[^,“”"]{1,90},)?\s*(?:(?:has|had|have|also|then|later|once|\w+ly)\s+)*$/u;
/** A count or "another" before a name: "One Roe aide" is somebody the text does not name. */
const COUNTED = new RegExp(
	`^(?:${[...Object.keys(NUMBER_WORDS), 'another', 'some', 'several', 'many'].join('|')})\\b`,
	'i'
);
const MAX_PER_ARTICLE = 2;

/** The words as a choice: the article before the mark if any, no closing stop or comma. */
const asChoice = (article: string | undefined, text: string) =>
	`${article ? `${article} ` : ''}${text.replace(/\s+/g, ' ').replace(/[.,;:!?]+$/, '')}`.trim();

/**
 * Quoted words that could stand as a name for something: one to six words, opening in lower
 * case (a title or a name in capitals is no judgement), not on a verb, pronoun or conjunction
 * ("are very threatened", "because he …"), save a lone participle ("fabricated").
 */
export function nameLike(text: string): boolean {
	const words = text
		.replace(/[.,;:!?]+$/, '')
		.split(/\s+/)
		.filter(Boolean);
	if (words.length < 1 || words.length > MAX_WORDS) return false;
	if (!/^\p{Ll}/u.test(words[0]!) || /[“”"‘’…[\]()]/.test(text.replace(/’s\b|s’/g, '')))
		return false;
	const [first] = words.filter((w) => !/^(?:a|an|the)$/i.test(w));
	if (!first) return false;
	const tags = lexiconTags(first.toLowerCase());
	// One word alone is a judgement when it describes ("arbitrary", "rigged"); a bare noun
	// ("end", "playbook") is a piece of a longer phrase.
	if (words.length === 1)
		return (
			/(?:ed|ous|ful|ive|able|ible|ish|less|ic|al|ary|ent|ant|ory)$/.test(first) ||
			tags.has('Adjective')
		);
	// "expanded the party": a verb and its object, not a name for anything.
	if (
		/ed$/.test(words[0]!) &&
		/^(?:a|an|the|his|her|their|its|our|my|your|this|that)$/i.test(words[1] ?? '')
	)
		return false;
	return (
		!NOT_A_NAME_OPENER.some((t) => tags.has(t)) &&
		!/^(?:there|here|not|no|so|too|just|only)(?:['’]s)?$/i.test(first) &&
		!STANDS_FOR.test(text)
	);
}

interface Naming {
	quote: Quote;
	speaker: string;
	thing: string;
	key: string;
	/** "called" asks "What did X call …"; a judging verb asks "How did X describe …". */
	judged: boolean;
}

/** The quotes of the article that name or judge a thing the sentence names, with their speaker. */
export function namings(a: ArticleAnalysis): Naming[] {
	const out: Naming[] = [];
	for (const q of a.quotes) {
		if (!q.speaker || !nameLike(q.text)) continue;
		const sentence = a.sentences[q.sentence];
		if (!sentence || q.start < sentence.start) continue;
		// The opening mark is one character before the quote's text.
		const soFar = a.article.text.slice(sentence.start, q.start - 1);
		const named = NAMED.exec(soFar);
		const m = named ?? JUDGED.exec(soFar);
		if (!m) continue;
		// Only a speaker the sentence names before the verb: "Roe called …", not "he called …".
		const surname = q.speaker.split(/\s+/).at(-1)!;
		const before = soFar.slice(0, m.index);
		const at = before.search(
			new RegExp(`\\b${escapeRegExp(surname)}\\b(?![\\s\\S]*\\b${escapeRegExp(surname)}\\b)`)
		);
		if (at < 0) continue;
		// The name is the verb's subject: between them only an appositive, "has", an adverb
		// ("Roe, a senator, has also called"), not "Roe's campaign called" nor "Roe spokesman";
		// before a participle, the clause the name is the subject of ("Roe said, calling").
		const between = before.slice(at + surname.length);
		const participle = /ing\b/.test(m[0].split(/\s+/)[0]!);
		if (participle ? /\p{Lu}/u.test(between) || !/,\s*$/.test(between) : !SUBJECT_GAP.test(between))
			continue;
		// "One Clinton spokesman", "Another Roe": a role read as a name.
		if (COUNTED.test(q.speaker)) continue;
		const thing = m[1]!
			.replace(TRAILING_TIME, '')
			.replace(/^(?:that|this)\s+(?=\p{L})/iu, 'the ')
			.trim();
		const words = thing.split(/\s+/);
		// "called that “…”", "which Roe had called a “…”": no thing named before the words.
		if (!thing || words.length > 7 || STANDS_FOR.test(thing)) continue;
		if (/^(?:a|an|the|that|this|these|those|which|what)$/i.test(thing)) continue;
		if (new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(thing)) continue;
		// "called the rally “…”" with no determiner on a lower-case noun reads fine; a bare
		// lower-case word alone ("called critics") is a group, which is fine too.
		out.push({ quote: q, speaker: q.speaker, thing, key: asChoice(m[2], q.text), judged: !named });
	}
	return out;
}

/** Other quoted words of the article, as choices: not the speaker's, not in the key's sentence. */
function otherWords(a: ArticleAnalysis, n: Naming): string[] {
	const out: string[] = [];
	const text = a.article.text;
	const surname = new RegExp(`\\b${escapeRegExp(n.speaker.split(/\s+/).at(-1)!)}\\b`);
	const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\d ]+/gu, '');
	const keySentence = a.sentences[n.quote.sentence]?.text ?? '';
	for (const span of a.quoted) {
		const inner = text.slice(span.start + 1, span.end - 1).trim();
		if (!nameLike(inner)) continue;
		const sentence = a.sentences.find((s) => s.start <= span.start && span.start < s.end);
		if (!sentence || sentence.index === n.quote.sentence) continue;
		const own = a.quotes.find((x) => x.start < span.end && span.start < x.end);
		// The speaker's own words elsewhere may name the same thing: a second right answer. So
		// may words given to "he" or "she", or quoted in a sentence that names the speaker.
		if (own && PRONOUN_SPEAKER.test(own.speakerText)) continue;
		if (!own?.speaker && PRONOUN_SAYS.test(sentence.text)) continue;
		if (own?.speaker ? sameName(own.speaker, n.speaker) : surname.test(sentence.text)) continue;
		// Words the key's own sentence quotes too ("“criminals” and “rapists”") are also the speaker's.
		if (keySentence.includes(inner.replace(/[.,;:!?]+$/, ''))) continue;
		const article = /\b(a|an|the)\s+$/i.exec(
			text.slice(Math.max(0, span.start - 5), span.start)
		)?.[1];
		// 'an “unfiltered” look': one quoted word inside a longer noun phrase is no name.
		if (article && !/\s/.test(inner) && /^\s+\p{Ll}/u.test(text.slice(span.end, span.end + 3)))
			continue;
		const choice = asChoice(article?.toLowerCase(), inner);
		const key = norm(n.key);
		if (norm(choice) === key || norm(choice).includes(key) || key.includes(norm(choice))) continue;
		if (!out.some((x) => norm(x) === norm(choice))) out.push(choice);
	}
	// Closest in length to the key first: a long phrase beside a one-word key stands out.
	const len = (t: string) => t.split(/\s+/).length;
	return out.sort((x, y) => Math.abs(len(x) - len(n.key)) - Math.abs(len(y) - len(n.key)));
}

const near = (x: Quote, n: Naming) =>
	x !== n.quote &&
	!!x.speaker &&
	sameName(x.speaker, n.speaker) &&
	Math.abs(x.sentence - n.quote.sentence) <= 2;

export function quoteCallsCandidates(view: StoryView): Candidate[] {
	// One article alone: a story of several outlets has its "who said" and comparisons.
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const out: Candidate[] = [];
	// Words shown in one item are not shown again: two items with one set of choices answer
	// each other.
	const shown = new Set<string>();
	// Only a speaker the story holds for a person: a role read as a name ("One Clinton") is not.
	const person = (name: string) => view.people.some((p) => sameName(p, name));
	for (const n of namings(a)) {
		if (out.length >= MAX_PER_ARTICLE) break;
		if (!person(n.speaker) || shown.has(n.key)) continue;
		const wrong = otherWords(a, n)
			.filter((w) => !shown.has(w))
			.slice(0, 3);
		if (wrong.length < 2) continue;
		for (const t of [n.key, ...wrong]) shown.add(t);
		const speaker = view.canon(n.speaker);
		const choices = makeChoices([n.key, ...wrong], `calls${n.key}`);
		const prompt = n.judged
			? `How did ${speaker} describe ${n.thing}, according to the article?`
			: `What did ${speaker} call ${n.thing}, according to the article?`;
		out.push({
			family: 'quote',
			draft: {
				...draftBase(
					'quote',
					prompt,
					[spanOf(n.quote.context)],
					`${speaker} ${n.judged ? 'described' : 'called'} ${n.thing}${n.judged ? ' as' : ''} “${n.key}”. The other words are quoted elsewhere in the article, not ${speaker}'s.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, n.key)]
			},
			keyTexts: [n.quote.text.slice(0, 30)],
			hidden: [n.quote.text.replace(/[.,;:!?]+$/, '')],
			answerKey: `said:${shortQuote(n.quote.text).replace(/[.,;:!?]+$/, '')}`,
			excerpt: `“${n.key}”`,
			// The speaker's quotes a sentence or two away go on with these words (a "who said" on
			// them beside this item asks one quotation twice): selection counts them as one.
			quotations: remarkKeys(view, [n.quote, ...a.quotes.filter((x) => near(x, n))], n.speaker),
			quality: 0.7,
			position: n.quote.sentence
		});
	}
	return out;
}
